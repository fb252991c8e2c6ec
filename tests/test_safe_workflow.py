"""Every path of every service, end to end, on both backends; `check` stays clean throughout."""

from __future__ import annotations

import pytest
from safe_flow import (
    T0,
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.core import status, workflow
from desk_app.core.models import Application, AuditLog, Movement, Step
from desk_app.core.safety.check import run_check

PATHS = [
    (1, "direct"),
    (2, "center"),
    (2, "direct"),
    (3, "center"),
    (3, "direct"),
    (4, "center"),
    (4, "direct"),
]


@pytest.mark.parametrize("service,channel", PATHS)
@pytest.mark.parametrize("refuse,rework", [(False, False), (True, False), (False, True)])
def test_path_end_to_end(db, users, person, service, channel, refuse, rework):
    app = submit(users, person, service, channel)
    app = run_to_end(app, users, refuse=refuse, rework=rework)
    assert app.state == workflow.CLOSED and app.current_step is None
    expected = "refusal" if refuse else workflow.service_of(app).positive_result
    assert app.result == expected
    nos = [s.no for s in Step.select().where(Step.application == app).order_by(Step.id)]
    path = [s.no for s in workflow.service_of(app).path(channel)]
    assert nos[0] == path[0] and nos[-1] == path[-1]
    if channel == "center":
        kinds = [m.kind for m in Movement.select().where(Movement.application == app)]
        assert kinds[0] == "sent_to_body" and "result_at_center" in kinds
    d = status.status_dict(app)
    assert d["state"] == "closed" and all(s["completed_at"] for s in d["steps"])
    report = run_check()
    assert report.ok, report.to_dict()


def test_queues_and_numbers(db, users, person):
    """The queue query (NULLS LAST ordering) and the yearly numbering work on the backend."""
    a = submit(users, person, 2, "center")
    b = submit(users, person, 3, "direct")
    run_to_end(b, users, stop_kind="assign")
    assert [x.number for x in (a, b)] == [f"{T0.year}-000001", f"{T0.year}-000002"]
    queue = list(workflow.waiting_for("dispatch_inspector"))
    assert [x.number for x in queue] == [a.number]
    assert [x.number for x in workflow.waiting_for("head")] == [b.number]
    # a closed path leaves an in-transit application (no open step) out of every queue
    c = run_to_end(submit(users, person, 4, "center"), users, stop_in_transit=True)
    assert c.state == workflow.IN_TRANSIT
    assert c.number not in {
        x.number for r in ("center_inspector", "executor", "head") for x in workflow.waiting_for(r)
    }
    assert AuditLog.select().count() > 0 and Application.select().count() == 3
