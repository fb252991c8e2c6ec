"""Index cards by birth date: the duplicate check looks up look-alike names born the same day."""


def up(db):
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_birth_date ON person (birth_date)")
