"""The SKU grid: one row per spec combination (R-P-SKU), prices in 元 as typed."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain.products import SkuInput
from desktop.ui.common import colors

EDIT_FIELDS = ("sale", "original", "stock", "code")
EDIT_TITLES = ("售价（元）", "原价（元）", "库存", "商家编码")


def tr(text: str) -> str:
    return QCoreApplication.translate("SkuTableModel", text)


class SkuTableModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._dims: list[str] = []
        self._skus: list[SkuInput] = []
        self._errors: dict[tuple[int, str], str] = {}

    def set_skus(self, dim_names: list[str], skus: list[SkuInput]) -> None:
        self.beginResetModel()
        self._dims = list(dim_names)
        self._skus = list(skus)
        self._errors = {}
        self.endResetModel()

    def skus(self) -> list[SkuInput]:
        return list(self._skus)

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        if self._skus:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._skus) - 1, self.columnCount() - 1))

    def set_field(self, rows: list[int], field: str, value: str) -> None:
        for r in rows:
            setattr(self._skus[r], field, value)
        if rows:
            col = len(self._dims) + EDIT_FIELDS.index(field)
            self.dataChanged.emit(self.index(min(rows), col), self.index(max(rows), col))
            self.edited.emit()

    def _field(self, column: int) -> str | None:
        i = column - len(self._dims)
        return EDIT_FIELDS[i] if 0 <= i < len(EDIT_FIELDS) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._skus)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._dims) + len(EDIT_FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._dims):
                return self._dims[section] or tr("规格{n}").format(n=section + 1)
            field = self._field(section)
            return tr(EDIT_TITLES[EDIT_FIELDS.index(field)]) if field else None
        return section + 1 if 0 <= section < len(self._skus) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._field(index.column()) else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._skus):
            return None
        sku = self._skus[index.row()]
        field = self._field(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field is None:
                values = sku.values
                return values[index.column()] if index.column() < len(values) else ""
            return getattr(sku, field)
        error = self._errors.get((index.row(), field)) if field else None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return colors.color("error_bg")
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("sale", "original", "stock"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        field = self._field(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        setattr(self._skus[index.row()], field, str(value).strip())
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
