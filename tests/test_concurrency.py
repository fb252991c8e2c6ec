"""Two desks at the same moment: exactly one wins, the other is told, nothing is half-written.

Each thread has its own peewee connection (peewee keeps connections per thread); a barrier
releases them together. Runs on SQLite and, with KENSE_TEST_PG, on PostgreSQL.
"""

from __future__ import annotations

import threading

import pytest
from safe_flow import (
    T0,
    fast_pins,  # noqa: F401
    run_to_end,
    submit,
)

from desk_app.core import audit, cards, workflow
from desk_app.core.errors import ConcurrencyError, KenseError, TransitionError
from desk_app.core.models import Application, AuditLog, Step, database
from desk_app.core.safety.check import run_check


def _race(n: int, work) -> list[object]:
    """Run work(i) in n threads released together; results or exceptions, by index."""
    barrier = threading.Barrier(n)
    results: list[object] = [None] * n

    def run(i: int) -> None:
        database.connect(reuse_if_open=True)
        try:
            barrier.wait(timeout=10)
            results[i] = work(i)
        except Exception as e:  # noqa: BLE001 - the test inspects it
            results[i] = e
        finally:
            database.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def _one_wins(results: list[object]) -> None:
    wins = [r for r in results if not isinstance(r, Exception)]
    losses = [r for r in results if isinstance(r, Exception)]
    assert len(wins) == 1, results
    for e in losses:
        assert isinstance(e, (ConcurrencyError, TransitionError)), repr(e)
        assert e.kk and e.ru


@pytest.mark.parametrize("attempt", range(3))
def test_two_heads_assign_the_same_application(db, users, person, attempt):
    app = run_to_end(submit(users, person, 2, "direct"), users, stop_kind="assign")
    execs = [users["executor"], users["executor2"]]
    audit_before = AuditLog.select().where(~AuditLog.action.startswith("row.")).count()
    at = T0.replace(hour=15)
    results = _race(2, lambda i: workflow.assign(Application.get_by_id(app.id), users["head"], execs[i], at))
    _one_wins(results)
    app = Application.get_by_id(app.id)
    winner = next(r for r in results if not isinstance(r, Exception))
    assert app.executor_id == winner.executor_id and app.version == winner.version
    steps = list(Step.select().where(Step.application == app).order_by(Step.id))
    assert [s.no for s in steps] == [3, 4, 5] and steps[1].completed_at is not None
    assert sum(s.completed_at is None for s in steps) == 1
    assert AuditLog.select().where(~AuditLog.action.startswith("row.")).count() == audit_before + 1
    assert run_check().ok, run_check().to_dict()


def test_sign_against_return_for_rework(db, users, person):
    app = run_to_end(submit(users, person, 3, "center"), users, stop_kind="sign")
    at = T0.replace(hour=16)
    acts = [
        lambda: workflow.sign(Application.get_by_id(app.id), users["head"], at),
        lambda: workflow.return_for_rework(Application.get_by_id(app.id), users["head"], "Қайта қараңыз", at),
    ]
    results = _race(2, lambda i: acts[i]())
    _one_wins(results)
    assert run_check().ok, run_check().to_dict()


def test_two_clerks_edit_the_same_card(db, users, person):
    results = _race(
        2, lambda i: cards.update_person(person.id, {"address": f"Мекенжай {i}"}, users["admin"], version=1)
    )
    wins = [r for r in results if not isinstance(r, Exception)]
    assert len(wins) == 1
    loss = next(r for r in results if isinstance(r, Exception))
    assert isinstance(loss, ConcurrencyError) and loss.field == "version"
    assert run_check().ok, run_check().to_dict()


def test_many_writers_keep_numbers_unique_and_the_chain_linear(db, users, person):
    """Six desks submitting at once: every application numbered once, one unbroken chain."""

    def work(i: int) -> list[str]:
        out = []
        for k in range(4):
            app = submit(users, person, 2 + (i + k) % 3, "center", at=T0.replace(minute=i * 5 + k))
            out.append(app.number)
        return out

    results = _race(6, work)
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    numbers = [n for r in results for n in r]
    assert len(numbers) == len(set(numbers)) == 24
    assert audit.verify_chain() == []
    hashes = [r.prev_hash for r in AuditLog.select().order_by(AuditLog.id)]
    assert len(hashes) == len(set(hashes))  # no two rows chained to the same predecessor
    assert run_check().ok, run_check().to_dict()


def test_loser_can_retry_after_refreshing(db, users, person):
    app = run_to_end(submit(users, person, 4, "direct"), users, stop_kind="assign")
    stale = Application.get_by_id(app.id)
    workflow.assign(Application.get_by_id(app.id), users["head"], users["executor"], T0.replace(hour=15))
    with pytest.raises(KenseError):  # the stale desk's view: the step has moved on
        workflow.assign(stale, users["head"], users["executor2"], T0.replace(hour=15))
    fresh = workflow.get_application(app.number)
    assert fresh.state == "preparation"
    workflow.reassign(fresh, users["head"], users["executor2"], T0.replace(hour=16))
    assert Application.get_by_id(app.id).executor_id == users["executor2"].id
