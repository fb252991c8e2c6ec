"""The main window: assembles the role tabs of this PC's profile and wires the app signals.

No business rule lives here; tabs act through `desk_app.core.workflow`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import access, office
from desk_app.core.errors import KenseError

from . import i18n, keep_work, notify, prefs
from .idle import IdleWatcher
from .notices import NoticeArea
from .role_tab import RoleTab
from .scan_router import ScanRouter
from .screen_fit import resize_within_screen
from .session import Session, User
from .settings_dialog import SettingsDialog
from .sign_in import SignInDialog
from .signals import app_signals
from .status_dialog import StatusDialog, look_up
from .tabs import TAB_CLASSES


def office_title() -> str:
    """The office's name in the interface language, then the app's name once.

    The window system appends the application display name ("Кеңсе") to a title that
    does not already end with it, so the title ends with it: "<office> — Кеңсе".
    """
    name = office.office_name(i18n.current())
    return f"{name} — Кеңсе" if name else "Кеңсе"


class MainWindow(QMainWindow):
    def __init__(
        self, session: Session | None = None, db_label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session or Session(self)
        self.db_label_text = db_label
        self.scanner_text = ""  # the serial listener's last state; "" = keyboard wedge only
        self.tabs_by_role: dict[str, RoleTab] = {}
        self.sign_in_dialog: SignInDialog | None = None
        self.status_dialog: StatusDialog | None = None
        self.lookup_error = ""
        resize_within_screen(self, 1366, 768)  # the office's screen, less its taskbar
        saved = prefs.geometry()
        if saved is not None:
            self.restoreGeometry(saved)
        self.idle = IdleWatcher(prefs.idle_minutes() * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.session.user_changed.connect(self._on_user_changed)
        app_signals().scanner_state.connect(self._on_scanner_state)
        self.scans = ScanRouter(self)
        app_signals().scan_received.connect(self.scans.on_scan)
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        # Shortcuts live on the window, so they survive a rebuild of toolbar and menus.
        QShortcut(QKeySequence("Ctrl+L"), self, self.switch_user)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_lookup)
        self.build()

    # ------------------------------------------------------------------ assembly
    def build(self) -> None:
        """(Re)build menus, toolbar, tabs and status bar in the current language."""
        self.setWindowTitle(office_title())
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self._build_toolbar()
        self._build_menus()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("roleTabs")
        self.tabs_by_role = {}
        for role in prefs.profile():
            cls = TAB_CLASSES.get(role)
            if cls is None:
                continue
            tab = cls(self.session)
            tab.setObjectName(f"tab_{role}")
            self.tabs_by_role[role] = tab
            self.tabs.addTab(tab, cls.title())
        # The lock screen: nothing of the office's data, only the way in.
        self.lock_label = QWidget()
        self.lock_label.setObjectName("lockScreen")
        lock_text = QLabel(self.tr("Кеңсе бұғатталған. Жұмысты жалғастыру үшін кіріңіз (Ctrl+L)."))
        lock_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lock_text.setWordWrap(True)
        sign_in = QPushButton(self.tr("Кіру"))
        sign_in.setObjectName("lockSignIn")
        sign_in.clicked.connect(lambda: self.request_sign_in())
        lock_lay = QVBoxLayout(self.lock_label)
        lock_lay.addStretch(1)
        lock_lay.addWidget(lock_text)
        lock_lay.addWidget(sign_in, 0, Qt.AlignmentFlag.AlignHCenter)
        lock_lay.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_label)
        self.stack.addWidget(self.tabs)
        old = getattr(self, "notices", None)
        # A rebuild (language) keeps what the clerk was told: the items themselves move over,
        # newest first, with their colour and full text.
        keep = [old.takeItem(0) for _ in range(old.count())] if old is not None else []
        self.notices = NoticeArea()
        for item in keep:
            self.notices.addItem(item)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.notices)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._apply_user(self.session.user)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Құралдар"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.toolbar = bar
        self.switch_action = QAction(self.tr("Пайдаланушыны ауыстыру"), self)
        self.switch_action.setToolTip(self.tr("Пайдаланушыны ауыстыру (Ctrl+L)"))
        self.switch_action.triggered.connect(self.switch_user)
        bar.addAction(self.switch_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Өтініш нөмірі:") + " "))
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setObjectName("statusLookup")
        self.lookup_edit.setPlaceholderText(self.tr("нөмірді теріңіз немесе сканерлеңіз (Ctrl+F)"))
        self.lookup_edit.setFixedWidth(320)
        self.lookup_edit.returnPressed.connect(lambda: self.look_up(self.lookup_edit.text()))
        bar.addWidget(self.lookup_edit)
        find = QAction(self.tr("Жай-күйін көру"), self)
        find.triggered.connect(lambda: self.look_up(self.lookup_edit.text()))
        bar.addAction(find)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Кеңсе"))
        menu.addAction(self.switch_action)
        self.settings_action = menu.addAction(self.tr("Баптаулар…"))
        self.settings_action.triggered.connect(self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("Шығу"), self.close)
        lang_menu = self.menuBar().addMenu(self.tr("&Тіл"))
        group = QActionGroup(self)
        for code, label in (("kk", "Қазақша"), ("ru", "Русский")):
            act = lang_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(i18n.current() == code)
            act.setObjectName(f"lang_{code}")
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for w in getattr(self, "_status_widgets", []):
            bar.removeWidget(w)
            w.deleteLater()
        self.user_label, self.scanner_label = QLabel(), QLabel()
        self.db_label, self.clock_label = QLabel(), QLabel()
        self.user_label.setObjectName("userLabel")
        self.scanner_label.setObjectName("scannerLabel")
        self.db_label.setText(self.tr("Дерекқор: %1").replace("%1", self.db_label_text))
        self._status_widgets = [self.user_label, self.scanner_label, self.db_label, self.clock_label]
        for w in self._status_widgets:
            bar.addPermanentWidget(w)
        self._on_scanner_state(self.scanner_text)
        self._tick()

    # ------------------------------------------------------------------ session
    def request_sign_in(self, login: str = "") -> SignInDialog:
        """Open the sign-in dialog (window-modal, non-blocking)."""
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.close()
            self.sign_in_dialog.deleteLater()
        self.sign_in_dialog = SignInDialog(self.session, self, login)
        self.sign_in_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Once more when the dialog has gone: closing it hands the keys back to whatever the
        # window last focused (after a switch, the role tabs' bar), not to the new tab's field.
        self.sign_in_dialog.finished.connect(self._after_sign_in)
        self.sign_in_dialog.open()
        return self.sign_in_dialog

    def _after_sign_in(self, _result: int) -> None:
        if self.session.user is not None:
            self.focus_first_field()

    def switch_user(self) -> None:
        """The head walks up to the clerk's PC: sign the clerk out and ask who is there."""
        self.session.sign_out()
        self.request_sign_in()

    def lock(self) -> None:
        """Idle too long: sign out and wait for the next person."""
        if self.session.user is None:
            return
        last = self.session.user.login
        self.session.sign_out()
        self.request_sign_in(last)

    def _on_user_changed(self, user: User | None) -> None:
        """Someone signed in or out: whoever comes next sees none of the last person's
        searches, filters, look-up or notices."""
        self.lookup_edit.clear()
        if self.status_dialog is not None:
            try:
                self.status_dialog.close()
            except RuntimeError:  # already deleted on close
                pass
            self.status_dialog = None
        for tab in self.tabs_by_role.values():
            tab.clear_for_next_user()
        self.notices.clear()
        # A card, a print preview or a message left open by the last person closes too.
        for dlg in self.findChildren(QDialog):
            if dlg is not self.sign_in_dialog and dlg.isVisible():
                dlg.close()
        self._apply_user(user)
        app_signals().user_changed.emit(user)
        if user is not None:
            self.focus_first_field()

    def _apply_user(self, user: User | None) -> None:
        """Show what `user` may see (nothing but the lock screen for nobody)."""
        shown = access.tab_access(user, self.tabs_by_role)
        for role, tab in self.tabs_by_role.items():
            self.tabs.setTabVisible(self.tabs.indexOf(tab), role in shown)
        self.toolbar.setVisible(access.may_look_up(user))
        self.settings_action.setEnabled(access.may_edit_settings(user))
        if user is None:
            self.user_label.setText(self.tr("Ешкім кірмеген"))
            self.stack.setCurrentWidget(self.lock_label)
            self.idle.stop()
        else:
            who = f"{user.short_name} ({user.login})"
            self.user_label.setText(self.tr("Пайдаланушы: %1").replace("%1", who))
            self.stack.setCurrentWidget(self.tabs)
            current = self.tabs.currentWidget()
            if not (isinstance(current, RoleTab) and user.has_role(current.role)):
                for role, tab in self.tabs_by_role.items():
                    if user.has_role(role):
                        self.tabs.setCurrentWidget(tab)
                        break
            self.idle.restart()

    def focus_first_field(self) -> None:
        """After sign-in the keys go to the tab's own first field (the intake's search), never
        to the toolbar look-up."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, RoleTab) and self.stack.currentWidget() is self.tabs:
            tab.focus_first_field()

    # ------------------------------------------------------------------ look-up
    def focus_lookup(self) -> None:
        if not access.may_look_up(self.session.user):
            return
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()

    def look_up(self, number: str) -> StatusDialog | None:
        """Show the para 8 status of an application number (non-blocking)."""
        number = number.strip()
        if not number or not access.may_look_up(self.session.user):
            return None
        try:
            dlg = look_up(number, self)
        except KenseError as e:
            self.lookup_error = notify.error_text(e)
            self.notices.post(self.lookup_error, error=True)
            return None
        self.lookup_error = ""
        self.notices.post(self.tr("Жай-күйі ашылды: %1").replace("%1", number))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.status_dialog = dlg
        dlg.show()
        return dlg

    # ------------------------------------------------------------------ settings and language
    def open_settings(self) -> SettingsDialog | None:
        if not access.may_edit_settings(self.session.user):
            self.notices.post(self.tr("Баптауларды тек әкімші өзгертеді"), error=True)
            return None
        dlg = SettingsDialog(self, self.session.user)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.accepted.connect(self.apply_settings)
        dlg.open()
        return dlg

    def apply_settings(self) -> None:
        app_signals().settings_changed.emit()
        keep = self.keep_work()
        self.idle.set_interval(prefs.idle_minutes() * 60_000)
        if prefs.language() != i18n.current():
            i18n.install(prefs.language())
        self.build()
        self.restore_work(keep)

    def set_language(self, lang: str) -> None:
        keep = self.keep_work()
        prefs.set_language(lang)
        i18n.install(lang)
        self.build()
        self.restore_work(keep)

    def keep_work(self) -> dict:
        """What the clerk has typed, read before a rebuild (see `keep_work`)."""
        current = self.tabs.currentWidget()
        return {
            "tabs": {role: keep_work.snapshot(tab) for role, tab in self.tabs_by_role.items()},
            "lookup": self.lookup_edit.text(),
            "current": current.role if isinstance(current, RoleTab) else None,
        }

    def restore_work(self, kept: dict) -> None:
        for role, state in kept["tabs"].items():
            tab = self.tabs_by_role.get(role)
            if tab is not None:
                keep_work.restore(tab, state)
        self.lookup_edit.setText(kept["lookup"])
        tab = self.tabs_by_role.get(kept["current"] or "")
        if tab is not None and self.tabs.isTabVisible(self.tabs.indexOf(tab)):
            self.tabs.setCurrentWidget(tab)

    # ------------------------------------------------------------------ status bar
    def scanner_state_text(self, state: str) -> str:
        """The serial listener's state words ("connected", "disconnected: …") in the
        interface language; with no serial port the keyboard-wedge scanner is what listens."""
        if not state or state == "—":
            return self.tr("пернетақта сканері")
        if state == "connected":
            return self.tr("қосулы")
        if state == "retrying":
            return self.tr("қайта қосылуда…")
        if state == "stopped":
            return self.tr("тоқтатылды")
        if state.startswith("disconnected"):
            reason = state.partition(":")[2].strip()
            return self.tr("ажыратылды") + (f" ({reason[:60]})" if reason else "")
        return state

    def _on_scanner_state(self, state: str) -> None:
        if state == QCoreApplication.translate("ScannerHub", "пернетақта"):
            state = ""  # the hub's word for "keyboard wedge only"
        self.scanner_text = state
        self.scanner_label.setText(self.tr("Сканер: %1").replace("%1", self.scanner_state_text(state)))

    def _tick(self) -> None:
        self.clock_label.setText(QDateTime.currentDateTime().toString("dd.MM.yyyy HH:mm:ss"))

    def closeEvent(self, event) -> None:  # noqa: N802
        prefs.set_geometry(self.saveGeometry())
        self.idle.remove()
        super().closeEvent(event)
