"""Helpers for the safe-data tests: drive applications along their paths with the right users."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.core import workflow
from desk_app.core.models import Application

T0 = dt.datetime(2026, 3, 2, 10, 0)  # a Monday


def intake_user(users, service: int, channel: str):
    if channel == "center":
        return users["center_inspector"]
    return users["executor"] if service == 1 else users["office_clerk"]


def submit(users, person, service: int = 2, channel: str = "center", at: dt.datetime = T0):
    svc = workflow.regulations().in_force(at.date()).service(service)
    docs = [(d.code, "") for d in svc.documents if d.required]
    return workflow.submit(person, service, channel, intake_user(users, service, channel), docs, at=at)


def step_once(
    app: Application, users, at: dt.datetime, refuse: bool = False, rework: bool = False
) -> Application:
    """Take the one action the application waits for, by the user the regulation names."""
    app = Application.get_by_id(app.id)
    svc = workflow.service_of(app)
    ex = app.executor or users["executor"]
    if app.state == workflow.IN_TRANSIT:
        return workflow.result_arrived(app, users["center_inspector"], at, payload=app.number)
    kind = svc.step(app.current_step).kind
    if kind == "dispatch":
        return workflow.dispatch(app, users["dispatch_inspector"], at, payload=app.number)
    if kind == "register":
        return workflow.register_received(app, users["office_clerk"], at, payload=app.number)
    if kind == "assign":
        return workflow.assign(app, users["head"], users["executor"], at)
    if kind == "card":
        if refuse:
            return workflow.decide_card(
                app, ex, False, ["documents_missing"], "Құжаттар толық емес, анықтама жоқ.", at
            )
        return workflow.decide_card(app, ex, True, at=at)
    if kind == "prepare":
        if refuse:
            return workflow.prepare(
                app, ex, "refusal", [svc.grounds[0].code], "Стандарттың талаптарына сәйкес келмейді.", at
            )
        return workflow.prepare(app, ex, svc.positive_result, at=at)
    if kind == "sign":
        if rework:
            return workflow.return_for_rework(app, users["head"], "Мәтінді нақтылаңыз", at)
        return workflow.sign(app, users["head"], at)
    if kind == "deliver":
        return workflow.deliver(app, ex, at, issued_to="өзі")
    if kind == "issue":
        return workflow.issue(app, users["center_inspector"], "өзі", at)
    raise AssertionError(kind)


def run_to_end(
    app,
    users,
    at: dt.datetime = T0,
    refuse: bool = False,
    rework: bool = False,
    stop_kind: str | None = None,
    stop_in_transit: bool = False,
) -> Application:
    """Advance until closed, or until the open step is of `stop_kind`."""
    t = at
    reworked = False
    for _ in range(30):
        app = Application.get_by_id(app.id)
        if app.state == workflow.CLOSED:
            return app
        if stop_in_transit and app.state == workflow.IN_TRANSIT:
            return app
        kind = workflow.service_of(app).step(app.current_step).kind
        if stop_kind and kind == stop_kind and app.state != workflow.IN_TRANSIT:
            return app
        t += dt.timedelta(minutes=10)
        do_rework = rework and not reworked and kind == "sign"
        reworked = reworked or do_rework
        app = step_once(app, users, t, refuse=refuse, rework=do_rework)
    raise AssertionError("did not finish")


@pytest.fixture(autouse=True)
def fast_pins(monkeypatch):
    """Cheap scrypt for the many test users (the cost factor is stored in each hash, so PIN
    checks still work; production keeps auth's own cost)."""
    from desk_app.core import auth

    monkeypatch.setattr(auth, "_N", 2**10)
