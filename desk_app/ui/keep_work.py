"""Work in progress survives a rebuild of the window (language switch, saved Settings).

The window is rebuilt from scratch, so the tabs' widgets are new. Each tab is built the
same way in every language, so its input widgets come out of `findChildren` in the same
order: what the clerk typed is read by position before the rebuild and put back after,
then the intake's own state (the chosen card, the new-card box) on top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QDateEdit, QSpinBox, QListWidget)


def _inputs(root: QWidget) -> list[QWidget]:
    out: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, _INPUTS):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the spin box or combo itself carries the value
        out.append(w)
    return out


def _value(w: QWidget) -> Any:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentIndex(), w.currentText() if w.isEditable() else None
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QDateEdit):
        return w.date().toJulianDay()
    if isinstance(w, QSpinBox):
        return w.value()
    if isinstance(w, QListWidget):
        return [
            (w.item(i).data(Qt.ItemDataRole.UserRole), w.item(i).text(), w.item(i).checkState())
            for i in range(w.count())
        ]
    return None


def _put(w: QWidget, v: Any) -> None:
    if isinstance(w, QLineEdit):
        if w.text() != v:
            w.setText(v)
    elif isinstance(w, QPlainTextEdit):
        if w.toPlainText() != v:
            w.setPlainText(v)
    elif isinstance(w, QComboBox):
        index, text = v
        if 0 <= index < w.count():
            w.setCurrentIndex(index)
        if text is not None:
            w.setCurrentText(text)
    elif isinstance(w, QCheckBox):
        w.setChecked(v)
    elif isinstance(w, QDateEdit):
        w.setDate(QDate.fromJulianDay(v))
    elif isinstance(w, QSpinBox):
        w.setValue(v)
    elif isinstance(w, QListWidget):
        _put_list(w, v)


def _put_list(w: QListWidget, items: list) -> None:
    """Check states back on the same entries; entries the clerk added (other documents)
    come back too. A list of results is left alone (it is re-read by a search)."""
    if (
        not any(i.flags() & Qt.ItemFlag.ItemIsUserCheckable for i in (w.item(n) for n in range(w.count())))
        and w.count()
    ):
        return
    from PySide6.QtWidgets import QListWidgetItem

    def key(data: Any) -> str:  # a document by its code: its title changes with the language
        return repr(data[0]) if isinstance(data, (tuple, list)) and data and data[0] else repr(data)

    by_data: dict[str, QListWidgetItem] = {}
    for n in range(w.count()):
        by_data.setdefault(key(w.item(n).data(Qt.ItemDataRole.UserRole)), w.item(n))
    for data, text, state in items:
        item = by_data.get(key(data))
        if item is None and isinstance(data, tuple) and data and data[0] is None:
            item = QListWidgetItem(text)  # a document typed in by hand
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, data)
            w.addItem(item)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(state)


def snapshot(root: QWidget) -> dict[str, Any]:
    from .intake import IntakeWidget

    state: dict[str, Any] = {"inputs": [(type(w).__name__, _value(w)) for w in _inputs(root)]}
    intakes = []
    for intake in root.findChildren(IntakeWidget):
        intakes.append(
            {
                "person": intake.person,  # the row shown (a frozen value), not re-read
                "card_open": intake.card_box.isVisibleTo(intake),
                "searched": intake.results.count() > 0,
            }
        )
    state["intakes"] = intakes
    return state


def restore(root: QWidget, state: dict[str, Any]) -> None:
    from .intake import IntakeWidget

    inputs = _inputs(root)
    saved = state.get("inputs", [])
    if [type(w).__name__ for w in inputs] != [name for name, _ in saved]:
        return  # not the same form (another profile): better nothing than the wrong fields
    # Combo boxes first: a service choice rebuilds the document list and the card's groups.
    order = sorted(
        range(len(inputs)),
        key=lambda i: (not isinstance(inputs[i], QComboBox), isinstance(inputs[i], QListWidget)),
    )
    for i in order:
        _put(inputs[i], saved[i][1])
    for intake, info in zip(root.findChildren(IntakeWidget), state.get("intakes", []), strict=False):
        if info["searched"]:
            intake.search()
        if info["person"] is not None:
            intake.choose_person(info["person"])  # the same row, kept as it was shown
        if info["card_open"]:
            intake.card_box.show()
