"""Printed documents: the outgoing journal and the registry of printed PDFs."""

from desk_app.documents.journal import DOCUMENT_MODELS


def up(db):
    db.create_tables(DOCUMENT_MODELS)
