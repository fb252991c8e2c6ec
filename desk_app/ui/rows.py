"""A row of widgets in one call: most of the desk's button and field rows are this shape."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

STRETCH = None  # an empty stretch between two groups of a row


def hbox(*items: QWidget | tuple[QWidget, int] | None) -> QHBoxLayout:
    """`hbox(label, (edit, 1), STRETCH, button)`: a widget, a widget with its stretch
    factor, or STRETCH for a spring."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        elif isinstance(item, tuple):
            row.addWidget(item[0], item[1])
        else:
            row.addWidget(item)
    return row
