"""The engine asked by key: transitions take the application's number or id and the acting
user's id, read both inside their transaction, and enforce every rule a caller must respect."""

from __future__ import annotations

import datetime as dt

import pytest
from safe_flow import T0, run_to_end, submit

from desk_app.core import actions, workflow
from desk_app.core.errors import NotFound, PermissionDenied, ValidationError
from desk_app.core.models import Application, User

H = dt.timedelta(hours=1)


def test_a_whole_path_by_number_and_user_id(users, person):
    ids = {k: u.id for k, u in users.items()}
    a = workflow.submit(person.id, 3, "center", ids["center_inspector"], _docs(3), at=T0)
    n = a.number
    workflow.dispatch(n, ids["dispatch_inspector"], T0 + H)
    workflow.register_received(n, ids["office_clerk"], T0 + 2 * H)
    workflow.assign(n, ids["head"], ids["executor"], T0 + 3 * H)
    workflow.prepare(a.id, ids["executor"], "notification", at=T0 + 4 * H)  # by id as well
    workflow.sign(n, ids["head"], T0 + 5 * H)
    workflow.deliver(n, ids["executor"], T0 + 6 * H)
    workflow.result_arrived(n, ids["center_inspector"], T0 + 7 * H)
    done = workflow.issue(n.lower(), ids["center_inspector"], "Әбдірахманова Г.С.", T0 + 8 * H)
    assert (done.state, done.issued_to) == (workflow.CLOSED, "Әбдірахманова Г.С.")


@pytest.mark.parametrize("channel", ["center", "direct"])
def test_a_result_is_never_handed_to_nobody(users, person, channel):
    """The Center's issue and the executor's direct hand-over both need who took it; sending
    the result on to the Center needs no name."""
    if channel == "center":
        app = run_to_end(submit(users, person, 3, "center"), users, stop_kind="issue")
        hand = lambda who: workflow.issue(app.number, users["center_inspector"].id, who)  # noqa: E731
    else:
        app = run_to_end(submit(users, person, 3, "direct"), users, stop_kind="deliver")
        hand = lambda who: workflow.deliver(app.number, users["executor"].id, issued_to=who)  # noqa: E731
    version = Application.get_by_id(app.id).version
    for empty in ("", "   ", None):
        with pytest.raises(ValidationError) as e:
            hand(empty)
        assert (e.value.kk, e.value.ru, e.value.field) == (
            "Нәтижені кім алғанын жазыңыз",
            "Укажите, кто получил результат",
            "issued_to",
        )
    assert Application.get_by_id(app.id).version == version  # nothing written
    done = hand(" Әбдірахманова Г.С. ")
    assert (done.state, done.issued_to) == (workflow.CLOSED, "Әбдірахманова Г.С.")


def test_a_stale_user_object_is_read_again_inside_the_transaction(users, person):
    clerk = users["dispatch_inspector"]  # the object the desk signed in with this morning
    app = submit(users, person, 3, "center")
    User.update(active=False).where(User.id == clerk.id).execute()  # deactivated since
    assert clerk.active  # the stale object still says active
    with pytest.raises(PermissionDenied):
        workflow.dispatch(app, clerk, T0 + H)
    assert actions.available_actions(app.number, clerk) == set()
    User.update(active=True, roles="center_inspector").where(User.id == clerk.id).execute()
    with pytest.raises(PermissionDenied):  # the role was taken away: also seen at once
        workflow.dispatch(app.number, clerk.id, T0 + H)
    assert Application.get_by_id(app.id).current_step == 2


def test_unknown_keys_are_refused_plainly(users, person):
    app = submit(users, person, 3, "center")
    with pytest.raises(NotFound):
        workflow.dispatch("2026-999999", users["dispatch_inspector"].id, T0 + H)
    with pytest.raises(NotFound):
        workflow.dispatch(app.number, 10**6, T0 + H)
    at_head = run_to_end(submit(users, person, 3, "center"), users, stop_kind="assign")
    with pytest.raises(ValidationError):  # an executor that does not exist is no executor
        workflow.assign(at_head.number, users["head"].id, 10**6, T0 + 30 * H)


def test_refuse_routes_by_the_step_the_engine_knows(users, person):
    ex = users["executor"].id
    one = workflow.submit(person, 1, "direct", ex, _docs(1), at=T0)
    assert actions.available_actions(one.number, ex) == {"register_card", "refuse"}
    out = workflow.refuse(one.number, ex, ["documents_missing"], "Жеке куәлік ұсынылмады", T0 + H)
    assert out.prepared_result == "refusal"
    three = run_to_end(submit(users, person, 3, "center"), users, stop_kind="prepare")
    assert actions.available_actions(three.number, ex) == {"prepare", "refuse"}
    grounds = [workflow.service_of(three).grounds[0].code]
    out = workflow.refuse(three.number, ex, grounds, "Негіздеме жеткілікті ұзын", T0 + 30 * H)
    assert out.prepared_result == "refusal" and out.current_step == 6


def _docs(service: int) -> list[tuple[str | None, str]]:
    svc = workflow.regulations().in_force(T0.date()).service(service)
    return [(d.code, d.text.kk) for d in svc.documents if d.required]
