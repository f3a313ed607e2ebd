"""今日待办 as a table model: date, shop, reason (plain words) and rule ID, one row per item."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain import todos as td
from desktop.domain.decisions import format_reason

TODO_ROLE = Qt.ItemDataRole.UserRole + 1  # the Todo object of the row


def tr(text: str) -> str:
    return QCoreApplication.translate("todos", text)


def reason_text(todo: td.Todo) -> str:
    """The reason in the user's language: the template goes through the translator, then is filled."""
    return format_reason(tr(todo.reason), todo.params)


class TodoModel(QAbstractTableModel):
    COLUMNS = ("日期", "店铺", "事项", "规则")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[td.Todo] = []
        self._texts: list[tuple[str, str, str, str]] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Texts made once: views ask data() many times per row while painting.
        self._texts = [(t.day.isoformat(), t.shop_name, reason_text(t), t.rule) for t in self._rows]
        self.endResetModel()

    def rows(self) -> list[td.Todo]:
        return self._rows

    def row_at(self, row: int) -> td.Todo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][index.column()]
        if role == TODO_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self._rows[row]
            return f"{tr(item.kind_label)}：{self._texts[row][2]}（{item.rule}）"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(self._texts[row])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
