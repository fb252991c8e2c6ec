"""What a barcode scan of an application's folder means, by the scanning desk's role.

The regulation marks every movement of the paper file between the Center and the
authorized body by a scan. The meaning depends on who scans and where the application
is: the dispatch inspector sends it (step 2), the office clerk registers its arrival
(step 3), the Center inspector receives the ready result (step 8 opens); any other role
gets the status look-up of para 8. The transitions themselves are `workflow`'s: this
module only picks one, turns repeats into "duplicate" and refusals into two-language
outcomes, and never raises for a bad code (a scanner must not stop on a smudged label).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TypedDict

import peewee as pw

from . import idcard, workflow
from .clock import iso, now
from .errors import ConcurrencyError, KenseError, TransitionError
from .models import Application, Movement, Person, Step, User, tuples
from .status import status_dict

log = logging.getLogger(__name__)

NUMBER_RE = re.compile(r"^\d{4}-\d{6}$")
# An AIM symbology identifier (e.g. "]C0" for Code128) some scanners put before the data.
_AIM_RE = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
RECORDED, DUPLICATE, REFUSED, UNKNOWN, LOOKUP = "recorded", "duplicate", "refused", "unknown", "lookup"
ID_CARD = "id_card"  # an identity card's IIN barcode or MRZ (idcard.py)
MAX_PAYLOAD = 200  # Movement.payload's length
# A keyboard-wedge scanner types key positions: under the Kazakh layout (RST KazSSR 903-90,
# xkb "kz") the number row gives these characters for 1 2 3 4 5 6 7 8 9 0 -.
_KZ_NUMBER_ROW = str.maketrans('"әіңғ,.үұқө', "1234567890-")


@dataclass(frozen=True)
class ScanAction:
    """A role that moves the folder: the movement its scan records and the transition."""

    movement: str
    transition: Callable[..., Application]
    done_kk: str
    done_ru: str


# Looked up at call time so tests (and the GUI) can rely on the engine's own functions.
def _actions() -> dict[str, ScanAction]:
    return {
        "dispatch_inspector": ScanAction(
            "sent_to_body",
            workflow.dispatch,
            "{n}: уәкілетті органға жөнелтілді (бүгінгі топтамада {b} папка)",
            "{n}: отправлено в уполномоченный орган (в сегодняшнем пакете {b} папок)",
        ),
        "office_clerk": ScanAction(
            "received_by_body",
            workflow.register_received,
            "{n}: құжаттар қабылданып тіркелді, басшыға берілді",
            "{n}: документы приняты и зарегистрированы, переданы руководителю",
        ),
        "center_inspector": ScanAction(
            "result_at_center",
            workflow.result_arrived,
            "{n}: нәтиже Орталыққа келді, тұтынушыға беруге болады",
            "{n}: результат поступил в Центр, можно выдавать потребителю",
        ),
    }


# The step kind whose completion (or opening, for "issue") a scan of each kind marks.
MOVEMENT_OF_STEP = {"dispatch": "sent_to_body", "register": "received_by_body", "issue": "result_at_center"}


class _Base(TypedDict):
    """What every outcome of one scan repeats: the desk's role, the payload as kept, the time."""

    role: str
    payload: str
    at: str | None


@dataclass
class ScanOutcome:
    outcome: str  # recorded, duplicate, refused, unknown, lookup
    number: str | None
    kind: str | None  # the movement kind the scan means for this role (None for a look-up)
    kk: str
    ru: str
    role: str
    payload: str
    at: str | None
    state: str | None = None  # the application's state after the scan
    step: int | None = None
    bundle_size: int | None = None  # dispatch: folders in today's bundle, this one included
    status: dict[str, Any] | None = field(default=None)  # the look-up, for other roles
    iin: str | None = None  # an ID card read: the IIN
    document: dict[str, Any] | None = None  # an MRZ read: number, expires, birth_date, ...
    check_digits_ok: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def message(self, lang: str = "kk") -> str:
        return self.ru if lang == "ru" else self.kk


def normalize(payload: str, prefix: str = "", suffix: str = "") -> str | None:
    """The application number in a raw scan, or None when it is not one.

    Whitespace and control characters around it, a configured prefix/suffix and an AIM
    symbology identifier are removed; what remains must be exactly `YYYY-NNNNNN` (a
    keyboard-wedge scanner typing under the Kazakh layout is read back to digits).
    """
    text = "".join(ch for ch in payload if ch.isprintable()).strip()
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    text = _AIM_RE.sub("", text.strip()).strip()
    if not NUMBER_RE.match(text):
        text = text.translate(_KZ_NUMBER_ROW)
    return text if NUMBER_RE.match(text) else None


def _bundle_size(user: User, day: dt.date) -> int:
    """How many folders `user` sent today: the open bundle of `bundles.bundle_of`, counted."""
    start = dt.datetime.combine(day, dt.time.min)
    return (
        Movement.select()
        .where(
            Movement.kind == "sent_to_body",
            Movement.user == user,
            Movement.at >= start,
            Movement.at < start + dt.timedelta(days=1),
        )
        .count()
    )


def handle_scan(
    payload: str, role: str, user: User, at: dt.datetime | None = None, *, prefix: str = "", suffix: str = ""
) -> ScanOutcome:
    """Apply one scan made at a desk of `role` by `user`; never raises for a bad scan.

    Unknown and refused scans are also kept in `scan_log` for the office to review.
    """
    out = _handle(payload, role, user, at, prefix, suffix)
    if out.outcome in (UNKNOWN, REFUSED):
        _keep(out, user)
    return out


def _keep(out: ScanOutcome, user: User) -> None:
    from .scan_log import ScanLogEntry

    try:
        kept = {f: getattr(out, f) for f in ("role", "outcome", "number", "payload", "kk", "ru")}
        ScanLogEntry.create(at=dt.datetime.fromisoformat(out.at or ""), user=user.login, **kept)
    except (pw.PeeweeException, ValueError):  # the review list must never lose the scan's answer
        log.exception("could not keep the %s scan %r", out.outcome, out.payload)


def _handle(
    payload: str, role: str, user: User, at: dt.datetime | None, prefix: str, suffix: str
) -> ScanOutcome:
    at = (at or now()).replace(microsecond=0)
    # Kept as scanned, except that control bytes (PostgreSQL refuses NUL) are spelled out.
    raw = "".join(
        ch if ch.isprintable() or ch in "\r\n\t" else f"\\x{ord(ch):02x}" for ch in payload[:MAX_PAYLOAD]
    )[:MAX_PAYLOAD]
    base = _Base(role=role, payload=raw, at=iso(at))
    card = idcard.read(payload, at.date())
    if card is not None:
        return _id_card(card, base)
    number = normalize(payload, prefix, suffix)
    if number is None:
        log.warning("unknown scan at %s desk by %s: %r", role, user.login, payload)
        shown = raw.strip()[:40]
        return ScanOutcome(
            UNKNOWN,
            None,
            None,
            f"Штрих-код танылмады: «{shown}»",
            f"Штрих-код не распознан: «{shown}»",
            **base,
        )
    action = _actions().get(role)
    kind = action.movement if action else None
    app = Application.get_or_none(Application.number == number)
    if app is None:
        log.warning("scan of an unknown application %s at %s desk by %s", number, role, user.login)
        return ScanOutcome(
            UNKNOWN, number, kind, f"Өтініш табылмады: {number}", f"Заявление не найдено: {number}", **base
        )
    if action is None:
        kk, ru = _where(app)
        return ScanOutcome(
            LOOKUP,
            number,
            None,
            f"{number}: {kk}",
            f"{number}: {ru}",
            state=app.state,
            step=app.current_step,
            status=status_dict(app),
            **base,
        )
    err: KenseError
    for attempt in range(2):
        try:
            return _move(app, action, user, at, raw, base)
        except ConcurrencyError as e:
            # Another desk moved it between our read and write: look again, once.
            err = e
            if attempt == 0:
                continue
        except KenseError as e:
            err = e
        break
    log.info("scan of %s refused at %s desk: %s", number, role, err)
    cur = Application.get_by_id(app.id)
    return ScanOutcome(
        REFUSED,
        number,
        kind,
        f"{number}: сканерлеу қабылданбады — {err.kk}",
        f"{number}: скан не принят — {err.ru}",
        state=cur.state,
        step=cur.current_step,
        **base,
    )


def _id_card(card: idcard.IdScan, base: _Base) -> ScanOutcome:
    """An identity card read: the intake opens the card; the scan itself changes nothing.
    Neither the payload nor the names reach the log (personal data stay in the database)."""
    doc = card.mrz.document() if card.mrz else None
    ok = card.mrz.check_digits_ok if card.mrz else None
    base = _Base(role=base["role"], payload="ID" if card.mrz is None else "MRZ", at=base["at"])
    if card.error is not None:
        log.info("identity card scan refused: %s", card.error[1])
        kk, ru = card.error
        return ScanOutcome(
            REFUSED, None, ID_CARD, kk, ru, iin=card.iin or None, document=doc, check_digits_ok=ok, **base
        )
    person = Person.get_or_none(Person.iin == card.iin)
    who_kk = f": {person.surname} {person.name}" if person else " (карточкасы жоқ)"
    who_ru = f": {person.surname} {person.name}" if person else " (карточки нет)"
    return ScanOutcome(
        ID_CARD,
        None,
        ID_CARD,
        f"Жеке куәлік, ЖСН {card.iin}{who_kk}",
        f"Удостоверение личности, ИИН {card.iin}{who_ru}",
        iin=card.iin,
        document=doc,
        check_digits_ok=ok,
        **base,
    )


def _where(app: Application) -> tuple[str, str]:
    """Where the application is, in words, for the look-up."""
    if app.state == workflow.CLOSED:
        name = workflow.wording_of(app).name("results", app.result) if app.result else None
        kk, ru = (name.kk, name.ru) if name else ("—", "—")
        return f"жабылды, нәтижесі: {kk}", f"закрыто, результат: {ru}"
    if app.state == workflow.IN_TRANSIT:
        return "нәтиже Орталыққа жіберілді, әлі келмеген", "результат отправлен в Центр, ещё не поступил"
    if app.state == workflow.TO_BODY:
        return (
            "папка уәкілетті органға жіберілді, әлі қабылданбаған",
            "папка отправлена в уполномоченный орган, ещё не принята",
        )
    if app.current_step is None:  # only a closed application is at no step (workflow.close)
        return app.state, app.state
    step = workflow.service_of(app).step(app.current_step)
    return f"{step.no}-қадам: {step.action.kk}", f"шаг {step.no}: {step.action.ru}"


def _duplicate(app: Application, kind: str, base: _Base) -> ScanOutcome | None:
    """The "already scanned" outcome when a movement of `kind` exists for `app`."""
    prior = next(
        tuples(
            Movement.select(Movement.at)
            .where(Movement.application == app.id, Movement.kind == kind)
            .order_by(Movement.id)
            .limit(1)
        ),
        None,
    )
    if prior is None:
        return None
    when = f"{_as_datetime(prior[0]):%d.%m.%Y %H:%M}"
    n = app.number
    return ScanOutcome(
        DUPLICATE,
        n,
        kind,
        f"{n}: бұл папка {when} белгіленген, ештеңе өзгермеді",
        f"{n}: эта папка уже отмечена {when}, ничего не изменено",
        state=app.state,
        step=app.current_step,
        **base,
    )


def _as_datetime(v: Any) -> dt.datetime:
    return v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(str(v))


def _move(
    app: Application, action: ScanAction, user: User, at: dt.datetime, raw: str, base: _Base
) -> ScanOutcome:
    n = app.number
    dup = _duplicate(app, action.movement, base)
    if dup is not None:
        return dup
    if app.channel != "center":
        raise TransitionError(
            "Өтініш уәкілетті органға тікелей берілген, папка Орталық арқылы жүрмейді",
            "Заявление подано напрямую в уполномоченный орган, папка не идёт через Центр",
            "channel",
        )
    try:
        # One transaction of the engine's: it re-reads the application and checks its state.
        app = action.transition(app, user, at, payload=raw)
    except KenseError:
        # Another desk may have scanned the same folder a moment ago: that is a repeat.
        dup = _duplicate(app, action.movement, base)
        if dup is not None:
            return dup
        raise
    size = _bundle_size(user, at.date()) if action.movement == "sent_to_body" else None
    return ScanOutcome(
        RECORDED,
        n,
        action.movement,
        action.done_kk.format(n=n, b=size),
        action.done_ru.format(n=n, b=size),
        state=app.state,
        step=app.current_step,
        bundle_size=size,
        **base,
    )


# ---------------------------------------------------------------- chain of custody


@dataclass(frozen=True)
class CustodyGap:
    """A Center-channel application whose electronic step moved with no scan of its folder."""

    number: str
    step: int
    missing: str  # the movement kind no scan recorded
    at: dt.datetime  # when the step completed (or opened, for the issue step)
    marked_without_scan: bool  # a movement row exists, but with no scanned payload

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": iso(self.at)}


def custody_gaps() -> list[CustodyGap]:
    """Every place where the electronic record moved past a point its folder was not scanned.

    Sending (step 2) and registering (step 3) count once completed; the issue step counts
    once open. A movement with an empty payload was marked by hand, not scanned.
    """
    gaps: list[CustodyGap] = []
    for wording in workflow.regulations().wordings:
        for svc in wording.services.values():
            for st in svc.path("center") if "center" in svc.channels else ():
                kind = MOVEMENT_OF_STEP.get(st.kind)
                if kind is None:
                    continue
                scanned = Movement.select().where(
                    Movement.application == Application.id, Movement.kind == kind, Movement.payload != ""
                )
                conds = [
                    Application.wording == wording.code,
                    Application.service == svc.no,
                    Application.channel == "center",
                    Step.no == st.no,
                    ~pw.fn.EXISTS(scanned),
                ]
                if st.kind != "issue":
                    conds.append(Step.completed_at.is_null(False))
                q = Step.select(Step, Application).join(Application).where(*conds).order_by(Application.id)
                for row in q:
                    manual = (
                        Movement.select()
                        .where(Movement.application == row.application_id, Movement.kind == kind)
                        .exists()
                    )
                    gaps.append(
                        CustodyGap(
                            row.application.number, st.no, kind, row.completed_at or row.started_at, manual
                        )
                    )
    gaps.sort(key=lambda g: (g.number, g.step))
    return gaps
