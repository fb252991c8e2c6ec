"""Unknown and refused barcode scans (desk_app.core.scan_log); frozen DDL, not the live model."""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

STATEMENTS = [
    (
        'CREATE TABLE IF NOT EXISTS "scan_log_entry" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"at" {ts} NOT NULL, "role" VARCHAR(30) NOT NULL, "user" VARCHAR(64) NOT NULL, '
        '"outcome" VARCHAR(20) NOT NULL, "number" VARCHAR(20), "payload" VARCHAR(200) NOT NULL, '
        '"kk" TEXT NOT NULL, "ru" TEXT NOT NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "scan_log_entry_at" ON "scan_log_entry" ("at")',
]


def up(db: pw.Database) -> None:
    execute_frozen(db, STATEMENTS)
