"""The engine's building blocks: the moves every transition of `workflow.py` is made of.

Reading an application and the acting user by key inside the transaction, checking the
role, opening and closing step rows, bumping the version, writing the audit row. Nothing
here picks a wording: the caller passes the service and steps it read (`workflow.py` keeps
the wording look-up, so a test can lay another regulation over it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from . import absence, audit
from .clock import now
from .deadlines import due_at, step_due
from .errors import ConcurrencyError, NotFound, PermissionDenied, TransitionError, ValidationError
from .models import Application, Movement, RefusalGround, Step, User
from .office_calendar import load_calendar
from .regulation import Service, Wording
from .regulation import Step as RegStep
from .textcheck import bad_char, plain_text

CLOSED = "closed"
IN_TRANSIT = "in_transit"  # result sent to the Center, folder not yet scanned in
TO_BODY = "to_body"  # folder sent to the authorized body, not yet scanned in by its clerk
TRANSIT_STATES = (IN_TRANSIT, TO_BODY)  # the regulation's `transit_state`s

# What a caller may name an application or a user by: the number or id is the key; a model
# object is read again by its id (it may be stale: another desk moved on since).
AppRef = Application | int | str
UserRef = User | int
# The signed-in user as the desk holds it: a handle it shows (login, names, roles) and hands
# back to the engine by id; the desk runs no query of its own on it.
Actor = User


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


def read_application(ref: AppRef) -> Application:
    """The application named by its number, id or (stale) object, read now."""
    if isinstance(ref, str):
        return get_application(ref)
    app_id = ref.id if isinstance(ref, Application) else ref
    app = Application.get_or_none(Application.id == app_id) if isinstance(app_id, int) else None
    if app is None:
        raise NotFound("Өтініш табылмады", "Заявление не найдено", "number")
    return app


def read_user(ref: UserRef | None, field: str = "user") -> User:
    """The user named by id or (stale) object, read now: `active` and roles as they are."""
    uid = ref.id if isinstance(ref, User) else ref
    user = User.get_or_none(User.id == uid) if isinstance(uid, int) and not isinstance(uid, bool) else None
    if user is None:
        raise NotFound("Қызметкер табылмады", "Сотрудник не найден", field)
    return user


def role_name(wording: Wording, role: str) -> tuple[str, str]:
    t = wording.roles.get(role)
    return (t.kk, t.ru) if t else (role, role)


def require_role(user: User, role: str, wording: Wording, at: dt.datetime | None = None) -> User | None:
    """Refuse a user without `role`; returns the head a user stands in for (absence.py) when
    acting as the head, else None. `user` was read inside the acting transaction
    (`read_user`), so a deactivation or a removed role acts at once."""
    day = (at or now()).date()
    if user.active and user.has_role(role):
        if absence.blocks_actions() and absence.is_away(user.id, day):
            raise PermissionDenied(
                "Сіз бүгін жұмыста жоқ деп тіркелгенсіз", "Вы сегодня отмечены как отсутствующий", "user"
            )
        return None
    stands_for = absence.acting_for(user, day) if user.active and role == "head" else None
    if stands_for is None:
        kk, ru = role_name(wording, role)
        raise PermissionDenied(
            f"Бұл әрекетті тек «{kk}» орындайды", f"Это действие выполняет только «{ru}»", "user"
        )
    return stands_for


def require_executor(user: User | None) -> User:
    """The executor chosen for an application: active and holding the role, read now."""
    if user is None or not user.active or not user.has_role("executor"):
        raise ValidationError(
            "Таңдалған қызметкер орындаушы емес", "Выбранный сотрудник не исполнитель", "executor"
        )
    return user


def acting(head: User | None) -> dict[str, str]:
    """The audit row's "acting for" when an acting head took the head's step."""
    return {"acting_for": head.login} if head is not None else {}


def open_step(app: Application) -> Step | None:
    row: Step | None = (
        Step.select()
        .where(Step.application == app, Step.completed_at.is_null())
        .order_by(Step.id.desc())
        .first()
    )
    return row


def other_step(step: RegStep) -> TransitionError:
    return TransitionError(
        f"Өтініш қазір басқа қадамда: {step.no}. {step.action.kk}",
        f"Заявление сейчас на другом шаге: {step.no}. {step.action.ru}",
        "state",
    )


def expect(app: Application, svc: Service, kinds: Sequence[str]) -> RegStep:
    """The regulation step the application waits at, which must be of one of `kinds`."""
    if app.current_step is None or app.state == CLOSED:
        raise TransitionError("Өтініш жабылған", "Заявление уже закрыто", "state")
    step = svc.step(app.current_step)
    if step.kind not in kinds:
        raise other_step(step)
    return step


def arrival_step(app: Application, svc: Service, kinds: Sequence[str]) -> RegStep:
    """The step a folder scanned in opens, refused with the reason a clerk can act on."""
    if app.current_step is None or app.state == CLOSED:
        raise TransitionError("Өтініш жабылған", "Заявление уже закрыто", "state")
    step = svc.step(app.current_step)
    if step.kind in kinds and step.starts_on_scan and app.state == step.transit_state:
        return step
    if step.kind in kinds:
        raise TransitionError("Папка бұрын қабылданған", "Папка уже принята", "state")
    path = svc.path(app.channel)
    target = next((s for s in path if s.kind in kinds), None)
    if target is not None and path.index(step) < path.index(target):
        raise TransitionError("Папка әлі жолданбаған", "Папка ещё не отправлена", "state")
    raise other_step(step)


def bump(app: Application, **changes: Any) -> None:
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


def start(app: Application, step: RegStep, at: dt.datetime, user: User | None = None) -> Step:
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


def payload_text(raw: object) -> str:
    """What the scanner read, kept for the record: its CR/LF/Tab suffix stays, other control
    characters (PostgreSQL refuses NUL) go; cut to the column."""
    text = raw if isinstance(raw, str) else ""
    return "".join(ch for ch in text if bad_char(ch, multiline=True) is None)[:200]


def record_arrival(app: Application, step: RegStep, by: User, at: dt.datetime, payload: str | None) -> None:
    """The arrival's movement row. Only a step that may be received by hand records none
    when nothing was scanned."""
    if step.arrival_movement and (payload is not None or not step.arrival_by_hand):
        Movement.create(
            application=app,
            kind=step.arrival_movement,
            role=step.role,
            user=by,
            at=at,
            payload=payload_text(payload),
        )


def finish(app: Application, by: User, at: dt.datetime, outcome: str, note: str = "") -> None:
    row = open_step(app)
    if row is None:
        raise TransitionError("Ашық қадам жоқ", "Нет открытого шага", "state")
    if at < row.started_at:
        raise ValidationError("Уақыт қадамның басталуынан ерте", "Время раньше начала шага", "at")
    Step.update(completed_at=at, user=by, outcome=outcome, note=note).where(Step.id == row.id).execute()


def go_to(app: Application, step: RegStep | None, at: dt.datetime, **changes: Any) -> None:
    """Move to `step` (opening its row unless it opens on a scan), or close the application."""
    if step is None:
        bump(app, state=CLOSED, current_step=None, closed_at=at, **changes)
        return
    if step.starts_on_scan:  # the folder travels: the step opens on its arrival scan
        bump(app, state=step.transit_state, current_step=step.no, **changes)
        return
    bump(app, state=step.state, current_step=step.no, **changes)
    start(app, step, at)


def snap(app: Application) -> dict[str, Any]:
    return {
        "state": app.state,
        "current_step": app.current_step,
        "result": app.result,
        "prepared_result": app.prepared_result,
        "executor": app.executor.login if app.executor is not None else None,
    }


def log(
    by: User, action: str, app: Application, before: dict[str, Any], at: dt.datetime, **extra: Any
) -> None:
    audit.record(by.login, action, "application", app.number, before, {**snap(app), **extra}, at)


def next_number(year: int) -> tuple[int, str]:
    last = (
        Application.select(Application.seq)
        .where(Application.year == year)
        .order_by(Application.seq.desc())
        .limit(1)
        .first()
    )
    seq = (last.seq if last else 0) + 1
    return seq, f"{year}-{seq:06d}"


def check_documents(
    svc: Service, documents: Sequence[tuple[str | None, str]]
) -> list[tuple[str | None, str]]:
    """The attached documents: (code from the service's list, or None for another; title)."""
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
    return docs


def recipient(issued_to: object) -> str:
    """Who took the result: the Center may not hand it over to nobody (R2-R4 step 8)."""
    who = plain_text(issued_to, "issued_to", 2000).strip()[:300]
    if not who:
        raise ValidationError("Нәтижені кім алғанын жазыңыз", "Укажите, кто получил результат", "issued_to")
    return who


def check_refusal(
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


def set_grounds(app: Application, codes: Sequence[str]) -> None:
    RefusalGround.delete().where(RefusalGround.application == app).execute()
    for c in codes:
        RefusalGround.create(application=app, code=c)


def notice_due(app: Application, svc: Service, term: Any) -> dt.datetime:
    """R2 p.10: the return's term runs from the working body's receipt of the package: the
    office clerk's registration (step 3; on the direct channel, the submission)."""
    nos = [s.no for s in svc.steps if s.kind == "register"]
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


def check_result(result: str, allowed: Sequence[str], wording: Wording) -> None:
    """`result` is one the step may end with; the refusal names them from the regulation's table."""
    if result not in allowed:
        names = [wording.name("results", r) for r in allowed]
        kk, ru = ", ".join(n.kk for n in names), ", ".join(n.ru for n in names)
        raise ValidationError(f"Бұл қадамның нәтижесі: {kk}", f"Результат этого шага: {ru}", "result")


# ---------------------------------------------------------------- queues


def waiting_for(role: str, limit: int | None = None) -> Any:
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
