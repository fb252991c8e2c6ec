"""Printed documents: the outgoing journal and the registry of printed PDFs.

Frozen: the statements peewee wrote for `documents.journal`'s models when this migration
was written, not today's models.
"""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

STATEMENTS = [
    (
        'CREATE TABLE IF NOT EXISTS "outgoing_entry" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "number" VARCHAR(20) NOT NULL, '
        '"kind" VARCHAR(20) NOT NULL, "application_id" INTEGER, "at" {ts} NOT NULL, '
        '"user" VARCHAR(64) NOT NULL, FOREIGN KEY ("application_id") REFERENCES "application" ("id") '
        "ON DELETE RESTRICT)"
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "outgoing_entry_number" ON "outgoing_entry" ("number")',
    ('CREATE INDEX IF NOT EXISTS "outgoing_entry_application_id" ON "outgoing_entry" ("application_id")'),
    ('CREATE UNIQUE INDEX IF NOT EXISTS "outgoing_entry_year_seq" ON "outgoing_entry" ("year", "seq")'),
    (
        'CREATE TABLE IF NOT EXISTS "printed_document" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"entry_id" INTEGER NOT NULL, "journal_no" VARCHAR(20) NOT NULL, '
        '"kind" VARCHAR(20) NOT NULL, "application_id" INTEGER NOT NULL, "lang" VARCHAR(2) NOT NULL, '
        '"printed_at" {ts} NOT NULL, "user" VARCHAR(64) NOT NULL, "sha256" VARCHAR(64) NOT NULL, '
        '"data_hash" VARCHAR(64) NOT NULL, "pages" INTEGER NOT NULL, "pdf" {blob} NOT NULL, '
        '"issued_at" {ts}, "issued_to" VARCHAR(300) NOT NULL, "issued_by" VARCHAR(64) NOT NULL, '
        'FOREIGN KEY ("entry_id") REFERENCES "outgoing_entry" ("id") ON DELETE RESTRICT, FOREIGN KEY '
        '("application_id") REFERENCES "application" ("id") ON DELETE RESTRICT)'
    ),
    ('CREATE UNIQUE INDEX IF NOT EXISTS "printed_document_entry_id" ON "printed_document" ("entry_id")'),
    ('CREATE INDEX IF NOT EXISTS "printed_document_application_id" ON "printed_document" ("application_id")'),
    'CREATE INDEX IF NOT EXISTS "printed_document_data_hash" ON "printed_document" ("data_hash")',
    (
        'CREATE INDEX IF NOT EXISTS "printed_document_application_id_kind_lang" ON '
        '"printed_document" ("application_id", "kind", "lang")'
    ),
]


def up(db: pw.Database) -> None:
    execute_frozen(db, STATEMENTS)
