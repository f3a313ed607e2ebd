"""Sizing windows to the screen they open on (a 1024×700 laptop included)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 40  # the window frame and a bit of desktop around it


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``width``×``height``, or less where the screen's free area is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - MARGIN)
        height = min(height, free.height() - MARGIN)
    widget.resize(max(width, widget.minimumSizeHint().width()), max(height, widget.minimumSizeHint().height()))
