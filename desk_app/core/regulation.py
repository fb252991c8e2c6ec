"""The regulation as data: one JSON file per wording under resources/regulations/.

An application is processed under the wording in force on its submission day; the
engine reads roles, steps, limits, grounds and documents from here, never from `if`s.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .clock import now
from .errors import ValidationError
from .paths import resources_dir

ROLES = ("center_inspector", "dispatch_inspector", "office_clerk", "head", "executor")
UNITS = ("minutes", "calendar_days", "working_days")
CHANNELS = ("center", "direct")
NAME_GROUPS = ("roles", "results", "movements")


@dataclass(frozen=True)
class Text:
    kk: str
    ru: str

    def get(self, lang: str = "kk") -> str:
        return self.ru if lang == "ru" else self.kk

    @classmethod
    def of(cls, d: dict[str, str]) -> Text:
        return cls(d["kk"], d["ru"])


@dataclass(frozen=True)
class Step:
    no: int
    role: str
    kind: str  # intake, card, dispatch, register, assign, prepare, sign, deliver, issue
    state: str
    action: Text
    completion: Text
    limit: int | None
    unit: str | None
    counted: bool
    channels: tuple[str, ...]
    returns_to: int | None = None  # a head's "return for rework" goes back to this step
    refusal_goes_to: int | None = None  # a refusal at this step skips to that step
    starts_on_scan: bool = False  # the step opens when its folder is scanned in
    # While waiting for that scan the application is in this state (the folder travels).
    transit_state: str = "in_transit"
    arrival_movement: str | None = None  # the movement the opening scan records
    arrival_by_hand: bool = False  # a folder without a readable label may be received by hand
    offers_refusal: bool = True  # R1: the decision step offers no refusal (step 2 does)
    refusal_returns_to: int | None = None  # a returned refusal goes back here (R1: step 2)

    @property
    def day_limit(self) -> bool:
        return self.limit is not None and self.unit in ("calendar_days", "working_days")


@dataclass(frozen=True)
class Ground:
    code: str
    text: Text
    basis: Text


@dataclass(frozen=True)
class DocumentKind:
    code: str
    text: Text
    required: bool
    to_confirm: bool


@dataclass(frozen=True)
class Term:
    """A limit and its unit (a term of the regulation that is not a step's)."""

    limit: int
    unit: str
    to_confirm: bool = False


@dataclass(frozen=True)
class DefectiveReturn:
    """R2 p.10: errors or an incomplete package go back with written reasons, on a short
    term of their own counted from the working body's receipt of the package."""

    result: str
    grounds: tuple[Ground, ...]
    terms: dict[str, Term]  # channel -> term


@dataclass(frozen=True)
class Service:
    no: int
    code: str
    name: Text
    provider: Text
    channels: tuple[str, ...]
    positive_result: str  # "notification" or "decision"
    basis: Text
    grounds: tuple[Ground, ...]
    documents: tuple[DocumentKind, ...]
    steps: tuple[Step, ...]
    informs_applicant: bool = False  # R1 p.11(4): the executor records how the applicant was told
    defective_return: DefectiveReturn | None = None

    def path(self, channel: str) -> tuple[Step, ...]:
        """The ordered steps an application of this channel goes through."""
        return tuple(s for s in self.steps if channel in s.channels)

    def step(self, no: int) -> Step:
        for s in self.steps:
            if s.no == no:
                return s
        raise KeyError(no)

    def next_step(self, channel: str, no: int) -> Step | None:
        path = self.path(channel)
        for i, s in enumerate(path):
            if s.no == no:
                return path[i + 1] if i + 1 < len(path) else None
        raise KeyError(no)

    @property
    def return_grounds(self) -> tuple[Ground, ...]:
        """The grounds a defective package's return may cite (none for most services)."""
        return self.defective_return.grounds if self.defective_return else ()

    def ground(self, code: str) -> Ground:
        for g in (*self.grounds, *self.return_grounds):
            if g.code == code:
                return g
        raise ValidationError(
            f"Бас тарту негізі белгісіз: {code}",
            f"Неизвестное основание отказа: {code}",
            field="grounds",
        )


@dataclass(frozen=True)
class Wording:
    code: str
    title: Text
    effective_from: dt.date
    effective_to: dt.date | None
    roles: dict[str, Text]
    services: dict[int, Service]
    appeal: Text
    notes: str = ""
    complaint_answer: Term | None = None
    source: Path | None = field(default=None, compare=False)
    # The one table of names every screen, paper and report uses: results (RESULTS) and
    # folder movements, beside `roles`; versioned with the wording like the rest.
    results: dict[str, Text] = field(default_factory=dict)
    movements: dict[str, Text] = field(default_factory=dict)

    def name(self, group: str, code: str) -> Text:
        """A role's, result's or movement's name (`group`: roles, results, movements); an
        unknown code names itself, so an old row never breaks a screen."""
        table: dict[str, Text] = getattr(self, group) if group in NAME_GROUPS else {}
        return table.get(code) or Text(code, code)

    def service(self, no: int) -> Service:
        try:
            return self.services[no]
        except (KeyError, TypeError):
            raise ValidationError(
                f"Мұндай қызмет жоқ: {no}", f"Нет такой услуги: {no}", field="service"
            ) from None

    def in_force(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


def _step(d: dict[str, Any]) -> Step:
    if d["role"] not in ROLES:
        raise ValueError(f"unknown role {d['role']!r} in step {d['no']}")
    if d.get("unit") is not None and d["unit"] not in UNITS:
        raise ValueError(f"unknown unit {d['unit']!r} in step {d['no']}")
    return Step(
        no=d["no"],
        role=d["role"],
        kind=d["kind"],
        state=d["state"],
        action=Text.of(d["action"]),
        completion=Text.of(d["completion"]),
        limit=d.get("limit"),
        unit=d.get("unit"),
        counted=bool(d["counted"]),
        channels=tuple(d["channels"]),
        returns_to=d.get("returns_to"),
        refusal_goes_to=d.get("refusal_goes_to"),
        starts_on_scan=bool(d.get("starts_on_scan")),
        transit_state=d.get("transit_state", "in_transit"),
        arrival_movement=d.get("arrival_movement"),
        arrival_by_hand=bool(d.get("arrival_by_hand")),
        offers_refusal=bool(d.get("offers_refusal", True)),
        refusal_returns_to=d.get("refusal_returns_to"),
    )


def _term(d: dict[str, Any] | None) -> Term | None:
    if not d:
        return None
    if d["unit"] not in UNITS:
        raise ValueError(f"unknown unit {d['unit']!r}")
    return Term(int(d["limit"]), d["unit"], bool(d.get("to_confirm")))


def _grounds(items: list[dict[str, Any]]) -> tuple[Ground, ...]:
    return tuple(Ground(g["code"], Text.of(g), Text.of(g["basis"])) for g in items)


def _defective(d: dict[str, Any] | None) -> DefectiveReturn | None:
    if not d:
        return None
    terms = {ch: t for ch, raw in d["terms"].items() if (t := _term(raw)) is not None}
    return DefectiveReturn(d["result"], _grounds(d["grounds"]), terms)


def parse_wording(data: dict[str, Any], source: Path | None = None) -> Wording:
    services = {}
    for s in data["services"]:
        services[s["no"]] = Service(
            no=s["no"],
            code=s["code"],
            name=Text.of(s["name"]),
            provider=Text.of(s["provider"]),
            channels=tuple(s["channels"]),
            positive_result=s["positive_result"],
            basis=Text.of(s["basis"]),
            grounds=_grounds(s["refusal_grounds"]),
            documents=tuple(
                DocumentKind(d["code"], Text.of(d), bool(d["required"]), bool(d.get("to_confirm")))
                for d in s["documents"]
            ),
            steps=tuple(_step(st) for st in s["steps"]),
            informs_applicant=bool(s.get("informs_applicant")),
            defective_return=_defective(s.get("defective_return")),
        )
    return Wording(
        code=data["code"],
        title=Text.of(data["title"]),
        effective_from=dt.date.fromisoformat(data["effective_from"]),
        effective_to=(dt.date.fromisoformat(data["effective_to"]) if data.get("effective_to") else None),
        roles={k: Text.of(v) for k, v in data["roles"].items()},
        services=services,
        appeal=Text.of(data["appeal"]),
        notes=data.get("notes", ""),
        complaint_answer=_term(data.get("complaint_answer")),
        source=source,
        results={k: Text.of(v) for k, v in data.get("results", {}).items()},
        movements={k: Text.of(v) for k, v in data.get("movements", {}).items()},
    )


class Regulations:
    """All wordings known to the office, chosen by the day an application was submitted."""

    def __init__(self, wordings: list[Wording]) -> None:
        self.wordings = sorted(wordings, key=lambda w: w.effective_from)
        self._by_code = {w.code: w for w in self.wordings}

    @classmethod
    def load(cls, folder: Path | None = None) -> Regulations:
        folder = folder or resources_dir() / "regulations"
        files = sorted(folder.glob("*.json"))
        return cls([parse_wording(json.loads(p.read_text("utf-8")), p) for p in files])

    def by_code(self, code: str) -> Wording:
        return self._by_code[code]

    def name(self, group: str, code: str, lang: str, day: dt.date | None = None) -> str:
        """A role's, result's or movement's name in `lang`, from the wording in force on
        `day` (today): for screens that name a code with no application at hand."""
        return self.in_force(day or now().date()).name(group, code).get(lang)

    def in_force(self, day: dt.date) -> Wording:
        """The wording in force on `day`: the latest one that started by then."""
        for w in reversed(self.wordings):
            if w.in_force(day):
                return w
        raise ValidationError(
            f"{day:%d.%m.%Y} күні күшінде тұрған регламент жоқ",
            f"На {day:%d.%m.%Y} нет действующего регламента",
            field="submitted_at",
        )


@cache
def json_regulations() -> Regulations:
    """The wordings exactly as the JSON files say."""
    return Regulations.load()
