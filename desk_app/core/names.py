"""Folding names for search and duplicate detection across Kazakh, Russian and Latin spelling."""

from __future__ import annotations

import unicodedata

# Kazakh-specific letters folded to their nearest Russian letter, then Cyrillic to Latin,
# so that "Әлиев", "Алиев" and "Aliev" share one key for duplicate warnings.
_KK_TO_RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у",
                           "ү": "у", "һ": "х", "і": "и", "ё": "е", "й": "и", "ъ": "",
                           "ь": ""})
_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ю": "iu", "я": "ia",
}
_LAT_SIMPLIFY = (("kh", "h"), ("zh", "j"), ("shch", "sh"), ("ts", "c"), ("iu", "yu"),
                 ("ia", "ya"), ("y", "i"), ("j", "zh"), ("q", "k"), ("w", "u"), ("x", "ks"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form, Kazakh letters kept: the search key."""
    t = unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")
    return " ".join(t.split())


def phonetic(text: str) -> str:
    """A spelling-independent key: Kazakh and Russian Cyrillic and Latin spellings meet."""
    t = fold(text).translate(_KK_TO_RU)
    t = "".join(_CYR_TO_LAT.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if ch.isascii() and (ch.isalpha() or ch == " "))
    for a, b in _LAT_SIMPLIFY:
        t = t.replace(a, b)
    # collapse doubled letters ("Ахметов" / "Akhmettov")
    out = []
    for ch in t:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out).strip()


def name_key(surname: str, name: str, patronymic: str = "") -> str:
    return fold(" ".join(p for p in (surname, name, patronymic) if p))
