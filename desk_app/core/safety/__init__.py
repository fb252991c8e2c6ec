"""Keeping the office's data safe, outside the engine: backups and restores (SQLite
files, pg_dump), the move to PostgreSQL, the `check` of a live or suspect database and
the clean-up of what an interrupted run left."""
