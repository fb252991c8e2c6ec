"""Role queues: paged from the open steps; a filtered count stops at its cap, paging does not."""

import datetime as dt

from conftest import make_person

from desk_app.core import queues, workflow

T0 = dt.datetime(2026, 11, 2, 10)


def test_queue_pages_and_capped_filtered_count(users, monkeypatch):
    people = [make_person(users["admin"], surname=f"Ахметов{'а' * i}", sex="F") for i in range(3)]
    apps = []
    for i in range(7):
        apps.append(
            workflow.submit(
                people[i % 3], 3, "direct", users["office_clerk"], at=T0 + dt.timedelta(minutes=i)
            )
        )
    q = queues.Queue("head")
    assert q.count() == 7 and not q.capped
    first, rest = q.page(0, 4), q.page(4, 4)
    assert [r.number for r in first + rest] == [a.number for a in apps]  # due order = submission
    assert all(r.step_no == 4 and r.due_at is not None for r in first)

    monkeypatch.setattr(queues.Queue, "COUNT_CAP", 2)
    f = queues.Queue("head", text="АХМЕТ")  # case-folded surname prefix
    assert f.count() == 3 and f.capped  # "at least 3"
    got = f.page(0, 5) + f.page(5, 5)
    assert len(got) == 7  # paging reads on past the cap


def test_center_queue_has_results_in_transit_after_open_steps(users, person):
    a = workflow.submit(person, 2, "center", users["center_inspector"], at=T0)
    b = workflow.submit(person, 2, "center", users["center_inspector"], at=T0)
    ex, t = users["executor"], T0
    for step in ("dispatch", "register", "assign", "prepare", "sign", "deliver"):
        t += dt.timedelta(hours=1)
        if step == "dispatch":
            workflow.dispatch(b, users["dispatch_inspector"], t, payload=b.number)
        elif step == "register":
            workflow.register_received(b, users["office_clerk"], t)
        elif step == "assign":
            workflow.assign(b, users["head"], ex, t)
        elif step == "prepare":
            workflow.prepare(b, ex, "notification", at=t)
        elif step == "sign":
            workflow.sign(b, users["head"], t)
        else:
            workflow.deliver(b, ex, t)
    q = queues.Queue("center_inspector")
    assert q.counts() == [0, 1]
    [row] = q.page(0, 10)
    assert row.number == b.number and row.state == workflow.IN_TRANSIT and row.due_at is None
    assert queues.Queue("dispatch_inspector").page(0, 10)[0].number == a.number
