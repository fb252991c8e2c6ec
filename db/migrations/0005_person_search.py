"""Person search: an FTS5 index over the folded full name, kept in step by triggers (SQLite).

Other databases search the folded columns of `person` directly and need nothing here.
"""

from desk_app.core import search


def up(db):
    search.install(db)
