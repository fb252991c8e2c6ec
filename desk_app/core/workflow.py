"""The workflow engine: every transition of an application, as the regulation's data says.

Each public function is one transaction. It is asked by key: the application by its number
or id, the acting user by id (a model object is accepted too and read again by its id), and
both are read inside the transaction, so a stale screen or a user deactivated a moment ago
cannot act. It checks the user's role and the application's state, bumps the application's
version (a concurrent desk loses cleanly), writes the step rows and an audit row. Nothing
here knows service numbers: the step kinds, roles, limits and routing come from the wording
the application was filed under. The moves it is made of are in `workflow_steps.py`; which
actions a user may take now is `actions.available_actions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from . import audit
from .clock import iso, now
from .db import transaction
from .deadlines import result_due, term_due
from .errors import NotFound, PermissionDenied, TransitionError, ValidationError
from .models import Application, AttachedDocument, Movement, Person, User
from .office_calendar import load_calendar
from .overrides import regulations as regulations  # the one accessor, re-exported for callers
from .regulation import Service, Wording
from .regulation import Step as RegStep
from .textcheck import plain_text
from .workflow_steps import (
    CLOSED,
    IN_TRANSIT,
    TO_BODY,
    TRANSIT_STATES,
    AppRef,
    UserRef,
    acting,
    arrival_step,
    bump,
    check_documents,
    check_refusal,
    check_result,
    count_waiting,
    expect,
    finish,
    get_application,
    go_to,
    log,
    next_number,
    notice_due,
    open_step,
    payload_text,
    read_application,
    read_user,
    recipient,
    record_arrival,
    require_executor,
    require_role,
    set_grounds,
    snap,
    start,
    waiting_for,
)

__all__ = [
    "CLOSED",
    "IN_TRANSIT",
    "INFORMED_HOW",
    "RESULTS",
    "TO_BODY",
    "TRANSIT_STATES",
    "AppRef",
    "UserRef",
    "count_waiting",
    "get_application",
    "open_step",
    "read_application",
    "read_user",
    "waiting_for",
]

RESULTS = ("notification", "decision", "refusal", "return")
INFORMED_HOW = ("in_person", "phone", "letter")


def wording_of(app: Application) -> Wording:
    return regulations().by_code(app.wording)


def service_of(app: Application) -> Service:
    return wording_of(app).service(app.service)


def _begin(ref: AppRef, by: UserRef) -> tuple[Application, User, Service]:
    """Inside the transaction: the application and the acting user as they are now."""
    app = read_application(ref)
    return app, read_user(by), service_of(app)


# ---------------------------------------------------------------- intake


def submit(
    person: Person | int,
    service_no: int,
    channel: str,
    by: UserRef,
    documents: Sequence[tuple[str | None, str]] = (),
    at: dt.datetime | None = None,
    place_of_issue: str = "",
) -> Application:
    """Accept an application: the intake step is done at once and the next one opens.

    `documents` are (code from the service's list, or None for another document; title).
    """
    at = (at or now()).replace(microsecond=0)
    wording = regulations().in_force(at.date())
    svc = wording.service(service_no)
    if not isinstance(channel, str) or channel not in svc.channels:
        raise ValidationError(
            "Бұл қызмет бұл арна арқылы көрсетілмейді", "Эта услуга не оказывается по этому каналу", "channel"
        )
    path = svc.path(channel)
    docs = check_documents(svc, documents)
    place_of_issue = plain_text(place_of_issue, "place_of_issue", 300)
    cal = load_calendar()
    with transaction():
        user = read_user(by)
        require_role(user, path[0].role, wording, at)
        person_id = person.id if isinstance(person, Person) else person
        found = Person.get_or_none(Person.id == person_id) if isinstance(person_id, int) else None
        if found is None:
            raise NotFound("Карточка табылмады", "Карточка не найдена", "person")
        seq, number = next_number(at.year)
        app = Application.create(
            number=number,
            year=at.year,
            seq=seq,
            service=svc.no,
            channel=channel,
            wording=wording.code,
            person=found,
            submitted_at=at,
            term_due_at=term_due(path, at, cal),
            result_due_at=result_due(path, at, cal),
            state=path[0].state,
            current_step=path[0].no,
            accepted_by=user,
            place_of_issue=place_of_issue,
            # service 1 has no assignment step: the executor who accepts it prepares it
            executor=user if not any(s.kind == "assign" for s in path) else None,
        )
        for code, title in docs:
            AttachedDocument.create(application=app, code=code, title=title)
        _intake_done(app, path, user, at)
        after = {**snap(app), "service": svc.no, "channel": channel, "person": found.iin}
        after["documents"] = [t for _, t in docs]
        audit.record(user.login, "application.submit", "application", number, None, after, at)
    return app


def _intake_done(app: Application, path: Sequence[RegStep], by: User, at: dt.datetime) -> None:
    start(app, path[0], at, by)
    finish(app, by, at, "accepted")
    go_to(app, path[1] if len(path) > 1 else None, at)


# ---------------------------------------------------------------- movement of the folder


def dispatch(app: AppRef, by: UserRef, at: dt.datetime | None = None, payload: str = "") -> Application:
    """Dispatch inspector: the folder is sent to the authorized body (marked by a scan)."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("dispatch",))
        require_role(user, step.role, wording_of(row), at)
        before = snap(row)
        Movement.create(
            application=row,
            kind="sent_to_body",
            role=step.role,
            user=user,
            at=at,
            payload=payload_text(payload),
        )
        finish(row, user, at, "sent")
        go_to(row, svc.next_step(row.channel, step.no), at)
        log(user, "application.dispatch", row, before, at)
    return row


def _arrive(
    app: Application, svc: Service, by: User, at: dt.datetime, payload: str | None, kinds: Sequence[str]
) -> RegStep:
    """The folder is scanned in where it travelled to: its step opens now (not when it was
    sent), so the travel stays in the not-counted step before it (R2-R4 T1 steps 2 and 7).
    `payload` None: received by hand, a folder without a readable label (audited)."""
    step = arrival_step(app, svc, kinds)
    require_role(by, step.role, wording_of(app), at)
    record_arrival(app, step, by, at, payload)
    bump(app, state=step.state)
    start(app, step, at, by)
    return step


def register_received(
    app: AppRef, by: UserRef, at: dt.datetime | None = None, payload: str | None = None
) -> Application:
    """Office clerk: the folder from the Center arrived (its scan, or by hand) and is
    registered at once and handed to the head: step 3 starts and ends at the arrival."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        before = snap(row)
        step = _arrive(row, svc, user, at, payload, ("register",))
        finish(row, user, at, "registered")
        go_to(row, svc.next_step(row.channel, step.no), at)
        log(user, "application.register", row, before, at, by_hand=payload is None)
    return row


def result_arrived(app: AppRef, by: UserRef, at: dt.datetime | None = None, payload: str = "") -> Application:
    """Center inspector: the result's folder is scanned in at the Center; the issue step opens."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        if row.state != IN_TRANSIT:
            raise TransitionError(
                "Нәтиже әлі Орталыққа жолданбаған", "Результат ещё не направлен в Центр", "state"
            )
        before = snap(row)
        _arrive(row, svc, user, at, payload, ("issue",))
        log(user, "application.result_arrived", row, before, at)
    return row


def issue(app: AppRef, by: UserRef, issued_to: str = "", at: dt.datetime | None = None) -> Application:
    """Center inspector: the result handed to the applicant, whose name (or the proxy's) is
    required; the application closes."""
    at = at or now()
    who = recipient(issued_to)
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("issue",))
        if row.state == IN_TRANSIT:
            raise TransitionError(
                "Нәтиже Орталыққа әлі келмеген (штрих-кодты сканерлеңіз)",
                "Результат ещё не поступил в Центр (отсканируйте штрих-код)",
                "state",
            )
        require_role(user, step.role, wording_of(row), at)
        before = snap(row)
        finish(row, user, at, "issued")
        go_to(row, None, at, issued_at=at, issued_to=who)
        log(user, "application.issue", row, before, at)
    return row


# ---------------------------------------------------------------- the authorized body


def assign(app: AppRef, by: UserRef, executor: UserRef, at: dt.datetime | None = None) -> Application:
    """Head: review the documents and assign an executor."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("assign",))
        head = require_role(user, step.role, wording_of(row), at)
        chosen = require_executor(User.get_or_none(User.id == _uid(executor)))
        before = snap(row)
        finish(row, user, at, "assigned", chosen.login)
        go_to(row, svc.next_step(row.channel, step.no), at, executor=chosen)
        log(user, "application.assign", row, before, at, **acting(head))
    return row


def _uid(ref: UserRef) -> object:
    return ref.id if isinstance(ref, User) else ref


def reassign(app: AppRef, by: UserRef, executor: UserRef, at: dt.datetime | None = None) -> Application:
    """Head: hand an application in preparation to another executor."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        head = require_role(user, "head", wording_of(row), at)
        expect(row, svc, ("prepare", "card", "deliver"))
        chosen = require_executor(User.get_or_none(User.id == _uid(executor)))
        before = snap(row)
        bump(row, executor=chosen)
        log(user, "application.reassign", row, before, at, **acting(head))
    return row


def _check_executor(app: Application, by: User, step: RegStep, at: dt.datetime) -> None:
    require_role(by, step.role, wording_of(app), at)
    if app.executor_id is not None and app.executor_id != by.id:
        raise PermissionDenied(
            "Өтініш басқа орындаушыға берілген", "Заявление поручено другому исполнителю", "user"
        )


def decide_card(
    app: AppRef,
    by: UserRef,
    register: bool,
    grounds: Sequence[str] = (),
    reasoning: str = "",
    at: dt.datetime | None = None,
) -> Application:
    """Executor (service 1, step 2): register the card, or prepare a reasoned refusal."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("card",))
        _check_executor(row, user, step, at)
        before = snap(row)
        if register:
            finish(row, user, at, "registered")
            go_to(row, svc.next_step(row.channel, step.no), at)
        else:
            codes = check_refusal(svc, grounds, reasoning)
            set_grounds(row, codes)
            finish(row, user, at, "refusal")
            target = (
                svc.step(step.refusal_goes_to)
                if step.refusal_goes_to
                else svc.next_step(row.channel, step.no)
            )
            go_to(row, target, at, prepared_result="refusal", refusal_reasoning=reasoning.strip())
        log(user, "application.card", row, before, at, grounds=list(grounds))
    return row


def refuse(
    app: AppRef,
    by: UserRef,
    grounds: Sequence[str],
    reasoning: str,
    at: dt.datetime | None = None,
) -> Application:
    """Executor: a reasoned refusal at whichever step offers it now (service 1's card step,
    or the preparation of the result)."""
    with transaction():  # nested: the step is read and acted on in one transaction
        row = read_application(app)
        step = expect(row, service_of(row), ("card", "prepare"))
        if step.kind == "card":
            return decide_card(row.id, by, register=False, grounds=grounds, reasoning=reasoning, at=at)
        return prepare(row.id, by, "refusal", grounds, reasoning, at)


def allowed_results(svc: Service, step: RegStep) -> list[str]:
    """What the executor may prepare at `step`: the positive result, a refusal where the step
    offers one, service 2's return of a defective package."""
    back = svc.defective_return
    return (
        [svc.positive_result] + (["refusal"] if step.offers_refusal else []) + ([back.result] if back else [])
    )


def prepare(
    app: AppRef,
    by: UserRef,
    result: str,
    grounds: Sequence[str] = (),
    reasoning: str = "",
    at: dt.datetime | None = None,
) -> Application:
    """Executor: the positive result (notification or decision) or a reasoned refusal."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("prepare",))
        _check_executor(row, user, step, at)
        check_result(result, allowed_results(svc, step), wording_of(row))
        before = snap(row)
        codes: list[str] = []
        changes: dict[str, Any] = {}
        back = svc.defective_return
        if result == "refusal":
            codes = check_refusal(svc, grounds, reasoning)
        elif back is not None and result == back.result:
            codes = check_refusal(svc, grounds, reasoning, [g.code for g in back.grounds])
            changes["notice_due_at"] = notice_due(row, svc, back.terms[row.channel])
        set_grounds(row, codes)
        finish(row, user, at, result)
        changes.update(prepared_result=result, refusal_reasoning=reasoning.strip() if codes else "")
        go_to(row, svc.next_step(row.channel, step.no), at, **changes)
        log(user, "application.prepare", row, before, at, grounds=codes)
    return row


def sign(app: AppRef, by: UserRef, at: dt.datetime | None = None) -> Application:
    """Head: sign the prepared result; it becomes the application's result."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("sign",))
        head = require_role(user, step.role, wording_of(row), at)
        if row.prepared_result is None:
            raise TransitionError(
                "Қол қоятын нәтиже дайындалмаған", "Нет подготовленного результата для подписи", "state"
            )
        before = snap(row)
        finish(row, user, at, "signed")
        go_to(row, svc.next_step(row.channel, step.no), at, result=row.prepared_result)
        log(user, "application.sign", row, before, at, **acting(head))
    return row


def return_for_rework(app: AppRef, by: UserRef, note: str, at: dt.datetime | None = None) -> Application:
    """Head: send the prepared result back to the executor with a note."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("sign",))
        head = require_role(user, step.role, wording_of(row), at)
        if step.returns_to is None:
            raise TransitionError("Бұл қадамнан қайтаруға болмайды", "С этого шага нельзя вернуть", "state")
        note = plain_text(note, "note", 1000, multiline=True)
        if len(note) < 3:
            raise ValidationError("Қайтару себебін жазыңыз", "Укажите причину возврата", "note")
        before = snap(row)
        finish(row, user, at, "returned", note.strip())
        # R1: a refusal is prepared at step 2, so a returned refusal goes back there; its
        # grounds and reasoning stay for the executor to edit.
        back = step.refusal_returns_to if row.prepared_result == "refusal" else None
        go_to(row, svc.step(back or step.returns_to), at, prepared_result=None)
        log(user, "application.return", row, before, at, note=note.strip(), **acting(head))
    return row


def deliver(app: AppRef, by: UserRef, at: dt.datetime | None = None, issued_to: str = "") -> Application:
    """Executor: the signed result is sent to the Center, or handed to a direct applicant,
    whose name (or the proxy's) is then required as at the Center."""
    at = at or now()
    with transaction():
        row, user, svc = _begin(app, by)
        step = expect(row, svc, ("deliver",))
        _check_executor(row, user, step, at)
        before = snap(row)
        nxt = svc.next_step(row.channel, step.no)
        who = recipient(issued_to) if nxt is None else ""
        finish(row, user, at, "sent_to_center" if nxt else "handed_over")
        if nxt is None:
            go_to(row, None, at, issued_at=at, issued_to=who)
        else:
            go_to(row, nxt, at)
        log(user, "application.deliver", row, before, at)
    return row


def inform(app: AppRef, by: UserRef, how: str, at: dt.datetime | None = None) -> Application:
    """Executor (R1 p.11(4)): record how and when the applicant was told of the result."""
    at = (at or now()).replace(microsecond=0)
    if how not in INFORMED_HOW:
        raise ValidationError(
            "Хабарлау тәсілін таңдаңыз: өзі келді, телефон, хат",
            "Выберите способ: лично, по телефону, письмом",
            "how",
        )
    with transaction():
        row, user, svc = _begin(app, by)
        if not svc.informs_applicant:
            raise TransitionError(
                "Бұл қызметте тұтынушыны хабардар ету белгіленбейді",
                "В этой услуге извещение потребителя не отмечается",
                "service",
            )
        require_role(user, "executor", wording_of(row), at)
        if row.state != CLOSED or row.result is None:
            raise TransitionError("Нәтиже әлі шықпаған", "Результат ещё не вынесен", "state")
        if row.closed_at is not None and at < row.closed_at:
            raise ValidationError("Уақыт нәтижеден ерте", "Время раньше результата", "at")
        before = {**snap(row), "informed_at": iso(row.informed_at), "informed_how": row.informed_how}
        bump(row, informed_at=at, informed_how=how)
        log(user, "application.inform", row, before, at, informed_at=iso(at), informed_how=how)
    return row
