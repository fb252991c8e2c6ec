"""`check`: is the database whole, is the audit chain unbroken, do the applications obey the regulation?

Three layers, each a list of plain-text problems (empty = healthy):
- storage: SQLite's own integrity and foreign-key checks, migrations, the append-only triggers;
- audit: the hash chain, and every row of every business table against its last after-image
  in the chain (row_images.py), so a change made behind the application is named by table
  and key, and so is a row without any audit record or an audited row that is gone;
- workflow: every application's steps against its regulation path (order, roles, one open step,
  state, result, due times by the deadline rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from .. import audit, row_images
from ..calendar import WorkCalendar
from ..db import pending_migrations
from ..models import (
    Application,
    AuditLog,
    CalendarEdit,
    Movement,
    OfficeSetting,
    RefusalGround,
    Step,
    database,
    tuples,
)
from ..office_calendar import load_calendar
from ..regulation import Regulations, Service, Wording
from ..terms import expected
from ..workflow import CLOSED, RESULTS, TRANSIT_STATES, regulations

AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")
PG_AUDIT_TRIGGERS = ("audit_log_no_change", "audit_log_no_truncate")


@dataclass
class Report:
    storage: list[str] = field(default_factory=list)
    audit: list[str] = field(default_factory=list)
    workflow: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.storage or self.audit or self.workflow)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "storage": self.storage,
            "audit": self.audit,
            "workflow": self.workflow,
            "counts": self.counts,
        }


# ---------------------------------------------------------------- storage


def check_storage() -> list[str]:
    db = database.obj
    out: list[str] = []
    if isinstance(db, pw.SqliteDatabase):
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            out += [f"integrity_check: {r}" for r in rows[:20]]
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
            out.append(f"foreign_key_check: {table} row {rowid} points to a missing {parent} row")
        have = {
            r[0]
            for r in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
            )
        }
        missing = [t for t in AUDIT_TRIGGERS if t not in have]
    else:
        have = {
            r[0]
            for r in db.execute_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                "AND NOT tgisinternal AND tgenabled <> 'D'"
            )
        }
        missing = [t for t in PG_AUDIT_TRIGGERS if t not in have]
    if missing:
        out.append(f"audit_log is not protected: trigger(s) {', '.join(missing)} missing or disabled")
    pend = pending_migrations(db)
    if pend:
        out.append(f"migrations not applied: {', '.join(p.stem for _, p in pend)}")
    from ..schema import live_differences

    out += [f"schema: {d}" for d in live_differences(db)]
    return out


# ---------------------------------------------------------------- audit replay


SHOWN = 50  # lines per table and kind of problem; the rest are counted


def _audit_rows() -> Any:
    """The whole log in id order, streamed off the cursor as stored (no model objects)."""
    cols = "id, at, user, action, entity, entity_id, before, after, prev_hash, hash"
    cur = database.obj.execute_sql(
        "SELECT " + ", ".join(f'"{c}"' for c in cols.split(", ")) + " FROM audit_log ORDER BY id"
    )
    while True:
        rows = cur.fetchmany(10_000)
        if not rows:
            return
        yield from rows


def _tap(rows: Any, last: dict[str, dict[str, tuple[int, int | None]]], last_record: list[int]) -> Any:
    """Pass the chain's rows on to `verify_rows`, noting each table row's last after-image
    (`row_images.remember`) and the id of the last other row: one read serves all, and only
    a hash per business row is kept (a million-card office's chain is never held whole)."""
    for r in rows:
        if r[3].startswith(row_images.PREFIX):
            row_images.remember(last, r[0], r[3], r[4], r[5], r[7])
        else:
            last_record[0] = r[0]
        yield r


def check_audit() -> list[str]:
    """The chain is unbroken, and every business row is its last after-image."""
    last: dict[str, dict[str, tuple[int, int | None]]] = {}
    last_record = [0]
    out = audit.verify_rows(_tap(_audit_rows(), last, last_record))
    out += _head_problems(last_record[0])
    for model in row_images.business_models():
        out += _compare_table(model, last.pop(model._meta.table_name, {}))
    return out


def _head_problems(last: int) -> list[str]:
    """The office's note of its last audit record (audit._mark_head) must name the chain's
    last record: a cut tail or a record added behind the application shows here."""
    row = OfficeSetting.get_or_none(OfficeSetting.key == audit.HEAD_KEY)
    if row is None:
        return []  # an office whose records all predate the note; its removal is an image
    if str(last) != row.value:
        return [
            f"office_setting {audit.HEAD_KEY}: the office last recorded audit row {row.value}, "
            f"the chain's last record is {last} (audit rows cut or added)"
        ]
    return []


def _compare_table(model: type[pw.Model], last: dict[str, tuple[int, int | None]]) -> list[str]:
    """Stream the table's rows against their last images; name what differs."""
    s = row_images.shape(model)
    db = database.obj
    if not db.table_exists(s.table):
        return []  # a pending migration, reported by the storage layer
    unaudited: list[str] = []
    changed: list[tuple[str, int, str]] = []
    revived: list[str] = []
    i = s.pk_index
    for row in db.execute_sql(s.select_sql):
        key = row_images.entity_id(row[i])
        got = last.pop(key, None)
        if got is None:
            unaudited.append(key)
            continue
        text = s.text(row)
        if got[1] is None:
            revived.append(key)
        elif hash(text) != got[1]:
            changed.append((key, got[0], text))
    gone = [k for k, (_, h) in last.items() if h is not None]
    t = s.table
    out = _capped(t, unaudited, "no audit record (written behind the application)")
    out += _capped(t, revived, "its last audit record deletes it (put back behind the application)")
    out += _capped(t, gone, "audited but missing from the database (deleted behind the application)")
    out += [
        f"{t} {key}: {', '.join(cols)} {'differs' if len(cols) == 1 else 'differ'} from its last "
        f"audited image (audit row {rid}; "
        f"changed behind the application, or audit rows removed)"
        for key, rid, cols in _differences(changed[:SHOWN])
    ]
    if len(changed) > SHOWN:
        out.append(f"{t}: {len(changed) - SHOWN} more rows differ from their last audited images")
    return out


def _capped(table: str, keys: list[str], what: str) -> list[str]:
    out = [f"{table} {k}: {what}" for k in keys[:SHOWN]]
    if len(keys) > SHOWN:
        out.append(f"{table}: {len(keys) - SHOWN} more rows: {what}")
    return out


def _differences(changed: list[tuple[str, int, str]]) -> list[tuple[str, int, list[str]]]:
    if not changed:
        return []
    ids = [rid for _, rid, _ in changed]
    images: dict[int, str | None] = dict(
        tuples(AuditLog.select(AuditLog.id, AuditLog.after).where(AuditLog.id.in_(ids)))
    )
    return [(k, rid, row_images.differing_columns(images.get(rid), now)) for k, rid, now in changed]


# ---------------------------------------------------------------- workflow invariants


def _due_ok(
    want: dt.datetime | None, start: dt.datetime, due: dt.datetime | None, edited_within: Callable[..., bool]
) -> bool:
    if due == want:
        return True
    # A day the office edited (or un-edited) inside the step's window may have been counted
    # differently when the step opened: then the rule without edits may also hold, or any
    # due time within the window's reach.
    if due is None or want is None:
        return False
    return edited_within(start, max(due, want))


def check_application(
    app: Application,
    steps: list[Step],
    grounds: list[str],
    cals: tuple[WorkCalendar, ...],
    edited_within: Callable[[dt.datetime, dt.datetime], bool],
    movements: frozenset[str] = frozenset(),
    regs: Regulations | None = None,
) -> list[str]:
    n = app.number
    out: list[str] = []
    try:
        wording: Wording = (regs or regulations()).by_code(app.wording)
    except KeyError:
        return [f"{n}: unknown regulation wording {app.wording!r}"]
    if app.service not in wording.services:
        return [f"{n}: service {app.service} is not in wording {app.wording}"]
    svc: Service = wording.services[app.service]
    if app.channel not in svc.channels:
        return [f"{n}: channel {app.channel!r} not allowed for service {app.service}"]
    nos = [s.no for s in svc.path(app.channel)]
    if n != f"{app.year}-{app.seq:06d}":
        out.append(f"{n}: number does not match year {app.year} and sequence {app.seq}")
    if not steps:
        return out + [f"{n}: has no steps"]
    if steps[0].no != nos[0]:
        out.append(f"{n}: first step is {steps[0].no}, the {app.channel} path starts at {nos[0]}")
    open_rows = [s for s in steps if s.completed_at is None]
    if len(open_rows) > 1:
        out.append(f"{n}: {len(open_rows)} open steps (at most one allowed)")
    want = expected(
        svc, app.channel, app.submitted_at, app.notice_due_at, [s for s in steps if s.no in nos], cals[0]
    )
    out += _step_problems(n, app, svc, steps, nos, want, edited_within)
    out += _scan_problems(n, svc, steps, nos, movements)
    out += _state_problems(n, app, svc, steps, nos, open_rows)
    out += _refusal_problems(n, app, svc, grounds)
    for name, have, rule in (
        ("term_due_at", app.term_due_at, want.term_due_at),
        ("result_due_at", app.result_due_at, want.result_due_at),
    ):
        if have != rule and (have is None or not edited_within(app.submitted_at, max(have, rule))):
            out.append(f"{n}: {name} {have}, the deadline rule gives {rule}")
    return out


def _step_problems(
    n: str,
    app: Application,
    svc: Service,
    steps: list[Step],
    nos: list[int],
    want: Any,
    edited_within: Callable[[dt.datetime, dt.datetime], bool],
) -> list[str]:
    """Each step against the regulation: on the path, role, counting, due time, order."""
    out: list[str] = []
    prev = None
    for s in steps:
        if s.no not in nos:
            out.append(f"{n}: step {s.no} is not on the {app.channel} path {nos}")
            prev = None
            continue
        reg = svc.step(s.no)
        if s.role != reg.role:
            out.append(f"{n}: step {s.no} role {s.role!r}, the regulation says {reg.role!r}")
        if bool(s.counted) != reg.counted:
            out.append(f"{n}: step {s.no} 'counted' differs from the regulation")
        if not _due_ok(want.step_due[s.id], s.started_at, s.due_at, edited_within):
            out.append(f"{n}: step {s.no} due {s.due_at}, the deadline rule gives {want.step_due[s.id]}")
        if s.completed_at is not None:
            if s.completed_at < s.started_at:
                out.append(f"{n}: step {s.no} completed before it started")
            if s.user_id is None or not s.outcome:
                out.append(f"{n}: completed step {s.no} has no user or outcome")
        if prev is not None:
            out += _order_problems(n, app, svc, prev, s)
        prev = s
    return out


def _order_problems(n: str, app: Application, svc: Service, prev: Step, s: Step) -> list[str]:
    out: list[str] = []
    pr = svc.step(prev.no)
    allowed = {x.no for x in {svc.next_step(app.channel, prev.no)} if x is not None}
    allowed |= {x for x in (pr.returns_to, pr.refusal_goes_to, pr.refusal_returns_to) if x is not None}
    if s.no not in allowed:
        out.append(f"{n}: step {s.no} follows step {prev.no} out of order")
    if prev.completed_at is None:
        out.append(f"{n}: step {s.no} opened while step {prev.no} was still open")
    elif s.started_at < prev.completed_at:
        out.append(f"{n}: step {s.no} started before step {prev.no} was completed")
    return out


def _scan_problems(
    n: str, svc: Service, steps: list[Step], nos: list[int], movements: frozenset[str]
) -> list[str]:
    """The paper folder's movements are marked by scans (regulation: "so that the movement of
    documents can be followed"): a dispatch done, or a result step opened, needs its scan."""
    out: list[str] = []
    for s in steps:
        if s.no not in nos:
            continue
        reg = svc.step(s.no)
        if reg.kind == "dispatch" and s.completed_at is not None and "sent_to_body" not in movements:
            out.append(f"{n}: step {s.no} done without the dispatch scan (sent_to_body)")
        if (
            reg.starts_on_scan
            and reg.arrival_movement
            and not reg.arrival_by_hand
            and reg.arrival_movement not in movements
        ):
            out.append(f"{n}: step {s.no} opened without the folder's scan ({reg.arrival_movement})")
    return out


def _state_problems(
    n: str, app: Application, svc: Service, steps: list[Step], nos: list[int], open_rows: list[Step]
) -> list[str]:
    out: list[str] = []
    if app.state == CLOSED:
        if open_rows:
            out.append(f"{n}: closed but step {open_rows[0].no} is open")
        if app.current_step is not None:
            out.append(f"{n}: closed but current_step is {app.current_step}")
        if app.result not in RESULTS:
            out.append(f"{n}: closed without a result")
        if app.closed_at is None:
            out.append(f"{n}: closed without closed_at")
        if steps[-1].no != nos[-1]:
            out.append(f"{n}: closed after step {steps[-1].no}, not at the end of its path")
        return out
    if app.current_step not in nos:
        out.append(f"{n}: current_step {app.current_step} is not on the path {nos}")
    elif app.state in TRANSIT_STATES:
        if open_rows:
            out.append(f"{n}: in transit but step {open_rows[0].no} is open")
        reg = svc.step(app.current_step)
        if not reg.starts_on_scan or reg.transit_state != app.state:
            out.append(
                f"{n}: {app.state} at step {app.current_step}, which does not open on a scan in that state"
            )
    else:
        reg = svc.step(app.current_step)
        if not open_rows:
            out.append(f"{n}: state {app.state!r} but no open step")
        elif open_rows[-1].no != app.current_step:
            out.append(f"{n}: open step {open_rows[-1].no} but current_step {app.current_step}")
        if app.state != reg.state:
            out.append(f"{n}: state {app.state!r}, step {reg.no} means {reg.state!r}")
    if app.closed_at is not None:
        out.append(f"{n}: open but has closed_at")
    return out


def _refusal_problems(n: str, app: Application, svc: Service, grounds: list[str]) -> list[str]:
    out: list[str] = []
    if app.result is not None and app.result not in RESULTS:
        out.append(f"{n}: unknown result {app.result!r}")
    back = svc.defective_return
    returned = back is not None and back.result in (app.result, app.prepared_result)
    if "refusal" in (app.result, app.prepared_result) or returned:
        if not grounds:
            out.append(f"{n}: refusal without grounds")
        if not app.refusal_reasoning.strip():
            out.append(f"{n}: refusal without reasoning")
    codes = {g.code for g in (back.grounds if returned and back else svc.grounds)}
    for g in grounds:
        if g not in codes:
            out.append(f"{n}: refusal ground {g!r} is not in service {app.service}'s list")
    return out


def check_workflow(batch: int = 1000) -> tuple[list[str], int]:
    cals = (load_calendar(),)
    # Every day the office ever edited (current edits, and undone ones from the audit log).
    edited = {e.day for e in CalendarEdit.select(CalendarEdit.day)}
    for (eid,) in tuples(AuditLog.select(AuditLog.entity_id).where(AuditLog.action == "calendar.edit")):
        try:
            edited.add(dt.date.fromisoformat(eid))
        except ValueError:
            pass

    def edited_within(start: dt.datetime, end: dt.datetime) -> bool:
        return any(start.date() <= d <= end.date() for d in edited)

    out: list[str] = []
    last_id, count = 0, 0
    regs = regulations()  # read once: the office's list edits cannot change during a check
    while True:
        apps = list(
            Application.select().where(Application.id > last_id).order_by(Application.id).limit(batch)
        )
        if not apps:
            return out, count
        ids = [a.id for a in apps]
        steps: dict[int, list[Step]] = {i: [] for i in ids}
        for s in Step.select().where(Step.application.in_(ids)).order_by(Step.id):
            steps[s.application_id].append(s)
        grounds: dict[int, list[str]] = {i: [] for i in ids}
        for g in RefusalGround.select().where(RefusalGround.application.in_(ids)):
            grounds[g.application_id].append(g.code)
        moves: dict[int, set[str]] = {i: set() for i in ids}
        for app_id, kind in tuples(
            Movement.select(Movement.application, Movement.kind).where(Movement.application.in_(ids))
        ):
            moves[app_id].add(kind)
        for a in apps:
            out += check_application(
                a, steps[a.id], grounds[a.id], cals, edited_within, frozenset(moves[a.id]), regs
            )
        count += len(apps)
        last_id = ids[-1]


def run_check() -> Report:
    """All three layers; a layer that cannot even be read reports the database error."""
    r = Report()

    def guarded(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except (pw.DatabaseError, ValueError, TypeError, KeyError) as e:
            return [f"cannot be read: {type(e).__name__}: {e}"]

    r.storage = guarded(check_storage)
    r.audit = guarded(check_audit)
    wf = guarded(check_workflow)
    if isinstance(wf, tuple):
        r.workflow, r.counts["applications"] = wf
    else:
        r.workflow = wf
    r.counts["audit_rows"] = guarded(lambda: AuditLog.select().count())
    return r
