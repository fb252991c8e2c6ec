"""Checking free text before it reaches the database.

Both backends must accept whatever passes: PostgreSQL refuses NUL characters and lone
surrogates cannot be encoded at all, so such text is refused here, with the field named,
instead of failing half-way inside a transaction.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .errors import ValidationError

_ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def bad_char(text: str, multiline: bool = False) -> str | None:
    """The first character no office text may hold (controls, surrogates, unassigned), or None."""
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc" and not (multiline and ch in _ALLOWED_CONTROLS):
            return ch
        if cat in ("Cs", "Co", "Cn"):
            return ch
    return None


def plain_text(value: Any, field: str, max_len: int, multiline: bool = False, required: bool = False) -> str:
    """`value` as clean, stripped text of at most `max_len` characters; else ValidationError."""
    if value is None:
        value = ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValidationError("Мәтін күтілген", "Ожидается текст", field)
    text = str(value).strip()
    if not multiline:
        text = " ".join(text.split())
    if required and not text:
        raise ValidationError("Өріс толтырылуы керек", "Поле обязательно", field)
    if len(text) > max_len:
        raise ValidationError(
            f"Мәтін тым ұзын ({max_len} таңбадан аспайды)",
            f"Слишком длинный текст (не более {max_len} знаков)",
            field,
        )
    ch = bad_char(text, multiline)
    if ch is not None:
        raise ValidationError(
            f"Мәтінде рұқсат етілмеген таңба бар (U+{ord(ch):04X})",
            f"В тексте недопустимый символ (U+{ord(ch):04X})",
            field,
        )
    return text


NAME_MAX = 100  # the surname/name/patronymic columns (models.Person, models.User)


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return "other"


def mixed_script_letter(text: str) -> str | None:
    """A letter of the minority script when `text` mixes Latin and Cyrillic, else None.

    A Cyrillic surname typed with a Latin T looks right but a Cyrillic search never finds it.
    """
    latin = [ch for ch in text if _script(ch) == "latin"]
    cyr = [ch for ch in text if _script(ch) == "cyrillic"]
    if not latin or not cyr:
        return None
    return (latin if len(latin) <= len(cyr) else cyr)[0]


def check_person_name(field: str, value: str, required: bool = False) -> str:
    """A surname, name or patronymic: clean text, ≤ NAME_MAX, in one script."""
    text = plain_text(value, field, NAME_MAX, required=required)
    ch = mixed_script_letter(text)
    if ch is not None:
        kind_kk, kind_ru = ("латын", "латинская") if _script(ch) == "latin" else ("кирилл", "кириллическая")
        raise ValidationError(
            f"Атауда латын мен кирилл әріптері аралас: «{ch}» — {kind_kk} әрпі",
            f"В имени смешаны латиница и кириллица: «{ch}» — {kind_ru} буква",
            field,
        )
    return text
