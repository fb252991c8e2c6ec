"""Intake: find or open the personal registration card, pick the service, tick the
documents, submit, and hand over the receipt (Center) or talon (authorized body).

Used by the Center inspector (Center channel), the office clerk (direct applicants of
services 2-4) and the executor (service 1). Works from the keyboard alone: Enter searches
in the search field, opens a found card in the list, adds a document in its field, and
presses the focused button; every label has a mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import duplicates, id_documents, open_cases, search, workflow
from desk_app.core.clock import now
from desk_app.core.errors import KenseError, ValidationError
from desk_app.core.idcard import IdScan
from desk_app.core.regulation import Service
from desk_app.core.search import PersonHit

from . import notify
from .person_form import PersonForm
from .rows import hbox
from .session import Session, User
from .signals import app_signals

SEARCH_LIMIT = 50


def open_print_preview(number: str, kind: str, lang: str, user: User, parent: QWidget | None) -> QDialog:
    """The receipt, talon, result or register in the print preview (non-blocking)."""
    from .print_preview import PrintPreviewDialog  # lazy: it brings the printing stack

    dlg = PrintPreviewDialog(number, kind, lang, user, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


def offered_services(role: str, channel: str) -> list[Service]:
    """Services whose path on `channel` starts with `role` in the wording in force today."""
    wording = workflow.regulations().in_force(now().date())
    return [s for s in wording.services.values() if channel in s.channels and s.path(channel)[0].role == role]


def person_line(p: PersonHit) -> str:
    """A card as a list shows it (a search hit, or a card just saved: the same fields)."""
    return f"{p.full_name} — {p.iin} — {p.birth_date:%d.%m.%Y}"


class IntakeWidget(QWidget):
    submitted = Signal(str)  # the new application's number

    def __init__(self, session: Session, role: str, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.role, self.channel = session, role, channel
        self.person: PersonHit | None = None  # the card chosen: the search's own row, read once
        self.last_number: str | None = None
        self._build_search()
        self._build_card_box()
        self._build_application()
        self._lay_out()
        self._show_person()
        self._wire()
        self._service_changed()

    def _build_search(self) -> None:
        """Finding the card."""
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("ЖСН немесе аты-жөнінің бөлігі"))
        self._search_label = QLabel(self.tr("&Іздеу:"))
        self._search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self.tr("Табу"))
        self.new_card_button = QPushButton(self.tr("Жаңа ка&рточка"))
        self.results = QListWidget()
        self.results.setMaximumHeight(130)
        self.person_label = QLabel(self.tr("Карточка таңдалмаған"))
        # what an ID card's MRZ said, beside (never over) the card's Cyrillic names
        self.id_scan: IdScan | None = None
        self.latin_label = QLabel()
        self.latin_label.setObjectName("idDocument")
        self.latin_label.setWordWrap(True)
        self.latin_label.hide()
        self.open_card_button = QPushButton(self.tr("Карт&очканы ашу"))
        self.open_card_button.setEnabled(False)

    def _build_card_box(self) -> None:
        """A new card, with the look-alike warning under it."""
        self.form = PersonForm()
        self.dup_label = QLabel()
        self.dup_label.setWordWrap(True)
        self.dup_list = QListWidget()
        self.dup_list.setMaximumHeight(80)
        self.use_existing_button = QPushButton(self.tr("Бар карточканы &пайдалану"))
        self.override_button = QPushButton(self.tr("Бәрібір жаңа карточка а&шу"))
        self.dup_frame = QFrame()
        self.dup_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.dup_frame.setStyleSheet("QFrame { background: #fff3c4; }")
        dup_layout = QVBoxLayout(self.dup_frame)
        dup_layout.addWidget(self.dup_label)
        dup_layout.addWidget(self.dup_list)
        row = QHBoxLayout()
        row.addWidget(self.use_existing_button)
        row.addWidget(self.override_button)
        dup_layout.addLayout(row)
        self.dup_frame.hide()
        self.create_button = QPushButton(self.tr("Карточканы &сақтау"))
        self.cancel_card_button = QPushButton(self.tr("Болдырмау"))
        self.card_box = QGroupBox(self.tr("Жаңа дербес есепке алу карточкасы"))
        card_layout = QVBoxLayout(self.card_box)
        form_scroll = QScrollArea()  # the full card is taller than a laptop screen
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumHeight(260)
        card_layout.addWidget(form_scroll)
        card_layout.addWidget(self.dup_frame)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        row.addWidget(self.cancel_card_button)
        card_layout.addLayout(row)
        self.card_box.hide()

    def _build_application(self) -> None:
        """The service, its documents and the submit row."""
        self.service_combo = QComboBox()
        # service names are long: do not let them widen the window past a small screen
        self.service_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.service_combo.setMinimumContentsLength(24)
        self._service_label = QLabel(self.tr("Қыз&мет:"))
        self._service_label.setBuddy(self.service_combo)
        for s in offered_services(self.role, self.channel):
            self.service_combo.addItem(f"{s.no}. {s.name.get(notify.current_lang())}", s.no)
        self.docs = QListWidget()
        self._docs_label = QLabel(self.tr("Қоса бері&лген құжаттар:"))
        self._docs_label.setBuddy(self.docs)
        # One key ticks every required document: the usual intake, in a keystroke.
        self.required_button = QPushButton(self.tr("Міндеттілерін белгілеу (+)"))
        self.required_button.setObjectName("tickRequired")
        self.required_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.required_button.clicked.connect(self.check_required)
        QShortcut(
            QKeySequence("+"), self.docs, self.check_required, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.other_doc_edit = QLineEdit()
        self.other_doc_edit.setPlaceholderText(self.tr("Тізімде жоқ құжаттың атауы"))
        self._other_label = QLabel(self.tr("&Басқа құжат:"))
        self._other_label.setBuddy(self.other_doc_edit)
        self.add_doc_button = QPushButton(self.tr("Қосу"))
        self.submit_button = QPushButton(self.tr("Өтінішті қабылда&у"))
        # Whose application the button submits, always in sight beside it.
        self.submit_person_label = QLabel()
        self.submit_person_label.setObjectName("submitPerson")
        self.submit_person_label.setStyleSheet("font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        for b in (
            self.search_button,
            self.new_card_button,
            self.open_card_button,
            self.use_existing_button,
            self.override_button,
            self.create_button,
            self.cancel_card_button,
            self.add_doc_button,
            self.submit_button,
        ):
            b.setAutoDefault(True)  # Enter presses the focused button, as in a dialog

        # Everything above the submit row scrolls when the screen is short (a 1280×720
        # laptop with the new-card form open); the submit row and whose card it is stay put.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        outer.addWidget(self.body_scroll, 1)
        lay = QVBoxLayout(body)
        row = QHBoxLayout()
        row.addWidget(self._search_label)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.new_card_button)
        lay.addLayout(row)
        lay.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(self.person_label, 1)
        row.addWidget(self.open_card_button)
        lay.addLayout(row)
        lay.addWidget(self.latin_label)
        lay.addWidget(self.card_box)
        lay.addLayout(hbox(self._service_label, (self.service_combo, 1)))
        lay.addLayout(hbox((self._docs_label, 1), self.required_button))
        lay.addWidget(self.docs)
        lay.addLayout(hbox(self._other_label, (self.other_doc_edit, 1), self.add_doc_button))
        row = QHBoxLayout()
        row.setContentsMargins(9, 0, 9, 6)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.submit_person_label)
        row.addWidget(self.submit_button)
        outer.addLayout(row)

    def _wire(self) -> None:
        order = [
            self.search_edit,
            self.search_button,
            self.new_card_button,
            self.results,
            self.open_card_button,
            self.card_box,
            self.service_combo,
            self.docs,
            self.other_doc_edit,
            self.add_doc_button,
            self.submit_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.search_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.results.itemActivated.connect(self._choose_result)
        self.new_card_button.clicked.connect(self.start_new_card)
        self.open_card_button.clicked.connect(self.open_card)
        self.create_button.clicked.connect(lambda: self.create_card(False))
        self.override_button.clicked.connect(lambda: self.create_card(True))
        self.use_existing_button.clicked.connect(self._use_existing)
        self.dup_list.itemActivated.connect(lambda _item: self._use_existing())
        self.cancel_card_button.clicked.connect(self._close_card_box)
        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.other_doc_edit.returnPressed.connect(self.add_other_document)
        self.add_doc_button.clicked.connect(self.add_other_document)
        self.submit_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

    # -- who acts
    def acting_user(self) -> User | None:
        return self.session.user if self.session.holds(self.role) else None

    def _fail(self, exc: KenseError) -> None:
        self.status_label.setText(notify.error_text(exc))
        notify.tell(self, notify.error_text(exc))

    # -- finding
    def _show_person(self) -> None:
        p = self.person
        if p is None:
            self.person_label.setText(self.tr("Карточка таңдалмаған"))
            self.submit_person_label.setText(self.tr("Карточка таңдалмаған"))
        else:
            self.person_label.setText(self.tr("Карточка: %1").replace("%1", person_line(p)))
            self.submit_person_label.setText(f"{p.full_name} — {p.iin}")
        self.open_card_button.setEnabled(p is not None)

    def search(self) -> list[PersonHit]:
        # A new search lets go of the card chosen before: nothing is submitted for a person
        # no longer on screen until a hit is taken.
        self.person = None
        self._show_person()
        found = search.find_persons(self.search_edit.text(), SEARCH_LIMIT)
        self.results.clear()
        for p in found:
            item = QListWidgetItem(person_line(p))
            item.setData(Qt.ItemDataRole.UserRole, p)  # the hit itself: chosen without a new read
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.results.setFocus()
            self.status_label.setText(self.tr("Табылды: %n", "", len(found)))
        else:
            self.status_label.setText(self.tr("Ештеңе табылмады — жаңа карточка ашыңыз"))
        return found

    def _choose_result(self, item: QListWidgetItem) -> None:
        self.choose_person(item.data(Qt.ItemDataRole.UserRole))

    def choose_person(self, person: PersonHit) -> None:
        self.person = person
        self._show_person()
        self._close_card_box()
        self.service_combo.setFocus()

    def open_card(self) -> None:
        if self.person is None:
            return
        from .card_dialog import CardDialog

        dlg = CardDialog(self.person.id, self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(lambda p: self.choose_person(p))
        dlg.open()

    # -- a new card
    def start_new_card(self) -> None:
        self.form.clear()
        text = self.search_edit.text().strip()
        if text.isdigit():
            self.form.ui.iinEdit.setText(text)
        self.dup_frame.hide()
        self.results.hide()  # room for the card: the search found nobody anyway
        self.card_box.show()
        self.form.ui.iinEdit.setFocus()

    def _close_card_box(self) -> None:
        self.results.show()
        self.card_box.hide()
        self.dup_frame.hide()

    def create_card(self, accept_similar: bool) -> PersonHit | None:
        user = self.acting_user()
        if user is None:
            self._fail(notify.no_role())
            return None
        try:
            person = duplicates.create_person_checked(self.form.data(), user, accept_similar)
        except duplicates.DuplicateWarning as w:
            self._show_duplicates(w)
            return None
        except KenseError as e:
            self._fail(e)
            return None
        app_signals().cards_changed.emit()
        hit = search.PersonHit.of(person)
        self.choose_person(hit)
        self.status_label.setText(self.tr("Карточка ашылды: %1").replace("%1", hit.iin))
        self._attach_document(hit)
        return hit

    # -- an identity card read by the scanner (its IIN barcode or its MRZ)
    def take_id_card(self, scan: IdScan) -> PersonHit | None:
        """Open the card of the scanned IIN, or a new card with the IIN (and what it implies)
        filled in; an MRZ's document is kept beside the card once it is the chosen one."""
        self.id_scan = scan if scan.mrz is not None else None
        self._show_latin()
        self.search_edit.setText(scan.iin)
        found = [p for p in self.search() if p.iin == scan.iin]
        if found:
            self.choose_person(found[0])  # the keys go to the service at once
            self._attach_document(found[0])
            return found[0]
        self.start_new_card()
        self.form.ui.surnameEdit.setFocus()  # the IIN is typed; the names are next
        return None

    def _show_latin(self) -> None:
        m = self.id_scan.mrz if self.id_scan else None
        if m is None:
            self.latin_label.hide()
            return
        expires = f"{m.expires:%d.%m.%Y}" if m.expires else "—"
        self.latin_label.setText(
            self.tr("Куәлік: %1 %2 · № %3 · %4 дейін")
            .replace("%1", m.surname_latin)
            .replace("%2", m.names_latin)
            .replace("%3", m.number)
            .replace("%4", expires)
        )
        self.latin_label.show()

    def _attach_document(self, person: PersonHit) -> None:
        scan, user = self.id_scan, self.acting_user()
        if scan is None or user is None or scan.iin != person.iin:
            return
        try:
            try:
                id_documents.attach(person.id, scan, user)
            except id_documents.DocumentExpired as e:
                if not notify.ask(
                    self, notify.error_text(e) + "\n" + self.tr("Мерзімі өткен куәлікті қабылдау керек пе?")
                ):
                    return
                id_documents.attach(person.id, scan, user, accept_expired=True)
        except KenseError as e:
            self._fail(e)
            return
        self.id_scan = None  # kept with the card: one read, one record

    def _show_duplicates(self, w: duplicates.DuplicateWarning) -> None:
        self.dup_label.setText(notify.error_text(w))
        self.dup_list.clear()
        for d in w.duplicates:
            hit = search.PersonHit.of(d.person)
            item = QListWidgetItem(person_line(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.dup_list.addItem(item)
        self.dup_list.setCurrentRow(0)
        self.override_button.setVisible(not any(d.blocking for d in w.duplicates))
        self.dup_frame.show()
        self.use_existing_button.setFocus()

    def _use_existing(self) -> None:
        item = self.dup_list.currentItem()
        if item is not None:
            self.choose_person(item.data(Qt.ItemDataRole.UserRole))

    # -- service and documents
    def service_no(self) -> int | None:
        return self.service_combo.currentData()

    def _service_changed(self) -> None:
        self.docs.clear()
        no = self.service_no()
        self.form.show_groups(no)
        if no is None:
            return
        lang = notify.current_lang()
        svc = workflow.regulations().in_force(now().date()).service(no)
        for d in svc.documents:
            text = d.text.get(lang) + (" *" if d.required else "")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (d.code, d.required, d.text.get(lang)))
            self.docs.addItem(item)
        if self.docs.count():
            self.docs.setCurrentRow(0)

    def check_document(self, code: str, checked: bool = True) -> None:
        for i in range(self.docs.count()):
            item = self.docs.item(i)
            if item.data(Qt.ItemDataRole.UserRole)[0] == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check_required(self) -> None:
        for i in range(self.docs.count()):
            item = self.docs.item(i)
            if item.data(Qt.ItemDataRole.UserRole)[1]:
                item.setCheckState(Qt.CheckState.Checked)

    def add_other_document(self) -> None:
        title = " ".join(self.other_doc_edit.text().split())
        if not title:
            return
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(Qt.ItemDataRole.UserRole, (None, False, title))
        self.docs.addItem(item)
        self.other_doc_edit.clear()

    def documents(self) -> list[tuple[str | None, str]]:
        out = []
        for i in range(self.docs.count()):
            item = self.docs.item(i)
            code, _required, title = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((code, title))
        return out

    def missing_required(self) -> list[str]:
        out = []
        for i in range(self.docs.count()):
            item = self.docs.item(i)
            _code, required, title = item.data(Qt.ItemDataRole.UserRole)
            if required and item.checkState() != Qt.CheckState.Checked:
                out.append(title)
        return out

    # -- submitting
    def submit(self) -> str | None:
        user = self.acting_user()
        if user is None:
            self._fail(notify.no_role())
            return None
        if self.person is None:
            self._fail(
                ValidationError(
                    "Алдымен карточканы табыңыз немесе ашыңыз",
                    "Сначала найдите или откройте карточку",
                    "person",
                )
            )
            return None
        no = self.service_no()
        if no is None:
            return None
        missing = self.missing_required()
        if missing and not notify.ask(
            self,
            self.tr("Міндетті құжаттар белгіленбеген:\n%1\n\nБәрібір қабылдау керек пе?").replace(
                "%1", "\n".join(missing)
            ),
        ):
            return None
        try:
            try:
                app = open_cases.submit_checked(self.person.id, no, self.channel, user.id, self.documents())
            except open_cases.OpenApplicationWarning as w:
                if not notify.ask(self, notify.error_text(w)):
                    return None
                app = open_cases.submit_checked(
                    self.person.id, no, self.channel, user.id, self.documents(), accept_open=True
                )
        except KenseError as e:
            self._fail(e)
            return None
        self.last_number = app.number
        app_signals().applications_changed.emit()
        self.submitted.emit(app.number)
        self.status_label.setText(self.tr("Өтініш қабылданды: %1").replace("%1", app.number))
        kind = "receipt" if self.channel == "center" else "talon"
        open_print_preview(app.number, kind, notify.current_lang(), user, self)
        self.reset()
        return app.number

    def reset(self) -> None:
        """Ready for the next applicant (the status line keeps the last number)."""
        self.person = None
        self._show_person()
        self.search_edit.clear()
        self.results.clear()
        self.other_doc_edit.clear()
        self._close_card_box()
        self._service_changed()
        self.search_edit.setFocus()
