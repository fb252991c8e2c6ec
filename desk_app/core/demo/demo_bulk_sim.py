"""The bulk demo's applications carried through `workflow`'s transitions in memory: `Sim`
follows the engine move by move, `Due` remembers due times, `advance` plays `demo._advance`."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .. import workflow
from ..calendar import WorkCalendar
from ..deadlines import due_at, result_due, term_due
from ..office_calendar import load_calendar
from ..regulation import Service
from ..regulation import Step as RegStep
from .demo import _later

REFUSAL_TEXT = "Ұсынылған құжаттар стандарттың талаптарына сәйкес келмейді."
CARD_REFUSAL_TEXT = "Еңбек қызметін растайтын құжат ұсынылмады."


class Due:
    """`deadlines.due_at` remembered per (limit, unit, start day): day limits ignore the hour."""

    def __init__(self) -> None:
        self.cal = load_calendar()
        self.memo: dict[tuple[int, str, dt.date], dt.datetime | None] = {}
        self.term_memo: dict[tuple[object, dt.date], tuple[dt.datetime, dt.datetime]] = {}

    def __call__(self, step: RegStep, at: dt.datetime) -> dt.datetime | None:
        if step.limit is None or step.unit is None:
            return None
        if step.unit == "minutes":
            return at + dt.timedelta(minutes=step.limit)
        key = (step.limit, step.unit, at.date())
        if key not in self.memo:
            self.memo[key] = due_at(at, step.limit, step.unit, self.cal)
        return self.memo[key]

    def terms(self, path: tuple[RegStep, ...], submitted: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """`deadlines.term_due` and `result_due`: both depend on the submission day alone."""
        key = (tuple((s.no, s.limit, s.unit, s.counted) for s in path), submitted.date())
        got = self.term_memo.get(key)
        if got is None:
            got = self.term_memo[key] = (
                term_due(path, submitted, self.cal),
                result_due(path, submitted, self.cal),
            )
        return got


class Sim:
    """One application carried through `workflow`'s transitions, in memory."""

    __slots__ = (
        "svc",
        "channel",
        "path",
        "state",
        "current",
        "executor",
        "version",
        "steps",
        "moves",
        "grounds",
        "prepared",
        "result",
        "reasoning",
        "closed_at",
        "issued_at",
        "issued_to",
        "due",
    )

    def __init__(self, svc: Service, channel: str, by: int, at: dt.datetime, due: Due) -> None:
        self.svc, self.channel, self.due = svc, channel, due
        self.path = svc.path(channel)
        intake = self.path[0]
        self.state: str = intake.state
        self.current: int | None = intake.no
        self.executor: int | None = None if any(s.kind == "assign" for s in self.path) else by
        self.version = 1
        self.steps: list[list[Any]] = []
        self.moves: list[tuple[str, str, int, dt.datetime]] = []
        self.grounds: list[str] = []
        self.prepared: str | None = None
        self.result: str | None = None
        self.closed_at: dt.datetime | None = None
        self.issued_at: dt.datetime | None = None
        self.reasoning = self.issued_to = ""
        self._start(intake, at, by)
        self._finish(by, at, "accepted")
        self._go_to(self.path[1] if len(self.path) > 1 else None, at)

    # the engine's private moves: _start, _finish, _go_to
    def _start(self, step: RegStep, at: dt.datetime, user: int | None = None) -> None:
        # a step opened again keeps its first due time, as `workflow._start`
        first = next((r[4] for r in self.steps if r[0] == step.no), False)
        due = self.due(step, at) if first is False else first
        self.steps.append([step.no, step.role, user, at, due, None, step.counted, "", ""])

    def _finish(self, by: int, at: dt.datetime, outcome: str, note: str = "") -> None:
        row = next(r for r in reversed(self.steps) if r[5] is None)
        row[2], row[5], row[7], row[8] = by, at, outcome, note

    def _go_to(self, step: RegStep | None, at: dt.datetime) -> None:
        self.version += 1
        if step is None:
            self.state, self.current, self.closed_at = workflow.CLOSED, None, at
        elif step.starts_on_scan:
            self.state, self.current = step.transit_state, step.no
        else:
            self.state, self.current = step.state, step.no
            self._start(step, at)

    def _no(self) -> int:
        assert self.current is not None, "a closed application has no step"
        return self.current

    def _next(self) -> RegStep | None:
        return self.svc.next_step(self.channel, self._no())

    def step(self) -> RegStep:
        return self.svc.step(self._no())

    # the public transitions, named after workflow's functions
    def dispatch(self, by: int, at: dt.datetime) -> None:
        self.moves.append(("sent_to_body", self.step().role, by, at))
        self._finish(by, at, "sent")
        self._go_to(self._next(), at)

    def register_received(self, by: int, at: dt.datetime) -> None:
        step = self.step()
        self.moves.append(("received_by_body", step.role, by, at))
        self.state = step.state
        self._start(step, at, by)  # step 3 opens at the arrival scan
        self._finish(by, at, "registered")
        self._go_to(self._next(), at)

    def result_arrived(self, by: int, at: dt.datetime) -> None:
        step = self.step()
        self.moves.append(("result_at_center", step.role, by, at))
        self.version += 1
        self.state = step.state
        self._start(step, at, by)

    def issue(self, by: int, at: dt.datetime, issued_to: str) -> None:
        self._finish(by, at, "issued")
        self._go_to(None, at)
        self.issued_at, self.issued_to = at, issued_to

    def assign(self, by: int, executor: int, login: str, at: dt.datetime) -> None:
        self._finish(by, at, "assigned", login)
        self._go_to(self._next(), at)
        self.executor = executor

    def decide_card(self, by: int, register: bool, at: dt.datetime) -> None:
        step = self.step()
        if register:
            self._finish(by, at, "registered")
            self._go_to(self._next(), at)
            return
        self.grounds = ["documents_missing"]
        self._finish(by, at, "refusal")
        target = self.svc.step(step.refusal_goes_to) if step.refusal_goes_to else self._next()
        self._go_to(target, at)
        self.prepared, self.reasoning = "refusal", CARD_REFUSAL_TEXT

    def prepare(self, by: int, result: str, grounds: list[str], at: dt.datetime) -> None:
        self.grounds = grounds if result == "refusal" else []
        self._finish(by, at, result)
        self._go_to(self._next(), at)
        self.prepared = result
        self.reasoning = REFUSAL_TEXT if result == "refusal" else ""

    def sign(self, by: int, at: dt.datetime) -> None:
        self._finish(by, at, "signed")
        self._go_to(self._next(), at)
        self.result = self.prepared

    def return_for_rework(self, by: int, note: str, at: dt.datetime) -> None:
        step = self.step()
        self._finish(by, at, "returned", note)
        back = step.refusal_returns_to if self.prepared == "refusal" else None
        to = back or step.returns_to
        assert to is not None, "a step that returns work names where to"
        self._go_to(self.svc.step(to), at)
        self.prepared = None

    def deliver(self, by: int, at: dt.datetime, issued_to: str) -> None:
        nxt = self._next()
        self._finish(by, at, "sent_to_center" if nxt else "handed_over")
        self._go_to(nxt, at)
        if nxt is None:
            self.issued_at, self.issued_to = at, issued_to

    def closes_next(self) -> bool:
        """Would the next transition close the application?"""
        if self.state in workflow.TRANSIT_STATES:
            return False
        kind = self.step().kind
        return kind == "issue" or (kind in ("sign", "deliver") and self._next() is None)


def advance(
    rng: random.Random,
    sim: Sim,
    uid: dict[str, int],
    execs: list[tuple[int, str]],
    t: dt.datetime,
    today: dt.datetime,
    cal: WorkCalendar,
    open_share: float | None,
    full_name: str,
) -> None:
    """`demo._advance` on the in-memory application: as far as a random stopping point."""
    if open_share is None:
        keep_open = False
        stop_ops = rng.randrange(0, 9) if (today - t).days < 20 else 99
    else:
        keep_open = rng.random() < open_share
        stop_ops = rng.randrange(0, 9) if keep_open else 99
    refuse = rng.random() < 0.2
    rework = rng.random() < 0.1
    late = rng.random() < 0.12
    ops = 0
    while sim.state != workflow.CLOSED:
        ops += 1
        step = sim.step()
        limit = step.limit or 0
        minutes = {"minutes": limit, "calendar_days": limit * 1440, "working_days": limit * 1440}.get(
            step.unit or "", 60
        )
        frac = rng.uniform(1.2, 2.5) if late and rng.random() < 0.5 else rng.uniform(0.05, 0.6)
        t = _later(rng, t, max(2, int(minutes * frac)), cal)
        if t >= today or ops > stop_ops or (keep_open and sim.closes_next()):
            return
        ex = sim.executor
        if ex is None:
            ex = rng.choice(execs)[0]
        if sim.state == workflow.IN_TRANSIT:
            sim.result_arrived(uid["center_inspector"], t)
        elif sim.state == workflow.TO_BODY:
            sim.register_received(uid["office_clerk"], t)
        elif step.kind == "dispatch":
            sim.dispatch(uid["dispatch_inspector"], t)
        elif step.kind == "register":
            sim.register_received(uid["office_clerk"], t)
        elif step.kind == "assign":
            ex_id, login = rng.choice(execs)
            sim.assign(uid["head"], ex_id, login, t)
        elif step.kind == "card":
            sim.decide_card(ex, not refuse, t)
        elif step.kind == "prepare":
            if refuse and step.offers_refusal:
                sim.prepare(ex, "refusal", [sim.svc.grounds[rng.randrange(len(sim.svc.grounds))].code], t)
            else:
                sim.prepare(ex, sim.svc.positive_result, [], t)
        elif step.kind == "sign":
            if rework and sim.prepared != "refusal":
                rework = False
                sim.return_for_rework(uid["head"], "Мәтінді нақтылаңыз", t)
            else:
                sim.sign(uid["head"], t)
        elif step.kind == "deliver":
            sim.deliver(ex, t, full_name)
        elif step.kind == "issue":
            sim.issue(uid["center_inspector"], t, full_name)
