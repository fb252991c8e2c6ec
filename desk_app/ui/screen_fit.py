"""Dialogs sized for the office's 1366×768 screens: asked-for sizes shrink to the screen's
free area (the taskbar excluded) less a window frame, so no button sits under the taskbar."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40  # a title bar and borders, which `resize` does not count


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(min(width, free.width() - FRAME), min(height, free.height() - FRAME))
