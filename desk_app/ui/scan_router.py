"""Where a scan goes: the tab in front, the intake (an identity card), or the status look-up.

The window owns one `ScanRouter` and only wires it to the app's `scan_received` signal; the
meaning of a scan for a role is the domain's (`core.scanning`), reached through the tab's
`handle_scan`.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from desk_app.core import idcard, scanning, search

from . import i18n
from .notices import NoticeArea
from .role_tab import RoleTab
from .session import Session


class Desk(Protocol):
    """What the router needs of the main window (which owns it)."""

    session: Session
    tabs: QTabWidget
    notices: NoticeArea

    def isVisible(self) -> bool: ...

    def look_up(self, number: str) -> Any: ...


class ScanRouter(QObject):
    def __init__(self, window: Desk) -> None:
        self.widget = window if isinstance(window, QWidget) else None  # dialogs open over it
        super().__init__(self.widget)
        self.window = window
        self.mrz = idcard.MrzAssembler()  # an ID card's MRZ lines, joined across reads

    def on_scan(self, payload: str) -> None:
        """Every scan comes here. An ID card's MRZ may come as three line reads: they are
        joined first (`idcard.MrzAssembler`); a half read is reported when it goes stale."""
        if self.window.session.user is None or not self.window.isVisible():
            return
        for read in self.mrz.feed(payload, time.monotonic()):
            self.route(read)
        if self.mrz.lines:
            QTimer.singleShot(int(self.mrz.window * 1000) + 100, self._flush_mrz)

    def _flush_mrz(self) -> None:
        for read in self.mrz.stale(time.monotonic()):
            self.route(read)

    def route(self, payload: str) -> None:
        """The tab in front takes the scan, or it is a status look-up; an ID card is its own."""
        card = idcard.read(payload)
        if card is not None:
            self.on_id_card(card)
            return
        tab = self.window.tabs.currentWidget()
        if isinstance(tab, RoleTab) and tab.handle_scan(payload):
            return
        number = scanning.normalize(payload)
        if number is None:
            text = self.tr("Штрих-код танылмады: %1").replace("%1", payload.strip()[:40])
            self.window.notices.post(text, error=True)
            return
        self.window.look_up(number)

    def on_id_card(self, card: idcard.IdScan) -> None:
        """An identity card at an intake desk opens its card (or a new one with the IIN);
        anywhere else it opens the card to read, when there is one."""
        notices = self.window.notices
        if card.error is not None:
            notices.post(card.error[1] if i18n.current() == "ru" else card.error[0], error=True)
            return
        tab = self.window.tabs.currentWidget()
        intake = getattr(tab, "intake", None)
        if intake is not None and isinstance(tab, RoleTab) and tab.acting_user() is not None:
            pages = getattr(tab, "pages", None)
            if pages is not None:
                pages.setCurrentWidget(intake)
            intake.take_id_card(card)
            notices.post(self.tr("Жеке куәлік оқылды: %1").replace("%1", card.iin))
            return
        hits = [h for h in search.find_persons(card.iin, 1) if h.iin == card.iin]
        if not hits:
            notices.post(self.tr("Бұл ЖСН-ге карточка жоқ: %1").replace("%1", card.iin), error=True)
            return
        from .card_dialog import CardDialog

        dlg = CardDialog(hits[0].id, self.window.session, self.widget)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
