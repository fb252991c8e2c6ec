"""The first schema: cards, applications, steps, movements, audit, calendar, settings."""

from desk_app.core import models as m


def up(db):
    db.create_tables(m.CORE_MODELS)
