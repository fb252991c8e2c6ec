"""Which actions the engine allows on an application for a user, right now (no Qt).

The tabs offer exactly these and never work out the step themselves: a head selecting a row
at signature sees "sign" and "return" enabled and "assign" greyed, an executor sees
"register_card" or "prepare" or "hand_over" by what the engine would accept. Each code
matches one `workflow` transition, the role check is the engine's own (`require_role`, so an
acting head and an absent user are judged alike), and the transition still checks
everything again when it runs. `application_view` is the one read of an application a tab
shows: plain values, no model object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import workflow
from .errors import KenseError
from .models import Application, RefusalGround, Step, User
from .regulation import Ground, Service, Text
from .regulation import Step as RegStep
from .workflow_steps import AppRef, UserRef, read_application, read_user, require_role

# action code → the step kinds it acts on and the role that acts (None: the step's own role)
_BY_KIND: dict[str, tuple[tuple[str, ...], str | None]] = {
    "dispatch": (("dispatch",), None),
    "register": (("register",), None),
    "assign": (("assign",), None),
    "sign": (("sign",), None),
    "return": (("sign",), None),
    "register_card": (("card",), None),
    "prepare": (("prepare",), None),
    "refuse": (("prepare", "card"), None),
    "return_documents": (("prepare",), None),
    "deliver": (("deliver",), None),
    "hand_over": (("deliver",), None),
    "issue": (("issue",), None),
    "reassign": (("prepare", "card", "deliver"), "head"),
}
_EXECUTORS_ONLY = ("register_card", "prepare", "refuse", "return_documents", "deliver", "hand_over")


class _Roles:
    """The engine's own role check (an acting head passes, an absent user does not), asked
    once per role: it depends on the user and the day, not on the application."""

    def __init__(self, user: User) -> None:
        self.user = user
        self._known: dict[str, bool] = {}

    def may(self, role: str, app: Application) -> bool:
        if role not in self._known:
            try:
                require_role(self.user, role, workflow.wording_of(app))
                self._known[role] = True
            except KenseError:
                self._known[role] = False
        return self._known[role]


def _fits(code: str, app: Application, svc: Service, step: RegStep) -> bool:
    """The step's own conditions for `code`, as the transition checks them."""
    if code == "return":
        return step.returns_to is not None
    if code == "sign":
        return app.prepared_result is not None
    if code == "refuse":
        return step.kind == "card" or step.offers_refusal
    if code == "return_documents":
        return svc.defective_return is not None
    if code in ("deliver", "hand_over"):
        direct = svc.next_step(app.channel, step.no) is None
        return direct == (code == "hand_over")
    if code == "register" and step.starts_on_scan:  # the folder must still be on its way here
        return app.state == step.transit_state
    return True


def _actions(app: Application, user: User | None, roles: _Roles | None = None) -> frozenset[str]:
    if user is None or not user.active or app.current_step is None or app.state == workflow.CLOSED:
        return frozenset()
    roles = roles or _Roles(user)
    svc = workflow.service_of(app)
    step = svc.step(app.current_step)
    if app.state == workflow.IN_TRANSIT and step.kind == "issue":
        # the result is on its way to the Center: only its arrival there can happen
        return frozenset({"arrive"}) if roles.may(step.role, app) else frozenset()
    out: set[str] = set()
    for code, (kinds, role) in _BY_KIND.items():
        if step.kind not in kinds or not _fits(code, app, svc, step):
            continue
        if code in _EXECUTORS_ONLY and app.executor_id not in (None, user.id):
            continue  # another executor's application
        if roles.may(role or step.role, app):
            out.add(code)
    return frozenset(out)


def _user(user: UserRef | None) -> User | None:
    try:
        return None if user is None else read_user(user)
    except KenseError:
        return None


def available_actions(app: AppRef, user: UserRef | None) -> frozenset[str]:
    """The action codes `user` may take on the application (number, id or object) now;
    empty for an unknown application or user."""
    try:
        row = read_application(app)
    except KenseError:
        return frozenset()
    return _actions(row, _user(user))


def common_actions(apps: Iterable[AppRef], user: UserRef | None) -> frozenset[str]:
    """The actions allowed on every one of `apps` (a batch); empty for no applications."""
    who = _user(user)
    refs = list(apps)
    if who is None or not refs:
        return frozenset()
    rows = _read_all(refs)
    if rows is None:
        return frozenset()  # one of them is gone
    roles = _Roles(who)
    result: frozenset[str] | None = None
    for row in rows:
        acts = _actions(row, who, roles)
        result = acts if result is None else result & acts
        if not result:
            return frozenset()
    return result or frozenset()


def _read_all(refs: list[AppRef]) -> list[Application] | None:
    """The applications named by numbers or ids in one query (objects read again by id);
    None when any is unknown."""
    numbers = [r for r in refs if isinstance(r, str)]
    ids = [r.id if isinstance(r, Application) else r for r in refs if not isinstance(r, str)]
    found: list[Application] = []
    if numbers:
        keys = [n.strip().upper() for n in numbers]
        found += list(Application.select().where(Application.number.in_(keys)))
    if ids:
        found += list(Application.select().where(Application.id.in_(ids)))
    return found if len({a.id for a in found}) == len(refs) else None


@dataclass(frozen=True)
class ApplicationView:
    """What a work tab shows of one application and may do to it, read once."""

    id: int
    number: str
    person_id: int
    service: int
    service_name: Text
    step_no: int | None
    step_action: Text | None
    state: str
    prepared_result: str | None
    result: str | None
    positive_result: str
    refusal_reasoning: str
    returned_note: str | None  # the head's note when the result came back for rework
    returned_id: int | None  # that return's step row (a new return refills the panel)
    grounds: tuple[Ground, ...]  # the service's refusal grounds
    return_grounds: tuple[Ground, ...]  # service 2's grounds for returning a defective package
    chosen_grounds: tuple[str, ...]  # the grounds on file (a returned refusal keeps them)
    actions: frozenset[str]


def application_view(app: AppRef, user: UserRef | None) -> ApplicationView | None:
    """One application as a tab shows it, with the actions `user` may take; None if unknown."""
    try:
        row = read_application(app)
    except KenseError:
        return None
    svc = workflow.service_of(row)
    step = svc.step(row.current_step) if row.current_step is not None else None
    returned = (
        Step.select(Step.id, Step.note)
        .where(Step.application == row, Step.outcome == "returned")
        .order_by(Step.id.desc())
        .first()
    )
    chosen = RefusalGround.select(RefusalGround.code).where(RefusalGround.application == row)
    back = svc.defective_return
    return ApplicationView(
        id=row.id,
        number=row.number,
        person_id=row.person_id,
        service=svc.no,
        service_name=svc.name,
        step_no=step.no if step else None,
        step_action=step.action if step else None,
        state=row.state,
        prepared_result=row.prepared_result,
        result=row.result,
        positive_result=svc.positive_result,
        refusal_reasoning=row.refusal_reasoning,
        returned_note=returned.note if returned is not None else None,
        returned_id=returned.id if returned is not None else None,
        grounds=svc.grounds,
        return_grounds=back.grounds if back else (),
        chosen_grounds=tuple(g.code for g in chosen),
        actions=_actions(row, _user(user)),
    )
