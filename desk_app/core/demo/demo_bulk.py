"""A region-sized demo office: a million cards and a hundred thousand applications in minutes.

The engine (`demo.build_demo`) takes a transaction and an audit row per transition, which
is right for a few hundred applications and far too slow for a region. Here the same
transitions are replayed in memory by `demo_bulk_sim.Sim`, which follows `workflow.py` move by move
(the path and states from `regulation`, due times from `deadlines`, numbers `YYYY-NNNNNN`
in submission order, the executor of service 1 being its intake clerk, versions bumped
once per transition), and the rows are written with `executemany` (SQLite) or
`execute_values` (PostgreSQL) in large transactions, every row's after-image with them
(row_images.py; chained in memory), then one summarising audit row: the office passes
`check` as one built through the engine does. Deterministic for a given seed and `today`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import peewee as pw

from .. import audit, row_images, search, workflow
from ..calendar import WorkCalendar
from ..clock import iso, now
from ..errors import ValidationError
from ..models import (
    Application,
    AttachedDocument,
    AuditLog,
    Movement,
    Person,
    RefusalGround,
    Step,
    database,
)
from ..office_calendar import load_calendar
from .demo import TOWNS, _office_hours, setup_office
from .demo_bulk_rows import APP_COLS, DOC_COLS, GROUND_COLS, MOVE_COLS, PERSON_COLS, STEP_COLS, person_rows
from .demo_bulk_rows import KK_NAMES_F as KK_NAMES_F
from .demo_bulk_rows import KK_NAMES_M as KK_NAMES_M
from .demo_bulk_rows import KK_SURNAMES as KK_SURNAMES
from .demo_bulk_rows import RU_SURNAMES as RU_SURNAMES
from .demo_bulk_sim import Due, Sim, advance

BULK_THRESHOLD = 5000  # persons + applications above which `main.py demo` goes bulk
CHUNK = 50_000
EXTRA_DOCUMENT = "Тұрғылықты жері туралы анықтама"


def _ts(t: dt.datetime | None) -> str | None:
    """How peewee stores a DateTimeField (whole seconds) and PostgreSQL reads a literal."""
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


class _Writer:
    """Many rows into a table: `executemany` on SQLite, `execute_values` on PostgreSQL."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.sqlite = isinstance(db, pw.SqliteDatabase)

    def insert(self, table: str, cols: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in cols)
        if self.sqlite:
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'
            self.db.connection().executemany(sql, rows)
        else:
            from psycopg2.extras import execute_values

            with self.db.cursor() as cur:
                execute_values(cur, f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=5000)

    def fix_sequence(self, table: str) -> None:
        """After explicit ids, PostgreSQL's sequence must move past them."""
        if not self.sqlite:
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT COALESCE(MAX(id), 1) FROM "{table}"))'
            )


class _Images:
    """The after-images the engine's writes would have left (row_images.py), for rows written
    in bulk: each chunk is read back as stored, imaged, chained in memory and written with
    `executemany`, so a bulk-built office passes `check` like one built through the engine."""

    COLS = ("at", "user", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")

    def __init__(self, w: _Writer, at: dt.datetime) -> None:
        self.w = w
        last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).first()
        self.prev = last.hash if last else audit.GENESIS
        self.at_iso, self.at_db = iso(at) or "", at.strftime("%Y-%m-%d %H:%M:%S")
        self.written = 0

    @staticmethod
    def last_id(model: type[pw.Model]) -> int:
        return int(model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0)

    def since(self, model: type[pw.Model], after_id: int, user: str = "demo") -> None:
        """Image every row of `model` with an id above `after_id` (the chunk just written)."""
        s = row_images.shape(model)
        ph = "?" if self.w.sqlite else "%s"
        cur = self.w.db.execute_sql(f'{s.select_sql} WHERE "id" > {ph} ORDER BY "id"', (after_id,))
        i, table, act = s.pk_index, s.table, row_images.INSERT
        at_iso, row_hash = self.at_iso, audit.row_hash
        while True:
            rows = cur.fetchmany(20_000)
            if not rows:
                return
            out = []
            for r in rows:
                eid, text = str(r[i]), s.text(r)
                h = row_hash(self.prev, at_iso, user, act, table, eid, None, text)
                out.append((self.at_db, user, act, table, eid, None, text, self.prev, h))
                self.prev = h
            self.w.insert("audit_log", self.COLS, out)
            self.written += len(out)


def _chunks(total: int, size: int = CHUNK) -> Iterable[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(size, total - start)


def build_bulk(
    seed: int = 1,
    persons: int = 1_000_000,
    applications: int = 100_000,
    today: dt.datetime | None = None,
    open_share: float | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database with a region-sized demo office; return counts.

    `open_share`: the share of applications left open part-way along their path (the
    default, None, leaves open those of the last weeks, as `demo.build_demo` does).
    """
    if persons < 1 and applications > 0:
        raise ValidationError(
            "Өтініштерге кемінде бір карточка керек", "Для заявлений нужна хотя бы одна карточка", "persons"
        )
    rng = random.Random(seed)
    today = (today or now()).replace(microsecond=0)
    db = database.obj
    w = _Writer(db)
    users = setup_office()
    uid = {login: u.id for login, u in users.items()}
    execs = [(users["executor"].id, "executor"), (users["executor2"].id, "executor2")]
    sqlite = w.sqlite
    if sqlite:  # a demo load may lose its tail on a power cut; the office's work may not
        db.execute_sql("PRAGMA synchronous = NORMAL")
        db.execute_sql("PRAGMA cache_size = -400000")
    counts = {"persons": persons, "applications": 0, "closed": 0, "steps": 0, "movements": 0, "documents": 0}
    try:
        first_person = (Person.select(pw.fn.MAX(Person.id)).scalar() or 0) + 1
        card_at = _ts(today - dt.timedelta(days=370))
        full_names: list[str] = []
        serials: dict[tuple[int, str], int] = {}  # per birth day and sex: IINs stay unique
        images = _Images(w, today)
        with db.atomic(), search.bulk_indexing(db, first_person):
            for start, n in _chunks(persons, 100_000):
                rows = person_rows(rng, first_person + start, n, card_at or "", full_names, serials)
                w.insert("person", PERSON_COLS, rows)
                images.since(Person, first_person + start - 1)
                if progress:
                    progress("persons", start + n, persons)
        w.fix_sequence("person")
        _applications(
            rng,
            w,
            applications,
            first_person,
            full_names,
            uid,
            execs,
            today,
            open_share,
            counts,
            progress,
            images,
        )
        with db.atomic():
            audit.record("demo", "demo.bulk_load", "database", "bulk", None, {"seed": seed, **counts}, today)
    finally:
        if sqlite:
            db.execute_sql("PRAGMA synchronous = FULL")
            db.execute_sql("PRAGMA cache_size = -32000")
    return counts


def _submission_times(rng: random.Random, n: int, today: dt.datetime, cal: WorkCalendar) -> list[dt.datetime]:
    first_day = today.date() - dt.timedelta(days=365)
    out = []
    for i in range(n):
        if i >= n * 0.85:  # the last weeks are busier, so every step has a queue
            day = today.date() - dt.timedelta(days=rng.randrange(0, 14))
        else:
            day = first_day + dt.timedelta(days=rng.randrange(0, 365))
        t = _office_hours(rng, day, cal)
        out.append(t if t < today else today - dt.timedelta(hours=1))
    out.sort()  # numbers follow the order of submission, as at a real desk
    return out


def _applications(
    rng: random.Random,
    w: _Writer,
    n: int,
    first_person: int,
    full_names: list[str],
    uid: dict[str, int],
    execs: list[tuple[int, str]],
    today: dt.datetime,
    open_share: float | None,
    counts: dict[str, int],
    progress: Callable[[str, int, int], None] | None,
    images: _Images,
) -> None:
    cal = load_calendar()
    due = Due()
    regs = workflow.regulations()
    times = _submission_times(rng, n, today, cal)
    first_app = (Application.select(pw.fn.MAX(Application.id)).scalar() or 0) + 1
    seqs: dict[int, int] = {}
    for year in {t.year for t in times}:
        seqs[year] = (
            Application.select(pw.fn.MAX(Application.seq)).where(Application.year == year).scalar() or 0
        )
    place = TOWNS[0] + ", ХҚКО"
    for start, size in _chunks(n, 20_000):
        apps: list[tuple[Any, ...]] = []
        steps: list[tuple[Any, ...]] = []
        moves: list[tuple[Any, ...]] = []
        docs: list[tuple[Any, ...]] = []
        grounds: list[tuple[Any, ...]] = []
        for i in range(start, start + size):
            t = times[i]
            app_id = first_app + i
            wording = regs.in_force(t.date())
            service = rng.choice((1, 2, 3, 4))
            svc = wording.service(service)
            channel = "direct" if service == 1 else rng.choice(("center", "direct"))
            if channel == "center":
                intake = uid["center_inspector"]
            else:
                intake = uid["executor"] if service == 1 else uid["office_clerk"]
            k = rng.randrange(len(full_names))
            person_id, full_name = first_person + k, full_names[k]
            for d in svc.documents:
                if d.required or rng.random() < 0.5:
                    docs.append((app_id, d.code, d.text.kk[:400]))
            if rng.random() < 0.1:
                docs.append((app_id, None, EXTRA_DOCUMENT))
            sim = Sim(svc, channel, intake, t, due)
            term, result_due_at = due.terms(sim.path, t)
            advance(rng, sim, uid, execs, t, today, cal, open_share, full_name)
            seqs[t.year] += 1
            seq = seqs[t.year]
            apps.append(
                _app_row(app_id, t, seq, service, channel, wording.code, person_id, term, result_due_at)
                + _sim_columns(sim, intake, place)
            )
            _sim_rows(app_id, apps[-1][1], sim, w.sqlite, steps, moves, grounds)
            if sim.state == workflow.CLOSED:
                counts["closed"] += 1
        _write_chunk(w, images, first_app + start, apps, docs, grounds, steps, moves)
        counts["applications"] += len(apps)
        counts["steps"] += len(steps)
        counts["movements"] += len(moves)
        counts["documents"] += len(docs)
        if progress:
            progress("applications", start + size, n)
    w.fix_sequence("application")


def _app_row(
    app_id: int,
    t: dt.datetime,
    seq: int,
    service: int,
    channel: str,
    wording: str,
    person_id: int,
    term: dt.datetime,
    result_due_at: dt.datetime,
) -> tuple[Any, ...]:
    """APP_COLS up to result_due_at; `_sim_columns` gives the rest."""
    return (
        app_id,
        f"{t.year}-{seq:06d}",
        t.year,
        seq,
        service,
        channel,
        wording,
        person_id,
        _ts(t),
        _ts(term),
        _ts(result_due_at),
    )


def _sim_columns(sim: Sim, intake: int, place: str) -> tuple[Any, ...]:
    return (
        sim.state,
        sim.current,
        sim.prepared,
        sim.result,
        sim.reasoning,
        sim.executor,
        intake,
        place,
        _ts(sim.closed_at),
        _ts(sim.issued_at),
        sim.issued_to[:300],
        "",
        sim.version,
    )


def _sim_rows(
    app_id: int,
    number: str,
    sim: Sim,
    sqlite: bool,
    steps: list[tuple[Any, ...]],
    moves: list[tuple[Any, ...]],
    grounds: list[tuple[Any, ...]],
) -> None:
    """The application's step, movement and ground rows, as STEP_COLS, MOVE_COLS, GROUND_COLS."""
    for no, role, user, started, due_t, done, counted, outcome, note in sim.steps:
        flag = int(counted) if sqlite else counted
        steps.append((app_id, no, role, user, _ts(started), _ts(due_t), _ts(done), flag, outcome, note))
    for kind, role, user, at in sim.moves:
        moves.append((app_id, kind, role, user, _ts(at), number))
    for code in sim.grounds:
        grounds.append((app_id, code))


def _write_chunk(
    w: _Writer,
    images: _Images,
    first_app: int,
    apps: list[tuple[Any, ...]],
    docs: list[tuple[Any, ...]],
    grounds: list[tuple[Any, ...]],
    steps: list[tuple[Any, ...]],
    moves: list[tuple[Any, ...]],
) -> None:
    """A chunk of applications and their rows, then every new row's after-image."""
    with w.db.atomic():
        marks = [(m, images.last_id(m)) for m in (AttachedDocument, RefusalGround, Step, Movement)]
        w.insert("application", APP_COLS, apps)
        w.insert("attached_document", DOC_COLS, docs)
        w.insert("refusal_ground", GROUND_COLS, grounds)
        w.insert("step", STEP_COLS, steps)
        w.insert("movement", MOVE_COLS, moves)
        images.since(Application, first_app - 1)
        for model, last in marks:
            images.since(model, last)
