"""The 12-digit individual identification number (ЖСН / ИИН).

YYMMDD birth date, a 7th digit giving century and sex, a serial and a check digit
(weights 1..11 mod 11; when that gives 10, weights 3..11,1,2; still 10 is invalid).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import ValidationError

_W1 = tuple(range(1, 12))
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# 7th digit -> (century base, sex)
_CENTURY = {
    "1": (1800, "M"),
    "2": (1800, "F"),
    "3": (1900, "M"),
    "4": (1900, "F"),
    "5": (2000, "M"),
    "6": (2000, "F"),
}


EARLIEST_BIRTH = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class IinInfo:
    iin: str
    birth_date: dt.date
    sex: str  # "M" or "F"


def check_digit(first11: str) -> int | None:
    """The 12th digit for eleven digits, or None when no digit is possible."""
    digits = [int(c) for c in first11]
    for weights in (_W1, _W2):
        c = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if c != 10:
            return c
    return None


def parse(iin: str) -> IinInfo:
    """Validate and decode an IIN; raise ValidationError naming the field otherwise."""
    s = (iin or "").strip()
    if len(s) != 12 or not s.isascii() or not s.isdigit():
        raise ValidationError("ЖСН 12 цифрдан тұруы керек", "ИИН должен состоять из 12 цифр", field="iin")
    century = _CENTURY.get(s[6])
    if century is None:
        raise ValidationError(
            "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-6 болуы керек",
            "7-я цифра ИИН (век и пол) должна быть от 1 до 6",
            field="iin",
        )
    base, sex = century
    try:
        born = dt.date(base + int(s[0:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        raise ValidationError(
            "ЖСН-дегі туған күн жарамсыз", "Неверная дата рождения в ИИН", field="iin"
        ) from None
    if born < EARLIEST_BIRTH or born > dt.date.today():
        # a 7th digit of 1-2 (the 1800s) or a date still to come: nobody we serve
        raise ValidationError(
            f"ЖСН-дегі туған күн ({born:%d.%m.%Y}) {EARLIEST_BIRTH.year} жыл мен бүгін аралығында "
            "болуы керек",
            f"Дата рождения в ИИН ({born:%d.%m.%Y}) должна быть между {EARLIEST_BIRTH.year} годом "
            "и сегодняшним днём",
            field="iin",
        )
    expected = check_digit(s[:11])
    if expected is None or expected != int(s[11]):
        raise ValidationError(
            "ЖСН-нің бақылау цифры сәйкес келмейді",
            "Контрольная цифра ИИН не совпадает",
            field="iin",
        )
    return IinInfo(s, born, sex)


def make(birth_date: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN (demo data, tests); None when the serial gives no check digit."""
    base = (birth_date.year // 100) * 100
    seventh = {
        (1800, "M"): 1,
        (1800, "F"): 2,
        (1900, "M"): 3,
        (1900, "F"): 4,
        (2000, "M"): 5,
        (2000, "F"): 6,
    }[(base, sex)]
    first11 = f"{birth_date:%y%m%d}{seventh}{serial % 10000:04d}"
    c = check_digit(first11)
    return None if c is None else first11 + str(c)
