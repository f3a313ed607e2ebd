"""Text that keeps to the width it gets: the 概览's card lines and chart titles are
longer in English than in Chinese, and at 1366×768 they must not be cut mid-word.

The full text stays in text(), the accessible name and the tooltip; what is
painted ends with "…" when it does not fit. The eliding happens at paint time
only (no Python per resize or event), so 50 cards laid out again cost nothing for it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter


def _elided(widget, text: str, padding: int) -> str:
    room = max(0, widget.contentsRect().width() - padding)
    return widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)


class ElidedButton(QPushButton):
    """A flat link-like button whose one line of text is elided to the button's width."""

    PADDING = 14  # the style's text margins inside a flat button

    def __init__(self, objectName: str = "", parent=None) -> None:
        super().__init__(parent, objectName=objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)  # instead of the whole text's width

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:  # noqa: N802
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = _elided(self, self.text(), self.PADDING)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class ElidedLabel(QLabel):
    """A one-line plain-text label elided to its width (card and chart titles)."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(20)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), _elided(self, self.text(), 0),
                                  self.foregroundRole())
