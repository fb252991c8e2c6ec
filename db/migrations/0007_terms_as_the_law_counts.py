"""Terms as the law counts them (issue 12): put every stored figure right.

Adds the date printed for the applicant (`result_due_at`), the defective package's own
term (`notice_due_at`) and how the service-1 applicant was told (`informed_at`,
`informed_how`), then recomputes every application with today's rules, in this one
transaction:
- `term_due_at` is one term moved once (no longer a chain of moved step due dates);
- a step opened again keeps the due time of its first opening;
- on the Center channel step 3 starts at the office clerk's arrival scan, not at dispatch,
  and a folder sent but not yet scanned in is in transit (`to_body`) with no open step 3.
One audit row per changed application records what changed.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

COLUMNS = {
    "result_due_at": pw.DateTimeField(null=True),
    "notice_due_at": pw.DateTimeField(null=True),
    "informed_at": pw.DateTimeField(null=True),
    "informed_how": pw.CharField(max_length=20, default=""),
}

# A database created while 0001 still built its tables from the live models (from this
# migration until 0001 was frozen) got these columns from 0001, in the middle of the table:
# the same columns in another order, which `restore` and `check` accept (schema.py).
SQLITE_VARIANTS = [
    (
        'CREATE TABLE IF NOT EXISTS "application" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"number" VARCHAR(20) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, '
        '"service" INTEGER NOT NULL, "channel" VARCHAR(10) NOT NULL, "wording" VARCHAR(60) NOT NULL, '
        '"person_id" INTEGER NOT NULL, "submitted_at" DATETIME NOT NULL, '
        '"term_due_at" DATETIME NOT NULL, "result_due_at" DATETIME, "notice_due_at" DATETIME, '
        '"state" VARCHAR(30) NOT NULL, "current_step" INTEGER, "prepared_result" VARCHAR(20), '
        '"result" VARCHAR(20), "refusal_reasoning" TEXT NOT NULL, "executor_id" INTEGER, '
        '"accepted_by_id" INTEGER NOT NULL, "place_of_issue" VARCHAR(300) NOT NULL, '
        '"closed_at" DATETIME, "issued_at" DATETIME, "issued_to" VARCHAR(300) NOT NULL, '
        '"informed_at" DATETIME, "informed_how" VARCHAR(20) NOT NULL, "version" INTEGER NOT NULL, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("executor_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("accepted_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT)'
    ),
]


def _parse(v):
    if v is None or isinstance(v, dt.datetime):
        return v
    return dt.datetime.fromisoformat(str(v))


def up(db):
    migrator = PostgresqlMigrator(db) if isinstance(db, pw.PostgresqlDatabase) else SqliteMigrator(db)
    have = {c.name for c in db.get_columns("application")}
    migrate(
        *(
            migrator.add_column("application", name, field)
            for name, field in COLUMNS.items()
            if name not in have
        )
    )
    recompute_all(db)


def recompute_all(db) -> int:
    """Recompute every application; returns how many changed. Reads rows as tuples so it
    runs on the schema of this migration, whatever the live models add later."""
    from desk_app.core import audit
    from desk_app.core.office_calendar import load_calendar
    from desk_app.core.overrides import regulations
    from desk_app.core.terms import expected

    regs = regulations()
    cal = load_calendar()
    changed = 0
    apps = db.execute_sql(
        "SELECT id, number, service, channel, wording, submitted_at, term_due_at, result_due_at, "
        "notice_due_at, state, current_step, result, prepared_result, executor_id "
        "FROM application ORDER BY id"
    ).fetchall()
    logins = dict(db.execute_sql('SELECT id, login FROM "user"').fetchall())
    for (
        aid,
        number,
        service,
        channel,
        wording,
        submitted,
        term,
        result_due,
        notice,
        state,
        current,
        result,
        prepared,
        executor,
    ) in apps:
        svc = regs.by_code(wording).service(service)
        submitted, term, result_due, notice = map(_parse, (submitted, term, result_due, notice))
        ph = _ph(db)
        rows = [
            _Row(*r)
            for r in db.execute_sql(
                "SELECT id, no, started_at, completed_at, due_at, outcome FROM step "
                f"WHERE application_id = {ph} ORDER BY id",
                (aid,),
            ).fetchall()
        ]
        moves = dict(
            db.execute_sql(
                f"SELECT kind, MIN(at) FROM movement WHERE application_id = {ph} GROUP BY kind", (aid,)
            ).fetchall()
        )
        before: dict = {}
        after: dict = {}
        if channel == "center":
            arrival = _parse(moves.get("received_by_body"))
            reg_no = next((s.no for s in svc.steps if s.kind == "register"), None)
            for r in rows:
                if (
                    r.no == reg_no
                    and arrival is not None
                    and r.started_at != arrival
                    and r.started_at <= arrival <= (r.completed_at or arrival)
                ):
                    before.setdefault("step_started", {})[r.no] = str(r.started_at)
                    after.setdefault("step_started", {})[r.no] = str(arrival)
                    r.started_at = arrival
                    db.execute_sql(
                        "UPDATE step SET started_at = %s WHERE id = %s".replace("%s", _ph(db)),
                        (arrival, r.id),
                    )
            open_reg = [r for r in rows if r.no == reg_no and r.completed_at is None]
            if open_reg and arrival is None and state != "to_body":
                # sent but never scanned in: in transit, step 3 not yet begun
                db.execute_sql("DELETE FROM step WHERE id = %s".replace("%s", _ph(db)), (open_reg[0].id,))
                rows = [r for r in rows if r.id != open_reg[0].id]
                db.execute_sql(
                    "UPDATE application SET state = %s, version = version + 1 WHERE id = %s".replace(
                        "%s", _ph(db)
                    ),
                    ("to_body", aid),
                )
                snap = {
                    "current_step": current,
                    "result": result,
                    "prepared_result": prepared,
                    "executor": logins.get(executor) if executor else None,
                }
                before.update(snap, state=state)
                after.update(snap, state="to_body")
        want = expected(svc, channel, submitted, notice, rows, cal)
        if term != want.term_due_at or result_due != want.result_due_at:
            before.update(term_due_at=str(term), result_due_at=str(result_due))
            after.update(term_due_at=str(want.term_due_at), result_due_at=str(want.result_due_at))
            db.execute_sql(
                "UPDATE application SET term_due_at = %s, result_due_at = %s WHERE id = %s".replace(
                    "%s", _ph(db)
                ),
                (want.term_due_at, want.result_due_at, aid),
            )
        for r in rows:
            due = want.step_due[r.id]
            if _parse(r.due_at) != due:
                before.setdefault("step_due", {})[r.no] = str(r.due_at)
                after.setdefault("step_due", {})[r.no] = str(due)
                db.execute_sql(
                    "UPDATE step SET due_at = %s WHERE id = %s".replace("%s", _ph(db)), (due, r.id)
                )
        if after:
            changed += 1
            audit.record(
                "migration-0009", "application.recompute_terms", "application", number, before, after
            )
    return changed


def _ph(db) -> str:
    return "%s" if isinstance(db, pw.PostgresqlDatabase) else "?"


class _Row:
    def __init__(self, id, no, started_at, completed_at, due_at, outcome):
        self.id, self.no, self.outcome = id, no, outcome
        self.started_at, self.completed_at = _parse(started_at), _parse(completed_at)
        self.due_at = _parse(due_at)
