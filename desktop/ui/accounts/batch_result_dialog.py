"""批量标记为自营: the result for every account (R-SELF-3)."""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.ui.common.row_table import Column, RowTableModel
from desktop.ui.common import colors
from desktop.ui.common.texts import fill
from desktop.ui.common.texts import translated



class BatchResultDialog(QDialog):
    def __init__(self, items, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("batchResultDialog")
        self.setWindowTitle(self.tr("批量标记结果"))
        self.resize(1000, 420)
        self.items = list(items)
        marked = sum(1 for i in self.items if i.marked)
        refused = len(self.items) - marked
        self.summary = QLabel(objectName="batchResultSummary")
        self.summary.setWordWrap(True)
        text = self.tr("已标记 {ok} 个账号为自营，正在等待达人授权；{bad} 个账号没有标记，原因见下表。").format(
            ok=marked, bad=refused)
        if marked:
            text += self.tr("<br>下一步：在抖音电商罗盘中点击「完成并去申请权限」，达人同意或拒绝后，回到这里记录结果。")
        self.summary.setText(text)

        self.model = RowTableModel(
            [
                Column(self.tr("账号"), lambda i: translated(i.label), tooltip=lambda i: translated(i.label)),
                Column(self.tr("结果"), lambda i: self.tr("已标记，等待达人授权") if i.marked else self.tr("未标记"),
                       foreground=lambda i: colors.color("success" if i.marked else "error")),
                Column(self.tr("规则"), lambda i: i.rule or ""),
                Column(self.tr("原因"), lambda i: self._reason(i), tooltip=lambda i: self._reason(i)),
            ],
            self,
        )
        self.model.setObjectName("batchResultModel")
        self.model.set_rows(self.items)
        self.table = QTableView(objectName="batchResultTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 70)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("完成(&D)"))
        close.setIcon(QIcon())  # the style's Close icon is a ✗, wrong for "done"
        close.setObjectName("batchResultClose")
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _reason(self, item) -> str:
        # The rule ID has its own column; the reason is the translated template.
        if item.marked:
            return ""
        return fill(self.tr(item.decision.reason), item.decision.reason, item.decision.params) or item.decision.message
