"""A read-only table model over a list of row objects, with declared columns.

Pages with plain lists of dataclass rows use it instead of writing the same
rowCount/data/headerData again; tables with special needs subclass it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False
    foreground: Callable[[Any], Any] | None = None


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        answer = _ROLES.get(role)
        return answer(self._columns[index.column()], self._rows[index.row()], index) if answer else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def _display(col: Column, row, _index):
    value = col.display(row)
    return "" if value is None else str(value)


def _sort(col: Column, row, _index):
    key = (col.sort_key or col.display)(row)
    return "" if key is None else key


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# One small function per role keeps data() flat; a column without the option answers None.
_ROLES = {
    Qt.ItemDataRole.DisplayRole: _display,
    SORT_ROLE: _sort,
    ROW_ROLE: lambda col, row, index: index.row(),
    Qt.ItemDataRole.ToolTipRole: lambda col, row, index: (col.tooltip(row) or None) if col.tooltip else None,
    Qt.ItemDataRole.TextAlignmentRole: lambda col, row, index: _RIGHT if col.align_right else None,
    Qt.ItemDataRole.ForegroundRole: lambda col, row, index: col.foreground(row) if col.foreground else None,
}
