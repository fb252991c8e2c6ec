"""Folding names for search and duplicate detection across Kazakh, Russian and Latin spelling."""

from __future__ import annotations

import re
import unicodedata

# Kazakh-specific letters folded to their nearest Russian letter, then Cyrillic to Latin,
# so that "Әлиев", "Алиев" and "Aliev" share one key for duplicate warnings.
_KK_TO_RU = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
        "й": "и",
        "ъ": "",
        "ь": "",
    }
)
_CYR_TO_LAT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ы": "y",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
_LAT_SIMPLIFY = (
    ("kh", "h"),
    ("zh", "j"),
    ("shch", "sh"),
    ("ts", "c"),
    ("iu", "yu"),
    ("ia", "ya"),
    ("y", "i"),
    ("j", "zh"),
    ("q", "k"),
    ("w", "u"),
    ("x", "ks"),
)


# Latin letters that look like Cyrillic ones (a keyboard left on the English layout, a
# scanner or a copied text): inside a Cyrillic word they are the Cyrillic letter, and the
# Latin i is the Kazakh і (U+0456), never the Russian и.
_LAT_TO_CYR = {
    "a": "а",
    "c": "с",
    "e": "е",
    "h": "һ",
    "i": "і",
    "k": "к",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "I": "І",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "Y": "У",
}
_CYR_TO_LAT_LOOK = {c: lat for lat, c in _LAT_TO_CYR.items() if lat not in "hH"}
CYRILLIC = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
_CYR_RE = re.compile(f"[{CYRILLIC}]")
_LAT_RE = re.compile("[A-Za-z]")
_WORD_RE = re.compile(f"[A-Za-z{CYRILLIC}]+")


def _one_script(m: re.Match[str]) -> str:
    word = m.group(0)
    if not (_CYR_RE.search(word) and _LAT_RE.search(word)):
        return word
    latin = _LAT_RE.findall(word)
    if all(ch in _LAT_TO_CYR for ch in latin):
        return "".join(_LAT_TO_CYR.get(ch, ch) for ch in word)
    cyr = _CYR_RE.findall(word)
    if all(ch in _CYR_TO_LAT_LOOK for ch in cyr):  # a Latin word with a Cyrillic look-alike
        return "".join(_CYR_TO_LAT_LOOK.get(ch, ch) for ch in word)
    return word


def one_script(text: str) -> str:
    """Every word in one script: Latin look-alikes inside a Cyrillic word become the
    Cyrillic letters they look like (a Latin i the Kazakh і, U+0456), and a Latin word with a
    stray Cyrillic look-alike becomes Latin. Words mixing letters that have no look-alike
    are left as they are."""
    return _WORD_RE.sub(_one_script, text or "")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, Kazakh letters kept: the search key."""
    t = one_script(unicodedata.normalize("NFC", text or "")).casefold().replace("ё", "е")
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
    out: list[str] = []
    for ch in t:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out).strip()


def name_key(surname: str, name: str, patronymic: str = "") -> str:
    return fold(" ".join(p for p in (surname, name, patronymic) if p))
