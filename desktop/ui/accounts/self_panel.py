"""自营账号 section of the 账号 page (SPEC §3.3, R-SELF-1..7)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SelfOperatedPanel(QWidget):
    changed = Signal(frozenset)
    status_message = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfOperatedPanel")
        self.ctx = ctx
        self.shop_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("自营账号即将在这里管理。"), self))

    def set_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        self.reload()

    def reload(self) -> None:
        pass

    def apply_changes(self, changes: frozenset) -> None:
        self.reload()
