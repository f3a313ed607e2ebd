"""同步记录: one row per sync run — when, what, counts, errors, duration."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.services import platform_runs
from desktop.ui.common.buttons import close_box
from desktop.ui.common.runner import Op
from desktop.ui.common.texts import translated


KIND_TEXT = {
    "test": QT_TRANSLATE_NOOP("SyncRunsModel", "测试连接"),
    "categories": QT_TRANSLATE_NOOP("SyncRunsModel", "拉取类目"),
    "properties": QT_TRANSLATE_NOOP("SyncRunsModel", "拉取类目属性"),
    "products": QT_TRANSLATE_NOOP("SyncRunsModel", "拉取商品"),
    "accounts": QT_TRANSLATE_NOOP("SyncRunsModel", "拉取绑定账号"),
    "alliance": QT_TRANSLATE_NOOP("SyncRunsModel", "拉取联盟订单"),
    "push": QT_TRANSLATE_NOOP("SyncRunsModel", "提交到抖店"),
}
OUTCOME_TEXT = {
    "ok": QT_TRANSLATE_NOOP("SyncRunsModel", "成功"),
    "failed": QT_TRANSLATE_NOOP("SyncRunsModel", "失败"),
    "cancelled": QT_TRANSLATE_NOOP("SyncRunsModel", "已取消"),
    "dry_run": QT_TRANSLATE_NOOP("SyncRunsModel", "预演（未发送）"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("SyncRunsModel", "时间"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "店铺"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "内容"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "结果"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "请求数"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "获取"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "新增"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "更新"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "未变"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "冲突"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "用时"),
    QT_TRANSLATE_NOOP("SyncRunsModel", "说明"),
)


class SyncRunsModel(QAbstractTableModel):
    HEADERS = HEADERS

    def __init__(self, rows=(), parent=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 11:
            return translated(r.error or r.summary) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= index.column() <= 10:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (r.started_at[:19].replace("T", " "), r.shop_name, self.tr(KIND_TEXT.get(r.kind, r.kind)),
                  self.tr(OUTCOME_TEXT.get(r.outcome, r.outcome)),
                  r.requests, r.fetched, r.created, r.updated, r.unchanged, r.conflicts,
                  self.tr("{s:.1f} 秒").format(s=r.duration_ms / 1000), translated(r.error or r.summary))
        return values[index.column()] if isinstance(values[index.column()], str) else str(values[index.column()])


class SyncRunsDialog(QDialog):
    def __init__(self, ctx, shop_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncRunsDialog")
        self.setWindowTitle(self.tr("同步记录"))
        self.resize(980, 460)
        self.model = SyncRunsModel(Op(parent, ctx, platform_runs.list_runs, shop_id).value_or([]), self)
        self.table = QTableView(objectName="syncRunsTable")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("同步记录"))
        empty = QLabel(self.tr("还没有同步过。在「平台」菜单里连接店铺后拉取类目、商品或绑定账号。"),
                       objectName="syncRunsEmpty")
        empty.setVisible(not self.model.rows)
        buttons = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
