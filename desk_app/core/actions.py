"""Which actions the engine allows on an application for a user, right now (no Qt).

The tabs enable their buttons from this and never work out the step themselves: a head
selecting a row at signature sees "sign" and "return" enabled and "assign" greyed, instead
of pressing "assign" and reading an error. Each code matches one `workflow` transition;
the transition still checks everything again when it runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import workflow
from .models import Application, User

# action code → the step kinds it acts on and the role that acts (None: the step's own role)
_BY_KIND: dict[str, tuple[tuple[str, ...], str | None]] = {
    "dispatch": (("dispatch",), None),
    "register": (("register",), None),
    "assign": (("assign",), None),
    "sign": (("sign",), None),
    "return": (("sign",), None),
    "prepare": (("prepare", "card"), None),
    "refuse": (("prepare", "card"), None),
    "deliver": (("deliver",), None),
    "issue": (("issue",), None),
    "reassign": (("prepare", "card", "deliver"), "head"),
}


def available_actions(app: Application, user: User | None) -> frozenset[str]:
    """The action codes `user` may take on `app` at its current step."""
    if user is None or not user.active or app.current_step is None or app.state == workflow.CLOSED:
        return frozenset()
    step = workflow.service_of(app).step(app.current_step)
    if app.state == workflow.IN_TRANSIT:
        # the result is on its way to the Center: only its arrival there can happen
        return frozenset({"arrive"}) if user.has_role(step.role) else frozenset()
    out = set()
    for code, (kinds, role) in _BY_KIND.items():
        if step.kind not in kinds or not user.has_role(role or step.role):
            continue
        if code in ("prepare", "refuse", "deliver") and app.executor_id not in (None, user.id):
            continue  # another executor's application
        if code == "return" and step.returns_to is None:
            continue
        if code == "sign" and app.prepared_result is None:
            continue
        out.add(code)
    return frozenset(out)


def common_actions(apps: Iterable[Application], user: User | None) -> frozenset[str]:
    """The actions allowed on every one of `apps` (a batch); empty for no applications."""
    result: frozenset[str] | None = None
    for app in apps:
        acts = available_actions(app, user)
        result = acts if result is None else result & acts
        if not result:
            return frozenset()
    return result or frozenset()
