"""The complaints register (R1-R4 p.18): "the applicant may complain on questions of the
service under section 5 of the standard".

A complaint is tied to its application and may be about any question of the service (the
term, the staff's conduct, the documents asked for, the result …): the subject is free text,
never narrowed to disagreeing with the result.

**Answer term.** `answer_due_at` = the day the complaint was received + the wording's
`complaint_answer` term (`Wording.complaint_answer`, flagged "to confirm" in the data: the
standard's section 5 is not in the seed), counted as every day limit is
(`deadlines.due_at` with the office calendar: from the day after receipt, ending 23:59:59;
a calendar-day term whose last day is off moves to the next working day). The wording is
the application's own (the one in force when it was submitted).

**Who does what.** Any desk that meets the applicant registers a complaint: the head, the
executor, the office clerk and the Center inspector. The head answers: the head of the
authorized body is the official responsible for the service (p.17); the Center head's
board is read-only in this desk, so a complaint addressed to the Center is answered by the
head and the answer recorded here. A complaint is late when it was answered after its
due day, or is still unanswered when its due time has passed.

Every change is one transaction with an audit row (entity "complaint").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import audit
from .clock import iso, now
from .db import transaction
from .deadlines import due_at
from .errors import NotFound, PermissionDenied, TransitionError, ValidationError
from .models import Application, Complaint, Person, User
from .office_calendar import load_calendar
from .regulation import Term, Wording
from .textcheck import plain_text

REGISTER_ROLES = ("head", "executor", "office_clerk", "center_inspector")
ANSWER_ROLES = ("head",)


def _wording(app: Application | str) -> Wording:
    from .workflow import get_application, wording_of  # lazy: workflow imports much of core

    return wording_of(get_application(app) if isinstance(app, str) else app)


def answer_term(app: Application | str) -> Term | None:
    """The complaint answer term of the application's wording (None when the data has none)."""
    return _wording(app).complaint_answer


def answer_due(app: Application, received_on: dt.date) -> dt.datetime | None:
    term = answer_term(app)
    if term is None:
        return None
    start = dt.datetime.combine(received_on, dt.time(0))
    return due_at(start, term.limit, term.unit, load_calendar())


def _require(by: User, roles: tuple[str, ...], kk: str, ru: str) -> None:
    if not by.active or not any(by.has_role(r) for r in roles):
        raise PermissionDenied(kk, ru, "user")


def _day(value: object, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError("Күн дұрыс емес (ЖЖЖЖ-АА-КК)", "Неверная дата (ГГГГ-ММ-ДД)", field)


def snapshot(c: Complaint) -> dict[str, object]:
    return {
        "application": c.application.number,
        "received_on": iso(c.received_on),
        "from_whom": c.from_whom,
        "subject": c.subject,
        "addressee": c.addressee,
        "answer_due_at": iso(c.answer_due_at),
        "answer": c.answer,
        "answered_on": iso(c.answered_on),
        "answered_by": c.answered_by.login if c.answered_by is not None else None,
    }


def register(
    app: Application,
    by: User,
    received_on: dt.date | str,
    from_whom: str,
    subject: str,
    addressee: str = "",
    at: dt.datetime | None = None,
) -> Complaint:
    """Enter a complaint received on `received_on` into the register; its answer due follows."""
    at = (at or now()).replace(microsecond=0)
    _require(
        by,
        REGISTER_ROLES,
        "Шағымды уәкілетті органның басшысы, орындаушы, кеңсе "
        "қызметкері немесе Орталықтың инспекторы тіркейді",
        "Жалобу регистрирует руководитель, исполнитель, сотрудник канцелярии или инспектор Центра",
    )
    day = _day(received_on, "received_on")
    from_whom = plain_text(from_whom, "from_whom", 300, required=True)
    subject = plain_text(subject, "subject", 4000, multiline=True, required=True)
    addressee = plain_text(addressee, "addressee", 300)
    if len(subject) < 5:
        raise ValidationError(
            "Шағымның мәнін жазыңыз (кемінде 5 таңба)", "Укажите суть жалобы (не менее 5 знаков)", "subject"
        )
    with transaction():
        found = Application.get_or_none(Application.id == getattr(app, "id", None))
        if found is None:
            raise NotFound("Өтініш табылмады", "Заявление не найдено", "application")
        app = found
        if day < app.submitted_at.date():
            raise ValidationError(
                "Шағым өтініш берілген күннен ерте болмайды",
                "Жалоба не может быть раньше подачи заявления",
                "received_on",
            )
        if day > at.date():
            raise ValidationError(
                "Шағым алынған күн әлі келген жоқ", "Дата получения жалобы ещё не наступила", "received_on"
            )
        c = Complaint.create(
            application=app,
            received_on=day,
            from_whom=from_whom,
            subject=subject,
            addressee=addressee,
            answer_due_at=answer_due(app, day),
            recorded_by=by,
            created_at=at,
        )
        audit.record(by.login, "complaint.register", "complaint", c.id, None, snapshot(c), at)
    return c


def answer(
    complaint: Complaint | int,
    by: User,
    text: str,
    answered_on: dt.date | str | None = None,
    at: dt.datetime | None = None,
) -> Complaint:
    """The head records the answer given and its date (once: an answer is not rewritten)."""
    at = (at or now()).replace(microsecond=0)
    _require(
        by,
        ANSWER_ROLES,
        "Шағымға уәкілетті органның басшысы жауап береді",
        "На жалобу отвечает руководитель уполномоченного органа",
    )
    day = _day(answered_on if answered_on is not None else at.date(), "answered_on")
    text = plain_text(text, "answer", 4000, multiline=True, required=True)
    if len(text) < 5:
        raise ValidationError(
            "Жауаптың мәнін жазыңыз (кемінде 5 таңба)", "Укажите суть ответа (не менее 5 знаков)", "answer"
        )
    cid = complaint if isinstance(complaint, int) else complaint.id
    with transaction():
        c = Complaint.get_or_none(Complaint.id == cid)
        if c is None:
            raise NotFound("Шағым табылмады", "Жалоба не найдена", "complaint")
        if c.answered_on is not None:
            raise TransitionError("Шағымға жауап берілген", "На жалобу уже дан ответ", "answer")
        if day < c.received_on or day > at.date():
            raise ValidationError(
                "Жауап күні шағым алынған күн мен бүгін аралығында болуы керек",
                "Дата ответа должна быть между получением жалобы и сегодня",
                "answered_on",
            )
        before = snapshot(c)
        n = (
            Complaint.update(answer=text, answered_on=day, answered_by=by)
            .where(Complaint.id == c.id, Complaint.answered_on.is_null())
            .execute()
        )
        if n != 1:
            raise TransitionError("Шағымға жауап берілген", "На жалобу уже дан ответ", "answer")
        c = Complaint.get_by_id(c.id)
        audit.record(by.login, "complaint.answer", "complaint", c.id, before, snapshot(c), at)
    return c


def is_late(c: Complaint, at: dt.datetime | None = None) -> bool:
    """Answered after its due day, or unanswered with the due time passed at `at`."""
    if c.answer_due_at is None:
        return False
    if c.answered_on is not None:
        return c.answered_on > c.answer_due_at.date()
    return (at or now()) > c.answer_due_at


def of_application(app: Application) -> list[Complaint]:
    return list(
        Complaint.select().where(Complaint.application == app).order_by(Complaint.received_on, Complaint.id)
    )


def of_person(person: Person | int) -> list[Complaint]:
    pid = person if isinstance(person, int) else person.id
    return list(
        Complaint.select(Complaint, Application)
        .join(Application)
        .where(Application.person == pid)
        .order_by(Complaint.received_on, Complaint.id)
    )


@dataclass(frozen=True)
class BoardRow:
    complaint_id: int
    number: str
    applicant: str
    received_on: dt.date
    from_whom: str
    subject: str
    addressee: str
    answer_due_at: dt.datetime | None
    late: bool


def open_board(at: dt.datetime | None = None, limit: int = 500) -> list[BoardRow]:
    """Unanswered complaints, late ones first, then by due time (the head's board)."""
    at = at or now()
    q = (
        Complaint.select(Complaint, Application, Person)
        .join(Application)
        .join(Person, on=(Application.person == Person.id))
        .where(Complaint.answered_on.is_null())
        .order_by(Complaint.answer_due_at.is_null(), Complaint.answer_due_at, Complaint.id)
        .limit(limit)
    )
    rows = [
        BoardRow(
            c.id,
            c.application.number,
            c.application.person.full_name,
            c.received_on,
            c.from_whom,
            c.subject,
            c.addressee,
            c.answer_due_at,
            is_late(c, at),
        )
        for c in q
    ]
    return sorted(rows, key=lambda r: not r.late)  # stable: the due order stays within each


def late_answered(at: dt.datetime | None = None, since: dt.date | None = None) -> list[Complaint]:
    """Complaints answered after their due day (from `since`, default the last 30 days)."""
    at = at or now()
    since = since or (at.date() - dt.timedelta(days=30))
    q = (
        Complaint.select()
        .where(Complaint.answered_on >= since, Complaint.answered_on.is_null(False))
        .order_by(Complaint.answered_on.desc())
    )
    return [c for c in q if is_late(c, at)]
