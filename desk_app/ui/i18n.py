"""Run-time language: Kazakh source strings, Russian from `resources/translations/kense_ru.qm`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.core.paths import resources_dir

_current = "kk"
_installed: list[QTranslator] = []


def current() -> str:
    return _current


def qm_path(lang: str):
    return resources_dir() / "translations" / f"kense_{lang}.qm"


def install(lang: str) -> bool:
    """Switch the application's translators; True when the language's catalogue loaded."""
    global _current
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    _current = lang if lang in ("kk", "ru") else "kk"
    ok = True
    if app is None:
        return ok
    if _current == "ru":
        ours = QTranslator(app)
        ok = ours.load(str(qm_path("ru")))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
    qt = QTranslator(app)  # Qt's own texts (context menus, standard buttons); Qt ships kk and ru
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(_current), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
