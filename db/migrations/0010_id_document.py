"""The identity document read at intake (desk_app.core.id_documents); frozen DDL."""

import peewee as pw

SQLITE = """CREATE TABLE IF NOT EXISTS id_document (
    id INTEGER NOT NULL PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    number VARCHAR(20) NOT NULL, expires DATE, surname_latin VARCHAR(100) NOT NULL,
    names_latin VARCHAR(100) NOT NULL, expired_accepted INTEGER NOT NULL,
    read_by VARCHAR(64) NOT NULL, read_at DATETIME NOT NULL)"""
POSTGRES = """CREATE TABLE IF NOT EXISTS id_document (
    id SERIAL NOT NULL PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    number VARCHAR(20) NOT NULL, expires DATE, surname_latin VARCHAR(100) NOT NULL,
    names_latin VARCHAR(100) NOT NULL, expired_accepted BOOLEAN NOT NULL,
    read_by VARCHAR(64) NOT NULL, read_at TIMESTAMP NOT NULL)"""


def up(db):
    db.execute_sql(POSTGRES if isinstance(db, pw.PostgresqlDatabase) else SQLITE)
    db.execute_sql("CREATE INDEX IF NOT EXISTS id_document_person_id ON id_document (person_id)")
