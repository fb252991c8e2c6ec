"""Printing as the office records it: a journal number, the stored copy, the hand-over.

`print_document` is the one way a document comes into being. A second request for the
same kind and language of the same application gets the stored bytes back (a reprint,
byte for byte) as long as the facts it shows are unchanged; when they changed (a reworked
refusal, a longer bundle) or `new=True`, a fresh document with the next journal number
is made. Every print, reprint, dispatch to a printer and hand-over is an audit row.
A new document carries the audit chain's head of its first print in its footer and PDF
keywords (`core.anchor`); reprints are that paper again, anchor included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from desk_app.core import audit
from desk_app.core.anchor import chain_head
from desk_app.core.clock import now
from desk_app.core.db import transaction
from desk_app.core.errors import KenseError, NotFound, PermissionDenied, ValidationError
from desk_app.core.models import Application, User
from desk_app.core.workflow import CLOSED, get_application

from .data import DocumentUnavailable, check_kind, data_hash, gather
from .journal import OutgoingEntry, PrintedDocument
from .render import render
from .texts import RESULT_KINDS


class StoredCopyDamaged(KenseError):
    """The stored PDF no longer matches the hash recorded when it was printed."""


def _login(by: User | str) -> str:
    if isinstance(by, User):
        if not by.active:
            raise PermissionDenied("Пайдаланушы белсенді емес", "Пользователь не активен", "user")
        return by.login
    login = str(by).strip()
    if not login:
        raise ValidationError("Кім басып шығарғаны белгісіз", "Не указано, кто печатает", "user")
    return login


def _next_entry(kind: str, app: Application, login: str, at: dt.datetime) -> OutgoingEntry:
    """The next number of the year's outgoing journal (inside the caller's transaction)."""
    last = (
        OutgoingEntry.select(OutgoingEntry.seq)
        .where(OutgoingEntry.year == at.year)
        .order_by(OutgoingEntry.seq.desc())
        .limit(1)
        .first()
    )
    seq = (last.seq if last else 0) + 1
    return OutgoingEntry.create(
        year=at.year, seq=seq, number=f"{at.year}/{seq:05d}", kind=kind, application=app, at=at, user=login
    )


def _stored(app: Application, kind: str, lang: str, fingerprint: str) -> PrintedDocument | None:
    q = PrintedDocument.select().where(
        PrintedDocument.kind == kind, PrintedDocument.lang == lang, PrintedDocument.data_hash == fingerprint
    )
    if kind != "register":
        # A register is one per bundle: whichever of its applications asks, it is the same
        # paper (its data covers the whole bundle), so it is not narrowed to one application.
        q = q.where(PrintedDocument.application == app)
    return q.order_by(PrintedDocument.id.desc()).get_or_none()


def _checked(rec: PrintedDocument) -> bytes:
    pdf = rec.pdf_bytes
    if hashlib.sha256(pdf).hexdigest() != rec.sha256:
        raise StoredCopyDamaged(
            f"{rec.journal_no} сақталған көшірмесі бүлінген",
            f"Сохранённая копия {rec.journal_no} повреждена",
            "pdf",
        )
    return pdf


def _summary(rec: PrintedDocument) -> dict[str, Any]:
    return {
        "kind": rec.kind,
        "lang": rec.lang,
        "application": rec.application.number,
        "sha256": rec.sha256,
        "pages": rec.pages,
    }


def print_document(
    number: str,
    kind: str,
    lang: str = "kk",
    by_user: User | str = "cli",
    new: bool = False,
    at: dt.datetime | None = None,
) -> tuple[PrintedDocument, bytes]:
    """The document `kind` of application `number` in `lang`: the stored copy when the
    facts are unchanged (unless `new`), otherwise a new one under the next journal number."""
    check_kind(kind, lang)
    login = _login(by_user)
    app = get_application(number)
    data = gather(kind, app, lang)
    fingerprint = data_hash(data)
    at = (at or now()).replace(microsecond=0)
    if not new:
        rec = _stored(app, kind, lang, fingerprint)
        if rec is not None:
            pdf = _checked(rec)
            with transaction():
                audit.record(login, "document.reprint", "document", rec.journal_no, None, _summary(rec), at)
            return rec, pdf
    with transaction():
        entry = _next_entry(kind, app, login, at)
        # The chain's head at this first print goes on the paper and into the print's audit
        # row; a reprint hands back these bytes, so it carries the same (older) anchor.
        head = chain_head()
        pdf, pages = render(data, entry.number, at, anchor=head)
        rec = PrintedDocument.create(
            entry=entry,
            journal_no=entry.number,
            kind=kind,
            application=app,
            lang=lang,
            printed_at=at,
            user=login,
            sha256=hashlib.sha256(pdf).hexdigest(),
            data_hash=fingerprint,
            pages=pages,
            pdf=pdf,
        )
        audit.record(
            login, "document.print", "document", entry.number, None, {**_summary(rec), "anchor": head}, at
        )
    return rec, pdf


def get_printed(journal_no: str) -> PrintedDocument:
    rec = PrintedDocument.get_or_none(PrintedDocument.journal_no == journal_no.strip())
    if rec is None:
        raise NotFound(f"Құжат табылмады: {journal_no}", f"Документ не найден: {journal_no}", "journal_no")
    return rec


def reprint(
    journal_no: str, by_user: User | str, at: dt.datetime | None = None
) -> tuple[PrintedDocument, bytes]:
    """A stored document again, exactly as first printed (from the application's history)."""
    login = _login(by_user)
    rec = get_printed(journal_no)
    pdf = _checked(rec)
    with transaction():
        audit.record(
            login,
            "document.reprint",
            "document",
            rec.journal_no,
            None,
            _summary(rec),
            (at or now()).replace(microsecond=0),
        )
    return rec, pdf


def history(number: str) -> list[PrintedDocument]:
    """The documents printed for an application, newest first (without their bytes)."""
    app = get_application(number)
    fields = [f for f in PrintedDocument._meta.sorted_fields if f.name != "pdf"]
    return list(
        PrintedDocument.select(*fields)
        .where(PrintedDocument.application == app)
        .order_by(PrintedDocument.id.desc())
    )


def record_sent(rec: PrintedDocument, by_user: User | str, printer: str, job: str = "") -> None:
    """Audit that a stored document went to a printer."""
    with transaction():
        audit.record(
            _login(by_user),
            "document.sent_to_printer",
            "document",
            rec.journal_no,
            None,
            {"printer": printer, "job": job, "sha256": rec.sha256},
        )


def hand_over(
    journal_no: str, by_user: User | str, issued_to: str, at: dt.datetime | None = None
) -> PrintedDocument:
    """The printed document handed to the person who collected it.

    For a result document of a closed application the workflow left without a hand-over
    (service 1 ends with the head's signature), the application's `issued_at`/`issued_to`
    are set too; the workflow's own `deliver`/`issue` fill them on the other paths.
    """
    login = _login(by_user)
    who = " ".join((issued_to or "").split())
    if len(who) < 3:
        raise ValidationError("Құжатты кім алғанын жазыңыз", "Укажите, кто получил документ", "issued_to")
    at = (at or now()).replace(microsecond=0)
    with transaction():
        rec = get_printed(journal_no)
        if rec.issued_at is not None:
            raise ValidationError(
                f"Құжат {rec.issued_at:%d.%m.%Y %H:%M} берілген: {rec.issued_to}",
                f"Документ уже выдан {rec.issued_at:%d.%m.%Y %H:%M}: {rec.issued_to}",
                "issued_to",
            )
        app = Application.get_by_id(rec.application_id)
        if rec.kind in RESULT_KINDS and app.result != rec.kind:
            raise DocumentUnavailable(
                "Басшы қол қоймаған нәтижені беруге болмайды",
                "Нельзя выдать результат, не подписанный руководителем",
                "kind",
            )
        PrintedDocument.update(issued_at=at, issued_to=who[:300], issued_by=login).where(
            PrintedDocument.id == rec.id
        ).execute()
        app_changed = False
        if rec.kind in RESULT_KINDS and app.state == CLOSED and app.issued_at is None:
            app_changed = bool(
                Application.update(issued_at=at, issued_to=who[:300], version=Application.version + 1)
                .where(
                    Application.id == app.id,
                    Application.version == app.version,
                    Application.issued_at.is_null(),
                )
                .execute()
            )
        audit.record(
            login,
            "document.hand_over",
            "document",
            rec.journal_no,
            None,
            {
                "application": app.number,
                "kind": rec.kind,
                "issued_to": who,
                "application_issued": app_changed,
            },
            at,
        )
    return PrintedDocument.get_by_id(rec.id)
