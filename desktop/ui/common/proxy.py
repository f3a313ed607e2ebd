"""The sort/filter proxy every table uses: sorts by SORT_ROLE, filters by text over all columns."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop.ui.common.row_table import SORT_ROLE


class VisualRowHeaders:
    """Row headers are hidden in our tables, but Qt's accessibility still reads them out: Qt's proxy
    gives the source row ("4, 1, 3" after sorting); say the row's place on screen instead."""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)


class TableProxy(VisualRowHeaders, QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # text filter looks at every column
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
