"""Scale: person search index and the open-step queue index.

* SQLite: an FTS5 index over the folded full name, kept in step by triggers
  (`desk_app.core.search`); other databases search the folded columns directly.
* Both: a partial index over open steps by role in queue order, so a desk's queue
  (`workflow.waiting_for`) reads its first page without scanning every step ever taken.
"""

from __future__ import annotations

import peewee as pw

# desk_app.core.search's index as it was written here (frozen; `search.bulk_indexing` puts
# back the same triggers, so the two must stay equal: tests/test_migrations.py compares them)
FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS person_fts USING fts5("
    "name_key, content='person', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6 7 8 9 10')",
    "CREATE TRIGGER IF NOT EXISTS person_fts_ai AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, name_key) VALUES (new.id, new.name_key); END",
    "CREATE TRIGGER IF NOT EXISTS person_fts_ad AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); END",
    "CREATE TRIGGER IF NOT EXISTS person_fts_au AFTER UPDATE OF name_key ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); "
    "INSERT INTO person_fts(rowid, name_key) VALUES (new.id, new.name_key); END",
    "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",  # the cards already there
]

QUEUE_INDEX = (
    "CREATE INDEX IF NOT EXISTS step_open_queue ON step "
    "(role, (due_at IS NULL), due_at, application_id) WHERE completed_at IS NULL"
)


def up(db: pw.Database) -> None:
    if isinstance(db, pw.SqliteDatabase):
        for sql in FTS:
            db.execute_sql(sql)
    db.execute_sql(QUEUE_INDEX)
