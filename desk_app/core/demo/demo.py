"""A realistic demo office: users, cards and applications in every state over the last year.

Everything goes through the real workflow engine with explicit times, so the demo's
steps, deadlines, movements and audit chain are exactly what the office would produce.
Deterministic for a given seed and `today`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import auth, cards, complaints, iin, settings, workflow
from ..calendar import WorkCalendar
from ..clock import now
from ..errors import ValidationError
from ..models import Application, Person, User
from ..office_calendar import load_calendar
from ..regulation import Step as RegStep

SURNAMES_M = [
    "Әбдірахманов",
    "Жақсылықов",
    "Серікбаев",
    "Нұрланов",
    "Өтепов",
    "Қасымов",
    "Ұлықбеков",
    "Түйебаев",
    "Құдайбергенов",
    "Есенғалиев",
    "Иванов",
    "Ким",
    "Петров",
    "Мұхамеджанов",
    "Бекмағамбетов",
    "Шәріпов",
    "Ахметов",
    "Сейітқали",
]
SURNAMES_F = [
    "Әбдірахманова",
    "Жақсылықова",
    "Серікбаева",
    "Нұрланова",
    "Өтепова",
    "Қасымова",
    "Ұлықбекова",
    "Түйебаева",
    "Құдайбергенова",
    "Есенғалиева",
    "Иванова",
    "Ким",
    "Петрова",
    "Мұхамеджанова",
    "Бекмағамбетова",
    "Шәріпова",
    "Ахметова",
    "Сейітқали",
]
NAMES_M = [
    "Нұрсұлтан",
    "Ерлан",
    "Әділет",
    "Бауыржан",
    "Ғалым",
    "Қайрат",
    "Өмірзақ",
    "Ұлан",
    "Сергей",
    "Дмитрий",
    "Жұмабек",
    "Төлеген",
    "Айдос",
    "Һәміт",
]
NAMES_F = [
    "Әйгерім",
    "Гүлнар",
    "Мөлдір",
    "Ақмарал",
    "Жұлдыз",
    "Құралай",
    "Ұлжан",
    "Айгүл",
    "Елена",
    "Ольга",
    "Шынар",
    "Сәуле",
    "Іңкәр",
    "Динара",
]
FATHERS = [
    "Серікұлы",
    "Болатұлы",
    "Қайратұлы",
    "Ержанұлы",
    "Өмірұлы",
    "Сергеевич",
    "Николаевич",
    "Жұмабекұлы",
]
FATHERS_F = [
    "Серікқызы",
    "Болатқызы",
    "Қайратқызы",
    "Ержанқызы",
    "Өмірқызы",
    "Сергеевна",
    "Николаевна",
    "Жұмабекқызы",
]
STREETS = [
    "Әйтеке би көшесі",
    "Желтоқсан көшесі",
    "Қорқыт ата көшесі",
    "Абай даңғылы",
    "Төле би көшесі",
    "Мұстафа Шоқай көшесі",
]
TOWNS = ["Қызылорда қ.", "Арал қ.", "Қазалы қ.", "Жаңақорған к.", "Шиелі к.", "Тереңөзек к."]
PROFESSIONS = ["жүргізуші", "тігінші", "бухгалтер", "дәнекерлеуші", "сатушы", "мұғалім"]

USERS = [
    ("center_inspector", "Сәрсенбаева", "Гүлжан", "Маратқызы", ["center_inspector"]),
    ("dispatch_inspector", "Оспанов", "Дәулет", "Қанатұлы", ["dispatch_inspector"]),
    ("office_clerk", "Жұмағұлова", "Ләззат", "Әбілқызы", ["office_clerk"]),
    ("head", "Байжанов", "Ғани", "Төлегенұлы", ["head"]),
    ("executor", "Тоқтарова", "Әсел", "Бекқызы", ["executor"]),
    ("executor2", "Ким", "Андрей", "Викторович", ["executor"]),
    ("admin", "Әкімшілік", "Жүйе", "", ["admin"]),
    ("center_head", "Мырзахметова", "Сара", "Әлібекқызы", ["center_head"]),  # read-only board
]
DEMO_PIN = "0000"


def _person_data(rng: random.Random, serial: int) -> dict[str, Any]:
    sex = rng.choice("MF")
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 55))
    code = None
    while code is None:
        code = iin.make(born, sex, serial)
        serial += 7919
    m = sex == "M"
    return {
        "iin": code,
        "sex": sex,
        "birth_date": born,
        "surname": rng.choice(SURNAMES_M if m else SURNAMES_F),
        "name": rng.choice(NAMES_M if m else NAMES_F),
        "patronymic": rng.choice(FATHERS if m else FATHERS_F),
        "address": f"{rng.choice(TOWNS)}, {rng.choice(STREETS)}, {rng.randint(1, 120)}",
        "phone": f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    }


def _office_hours(rng: random.Random, day: dt.date, cal: WorkCalendar) -> dt.datetime:
    """A moment within office hours (9:00-18:00) of the first working day from `day`."""
    day = cal.next_working(day)
    return dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rng.randrange(0, 9 * 60))


def _later(rng: random.Random, t: dt.datetime, minutes: int, cal: WorkCalendar) -> dt.datetime:
    """`minutes` after `t`, moved into office hours when that falls outside them."""
    u = t + dt.timedelta(minutes=minutes)
    if cal.is_working(u.date()) and 9 <= u.hour < 18:
        return u
    if u.hour < 9 and cal.is_working(u.date()):
        return dt.datetime.combine(u.date(), dt.time(9)) + dt.timedelta(minutes=rng.randrange(60))
    return _office_hours(rng, u.date() + dt.timedelta(days=1), cal)


def check_request(persons: int, applications: int) -> None:
    """The demo fills only an empty office, with sensible sizes (refused before any write)."""
    if persons < 1 or applications < 0 or persons > 10_000_000 or applications > 10_000_000:
        raise ValidationError(
            "Демо өлшемі жарамсыз: карточкалар 1-10 000 000, өтініштер 0-10 000 000",
            "Неверный размер демо: карточек 1-10 000 000, заявлений 0-10 000 000",
            "persons",
        )
    if User.select().exists() or Person.select().exists() or Application.select().exists():
        raise ValidationError(
            "Дерекқор бос емес: демо кеңсе тек бос дерекқорға жасалады",
            "База не пуста: демо-офис создаётся только в пустой базе",
            "db",
        )


def setup_office() -> dict[str, User]:
    """Office settings and the demo users (login = role code) of an empty database."""
    if User.select().exists():
        raise RuntimeError("the database already has users: the demo fills only an empty one")
    for key, value in [
        ("office_name", "Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"),
        ("district", "Қызылорда қ."),
        ("center_name", "Халыққа қызмет көрсету орталығы, Қызылорда филиалы"),
    ]:
        settings.put(key, value, "demo")  # audited, portable (no SQLite-only REPLACE)
    return {
        login: auth.create_user(login, sur, name, roles, DEMO_PIN, pat, by="demo")
        for login, sur, name, pat, roles in USERS
    }


def _demo_person(rng: random.Random, serial: int) -> dict[str, Any]:
    """One card's data: about a third disabled, some unemployed, the rest Semey residents."""
    data = _person_data(rng, serial)
    if rng.random() < 0.3:
        data.update(
            disability_group=rng.choice([1, 2, 3]),
            disability_cause=rng.choice(["general", "general", "work_injury"]),
            rehab_items="протез; есту аппараты",
        )
        if data["disability_cause"] == "work_injury":
            data["employer"] = "«Қызылордамұнай» ЖШС"
    elif rng.random() < 0.3:
        data.update(
            education="орта кәсіптік",
            profession=rng.choice(PROFESSIONS),
            last_employment="«Арал тұз» АҚ, 2019-2024",
        )
    else:
        zone = rng.choice(["maximal", "increased", "minimal"])
        # resided there from birth (or 1955) to 1970: only those born by then
        start = max(data["birth_date"], dt.date(1955, 1, 1))
        if start <= dt.date(1970, 12, 31):
            data["nuclear_periods"] = [
                {
                    "kind": "resided",
                    "zone": zone,
                    "place": "Семей қ.",
                    "district": "Абай ауданы",
                    "date_from": start.isoformat(),
                    "date_to": "1970-12-31",
                    "category": "1949-1965 жж. тұрғандар",
                }
            ]
    return data


def _submission_times(
    rng: random.Random, applications: int, today: dt.datetime, cal: WorkCalendar
) -> list[dt.datetime]:
    """Submission times spread over the year, in order (numbers follow the order of
    submission, as at a real desk); the last tenth in the last fortnight, so that several
    applications wait at each step."""
    first_day = today.date() - dt.timedelta(days=365)
    times = []
    for i in range(applications):
        if i >= applications * 0.85:
            day = today.date() - dt.timedelta(days=rng.randrange(0, 14))
        else:
            day = first_day + dt.timedelta(days=rng.randrange(0, 365))
        t = _office_hours(rng, day, cal)
        times.append(t if t < today else today - dt.timedelta(hours=1))
    return sorted(times)


def build_demo(
    seed: int = 1,
    persons: int = 120,
    applications: int = 300,
    today: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database with a demo office; return counts."""
    rng = random.Random(seed)
    today = (today or now()).replace(microsecond=0)
    users = setup_office()
    admin = users["admin"]
    people = [
        cards.create_person(_demo_person(rng, 1 + 13 * k), admin, at=today - dt.timedelta(days=370))
        for k in range(persons)
    ]
    cal = load_calendar()
    execs = [users["executor"], users["executor2"]]
    counts = {"applications": 0, "closed": 0}
    times = _submission_times(rng, applications, today, cal)
    for i, t in enumerate(times):
        service = rng.choice([1, 2, 3, 4])
        channel = "direct" if service == 1 else rng.choice(["center", "direct"])
        if channel == "center":
            intake_user = users["center_inspector"]
        else:
            intake_user = users["executor"] if service == 1 else users["office_clerk"]
        person = rng.choice(people)
        svc = workflow.regulations().in_force(t.date()).service(service)
        docs: list[tuple[str | None, str]] = [
            (d.code, d.text.kk) for d in svc.documents if d.required or rng.random() < 0.5
        ]
        if rng.random() < 0.1:
            docs.append((None, "Тұрғылықты жері туралы анықтама"))
        app = workflow.submit(
            person, service, channel, intake_user, docs, at=t, place_of_issue=TOWNS[0] + ", ХҚКО"
        )
        counts["applications"] += 1
        app = _advance(rng, app, users, execs, t, today, cal)
        if app.state == workflow.CLOSED:
            counts["closed"] += 1
        if progress:
            progress(i + 1, applications)
    counts["complaints"] = _complaints(users, today)
    counts["informed"] = _inform(users, today)
    return counts


def _complaints(users: dict[str, User], today: dt.datetime) -> int:
    """A few complaints on older applications (R1-R4 p.18): one answered on time, one still
    unanswered past its answer term, one received in the last days."""
    old = list(
        Application.select()
        .where(Application.submitted_at < today - dt.timedelta(days=60))
        .order_by(Application.id)
        .limit(2)
    )
    recent = (
        Application.select()
        .where(Application.submitted_at < today - dt.timedelta(days=3))
        .order_by(Application.id.desc())
        .first()
    )
    made = 0
    if len(old) == 2:
        a, b = old
        day = a.submitted_at.date() + dt.timedelta(days=3)
        c = complaints.register(
            a,
            users["office_clerk"],
            day,
            a.person.full_name,
            "Нәтиже берілетін күн талонда көрсетілмеген",
            "Уәкілетті органның басшысы",
            at=dt.datetime.combine(day, dt.time(10)),
        )
        answered = day + dt.timedelta(days=7)
        complaints.answer(
            c,
            users["head"],
            "Талон қайта толтырылып берілді, түсіндірме жасалды.",
            answered,
            at=dt.datetime.combine(answered, dt.time(15)),
        )
        day = b.submitted_at.date() + dt.timedelta(days=5)
        complaints.register(
            b,
            users["executor"],
            day,
            b.person.full_name,
            "Қызметкер құжаттарды қабылдаудан негізсіз бас тартты",
            "Уәкілетті органның басшысы",
            at=dt.datetime.combine(day, dt.time(11)),
        )
        made += 2
    if recent is not None:
        complaints.register(
            recent,
            users["center_inspector"],
            (today - dt.timedelta(days=1)).date(),
            recent.person.full_name,
            "Өтініштің жай-күйі туралы ақпарат берілмеді",
            "Орталықтың басшысы",
            at=today - dt.timedelta(days=1),
        )
        made += 1
    return made


def _inform(users: dict[str, User], today: dt.datetime) -> int:
    """Service 1 applicants told of the result (R1 p.11(4)), when the engine records it."""
    inform = getattr(workflow, "inform", None)
    if inform is None:
        return 0
    done = 0
    q = (
        Application.select()
        .where(
            Application.service == 1, Application.state == workflow.CLOSED, Application.result.is_null(False)
        )
        .order_by(Application.id)
        .limit(3)
    )
    for app, how in zip(q, ("in_person", "phone", "letter"), strict=False):
        assert app.closed_at is not None  # a closed application has its closing time
        at = min(app.closed_at + dt.timedelta(hours=2), today)
        inform(app, app.executor or users["executor"], how, at=at)
        done += 1
    return done


@dataclass
class _Plan:
    """What the dice chose for one application's path."""

    refuse: bool
    defective: bool  # service 2: the package goes back (R2 p.10)
    rework: bool


def _advance(
    rng: random.Random,
    app: Application,
    users: dict[str, User],
    execs: list[User],
    t: dt.datetime,
    today: dt.datetime,
    cal: WorkCalendar,
) -> Application:
    """Carry an application along its path as far as a random stopping point before today."""
    # Recent applications stop part-way, at a random step; older ones run to the end.
    stop_ops = rng.randrange(0, 9) if (today - t).days < 20 else 99
    plan = _Plan(refuse=rng.random() < 0.2, defective=rng.random() < 0.15, rework=rng.random() < 0.1)
    late = rng.random() < 0.12
    stuck = rng.random() < 0.08  # a folder long in transit to the authorized body
    ops = 0
    while app.state != workflow.CLOSED:
        ops += 1
        assert app.current_step is not None  # open or in transit, the step stays named
        step = workflow.service_of(app).step(app.current_step)
        limit_minutes = {
            "minutes": step.limit or 0,
            "calendar_days": (step.limit or 0) * 1440,
            "working_days": (step.limit or 0) * 1440,
        }.get(step.unit or "", 60)
        frac = rng.uniform(1.2, 2.5) if late and rng.random() < 0.5 else rng.uniform(0.05, 0.6)
        t = _later(rng, t, max(2, int(limit_minutes * frac)), cal)
        if t >= today or ops > stop_ops or (stuck and app.state == workflow.TO_BODY):
            return app
        _move(rng, app, step, plan, users, execs, t)
        app = workflow.get_application(app.number)
    if app.state == workflow.CLOSED and workflow.service_of(app).informs_applicant and rng.random() < 0.7:
        assert app.closed_at is not None
        told = _later(rng, app.closed_at, rng.randrange(10, 600), cal)
        if told < today:
            app = workflow.inform(app, app.executor or execs[0], rng.choice(workflow.INFORMED_HOW), told)
    return app


def _move(
    rng: random.Random,
    app: Application,
    step: RegStep,
    plan: _Plan,
    users: dict[str, User],
    execs: list[User],
    t: dt.datetime,
) -> None:
    """One transition, by the role the open step (or the folder in transit) waits for."""
    svc = workflow.service_of(app)
    ex = app.executor or rng.choice(execs)
    if app.state == workflow.IN_TRANSIT:
        workflow.result_arrived(app, users["center_inspector"], t, payload=app.number)
    elif app.state == workflow.TO_BODY:
        workflow.register_received(app, users["office_clerk"], t, payload=app.number)
    elif step.kind == "dispatch":
        workflow.dispatch(app, users["dispatch_inspector"], t, payload=app.number)
    elif step.kind == "register":
        workflow.register_received(app, users["office_clerk"], t, payload=app.number)
    elif step.kind == "assign":
        workflow.assign(app, users["head"], rng.choice(execs), t)
    elif step.kind == "card":
        reasoning = "Еңбек қызметін растайтын құжат ұсынылмады." if plan.refuse else ""
        grounds = ["documents_missing"] if plan.refuse else []
        workflow.decide_card(app, ex, not plan.refuse, grounds, reasoning, t)
    elif step.kind == "prepare":
        back = svc.defective_return
        if plan.defective and back is not None:
            workflow.prepare(
                app,
                ex,
                back.result,
                [back.grounds[0].code],
                "Мүгедектігі туралы анықтаманың көшірмесі қоса берілмеген, "
                "өтініштегі туған күні құжатпен сәйкес келмейді.",
                t,
            )
        elif plan.refuse and step.offers_refusal:
            g = [svc.grounds[rng.randrange(len(svc.grounds))].code]
            reasoning = "Ұсынылған құжаттар стандарттың талаптарына сәйкес келмейді."
            workflow.prepare(app, ex, "refusal", g, reasoning, t)
        else:
            workflow.prepare(app, ex, svc.positive_result, at=t)
    elif step.kind == "sign":
        if plan.rework and app.prepared_result != "refusal":
            plan.rework = False
            workflow.return_for_rework(app, users["head"], "Мәтінді нақтылаңыз", t)
        else:
            workflow.sign(app, users["head"], t)
    elif step.kind == "deliver":
        workflow.deliver(app, ex, t, issued_to=app.person.full_name)
    elif step.kind == "issue":
        workflow.issue(app, users["center_inspector"], app.person.full_name, t)
