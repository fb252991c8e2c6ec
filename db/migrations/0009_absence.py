"""People away and acting heads (desk_app.core.absence); frozen DDL, not the live model."""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

STATEMENTS = [
    """CREATE TABLE IF NOT EXISTS absence (
    id {serial} NOT NULL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES "user" (id) ON DELETE RESTRICT,
    date_from DATE NOT NULL, date_to DATE NOT NULL, reason VARCHAR(20) NOT NULL,
    acting_id INTEGER REFERENCES "user" (id) ON DELETE RESTRICT,
    recorded_by VARCHAR(64) NOT NULL, created_at {ts} NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS absence_user_id ON absence (user_id)",
    "CREATE INDEX IF NOT EXISTS absence_acting_id ON absence (acting_id)",
    "CREATE INDEX IF NOT EXISTS absence_date_from ON absence (date_from)",
    "CREATE INDEX IF NOT EXISTS absence_date_to ON absence (date_to)",
]


def up(db: pw.Database) -> None:
    execute_frozen(db, STATEMENTS)
