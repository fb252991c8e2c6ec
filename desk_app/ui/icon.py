"""The application icon (resources/icons, drawn by tools/make_icons.py from kense.svg)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desk_app.core.paths import resources_dir


def app_icon() -> QIcon:
    """Every rendered PNG size (crisp in title bars and task bars), the SVG as a fallback."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("kense-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon(str(folder / "kense.svg"))
    return icon
