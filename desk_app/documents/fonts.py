"""The bundled TrueType font every document is set in.

ReportLab's base fonts (Helvetica …) turn Kazakh letters into black squares without a
warning, so documents only ever use DejaVu Sans from resources/fonts, embedded as a subset.
"""

from __future__ import annotations

from functools import cache

from desk_app.core.paths import resources_dir

REGULAR = "KenseSans"
BOLD = "KenseSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces once per process; return their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    # <b> inside a Paragraph picks the bold face instead of falling back to Helvetica-Bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
