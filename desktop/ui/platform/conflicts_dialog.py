"""同步冲突: a product edited here and changed on the platform — both versions side by side, the user chooses."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.domain.product_states import STATE_LABELS
from desktop.services import platform_products as svc
from desktop.ui.common import writable
from desktop.ui.platform.row_choice import RowChoiceDialog
from desktop.ui.common.decisions import bracketed


class ConflictsDialog(RowChoiceDialog):
    def __init__(self, ctx, shop_id: int, parent=None) -> None:
        super().__init__(ctx, shop_id, parent)
        self.setWindowTitle(self.tr("同步冲突"))
        self.resize(900, 380)
        self.keep_local = QPushButton(self.tr("保留本地(&L)"), objectName="platformKeepLocalButton")
        self.take_platform = QPushButton(self.tr("采用抖店(&P)"), objectName="platformTakePlatformButton")
        self.build(name="platformConflictsDialog",
                   intro=self.tr("这些商品在本地修改过，抖店上也有变化。小店管家不会自动覆盖，请逐个选择保留哪一边。"),
                   headers=[self.tr("本地商品"), self.tr("本地状态"), self.tr("抖店商品 ID"), self.tr("抖店标题"),
                            self.tr("抖店状态")],
                   table_name="platformConflictsTable", table_label=self.tr("同步冲突"),
                   error_name="platformConflictsError", actions=[self.keep_local, self.take_platform])
        self.keep_local.clicked.connect(lambda: self._resolve("local"))
        self.take_platform.clicked.connect(lambda: self._resolve("platform"))
        self.reload()

    def reload(self) -> None:
        self.rows = self.load(svc.list_conflicts, self.shop_id, default=[])
        values = []
        for c in self.rows:
            platform_state = STATE_LABELS.get(c.platform_state or "", "")
            values.append((c.local_title, STATE_LABELS.get(c.local_state, c.local_state), c.platform_product_id,
                           c.platform_name, bracketed(c.platform_state_text, self.tr(platform_state)) if platform_state else c.platform_state_text))
        self.show_rows(values)

    def update_actions(self) -> None:
        has = self.selected_row() is not None
        writable.enable(self.keep_local, self.ctx, has, self.update_actions)
        writable.enable(self.take_platform, self.ctx, has, self.update_actions)

    def _resolve(self, keep: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.act(svc.resolve_conflict, self.rows[row].id, keep)
