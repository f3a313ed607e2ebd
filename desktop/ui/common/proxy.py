"""The sort/filter proxy every table uses: sorts by SORT_ROLE, filters by text over all columns."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop.ui.common.row_table import SORT_ROLE


class TableProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # text filter looks at every column
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
