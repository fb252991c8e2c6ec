"""Safe data: the audit log becomes append-only in the database itself; regulation overrides.

SQLite triggers (and a PostgreSQL trigger function) refuse UPDATE and DELETE of
`audit_log`, so even a direct SQL edit must first drop a trigger, which `check` reports.
"""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

# desk_app.core.overrides' table as it was written here (frozen, not the live model)
OVERRIDES = [
    (
        'CREATE TABLE IF NOT EXISTS "regulation_override" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"wording" VARCHAR(60) NOT NULL, "service" INTEGER NOT NULL, "kind" VARCHAR(10) NOT NULL, '
        '"code" VARCHAR(60) NOT NULL, "kk" TEXT NOT NULL, "ru" TEXT NOT NULL, "required" {bool}, '
        '"active" {bool} NOT NULL, "rev" INTEGER NOT NULL, "user" VARCHAR(64) NOT NULL, '
        '"at" {ts} NOT NULL)'
    ),
    (
        'CREATE UNIQUE INDEX IF NOT EXISTS "regulation_override_wording_service_kind_code" ON '
        '"regulation_override" ("wording", "service", "kind", "code")'
    ),
]

SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
]


def up(db: pw.Database) -> None:
    execute_frozen(db, OVERRIDES)
    for sql in POSTGRES if isinstance(db, pw.PostgresqlDatabase) else SQLITE:
        db.execute_sql(sql)
