"""The outgoing journal and the registry of printed documents.

Every document the office prints takes the next number of the outgoing journal
(`YYYY/NNNNN`, a sequence per year) and is kept in the registry with its bytes and
their SHA-256, so a reprint hands out exactly the paper first printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from desk_app.core.models import Application, BaseModel


class OutgoingEntry(BaseModel):
    """One line of the outgoing journal (шығыс хат-хабар журналы)."""

    year = pw.IntegerField()
    seq = pw.IntegerField()
    number = pw.CharField(unique=True, max_length=20)
    kind = pw.CharField(max_length=20)
    application = pw.ForeignKeyField(Application, null=True, backref="outgoing", on_delete="RESTRICT")
    at = pw.DateTimeField()
    user = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("year", "seq"), True),)


class PrintedDocument(BaseModel):
    """A printed document: which, for whom, by whom, and the very bytes printed."""

    if TYPE_CHECKING:  # peewee adds the foreign key's id at run time (see models.BaseModel)
        entry_id: int
        application_id: int

    entry = pw.ForeignKeyField(OutgoingEntry, unique=True, backref="document", on_delete="RESTRICT")
    journal_no = pw.CharField(max_length=20)
    kind = pw.CharField(max_length=20)
    application = pw.ForeignKeyField(Application, backref="printed", on_delete="RESTRICT")
    lang = pw.CharField(max_length=2)
    printed_at = pw.DateTimeField()
    user = pw.CharField(max_length=64)
    sha256 = pw.CharField(max_length=64)
    data_hash = pw.CharField(max_length=64, index=True)  # facts shown; see data.data_hash
    pages = pw.IntegerField()
    pdf = pw.BlobField()
    issued_at = pw.DateTimeField(null=True)
    issued_to = pw.CharField(max_length=300, default="")
    issued_by = pw.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("application", "kind", "lang"), False),)

    @property
    def pdf_bytes(self) -> bytes:
        return bytes(self.pdf)  # PostgreSQL hands bytea back as a memoryview


DOCUMENT_MODELS = [OutgoingEntry, PrintedDocument]
