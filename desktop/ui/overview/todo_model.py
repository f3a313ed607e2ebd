"""今日待办 as a table model: date, shop, reason (plain words) and rule ID, one row per item."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain import todos as td
from desktop.domain.decisions import format_reason
from desktop.ui.common.decisions import bracketed, labelled
from desktop.ui.common.texts import fill

TODO_ROLE = Qt.ItemDataRole.UserRole + 1  # the Todo object of the row

# lupdate sees the domain's Chinese templates here (context "todos"); the model translates them at run time.
_TEMPLATES = (
    QT_TRANSLATE_NOOP("todos", "渠道号可解绑"),
    QT_TRANSLATE_NOOP("todos", "绑定未完成"),
    QT_TRANSLATE_NOOP("todos", "等待达人授权"),
    QT_TRANSLATE_NOOP("todos", "可提议自营"),
    QT_TRANSLATE_NOOP("todos", "自营占比不足"),
    QT_TRANSLATE_NOOP("todos", "审核时间过长"),
    QT_TRANSLATE_NOOP("todos", "审核未通过"),
    QT_TRANSLATE_NOOP("todos", "草稿有错误"),
    QT_TRANSLATE_NOOP("todos", "GMV 数据过旧"),
    QT_TRANSLATE_NOOP("todos", "渠道号「{account}」已满180天，{date} 起可以解除绑定"),
    QT_TRANSLATE_NOOP("todos", "渠道号「{account}」将于 {date} 满180天可解绑，还有 {days} 天"),
    QT_TRANSLATE_NOOP("todos", "官方账号「{account}」绑定已等待扫码 {days} 天"),
    QT_TRANSLATE_NOOP("todos", "官方账号「{account}」已扫码，等待商家确认 {days} 天"),
    QT_TRANSLATE_NOOP("todos", "渠道号「{account}」绑定中已 {days} 天，请确认平台是否已完成"),
    QT_TRANSLATE_NOOP("todos", "达人「{account}」已等待授权 {days} 天"),
    QT_TRANSLATE_NOOP("todos", "{count} 个达人近30天本店 GMV 占比达到 50%，尚未标记为自营，可一键提议"),
    QT_TRANSLATE_NOOP("todos", "自营账号「{account}」近30天本店 GMV 占比 {share}，已低于 50%"),
    QT_TRANSLATE_NOOP("todos", "（无标题）"),
    QT_TRANSLATE_NOOP("todos", "商品「{title}」已待审核 {days} 天，请到平台查看审核结果"),
    QT_TRANSLATE_NOOP("todos", "商品「{title}」等 {count} 个商品待审核超过 {limit} 天（最久 {days} 天），请到平台查看审核结果"),
    QT_TRANSLATE_NOOP("todos", "商品「{title}」审核未通过，修改后可重新提交"),
    QT_TRANSLATE_NOOP("todos", "商品「{title}」等 {count} 个商品审核未通过，修改后可重新提交"),
    QT_TRANSLATE_NOOP("todos", "草稿「{title}」有不符合规则的地方，改好后才能提交审核"),
    QT_TRANSLATE_NOOP("todos", "草稿「{title}」等 {count} 个草稿有不符合规则的地方，改好后才能提交审核"),
    QT_TRANSLATE_NOOP("todos", "最新的达人 GMV 数据是 {date}，已过去 {days} 天，自营占比可能已不准确"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("todos", text)


def reason_text(todo: td.Todo) -> str:
    """The reason in the user's language: the template goes through the translator, then is filled."""
    return fill(tr(todo.reason), todo.reason, todo.params) or format_reason(todo.reason, todo.params)


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
            return bracketed(labelled(tr(item.kind_label), self._texts[row][2]), item.rule)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(self._texts[row])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
