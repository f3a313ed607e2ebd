"""提醒设置: the to-do thresholds and the tray notification switch, stored in the database."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QSpinBox

from desktop.domain import todos as td
from desktop.services import overview_state
from desktop.ui.common.buttons import standard_ok_cancel
from desktop.ui.common.forms import column, error_label
from desktop.ui.common.runner import Op


def tr(text: str) -> str:
    return QCoreApplication.translate("overview", text)


LABELS = {
    "unbind_within_days": "渠道号满180天前提前提醒（天）",
    "binding_pending_days": "绑定未完成超过（天）",
    "auth_waiting_days": "等待达人授权超过（天）",
    "review_days": "商品待审核超过（天）",
    "gmv_stale_days": "GMV 数据超过（天）未更新",
}


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome = None
        self.result_changes = frozenset()
        self.setObjectName("overviewSettingsDialog")
        self.setWindowTitle(tr("提醒设置"))
        current = overview_state.thresholds(ctx)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for f in fields(td.Thresholds):
            low, high = td.Thresholds.LIMITS[f.name]
            spin = QSpinBox(objectName=f"setting_{f.name}")
            spin.setRange(low, high)
            spin.setValue(getattr(current, f.name))
            form.addRow(tr(LABELS[f.name]), spin)
            self.spins[f.name] = spin
        self.tray = QCheckBox(tr("启动时有待办，在系统托盘显示通知"), objectName="settingTray")
        self.tray.setChecked(overview_state.tray_enabled(ctx))
        form.addRow(self.tray)
        self.error = error_label("overviewSettingsError")
        column(self, form, self.error, standard_ok_cancel(self, self._save))

    def _save(self) -> None:
        values = {name: spin.value() for name, spin in self.spins.items()}
        result = Op(self, self.ctx, overview_state.save_settings, values, self.tray.isChecked()) \
            .show_errors_in(self.error).run()
        if result.ok:
            self.outcome = result
            self.accept()
