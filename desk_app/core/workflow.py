"""The workflow engine: every transition of an application, as the regulation's data says.

Each public function is one transaction that checks the acting user's role and the
application's state, bumps the application's version (a concurrent desk loses cleanly),
writes the step rows and an audit row. Nothing here knows service numbers: the step
kinds, roles, limits and routing come from the wording the application was filed under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import peewee as pw

from . import absence, audit
from .auth import still_holds
from .clock import iso, now
from .db import transaction
from .deadlines import due_at, result_due, step_due, term_due
from .errors import ConcurrencyError, NotFound, PermissionDenied, TransitionError, ValidationError
from .models import Application, AttachedDocument, Movement, Person, RefusalGround, Step, User
from .office_calendar import load_calendar
from .overrides import regulations as regulations  # the one accessor, re-exported for callers
from .regulation import Service, Term, Wording
from .regulation import Step as RegStep
from .textcheck import bad_char, plain_text

CLOSED = "closed"
IN_TRANSIT = "in_transit"  # result sent to the Center, folder not yet scanned in
TO_BODY = "to_body"  # folder sent to the authorized body, not yet scanned in by its clerk
TRANSIT_STATES = (IN_TRANSIT, TO_BODY)  # the regulation's `transit_state`s
RESULTS = ("notification", "decision", "refusal", "return")
INFORMED_HOW = ("in_person", "phone", "letter")


def wording_of(app: Application) -> Wording:
    return regulations().by_code(app.wording)


def service_of(app: Application) -> Service:
    return wording_of(app).service(app.service)


def get_application(number: str) -> Application:
    """The application by its number (typed, or read by the scanner: any text may arrive)."""
    key = number.strip().upper() if isinstance(number, str) else ""
    shown = key[:30] if key and bad_char(key) is None else "?"
    if not key or len(key) > 20 or not key.isascii() or bad_char(key) is not None:
        raise NotFound(f"Өтініш табылмады: {shown}", f"Заявление не найдено: {shown}", "number")
    app = Application.get_or_none(Application.number == key)
    if app is None:
        raise NotFound(f"Өтініш табылмады: {number}", f"Заявление не найдено: {number}", "number")
    return app


def _role_name(app_or_wording: Wording, role: str) -> tuple[str, str]:
    t = app_or_wording.roles.get(role)
    return (t.kk, t.ru) if t else (role, role)


def _require_role(user: User, role: str, wording: Wording, at: dt.datetime | None = None) -> User | None:
    """Refuse a user without `role`; returns the head a user stands in for (absence.py) when
    acting as the head, else None."""
    day = (at or now()).date()
    # still_holds re-reads the user inside the transaction: a deactivation acts at once.
    if user.active and user.has_role(role) and still_holds(user, role):
        if absence.blocks_actions() and absence.is_away(user.id, day):
            raise PermissionDenied(
                "Сіз бүгін жұмыста жоқ деп тіркелгенсіз", "Вы сегодня отмечены как отсутствующий", "user"
            )
        return None
    stands_for = (
        absence.acting_for(user, day) if user.active and role == "head" and still_holds(user) else None
    )
    if stands_for is None:
        kk, ru = _role_name(wording, role)
        raise PermissionDenied(
            f"Бұл әрекетті тек «{kk}» орындайды", f"Это действие выполняет только «{ru}»", "user"
        )
    return stands_for


def _acting(head: User | None) -> dict[str, str]:
    """The audit row's "acting for" when an acting head took the head's step."""
    return {"acting_for": head.login} if head is not None else {}


def open_step(app: Application) -> Step | None:
    return (
        Step.select()
        .where(Step.application == app, Step.completed_at.is_null())
        .order_by(Step.id.desc())
        .first()
    )


def _expect(app: Application, kinds: Sequence[str]) -> RegStep:
    """The regulation step the application waits at, which must be of one of `kinds`."""
    svc = service_of(app)
    if app.current_step is None or app.state == CLOSED:
        raise TransitionError("Өтініш жабылған", "Заявление уже закрыто", "state")
    step = svc.step(app.current_step)
    if step.kind not in kinds:
        raise TransitionError(
            f"Өтініш қазір басқа қадамда: {step.no}. {step.action.kk}",
            f"Заявление сейчас на другом шаге: {step.no}. {step.action.ru}",
            "state",
        )
    return step


def _bump(app: Application, **changes: Any) -> None:
    """Write the application's changes only if nobody else changed it since it was read."""
    n = (
        Application.update(**changes, version=Application.version + 1)
        .where(Application.id == app.id, Application.version == app.version)
        .execute()
    )
    if n != 1:
        raise ConcurrencyError(
            "Өтінішті басқа үстел өзгертті, тізімді жаңартыңыз",
            "Заявление уже изменено за другим столом, обновите список",
            "version",
        )
    for k, v in changes.items():
        setattr(app, k, v)
    app.version += 1


def _start(app: Application, step: RegStep, at: dt.datetime, user: User | None = None) -> Step:
    """Open a step row. A step opened again (a return for rework) keeps the due time of its
    first opening: the office practice of returning buys no time. After a defective package
    was marked, no step runs past the return's own term (R2 p.10)."""
    first = (
        Step.select(Step.due_at)
        .where(Step.application == app, Step.no == step.no)
        .order_by(Step.id)
        .limit(1)
        .first()
    )
    due = first.due_at if first is not None else step_due(step, at, load_calendar())
    if due is not None and app.notice_due_at is not None:
        due = min(due, app.notice_due_at)
    return Step.create(
        application=app,
        no=step.no,
        role=step.role,
        user=user,
        started_at=at,
        due_at=due,
        counted=step.counted,
    )


def _payload(raw: object) -> str:
    """What the scanner read, kept for the record: its CR/LF/Tab suffix stays, other control
    characters (PostgreSQL refuses NUL) go; cut to the column."""
    text = raw if isinstance(raw, str) else ""
    return "".join(ch for ch in text if bad_char(ch, multiline=True) is None)[:200]


def _finish(app: Application, by: User, at: dt.datetime, outcome: str, note: str = "") -> None:
    row = open_step(app)
    if row is None:
        raise TransitionError("Ашық қадам жоқ", "Нет открытого шага", "state")
    if at < row.started_at:
        raise ValidationError("Уақыт қадамның басталуынан ерте", "Время раньше начала шага", "at")
    Step.update(completed_at=at, user=by, outcome=outcome, note=note).where(Step.id == row.id).execute()


def _go_to(app: Application, step: RegStep | None, at: dt.datetime, **changes: Any) -> None:
    """Move to `step` (opening its row unless it opens on a scan), or close the application."""
    if step is None:
        _bump(app, state=CLOSED, current_step=None, closed_at=at, **changes)
        return
    if step.starts_on_scan:  # the folder travels: the step opens on its arrival scan
        _bump(app, state=step.transit_state, current_step=step.no, **changes)
        return
    _bump(app, state=step.state, current_step=step.no, **changes)
    _start(app, step, at)


def _snap(app: Application) -> dict[str, Any]:
    return {
        "state": app.state,
        "current_step": app.current_step,
        "result": app.result,
        "prepared_result": app.prepared_result,
        "executor": app.executor.login if app.executor_id else None,
    }


def _log(
    by: User, action: str, app: Application, before: dict[str, Any], at: dt.datetime, **extra: Any
) -> None:
    audit.record(by.login, action, "application", app.number, before, {**_snap(app), **extra}, at)


def _next_number(year: int) -> tuple[int, str]:
    last = (
        Application.select(Application.seq)
        .where(Application.year == year)
        .order_by(Application.seq.desc())
        .limit(1)
        .first()
    )
    seq = (last.seq if last else 0) + 1
    return seq, f"{year}-{seq:06d}"


# ---------------------------------------------------------------- intake


def submit(
    person: Person,
    service_no: int,
    channel: str,
    by: User,
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
    intake = path[0]
    _require_role(by, intake.role, wording, at)
    known = {d.code: d for d in svc.documents}
    docs: list[tuple[str | None, str]] = []
    for code, title in documents:
        if code is not None and (not isinstance(code, str) or code not in known):
            shown = code if isinstance(code, str) and bad_char(code) is None else "?"
            raise ValidationError(
                f"Құжат белгісіз: {shown[:60]}", f"Неизвестный документ: {shown[:60]}", "documents"
            )
        title = plain_text(title, "documents", 400) or (known[code].text.kk if code else "")
        if not title:
            raise ValidationError("Құжаттың атауы бос", "Пустое название документа", "documents")
        docs.append((code, title[:400]))
    place_of_issue = plain_text(place_of_issue, "place_of_issue", 300)
    if Person.get_or_none(Person.id == person.id) is None:
        raise NotFound("Карточка табылмады", "Карточка не найдена", "person")
    cal = load_calendar()
    with transaction():
        seq, number = _next_number(at.year)
        nxt = path[1] if len(path) > 1 else None
        app = Application.create(
            number=number,
            year=at.year,
            seq=seq,
            service=svc.no,
            channel=channel,
            wording=wording.code,
            person=person,
            submitted_at=at,
            term_due_at=term_due(path, at, cal),
            result_due_at=result_due(path, at, cal),
            state=intake.state,
            current_step=intake.no,
            accepted_by=by,
            place_of_issue=place_of_issue,
            # service 1 has no assignment step: the executor who accepts it prepares it
            executor=by if not any(s.kind == "assign" for s in path) else None,
        )
        for code, title in docs:
            AttachedDocument.create(application=app, code=code, title=title)
        _start(app, intake, at, by)
        _finish(app, by, at, "accepted")
        _go_to(app, nxt, at)
        audit.record(
            by.login,
            "application.submit",
            "application",
            number,
            None,
            {
                **_snap(app),
                "service": svc.no,
                "channel": channel,
                "person": person.iin,
                "documents": [t for _, t in docs],
            },
            at,
        )
    return app


# ---------------------------------------------------------------- movement of the folder


def dispatch(app: Application, by: User, at: dt.datetime | None = None, payload: str = "") -> Application:
    """Dispatch inspector: the folder is sent to the authorized body (marked by a scan)."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("dispatch",))
        _require_role(by, step.role, wording_of(app), at)
        before = _snap(app)
        Movement.create(
            application=app, kind="sent_to_body", role=step.role, user=by, at=at, payload=_payload(payload)
        )
        _finish(app, by, at, "sent")
        _go_to(app, service_of(app).next_step(app.channel, step.no), at)
        _log(by, "application.dispatch", app, before, at)
    return app


def _arrive(
    app: Application, by: User, at: dt.datetime, payload: str | None, kinds: Sequence[str]
) -> tuple[RegStep, Step]:
    """The folder is scanned in where it travelled to: its step opens now (not when it was
    sent), so the travel stays in the not-counted step before it (R2-R4 T1 steps 2 and 7).
    `payload` None: received by hand, a folder without a readable label (audited)."""
    if app.current_step is None or app.state == CLOSED:
        raise TransitionError("Өтініш жабылған", "Заявление уже закрыто", "state")
    svc = service_of(app)
    step = svc.step(app.current_step)
    if step.kind not in kinds or not step.starts_on_scan or app.state != step.transit_state:
        if step.kind in kinds:
            raise TransitionError("Папка бұрын қабылданған", "Папка уже принята", "state")
        path = svc.path(app.channel)
        target = next((s for s in path if s.kind in kinds), None)
        if target is not None and path.index(step) < path.index(target):
            raise TransitionError("Папка әлі жолданбаған", "Папка ещё не отправлена", "state")
        raise TransitionError(
            f"Өтініш қазір басқа қадамда: {step.no}. {step.action.kk}",
            f"Заявление сейчас на другом шаге: {step.no}. {step.action.ru}",
            "state",
        )
    _require_role(by, step.role, wording_of(app), at)
    # Only a step that may be received by hand records no movement when nothing was scanned.
    if step.arrival_movement and (payload is not None or not step.arrival_by_hand):
        Movement.create(
            application=app,
            kind=step.arrival_movement,
            role=step.role,
            user=by,
            at=at,
            payload=_payload(payload),
        )
    _bump(app, state=step.state)
    return step, _start(app, step, at, by)


def register_received(
    app: Application, by: User, at: dt.datetime | None = None, payload: str | None = None
) -> Application:
    """Office clerk: the folder from the Center arrived (its scan, or by hand) and is
    registered at once and handed to the head: step 3 starts and ends at the arrival."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        before = _snap(app)
        step, _row = _arrive(app, by, at, payload, ("register",))
        _finish(app, by, at, "registered")
        _go_to(app, service_of(app).next_step(app.channel, step.no), at)
        _log(by, "application.register", app, before, at, by_hand=payload is None)
    return app


def result_arrived(
    app: Application, by: User, at: dt.datetime | None = None, payload: str = ""
) -> Application:
    """Center inspector: the result's folder is scanned in at the Center; the issue step opens."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        if app.state != IN_TRANSIT:
            raise TransitionError(
                "Нәтиже әлі Орталыққа жолданбаған", "Результат ещё не направлен в Центр", "state"
            )
        before = _snap(app)
        _arrive(app, by, at, payload, ("issue",))
        _log(by, "application.result_arrived", app, before, at)
    return app


def issue(app: Application, by: User, issued_to: str = "", at: dt.datetime | None = None) -> Application:
    """Center inspector: the result handed to the applicant; the application closes."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("issue",))
        if app.state == IN_TRANSIT:
            raise TransitionError(
                "Нәтиже Орталыққа әлі келмеген (штрих-кодты сканерлеңіз)",
                "Результат ещё не поступил в Центр (отсканируйте штрих-код)",
                "state",
            )
        _require_role(by, step.role, wording_of(app), at)
        before = _snap(app)
        _finish(app, by, at, "issued")
        _go_to(app, None, at, issued_at=at, issued_to=plain_text(issued_to, "issued_to", 2000)[:300])
        _log(by, "application.issue", app, before, at)
    return app


# ---------------------------------------------------------------- the authorized body


def assign(app: Application, by: User, executor: User, at: dt.datetime | None = None) -> Application:
    """Head: review the documents and assign an executor."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("assign",))
        wording = wording_of(app)
        acting = _require_role(by, step.role, wording, at)
        if not executor.active or not executor.has_role("executor"):
            raise ValidationError(
                "Таңдалған қызметкер орындаушы емес", "Выбранный сотрудник не исполнитель", "executor"
            )
        before = _snap(app)
        _finish(app, by, at, "assigned", executor.login)
        _go_to(app, service_of(app).next_step(app.channel, step.no), at, executor=executor)
        _log(by, "application.assign", app, before, at, **_acting(acting))
    return app


def reassign(app: Application, by: User, executor: User, at: dt.datetime | None = None) -> Application:
    """Head: hand an application in preparation to another executor."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        wording = wording_of(app)
        acting = _require_role(by, "head", wording, at)
        _expect(app, ("prepare", "card", "deliver"))
        if not executor.active or not executor.has_role("executor"):
            raise ValidationError(
                "Таңдалған қызметкер орындаушы емес", "Выбранный сотрудник не исполнитель", "executor"
            )
        before = _snap(app)
        _bump(app, executor=executor)
        _log(by, "application.reassign", app, before, at, **_acting(acting))
    return app


def _check_executor(app: Application, by: User, step: RegStep, at: dt.datetime) -> None:
    _require_role(by, step.role, wording_of(app), at)
    if app.executor_id is not None and app.executor_id != by.id:
        raise PermissionDenied(
            "Өтініш басқа орындаушыға берілген", "Заявление поручено другому исполнителю", "user"
        )


def _notice_due(app: Application, term: Term) -> dt.datetime:
    """R2 p.10: the return's term runs from the working body's receipt of the package: the
    office clerk's registration (step 3; on the direct channel, the submission)."""
    nos = [s.no for s in service_of(app).steps if s.kind == "register"]
    row = (
        Step.select(Step.completed_at)
        .where(Step.application == app, Step.no.in_(nos), Step.completed_at.is_null(False))
        .order_by(Step.id)
        .limit(1)
        .first()
    )
    due = due_at(row.completed_at if row else app.submitted_at, term.limit, term.unit, load_calendar())
    assert due is not None
    return due


def _check_refusal(
    svc: Service, grounds: Sequence[str], reasoning: str, allowed: Sequence[str] | None = None
) -> list[str]:
    if isinstance(grounds, str) or not all(isinstance(c, str) for c in grounds):
        raise ValidationError(
            "Бас тарту негіздері тізім болуы керек", "Основания отказа должны быть списком", "grounds"
        )
    reasoning = plain_text(reasoning, "reasoning", 4000, multiline=True)
    codes = list(dict.fromkeys(grounds))
    if not codes:
        raise ValidationError(
            "Кемінде бір бас тарту негізін таңдаңыз", "Выберите хотя бы одно основание отказа", "grounds"
        )
    for c in codes:
        svc.ground(c)
        if c not in (allowed if allowed is not None else [g.code for g in svc.grounds]):
            raise ValidationError(
                f"Бұл нәтижеге бұл негіз жатпайды: {c}",
                f"Это основание не относится к этому результату: {c}",
                "grounds",
            )
    if len(reasoning.strip()) < 10:
        raise ValidationError(
            "Бас тартудың дәлелін жазыңыз (кемінде 10 таңба)",
            "Напишите обоснование отказа (не менее 10 знаков)",
            "reasoning",
        )
    return codes


def _set_grounds(app: Application, codes: Sequence[str]) -> None:
    RefusalGround.delete().where(RefusalGround.application == app).execute()
    for c in codes:
        RefusalGround.create(application=app, code=c)


def decide_card(
    app: Application,
    by: User,
    register: bool,
    grounds: Sequence[str] = (),
    reasoning: str = "",
    at: dt.datetime | None = None,
) -> Application:
    """Executor (service 1, step 2): register the card, or prepare a reasoned refusal."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("card",))
        _check_executor(app, by, step, at)
        svc = service_of(app)
        before = _snap(app)
        if register:
            _finish(app, by, at, "registered")
            _go_to(app, svc.next_step(app.channel, step.no), at)
        else:
            codes = _check_refusal(svc, grounds, reasoning)
            _set_grounds(app, codes)
            _finish(app, by, at, "refusal")
            target = (
                svc.step(step.refusal_goes_to)
                if step.refusal_goes_to
                else svc.next_step(app.channel, step.no)
            )
            _go_to(app, target, at, prepared_result="refusal", refusal_reasoning=reasoning.strip())
        _log(by, "application.card", app, before, at, grounds=list(grounds))
    return app


def prepare(
    app: Application,
    by: User,
    result: str,
    grounds: Sequence[str] = (),
    reasoning: str = "",
    at: dt.datetime | None = None,
) -> Application:
    """Executor: the positive result (notification or decision) or a reasoned refusal."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("prepare",))
        _check_executor(app, by, step, at)
        svc = service_of(app)
        back = svc.defective_return
        allowed = (
            [svc.positive_result]
            + (["refusal"] if step.offers_refusal else [])
            + ([back.result] if back else [])
        )
        if result not in allowed:
            names = [wording_of(app).name("results", r) for r in allowed]
            kk, ru = ", ".join(n.kk for n in names), ", ".join(n.ru for n in names)
            raise ValidationError(f"Бұл қадамның нәтижесі: {kk}", f"Результат этого шага: {ru}", "result")
        before = _snap(app)
        codes: list[str] = []
        changes: dict[str, Any] = {}
        if result == "refusal":
            codes = _check_refusal(svc, grounds, reasoning)
        elif back is not None and result == back.result:
            codes = _check_refusal(svc, grounds, reasoning, [g.code for g in back.grounds])
            changes["notice_due_at"] = _notice_due(app, back.terms[app.channel])
        _set_grounds(app, codes)
        _finish(app, by, at, result)
        _go_to(
            app,
            svc.next_step(app.channel, step.no),
            at,
            prepared_result=result,
            refusal_reasoning=reasoning.strip() if codes else "",
            **changes,
        )
        _log(by, "application.prepare", app, before, at, grounds=codes)
    return app


def sign(app: Application, by: User, at: dt.datetime | None = None) -> Application:
    """Head: sign the prepared result; it becomes the application's result."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("sign",))
        acting = _require_role(by, step.role, wording_of(app), at)
        if app.prepared_result is None:
            raise TransitionError(
                "Қол қоятын нәтиже дайындалмаған", "Нет подготовленного результата для подписи", "state"
            )
        before = _snap(app)
        _finish(app, by, at, "signed")
        _go_to(app, service_of(app).next_step(app.channel, step.no), at, result=app.prepared_result)
        _log(by, "application.sign", app, before, at, **_acting(acting))
    return app


def return_for_rework(app: Application, by: User, note: str, at: dt.datetime | None = None) -> Application:
    """Head: send the prepared result back to the executor with a note."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("sign",))
        acting = _require_role(by, step.role, wording_of(app), at)
        if step.returns_to is None:
            raise TransitionError("Бұл қадамнан қайтаруға болмайды", "С этого шага нельзя вернуть", "state")
        note = plain_text(note, "note", 1000, multiline=True)
        if len(note) < 3:
            raise ValidationError("Қайтару себебін жазыңыз", "Укажите причину возврата", "note")
        before = _snap(app)
        _finish(app, by, at, "returned", note.strip())
        # R1: a refusal is prepared at step 2, so a returned refusal goes back there; its
        # grounds and reasoning stay for the executor to edit.
        back = step.refusal_returns_to if app.prepared_result == "refusal" else None
        _go_to(app, service_of(app).step(back or step.returns_to), at, prepared_result=None)
        _log(by, "application.return", app, before, at, note=note.strip(), **_acting(acting))
    return app


def deliver(app: Application, by: User, at: dt.datetime | None = None, issued_to: str = "") -> Application:
    """Executor: the signed result is sent to the Center, or handed to a direct applicant."""
    at = at or now()
    with transaction():
        app = Application.get_by_id(app.id)
        step = _expect(app, ("deliver",))
        _check_executor(app, by, step, at)
        before = _snap(app)
        nxt = service_of(app).next_step(app.channel, step.no)
        _finish(app, by, at, "sent_to_center" if nxt else "handed_over")
        if nxt is None:
            _go_to(app, None, at, issued_at=at, issued_to=plain_text(issued_to, "issued_to", 2000)[:300])
        else:
            _go_to(app, nxt, at)
        _log(by, "application.deliver", app, before, at)
    return app


def inform(app: Application, by: User, how: str, at: dt.datetime | None = None) -> Application:
    """Executor (R1 p.11(4)): record how and when the applicant was told of the result."""
    at = (at or now()).replace(microsecond=0)
    if how not in INFORMED_HOW:
        raise ValidationError(
            "Хабарлау тәсілін таңдаңыз: өзі келді, телефон, хат",
            "Выберите способ: лично, по телефону, письмом",
            "how",
        )
    with transaction():
        app = Application.get_by_id(app.id)
        svc = service_of(app)
        if not svc.informs_applicant:
            raise TransitionError(
                "Бұл қызметте тұтынушыны хабардар ету белгіленбейді",
                "В этой услуге извещение потребителя не отмечается",
                "service",
            )
        _require_role(by, "executor", wording_of(app), at)
        if app.state != CLOSED or app.result is None:
            raise TransitionError("Нәтиже әлі шықпаған", "Результат ещё не вынесен", "state")
        if at < app.closed_at:
            raise ValidationError("Уақыт нәтижеден ерте", "Время раньше результата", "at")
        before = {**_snap(app), "informed_at": iso(app.informed_at), "informed_how": app.informed_how}
        _bump(app, informed_at=at, informed_how=how)
        _log(by, "application.inform", app, before, at, informed_at=iso(at), informed_how=how)
    return app


# ---------------------------------------------------------------- queues


def waiting_for(role: str, limit: int | None = None) -> pw.ModelSelect[Application]:
    """Applications whose open step belongs to `role` (query; the caller pages it)."""
    q = (
        Application.select(Application, Step)
        .join(Step, on=((Step.application == Application.id) & Step.completed_at.is_null()))
        .where(Step.role == role)
        # = due_at NULLS LAST, Application.id, spelled as the step_open_queue index (0005)
        .order_by(Step.due_at.is_null(), Step.due_at, Step.application)
    )
    return q.limit(limit) if limit else q


def count_waiting(role: str) -> int:
    """The length of `role`'s queue, read from the open-step index alone (no join)."""
    return Step.select().where(Step.role == role, Step.completed_at.is_null()).count()
