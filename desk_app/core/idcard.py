"""The Kazakh identity card read by the desk's scanner: its IIN barcode and its MRZ.

The back of the card carries the IIN twice for machines: a barcode with the 12 digits, and
the machine-readable zone (ICAO 9303 TD1: three lines of 30 characters, OCR-B) whose first
line ends with the IIN in its optional data. An imager sends the MRZ as text, line by line
or as one 90-character run; both arrive here. Check digits are verified (7-3-1 weights);
the Latin names are kept beside the card's Cyrillic ones, never written over them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from . import iin as iin_mod
from .errors import ValidationError

_VALUES = {**{str(d): d for d in range(10)}, "<": 0, **{chr(ord("A") + i): 10 + i for i in range(26)}}
_WEIGHTS = (7, 3, 1)
IIN_RE = re.compile(r"^\d{12}$")
_TD1_LINE = re.compile(r"^[A-Z0-9<]{30}$")


def check_digit(field_text: str) -> str:
    """ICAO 9303 check digit of a field (digits, letters, filler '<')."""
    total = sum(_VALUES.get(ch, 0) * _WEIGHTS[i % 3] for i, ch in enumerate(field_text))
    return str(total % 10)


@dataclass(frozen=True)
class MrzRead:
    """What a TD1 MRZ says; `problems` names every check digit that failed."""

    number: str
    expires: dt.date | None
    birth_date: dt.date | None
    sex: str  # "M", "F" or "" when the MRZ says "<"
    iin: str
    surname_latin: str
    names_latin: str
    country: str
    problems: tuple[str, ...] = field(default=())

    @property
    def check_digits_ok(self) -> bool:
        return not self.problems

    def document(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("expires", "birth_date"):
            d[k] = d[k].isoformat() if d[k] else None
        d.pop("problems")
        d.pop("iin")
        return d


def td1_lines(text: str) -> list[str] | None:
    """The three TD1 lines in a scanner's text (with or without line breaks), or None."""
    raw = "".join(ch for ch in text.upper() if not ch.isspace())
    if len(raw) != 90:
        return None
    lines = [raw[0:30], raw[30:60], raw[60:90]]
    if not all(_TD1_LINE.match(x) for x in lines) or lines[0][0] not in "IAC":
        return None
    return lines


def _date(yymmdd: str, future: bool, today: dt.date) -> dt.date | None:
    """An MRZ date: expiry dates are this century; birth dates take the century that does
    not put them in the future."""
    if not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    century = 2000 if future or 2000 + yy <= today.year else 1900
    try:
        return dt.date(century + yy, mm, dd)
    except ValueError:
        return None


def parse_td1(text: str, today: dt.date | None = None) -> MrzRead | None:
    """A TD1 MRZ read, or None when `text` is not one (the caller then tries other codes)."""
    lines = td1_lines(text)
    if lines is None:
        return None
    today = today or dt.date.today()
    l1, l2, l3 = lines
    number, number_cd, opt1 = l1[5:14], l1[14], l1[15:30]
    birth, birth_cd, sex, expiry, expiry_cd = l2[0:6], l2[6], l2[7], l2[8:14], l2[14]
    opt2, composite = l2[18:29], l2[29]
    problems = []
    if check_digit(number) != number_cd:
        problems.append("number")
    if check_digit(birth) != birth_cd:
        problems.append("birth_date")
    if check_digit(expiry) != expiry_cd:
        problems.append("expires")
    if check_digit(l1[5:30] + l2[0:7] + l2[8:15] + opt2) != composite:
        problems.append("composite")
    digits = opt1.replace("<", "")
    found_iin = digits if IIN_RE.match(digits) else ""
    born = _date(birth, False, today)
    if found_iin:
        try:  # the IIN knows the century; the MRZ's own day stays, to be compared
            century = iin_mod.parse(found_iin).birth_date.year // 100 * 100
            born = dt.date(century + int(birth[:2]), int(birth[2:4]), int(birth[4:6]))
        except ValidationError:
            problems.append("iin")
        except ValueError:
            born = None
    surname, _, given = l3.partition("<<")
    return MrzRead(
        number=number.replace("<", ""),
        expires=_date(expiry, True, today),
        birth_date=born,
        sex=sex if sex in "MF" else "",
        iin=found_iin,
        surname_latin=surname.replace("<", " ").strip(),
        names_latin=given.replace("<", " ").strip(),
        country=l1[2:5].replace("<", ""),
        problems=tuple(problems),
    )


@dataclass(frozen=True)
class IdScan:
    """A scan that is an identity card's, not an application number's."""

    iin: str
    mrz: MrzRead | None = None
    error: tuple[str, str] | None = None  # (kk, ru) when a checksum or check digit failed

    def mismatches(self) -> list[str]:
        """The MRZ's birth date and sex against what its IIN says (fields that disagree)."""
        if self.mrz is None or not self.iin:
            return []
        info = iin_mod.parse(self.iin)
        out = []
        if self.mrz.birth_date and self.mrz.birth_date != info.birth_date:
            out.append("birth_date")
        if self.mrz.sex and self.mrz.sex != info.sex:
            out.append("sex")
        return out

    def expired(self, today: dt.date) -> bool:
        return bool(self.mrz and self.mrz.expires and self.mrz.expires < today)


def read(payload: str, today: dt.date | None = None) -> IdScan | None:
    """An ID card's IIN barcode or MRZ in a raw scan, or None for anything else.

    Application numbers (`YYYY-NNNNNN`) never match: they carry a hyphen and 10 digits."""
    text = "".join(ch for ch in payload if ch.isprintable() or ch in "\r\n").strip()
    if IIN_RE.match(text):
        try:
            iin_mod.parse(text)
        except ValidationError as e:
            return IdScan(text, error=(e.kk, e.ru))
        return IdScan(text)
    mrz = parse_td1(text, today)
    if mrz is None:
        return None
    if not mrz.check_digits_ok:
        bad = ", ".join(mrz.problems)
        return IdScan(
            mrz.iin,
            mrz,
            (
                f"Куәліктің MRZ бақылау цифры сәйкес емес: {bad}",
                f"Не сходится контрольная цифра MRZ удостоверения: {bad}",
            ),
        )
    if not mrz.iin:
        return IdScan("", mrz, ("MRZ-да ЖСН жоқ", "В MRZ нет ИИН"))
    return IdScan(mrz.iin, mrz)


class MrzAssembler:
    """Joins the MRZ's three lines when the scanner sends them as separate reads.

    A 30-character TD1-shaped line is held until three arrive within `window` seconds; any
    other read passes through at once (and drops a half-read MRZ, which `stale` hands back
    so that it is reported, not lost silently)."""

    def __init__(self, window: float = 2.0) -> None:
        self.window = window
        self.lines: list[str] = []
        self.last = 0.0

    def feed(self, text: str, t: float) -> list[str]:
        """The payloads ready to handle after this read (zero, one or two)."""
        out = self.stale(t)
        line = text.strip().upper()
        if _TD1_LINE.match(line) and (self.lines or line[0] in "IAC"):
            self.lines.append(line)
            self.last = t
            if len(self.lines) == 3:
                out.append("\n".join(self.lines))
                self.lines = []
            return out
        if self.lines:
            out.append("\n".join(self.lines))
            self.lines = []
        out.append(text)
        return out

    def stale(self, t: float) -> list[str]:
        """A half-read MRZ older than the window, as one payload (then forgotten)."""
        if self.lines and t - self.last > self.window:
            held, self.lines = "\n".join(self.lines), []
            return [held]
        return []


def make_td1(
    number: str,
    birth: dt.date,
    sex: str,
    expires: dt.date,
    iin: str,
    surname: str,
    names: str,
    country: str = "KAZ",
) -> str:
    """A TD1 MRZ with its check digits (demo cards, screenshots; tests check it against the
    `mrz` package)."""

    def pad(text: str, n: int) -> str:
        return (text.upper().replace(" ", "<") + "<" * n)[:n]

    doc = pad(number, 9)
    l1 = f"ID{pad(country, 3)}{doc}{check_digit(doc)}{pad(iin, 15)}"
    b, e = f"{birth:%y%m%d}", f"{expires:%y%m%d}"
    l2 = f"{b}{check_digit(b)}{sex}{e}{check_digit(e)}{pad(country, 3)}{'<' * 11}"
    l2 += check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = pad(f"{surname}<<{names}", 30)
    return "\n".join((l1, l2, l3))
