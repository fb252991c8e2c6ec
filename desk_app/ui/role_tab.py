"""The small shared base of every role's tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.core import actions, scanning
from desk_app.core.errors import KenseError

from . import i18n, notify
from .session import Session, User
from .signals import app_signals


def role_title(role: str) -> str:
    """Short tab title of a role (translated at call time)."""
    titles = {
        "center_inspector": QCoreApplication.translate("RoleTab", "Орталық инспекторы"),
        "dispatch_inspector": QCoreApplication.translate("RoleTab", "Жинақтау бөлімі"),
        "office_clerk": QCoreApplication.translate("RoleTab", "Кеңсе қызметкері"),
        "head": QCoreApplication.translate("RoleTab", "Басшы"),
        "executor": QCoreApplication.translate("RoleTab", "Орындаушы"),
        "center_head": QCoreApplication.translate("RoleTab", "Орталықтың басшысы"),
    }
    return titles.get(role, role)


class RoleTab(QWidget):
    """A tab acts only for a signed-in user who holds its `role`.

    Subclasses build their widgets in `__init__`, refresh in `refresh()` and run every
    action through `self.act(fn)`: it checks the role (a user without it is refused with a
    message), shows a `KenseError` in the current language, and after success emits
    `app_signals().applications_changed` so every tab refreshes. A hidden tab refreshes
    when it is next shown.
    """

    role: str = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_message = ""  # the last message shown (tests read it)
        self._stale = True
        session.user_changed.connect(self._on_user_changed)
        app_signals().applications_changed.connect(self._on_applications_changed)

    @classmethod
    def title(cls) -> str:
        return role_title(cls.role)

    def acting_user(self) -> User | None:
        return self.session.user if self.session.holds(self.role) else None

    def act(self, fn: Callable[[User], Any], done: str = "") -> Any:
        """Run `fn(user)` for the acting user; None when refused or failed (a message says why)."""
        user = self.acting_user()
        if user is None:
            self.refuse_stranger()
            return None
        try:
            result = fn(user)
        except KenseError as e:
            self.show_message(notify.error_text(e))
            # Another desk may have moved the folder: reload.
            app_signals().applications_changed.emit()
            return None
        if done:
            self.show_message(done, error=False)
        app_signals().applications_changed.emit()
        return result

    def refuse_stranger(self) -> None:
        """Say who may act here (a user without this tab's role pressed something)."""
        text = QCoreApplication.translate(
            "RoleTab", "Бұл бетте тек «%1» рөлі бар пайдаланушы әрекет ете алады"
        )
        self.show_message(text.replace("%1", self.title()))

    def act_on_rows(
        self,
        rows: Sequence[Any],
        transition: Callable[[str, int], Any],
        done: Callable[[int], str],
        empty: str,
    ) -> int:
        """Run one engine transition on every selected queue row, by its number and the
        acting user's id. A refused row does not stop the batch: the message says how many
        went through and why each other one was refused. Returns how many went through."""
        if not rows:
            self.show_message(empty)
            return 0
        user = self.acting_user()
        if user is None:
            self.refuse_stranger()
            return 0
        result = notify.run_batch([r.number for r in rows], lambda number: transition(number, user.id))
        self.show_message(result.report(done), error=bool(result.refused))
        app_signals().applications_changed.emit()
        return len(result.done)

    def offered_on(self, rows: Sequence[Any]) -> frozenset[str]:
        """What the engine allows the acting user on every one of `rows` (`core.actions`)."""
        user = self.acting_user()
        return actions.common_actions([r.number for r in rows], user.id if user is not None else None)

    def handle_scan(self, payload: str) -> bool:
        """A scan while this tab is in front; True when the tab took it (override).

        Tabs whose role moves folders pass it to `record_scan`; the window shows the status
        look-up for any scan no tab takes.
        """
        return False

    def record_scan(self, payload: str) -> scanning.ScanOutcome | None:
        """What the scan means for this role (`core.scanning`), with its message shown."""
        user = self.acting_user()
        if user is None:
            self.refuse_stranger()
            return None
        out = scanning.handle_scan(payload, self.role, user)
        self.show_message(out.message(i18n.current()), error=out.outcome in ("refused", "unknown"))
        if out.outcome == "recorded":
            app_signals().applications_changed.emit()
        return out

    def scan_into_queue(self, queue, payload: str) -> bool:
        """A scan taken while `queue`'s page is in front: record it, select its row."""
        if not queue.isVisible():
            return False
        out = self.record_scan(payload)
        if out is not None and out.number:
            queue.select_number(out.number)
        return True

    def clear_for_next_user(self) -> None:
        """A user switch: empty every search and filter, and drop a chosen card, so the next
        person sees nothing of the last one's work."""
        from .intake import IntakeWidget
        from .queue_view import QueueView

        for view in self.findChildren(QueueView):
            view.clear_filters()
        self._stale = True  # the queues read again, unfiltered, when the tab is next shown
        for intake in self.findChildren(IntakeWidget):
            intake.reset()
            intake.status_label.clear()
        self.last_message = ""

    def focus_first_field(self) -> None:
        """Where the keys should go when this tab comes up: the intake's search, else the
        queue's filter (the number or surname is what the clerk types first), else the
        next field."""
        from .intake import IntakeWidget
        from .queue_view import QueueView

        intake = self.findChild(IntakeWidget)
        if intake is not None and intake.isVisible():
            intake.search_edit.setFocus()
            return
        queue = next((q for q in self.findChildren(QueueView) if q.isVisible()), None)
        if queue is not None:
            queue.text_filter.setFocus()
            return
        self.focusNextChild()

    def show_message(self, text: str, error: bool = True) -> None:
        """Tell the clerk (`notify.tell`); tests read the last message."""
        self.last_message = text
        notify.tell(self, text, error)

    def _on_user_changed(self, user: User | None) -> None:
        self.setEnabled(self.session.holds(self.role))
        self._on_applications_changed()

    def _on_applications_changed(self) -> None:
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the tab shows (override)."""
