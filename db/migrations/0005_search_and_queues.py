"""Scale: person search index and the open-step queue index.

* SQLite: an FTS5 index over the folded full name, kept in step by triggers
  (`desk_app.core.search`); other databases search the folded columns directly.
* Both: a partial index over open steps by role in queue order, so a desk's queue
  (`workflow.waiting_for`) reads its first page without scanning every step ever taken.
"""

from desk_app.core import search

QUEUE_INDEX = (
    "CREATE INDEX IF NOT EXISTS step_open_queue ON step "
    "(role, (due_at IS NULL), due_at, application_id) WHERE completed_at IS NULL"
)


def up(db):
    search.install(db)
    db.execute_sql(QUEUE_INDEX)
