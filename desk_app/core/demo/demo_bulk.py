"""A region-sized demo office: a million cards and a hundred thousand applications in minutes.

The engine (`demo.build_demo`) takes a transaction and an audit row per transition, which
is right for a few hundred applications and far too slow for a region. Here the same
transitions are replayed in memory by `_Sim`, which follows `workflow.py` move by move
(the path and states from `regulation`, due times from `deadlines`, numbers `YYYY-NNNNNN`
in submission order, the executor of service 1 being its intake clerk, versions bumped
once per transition), and the rows are written with `executemany` (SQLite) or
`execute_values` (PostgreSQL) in large transactions, each card's and each application's
audit record with them (chained in memory), then one summarising audit row: the office
passes `check` as one built through the engine does. Deterministic for a given seed and `today`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import peewee as pw

from .. import audit, iin, search, workflow
from ..calendar import WorkCalendar
from ..cards import CARD_FIELDS
from ..clock import iso, now
from ..deadlines import due_at, result_due, term_due
from ..errors import ValidationError
from ..models import Application, AuditLog, Person, database
from ..names import fold, name_key
from ..office_calendar import load_calendar
from ..regulation import Service
from ..regulation import Step as RegStep
from .demo import STREETS, TOWNS, _later, _office_hours, setup_office

BULK_THRESHOLD = 5000  # persons + applications above which `main.py demo` goes bulk
CHUNK = 50_000

# Name pools; earlier entries are commoner (Zipf-like weights), as in a real district.
KK_SURNAMES = (
    "Ахметов Омаров Сейітов Жұмабаев Нұрланов Серікбаев Қасымов Әбдірахманов Бекмағамбетов "
    "Тоқтаров Сәрсенбаев Ермеков Қайратов Оспанов Исабеков Мұхамеджанов Жақсылықов Байжанов "
    "Өтепов Есенғалиев Құдайбергенов Ұлықбеков Түйебаев Шәріпов Смағұлов Әлиев Абдуллаев "
    "Кенжебаев Тұрсынов Мұратов Әміров Бақытжанов Ғабдуллин Дүйсенов Жанұзақов Ізбасаров "
    "Қалиев Мамыров Нұрпейісов Рахымов Садықов Тәжібаев Уәлиханов Хасенов Шоқанов Ысқақов "
    "Әубәкіров Бейсенов Дәулетов Ержанов Жүсіпов Зейноллаев Ілиясов Кәрімов Ләмбеков Мақсұтов "
    "Нығметов Орынбасаров Пердебаев Рысқұлов Сұлтанов Темірбеков Үсенов Файзуллин Хамитов "
    "Шайхиев Әбенов Бөлекбаев Досымов Елеусізов Жолдасов Зұлқарнаев Ибраев Қожахметов "
    "Лесбеков Медеуов Наурызбаев Оразов Палымбетов Рақышев Сыздықов Тілеубердиев Өмірзақов "
    "Ұзақов Шалабаев Әшімов Баймұханов Дариев Есімов Жексенбаев Закиров Ищанов Қонысбаев "
    "Мейрамов Нысанбаев Оңғарбаев Сағынбаев Тлеулесов Үмбетов Шынқожаев Айтбаев Бердібеков "
    "Ғалымжанов Дәуренбеков Жарылғапов Кемелбеков Мырзахметов Сапаров Тұрлыбеков Сейітқали"
).split()
RU_SURNAMES = (
    "Иванов Петров Ким Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков "
    "Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов "
    "Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Цой"
).split()
KK_NAMES_M = (
    "Ерлан Нұрсұлтан Әділет Бауыржан Ғалым Қайрат Айдос Жұмабек Төлеген Серік Болат "
    "Ержан Марат Асқар Дәулет Мұрат Нұрлан Ермек Бекзат Азамат Арман Ақылбек Дархан "
    "Ерболат Жандос Қанат Мейрам Нұржан Олжас Руслан Санжар Талғат Ұлан Өмірзақ Һәміт "
    "Әлібек Бақыт Ғабит Данияр Елдос Жасұлан Ілияс Мақсат Нұрбол Рүстем Сұңқар Тимур "
    "Шыңғыс Ысқақ Абылай"
).split()
KK_NAMES_F = (
    "Әйгерім Гүлнар Мөлдір Ақмарал Жұлдыз Құралай Ұлжан Айгүл Шынар Сәуле Іңкәр Динара "
    "Айжан Гүлжан Ләззат Әсел Мадина Жанар Салтанат Ботагөз Перизат Аружан Дана Ақбота "
    "Балжан Гүлмира Назерке Райхан Толқын Ұлболсын Шолпан Өмірсая Айсұлу Бибігүл "
    "Гауһар Жібек Зере Қарлығаш Күләш Мейіргүл Нұргүл Раушан Сандуғаш Тоты Үміт "
    "Фариза Хадиша Әлия Баян Ләйлә"
).split()
RU_NAMES_M = (
    "Сергей Дмитрий Андрей Александр Алексей Николай Виктор Владимир Игорь Евгений "
    "Михаил Павел Олег Юрий Константин"
).split()
RU_NAMES_F = (
    "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Людмила Галина Екатерина "
    "Юлия Оксана Марина Валентина"
).split()
RU_PATRONYMICS = [
    ("Сергеевич", "Сергеевна"),
    ("Николаевич", "Николаевна"),
    ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"),
    ("Петрович", "Петровна"),
    ("Иванович", "Ивановна"),
    ("Алексеевич", "Алексеевна"),
    ("Андреевич", "Андреевна"),
    ("Юрьевич", "Юрьевна"),
]
EXTRA_DOCUMENT = "Тұрғылықты жері туралы анықтама"
REFUSAL_TEXT = "Ұсынылған құжаттар стандарттың талаптарына сәйкес келмейді."
CARD_REFUSAL_TEXT = "Еңбек қызметін растайтын құжат ұсынылмады."

PERSON_COLS = (
    "id",
    "iin",
    "surname",
    "name",
    "patronymic",
    "surname_key",
    "name_key",
    "birth_date",
    "sex",
    "address",
    "phone",
    "education",
    "profession",
    "last_employment",
    "disability_group",
    "disability_cause",
    "employer",
    "rehab_items",
    "contraindications",
    "compensation_paid_on",
    "created_at",
    "updated_at",
    "version",
)
APP_COLS = (
    "id",
    "number",
    "year",
    "seq",
    "service",
    "channel",
    "wording",
    "person_id",
    "submitted_at",
    "term_due_at",
    "result_due_at",
    "state",
    "current_step",
    "prepared_result",
    "result",
    "refusal_reasoning",
    "executor_id",
    "accepted_by_id",
    "place_of_issue",
    "closed_at",
    "issued_at",
    "issued_to",
    "informed_how",
    "version",
)
STEP_COLS = (
    "application_id",
    "no",
    "role",
    "user_id",
    "started_at",
    "due_at",
    "completed_at",
    "counted",
    "outcome",
    "note",
)
MOVE_COLS = ("application_id", "kind", "role", "user_id", "at", "payload")
DOC_COLS = ("application_id", "code", "title")
GROUND_COLS = ("application_id", "code")


def _female(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ёв", "ин")) else surname


def _zipf(n: int, s: float = 0.8) -> list[float]:
    acc, out = 0.0, []
    for i in range(n):
        acc += 1.0 / (i + 1) ** s
        out.append(acc)
    return out


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


class _AuditRows:
    """The audit records the engine would have written for bulk rows — a card's creation with
    its values, an application's last state — chained in memory and written in bulk, so a
    bulk-built office passes `check` like one built through the engine."""

    COLS = ("at", "user", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")

    def __init__(self) -> None:
        last = AuditLog.select(AuditLog.hash).order_by(AuditLog.id.desc()).first()
        self.prev = last.hash if last else audit.GENESIS

    def rows(
        self,
        at: dt.datetime,
        user: str,
        action: str,
        entity: str,
        items: Iterable[tuple[str, dict[str, Any]]],
    ) -> list[tuple[Any, ...]]:
        at_iso, at_db = iso(at) or "", at.strftime("%Y-%m-%d %H:%M:%S")
        out = []
        for eid, after in items:
            a = audit._canon(after)
            h = audit.row_hash(self.prev, at_iso, user, action, entity, eid, None, a)
            out.append((at_db, user, action, entity, eid, None, a, self.prev, h))
            self.prev = h
        return out


_CARD_AT = {f: PERSON_COLS.index(f) for f in ("iin", *CARD_FIELDS)}


def _card_audit(row: tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    return str(row[0]), {f: row[i] for f, i in _CARD_AT.items()}


class _Due:
    """`deadlines.due_at` remembered per (limit, unit, start day): day limits ignore the hour."""

    def __init__(self) -> None:
        self.cal = load_calendar()
        self.memo: dict[tuple[int, str, dt.date], dt.datetime | None] = {}
        self.term_memo: dict[tuple[Any, ...], tuple[dt.datetime, dt.datetime]] = {}

    def __call__(self, step: RegStep, at: dt.datetime) -> dt.datetime | None:
        if step.limit is None or step.unit is None:
            return None
        if step.unit == "minutes":
            return at + dt.timedelta(minutes=step.limit)
        key = (step.limit, step.unit, at.date())
        got = self.memo.get(key, False)
        if got is False:
            got = self.memo[key] = due_at(at, step.limit, step.unit, self.cal)
        return got

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


class _Sim:
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
    executor: int | None
    prepared: str | None
    result: str | None
    closed_at: dt.datetime | None
    issued_at: dt.datetime | None

    def __init__(self, svc: Service, channel: str, by: int, at: dt.datetime, due: _Due) -> None:
        self.svc, self.channel, self.due = svc, channel, due
        self.path = svc.path(channel)
        intake = self.path[0]
        self.state, self.current = intake.state, intake.no
        self.executor = None if any(s.kind == "assign" for s in self.path) else by
        self.version = 1
        self.steps: list[list[Any]] = []
        self.moves: list[tuple[str, str, int, dt.datetime]] = []
        self.grounds: list[str] = []
        self.prepared = self.result = self.closed_at = self.issued_at = None
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

    def _next(self) -> RegStep | None:
        return self.svc.next_step(self.channel, self.current)

    def step(self) -> RegStep:
        return self.svc.step(self.current)

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
        self._go_to(self.svc.step(back or step.returns_to), at)
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


def _person_rows(
    rng: random.Random,
    first_id: int,
    n: int,
    at: str,
    full_names: list[str],
    serials: dict[tuple[int, str], int],
) -> list[tuple[Any, ...]]:
    """`n` cards with valid IINs (`iin.make`), folded keys (`names`), Kazakh and Russian names."""
    kk_sur_m, ru_sur_m = KK_SURNAMES, RU_SURNAMES
    kk_sur_f = [_female(s) for s in kk_sur_m]
    ru_sur_f = [_female(s) for s in ru_sur_m]
    cw_kk_sur, cw_ru_sur = _zipf(len(kk_sur_m)), _zipf(len(ru_sur_m))
    cw_kk_m, cw_kk_f = _zipf(len(KK_NAMES_M), 0.7), _zipf(len(KK_NAMES_F), 0.7)
    cw_ru_m, cw_ru_f = _zipf(len(RU_NAMES_M), 0.7), _zipf(len(RU_NAMES_F), 0.7)
    surname_keys: dict[str, str] = {}
    base = dt.date(1945, 1, 1)
    rows = []
    for k in range(n):
        sex = "M" if rng.random() < 0.5 else "F"
        m = sex == "M"
        if rng.random() < 0.85:
            i = rng.choices(range(len(kk_sur_m)), cum_weights=cw_kk_sur)[0]
            surname = kk_sur_m[i] if m else kk_sur_f[i]
            name = (
                rng.choices(KK_NAMES_M, cum_weights=cw_kk_m)
                if m
                else rng.choices(KK_NAMES_F, cum_weights=cw_kk_f)
            )[0]
            father = rng.choices(KK_NAMES_M, cum_weights=cw_kk_m)[0]
            patronymic = father + ("ұлы" if m else "қызы")
        else:
            i = rng.choices(range(len(ru_sur_m)), cum_weights=cw_ru_sur)[0]
            surname = ru_sur_m[i] if m else ru_sur_f[i]
            name = (
                rng.choices(RU_NAMES_M, cum_weights=cw_ru_m)
                if m
                else rng.choices(RU_NAMES_F, cum_weights=cw_ru_f)
            )[0]
            patronymic = rng.choice(RU_PATRONYMICS)[0 if m else 1]
        offset = rng.randrange(0, 365 * 60)
        code = None
        while code is None:
            serial = serials.get((offset, sex), 0) + 1
            serials[(offset, sex)] = serial
            code = iin.make(base + dt.timedelta(days=offset), sex, serial)
        sk = surname_keys.get(surname)
        if sk is None:
            sk = surname_keys[surname] = fold(surname)
        disabled = rng.random() < 0.3
        group = rng.choice((1, 2, 3)) if disabled else None
        cause = ("work_injury" if rng.random() < 0.2 else "general") if disabled else ""
        full_names.append(f"{surname} {name} {patronymic}")
        rows.append(
            (
                first_id + k,
                code,
                surname,
                name,
                patronymic,
                sk,
                name_key(surname, name, patronymic),
                str(base + dt.timedelta(days=offset)),
                sex,
                f"{TOWNS[k % len(TOWNS)]}, {STREETS[(k // 7) % len(STREETS)]}, {k % 120 + 1}",
                f"+7 70{k % 10} {100 + k % 900} {1000 + k % 9000}",
                "",
                "",
                "",
                group,
                cause,
                "«Қызылордамұнай» ЖШС" if cause == "work_injury" else "",
                "протез; есту аппараты" if disabled else "",
                "",
                None,
                at,
                at,
                1,
            )
        )
    return rows


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
        trail = _AuditRows()
        card_time = today - dt.timedelta(days=370)
        with db.atomic(), search.bulk_indexing(db, first_person):
            for start, n in _chunks(persons, 100_000):
                rows = _person_rows(rng, first_person + start, n, card_at or "", full_names, serials)
                w.insert("person", PERSON_COLS, rows)
                w.insert(
                    "audit_log",
                    _AuditRows.COLS,
                    trail.rows(card_time, "admin", "card.create", "person", map(_card_audit, rows)),
                )
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
            trail,
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
    trail: _AuditRows,
) -> None:
    cal = load_calendar()
    due = _Due()
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
        apps, steps, moves, docs, grounds = [], [], [], [], []
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
            sim = _Sim(svc, channel, intake, t, due)
            term, result_due_at = due.terms(sim.path, t)
            _advance(rng, sim, uid, execs, t, today, cal, open_share, full_name)
            seqs[t.year] += 1
            seq = seqs[t.year]
            apps.append(
                (
                    app_id,
                    f"{t.year}-{seq:06d}",
                    t.year,
                    seq,
                    service,
                    channel,
                    wording.code,
                    person_id,
                    _ts(t),
                    _ts(term),
                    _ts(result_due_at),
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
            )
            number = apps[-1][1]
            for no, role, user, started, due_t, done, counted, outcome, note in sim.steps:
                steps.append(
                    (
                        app_id,
                        no,
                        role,
                        user,
                        _ts(started),
                        _ts(due_t),
                        _ts(done),
                        counted if not w.sqlite else int(counted),
                        outcome,
                        note,
                    )
                )
            for kind, role, user, at in sim.moves:
                moves.append((app_id, kind, role, user, _ts(at), number))
            for code in sim.grounds:
                grounds.append((app_id, code))
            if sim.state == workflow.CLOSED:
                counts["closed"] += 1
        login = {i: name for name, i in uid.items()}
        col = {
            c: APP_COLS.index(c)
            for c in ("number", "state", "current_step", "prepared_result", "result", "executor_id")
        }
        snaps = (
            (
                a[col["number"]],
                {
                    "state": a[col["state"]],
                    "current_step": a[col["current_step"]],
                    "prepared_result": a[col["prepared_result"]],
                    "result": a[col["result"]],
                    "executor": login.get(a[col["executor_id"]]) if a[col["executor_id"]] else None,
                },
            )
            for a in apps
        )
        with w.db.atomic():
            w.insert("application", APP_COLS, apps)
            # each application's last state, as the engine's last audit row states it
            w.insert(
                "audit_log",
                _AuditRows.COLS,
                trail.rows(today, "demo", "demo.application", "application", snaps),
            )
            w.insert("attached_document", DOC_COLS, docs)
            w.insert("refusal_ground", GROUND_COLS, grounds)
            w.insert("step", STEP_COLS, steps)
            w.insert("movement", MOVE_COLS, moves)
        counts["applications"] += len(apps)
        counts["steps"] += len(steps)
        counts["movements"] += len(moves)
        counts["documents"] += len(docs)
        if progress:
            progress("applications", start + size, n)
    w.fix_sequence("application")


def _advance(
    rng: random.Random,
    sim: _Sim,
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
