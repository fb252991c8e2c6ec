"""The first schema: cards, applications, steps, movements, audit, calendar, settings.

Frozen: the statements peewee wrote for the models as they stood when this migration was
written (commit 5bcfcd5), not today's models, so a column added later (by its own
migration) never changes what a fresh database gets here. Later changes: 0007 adds
`result_due_at`, `notice_due_at`, `informed_at`, `informed_how` to `application`.
"""

from __future__ import annotations

import peewee as pw

from desk_app.core.db import execute_frozen

STATEMENTS = [
    (
        'CREATE TABLE IF NOT EXISTS "person" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"iin" VARCHAR(12) NOT NULL, "surname" VARCHAR(100) NOT NULL, "name" VARCHAR(100) NOT NULL, '
        '"patronymic" VARCHAR(100) NOT NULL, "surname_key" VARCHAR(100) NOT NULL, '
        '"name_key" VARCHAR(320) NOT NULL, "birth_date" DATE NOT NULL, "sex" VARCHAR(1) NOT NULL, '
        '"address" VARCHAR(300) NOT NULL, "phone" VARCHAR(40) NOT NULL, '
        '"education" VARCHAR(200) NOT NULL, "profession" VARCHAR(200) NOT NULL, '
        '"last_employment" VARCHAR(300) NOT NULL, "disability_group" INTEGER, '
        '"disability_cause" VARCHAR(40) NOT NULL, "employer" VARCHAR(300) NOT NULL, '
        '"rehab_items" TEXT NOT NULL, "contraindications" TEXT NOT NULL, '
        '"compensation_paid_on" DATE, "created_at" {ts} NOT NULL, "updated_at" {ts} NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "person_iin" ON "person" ("iin")',
    'CREATE INDEX IF NOT EXISTS "person_surname_key" ON "person" ("surname_key")',
    'CREATE INDEX IF NOT EXISTS "person_name_key" ON "person" ("name_key")',
    (
        'CREATE TABLE IF NOT EXISTS "user" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"login" VARCHAR(64) NOT NULL, "surname" VARCHAR(100) NOT NULL, '
        '"name" VARCHAR(100) NOT NULL, "patronymic" VARCHAR(100) NOT NULL, '
        '"roles" VARCHAR(200) NOT NULL, "pin_hash" VARCHAR(200) NOT NULL, '
        '"failed_attempts" INTEGER NOT NULL, "locked_until" {ts}, "active" {bool} NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "user_login" ON "user" ("login")',
    (
        'CREATE TABLE IF NOT EXISTS "application" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"number" VARCHAR(20) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, '
        '"service" INTEGER NOT NULL, "channel" VARCHAR(10) NOT NULL, "wording" VARCHAR(60) NOT NULL, '
        '"person_id" INTEGER NOT NULL, "submitted_at" {ts} NOT NULL, "term_due_at" {ts} NOT NULL, '
        '"state" VARCHAR(30) NOT NULL, "current_step" INTEGER, "prepared_result" VARCHAR(20), '
        '"result" VARCHAR(20), "refusal_reasoning" TEXT NOT NULL, "executor_id" INTEGER, '
        '"accepted_by_id" INTEGER NOT NULL, "place_of_issue" VARCHAR(300) NOT NULL, '
        '"closed_at" {ts}, "issued_at" {ts}, "issued_to" VARCHAR(300) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("executor_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("accepted_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "application_number" ON "application" ("number")',
    'CREATE INDEX IF NOT EXISTS "application_person_id" ON "application" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "application_submitted_at" ON "application" ("submitted_at")',
    'CREATE INDEX IF NOT EXISTS "application_state" ON "application" ("state")',
    'CREATE INDEX IF NOT EXISTS "application_executor_id" ON "application" ("executor_id")',
    'CREATE INDEX IF NOT EXISTS "application_accepted_by_id" ON "application" ("accepted_by_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "application_year_seq" ON "application" ("year", "seq")',
    (
        'CREATE INDEX IF NOT EXISTS "application_state_current_step" ON "application" ("state", '
        '"current_step")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "attached_document" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, "code" VARCHAR(60), "title" VARCHAR(400) NOT NULL, '
        'FOREIGN KEY ("application_id") REFERENCES "application" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE INDEX IF NOT EXISTS "attached_document_application_id" ON "attached_document" '
        '("application_id")'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "audit_log" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"at" {ts} NOT NULL, "user" VARCHAR(64) NOT NULL, "action" VARCHAR(60) NOT NULL, '
        '"entity" VARCHAR(40) NOT NULL, "entity_id" VARCHAR(40) NOT NULL, "before" TEXT, '
        '"after" TEXT, "prev_hash" VARCHAR(64) NOT NULL, "hash" VARCHAR(64) NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "calendar_edit" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"day" DATE NOT NULL, "working" {bool} NOT NULL, "note" VARCHAR(200) NOT NULL, '
        '"user" VARCHAR(64) NOT NULL, "at" {ts} NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "calendar_edit_day" ON "calendar_edit" ("day")',
    (
        'CREATE TABLE IF NOT EXISTS "movement" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, "kind" VARCHAR(30) NOT NULL, '
        '"role" VARCHAR(30) NOT NULL, "user_id" INTEGER NOT NULL, "at" {ts} NOT NULL, '
        '"payload" VARCHAR(200) NOT NULL, FOREIGN KEY ("application_id") REFERENCES "application" '
        '("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "movement_application_id" ON "movement" ("application_id")',
    'CREATE INDEX IF NOT EXISTS "movement_user_id" ON "movement" ("user_id")',
    (
        'CREATE TABLE IF NOT EXISTS "nuclear_period" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"person_id" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "place" VARCHAR(200) NOT NULL, '
        '"district" VARCHAR(200) NOT NULL, "zone" VARCHAR(20) NOT NULL, "date_from" DATE NOT NULL, '
        '"date_to" DATE, "category" VARCHAR(100) NOT NULL, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "nuclear_period_person_id" ON "nuclear_period" ("person_id")',
    (
        'CREATE TABLE IF NOT EXISTS "office_setting" ("key" VARCHAR(60) NOT NULL PRIMARY KEY, '
        '"value" TEXT NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "refusal_ground" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, "code" VARCHAR(60) NOT NULL, FOREIGN KEY '
        '("application_id") REFERENCES "application" ("id") ON DELETE CASCADE)'
    ),
    ('CREATE INDEX IF NOT EXISTS "refusal_ground_application_id" ON "refusal_ground" ("application_id")'),
    (
        'CREATE TABLE IF NOT EXISTS "step" ("id" {serial} NOT NULL PRIMARY KEY, '
        '"application_id" INTEGER NOT NULL, "no" INTEGER NOT NULL, "role" VARCHAR(30) NOT NULL, '
        '"user_id" INTEGER, "started_at" {ts} NOT NULL, "due_at" {ts}, "completed_at" {ts}, '
        '"counted" {bool} NOT NULL, "outcome" VARCHAR(30) NOT NULL, "note" TEXT NOT NULL, FOREIGN '
        'KEY ("application_id") REFERENCES "application" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "step_application_id" ON "step" ("application_id")',
    'CREATE INDEX IF NOT EXISTS "step_user_id" ON "step" ("user_id")',
    'CREATE INDEX IF NOT EXISTS "step_due_at" ON "step" ("due_at")',
]


def up(db: pw.Database) -> None:
    execute_frozen(db, STATEMENTS)
