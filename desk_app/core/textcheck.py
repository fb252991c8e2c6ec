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


def plain_text(value: Any, field: str, max_len: int, multiline: bool = False,
               required: bool = False) -> str:
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
        raise ValidationError(f"Мәтін тым ұзын ({max_len} таңбадан аспайды)",
                              f"Слишком длинный текст (не более {max_len} знаков)", field)
    ch = bad_char(text, multiline)
    if ch is not None:
        raise ValidationError(f"Мәтінде рұқсат етілмеген таңба бар (U+{ord(ch):04X})",
                              f"В тексте недопустимый символ (U+{ord(ch):04X})", field)
    return text
