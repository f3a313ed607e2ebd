"""同步冲突: a product edited here and changed on the platform — both versions side by side, the user chooses."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.product_states import STATE_LABELS
from desktop.services import platform_products as svc
from desktop.ui.common import writable
from desktop.ui.common.runner import Op


class ConflictsDialog(QDialog):
    def __init__(self, ctx, shop_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.shop_id = ctx, shop_id
        self.result_changes: frozenset = frozenset()
        self.setObjectName("platformConflictsDialog")
        self.setWindowTitle(self.tr("同步冲突"))
        self.resize(900, 380)
        intro = QLabel(self.tr("这些商品在本地修改过，抖店上也有变化。小店管家不会自动覆盖，请逐个选择保留哪一边。"))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="platformConflictsTable")
        self.table.setHorizontalHeaderLabels([self.tr("本地商品"), self.tr("本地状态"), self.tr("抖店商品 ID"),
                                              self.tr("抖店标题"), self.tr("抖店状态")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("同步冲突"))
        self.error = QLabel(objectName="platformConflictsError")
        self.error.setWordWrap(True)
        self.keep_local = QPushButton(self.tr("保留本地(&L)"), objectName="platformKeepLocalButton")
        self.take_platform = QPushButton(self.tr("采用抖店(&P)"), objectName="platformTakePlatformButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_local, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_platform, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.keep_local.clicked.connect(lambda: self._resolve("local"))
        self.take_platform.clicked.connect(lambda: self._resolve("platform"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.rows = svc.list_conflicts(self.ctx, self.shop_id)
        self.table.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            platform_state = STATE_LABELS.get(c.platform_state or "", "")
            values = (c.local_title, STATE_LABELS.get(c.local_state, c.local_state), c.platform_product_id,
                      c.platform_name, f"{c.platform_state_text}" + (f"（{platform_state}）" if platform_state else ""))
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        writable.enable(self.keep_local, self.ctx, has, self._update_buttons)
        writable.enable(self.take_platform, self.ctx, has, self._update_buttons)

    def _resolve(self, keep: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.rows[rows[0].row()]
        result = Op(self, self.ctx, svc.resolve_conflict, conflict.id, keep).show_errors_in(self.error).run()
        if result:
            self.result_changes |= result.changes
            self.error.clear()
            self.reload()
