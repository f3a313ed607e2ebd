from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.ui.pages.base import Page


class PlaceholderPage(Page):
    """Says what is coming on a page not built yet."""

    def __init__(self, ctx, title: str, coming: str, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        label = QLabel(f"<h2>{title}</h2><p>{coming}</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)
