"""The personal registration card: the person's data (editable, audited), every
application, and a timeline of its steps and document movements."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.core import cards, complaints, informing, status, workflow
from desk_app.core.errors import KenseError

from . import notify
from .complaint_dialog import ComplaintDialog, can_register, term_text
from .person_form import PersonForm
from .screen_fit import resize_within_screen
from .session import Session, User

# Who may correct a card: the desks that open cards.
EDIT_ROLES = ("center_inspector", "office_clerk", "executor", "head")
_FMT = "%d.%m.%Y %H:%M"


def _t(value) -> str:
    return value.strftime(_FMT) if value else "—"


class CardDialog(QDialog):
    saved = Signal(object)  # the updated card (`cards.Card`)

    def __init__(self, person_id: int, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.person = cards.card(person_id)  # one read: the form, the name, the version
        self.version = self.person.version
        self.setWindowTitle(self.tr("Дербес есепке алу карточкасы"))
        resize_within_screen(self, 820, 640)

        self.form = PersonForm()
        self.form.set_person(self.person)
        self.form.ui.groupNuclear.setEnabled(False)  # periods are entered with a new card only
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("&Сақтау"))
        self.save_button.setAutoDefault(True)
        self.status_label = QLabel()
        data_page = QWidget()
        lay = QVBoxLayout(data_page)
        lay.addWidget(scroll)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.save_button)
        lay.addLayout(row)

        self.apps = QTableWidget(0, 6)
        self.apps.setHorizontalHeaderLabels(
            [
                self.tr("Нөмір"),
                self.tr("Қызмет"),
                self.tr("Арна"),
                self.tr("Күйі"),
                self.tr("Өтініш берілген күні"),
                self.tr("Нәтиже"),
            ]
        )
        self.apps.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.apps.horizontalHeader().setStretchLastSection(True)
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels(
            [self.tr("Уақыт"), self.tr("Оқиға"), self.tr("Кім"), self.tr("Мерзімі")]
        )

        # R1 p.6: registered as unemployed since DATE, decision NUMBER
        self.unemployed_label = QLabel()
        self.unemployed_label.setObjectName("unemployedLabel")
        self.unemployed_label.hide()
        self.complaint_button = QPushButton(self.tr("Ша&ғым тіркеу"))
        self.complaint_button.setObjectName("registerComplaint")
        self.complaint_button.setAutoDefault(True)
        self.complaint_button.setEnabled(can_register(session))
        self.complaint_button.clicked.connect(self.open_complaint)
        self.complaint_dialog: ComplaintDialog | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(data_page, self.tr("&Деректер"))
        self.tabs.addTab(self.apps, self.tr("Ө&тініштер"))
        self.tabs.addTab(self.timeline, self.tr("&Қадамдар мен қозғалыс"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.complaint_button, QDialogButtonBox.ButtonRole.ActionRole)
        main = QVBoxLayout(self)
        main.addWidget(self.unemployed_label)
        main.addWidget(self.tabs)
        main.addWidget(buttons)

        self.save_button.clicked.connect(self.save)
        can_edit = any(session.holds(r) for r in EDIT_ROLES)
        self.save_button.setEnabled(can_edit)
        self.form.setEnabled(can_edit)
        self.load_applications()

    def save(self) -> cards.Card | None:
        user: User | None = self.session.user
        if user is None or not any(self.session.holds(r) for r in EDIT_ROLES):
            notify.show_error(self, notify.no_role())
            return None
        data = self.form.data()
        changes = {k: data[k] for k in cards.CARD_FIELDS}
        try:
            cards.update_person(self.person_id, changes, user, self.version)
        except KenseError as e:
            self.status_label.setText(notify.error_text(e))
            notify.show_error(self, e)
            return None
        self.person = cards.card(self.person_id)
        self.version = self.person.version
        self.status_label.setText(self.tr("Сақталды"))
        self.saved.emit(self.person)
        return self.person

    def load_applications(self) -> None:
        apps = status.card_applications(self.person_id)
        self.apps.setRowCount(len(apps))
        self.timeline.clear()
        self._show_unemployed()
        by_app: dict[int, list] = {}
        for c in complaints.of_person(self.person_id):
            by_app.setdefault(c.application_id, []).append(c)
        for r, app in enumerate(apps):
            self._add_row(r, app)
            self._add_timeline(app, by_app.get(app.id, []))
        self.timeline.resizeColumnToContents(1)

    def _where(self, app: status.CardApplication, lang: str) -> str:
        if app.state == workflow.CLOSED:
            return self.tr("Жабылды")
        if app.state == workflow.IN_TRANSIT:
            return self.tr("Нәтиже Орталыққа жолда")
        if app.state == workflow.TO_BODY:
            return self.tr("Папка уәкілетті органға жолда")
        return app.step_action.get(lang) if app.step_action else "—"

    def _add_row(self, r: int, app: status.CardApplication) -> None:
        lang = notify.current_lang()
        regs = workflow.regulations()  # the table of names, in the wording of the submission day
        values = [
            app.number,
            f"{app.service}. {app.service_name.get(lang)}",
            self.tr("Орталық") if app.channel == "center" else self.tr("Тікелей"),
            self._where(app, lang),
            _t(app.submitted_at),
            regs.name("results", app.result, lang, app.submitted_at.date()) if app.result else "—",
        ]
        for c, v in enumerate(values):
            self.apps.setItem(r, c, QTableWidgetItem(v))

    def _event_text(self, ev: status.Event, lang: str) -> str:
        if ev.kind == "movement":
            moved = workflow.regulations().name("movements", ev.code, lang, ev.at.date())
            return self.tr("Штрих-код: %1").replace("%1", moved)
        if ev.kind == "informed":
            ways = {
                "in_person": self.tr("жеке өзіне"),
                "phone": self.tr("телефонмен"),
                "letter": self.tr("хатпен"),
            }
            return self.tr("Өтініш берушіге нәтиже хабарланды: %1").replace("%1", ways.get(ev.code, ev.code))
        outcomes = {
            "accepted": self.tr("қабылданды"),
            "sent": self.tr("жіберілді"),
            "registered": self.tr("тіркелді"),
            "assigned": self.tr("тағайындалды"),
            "notification": self.tr("хабарлама дайындалды"),
            "decision": self.tr("шешім дайындалды"),
            "refusal": self.tr("бас тарту дайындалды"),
            "return": self.tr("құжаттарды қайтару дайындалды"),
            "signed": self.tr("қол қойылды"),
            "returned": self.tr("пысықтауға қайтарылды"),
            "sent_to_center": self.tr("Орталыққа жіберілді"),
            "handed_over": self.tr("тұтынушыға берілді"),
            "issued": self.tr("тұтынушыға берілді"),
        }
        label = f"{ev.step_no}. {ev.action.get(lang) if ev.action else ''}"
        if ev.outcome:
            label += f" — {outcomes.get(ev.outcome, ev.outcome)}"
        return label + (f" ({ev.note})" if ev.note else "")

    def _add_timeline(self, app: status.CardApplication, items: list) -> None:
        lang = notify.current_lang()
        top = QTreeWidgetItem(
            [_t(app.submitted_at), f"{app.number} — {app.service_name.get(lang)}", "", _t(app.term_due_at)]
        )
        events = [
            (ev.at, ev.order, [_t(ev.at), self._event_text(ev, lang), ev.who, _t(ev.due_at)])
            for ev in app.events
        ]
        events += self._complaint_events(app.number, items)
        # a scan comes before the step it opens
        for ev in sorted(events, key=lambda e: (e[0], e[1])):
            item = QTreeWidgetItem(ev[2])
            if len(ev) > 3:  # a complaint: its term is data flagged "to confirm"
                item.setData(0, Qt.ItemDataRole.UserRole, ("complaint", ev[5]))
                if ev[3]:
                    item.setToolTip(3, "\n".join(t for t in ev[3:5] if t))
            top.addChild(item)
        self.timeline.addTopLevelItem(top)
        top.setExpanded(True)

    def _complaint_events(self, number: str, items: list) -> list:
        """Timeline rows of the application's complaints and their answers (R1-R4 p.18)."""
        if not items:
            return []
        label, tip = term_text(number)
        out = []
        for c in items:
            at = dt.datetime.combine(c.received_on, dt.time(0))
            late = complaints.is_late(c)
            text = self.tr("Шағым: %1 (кімнен: %2)").replace("%1", c.subject).replace("%2", c.from_whom)
            if c.answered_on is None:
                text += " — " + (self.tr("жауап мерзімі өтті") if late else self.tr("жауап күтілуде"))
            out.append(
                (
                    at,
                    3,
                    [c.received_on.strftime("%d.%m.%Y"), text, c.recorded_by.short_name, _t(c.answer_due_at)],
                    label,
                    tip,
                    c.id,
                )
            )
            if c.answered_on is not None:
                at = dt.datetime.combine(c.answered_on, dt.time(23, 59))
                text = self.tr("Шағымға жауап: %1").replace("%1", c.answer)
                if late:
                    text += " — " + self.tr("мерзімі өткен соң")
                out.append(
                    (
                        at,
                        4,
                        [
                            c.answered_on.strftime("%d.%m.%Y"),
                            text,
                            c.answered_by.short_name if c.answered_by_id else "",
                            "",
                        ],
                        "",
                        "",
                        c.id,
                    )
                )
        return out

    def _show_unemployed(self) -> None:
        reg = informing.unemployed_registration(self.person_id)
        if reg is None:
            self.unemployed_label.hide()
            return
        self.unemployed_label.setText(
            self.tr("Жұмыссыз ретінде тіркелген: %1 бастап, шешім № %2")
            .replace("%1", reg.since.strftime("%d.%m.%Y"))
            .replace("%2", reg.decision_no)
        )
        self.unemployed_label.show()

    def open_complaint(self) -> ComplaintDialog | None:
        if not can_register(self.session):
            notify.show_error(self, notify.no_role())
            return None
        row = self.apps.currentRow()
        cell = self.apps.item(row, 0) if row >= 0 else None
        number = cell.text() if cell is not None else None
        dlg = ComplaintDialog(self.person_id, self.session, number, self)
        dlg.registered.connect(lambda _c: self.load_applications())
        self.complaint_dialog = dlg
        dlg.open()
        return dlg
