"""The identity document read at intake (desk_app.core.id_documents); frozen DDL."""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

STATEMENTS = [
    """CREATE TABLE IF NOT EXISTS id_document (
    id {serial} NOT NULL PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    number VARCHAR(20) NOT NULL, expires DATE, surname_latin VARCHAR(100) NOT NULL,
    names_latin VARCHAR(100) NOT NULL, expired_accepted {bool} NOT NULL,
    read_by VARCHAR(64) NOT NULL, read_at {ts} NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS id_document_person_id ON id_document (person_id)",
]


def up(db: pw.Database) -> None:
    execute_frozen(db, STATEMENTS)
