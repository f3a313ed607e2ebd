"""渠道号 section (R-CH-1..6): at most 5 (pending ones count), unbind from D+180."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox

from desktop.domain.decisions import deny
from desktop.services import channels
from desktop.ui.accounts.binding_panel import BindingPanel, correction_actions
from desktop.ui.accounts.channel_bind_dialog import RECORD, START, ChannelBindDialog
from desktop.ui.accounts.models import ChannelTableModel
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.runner import Op
from desktop.ui.common.table_panel import ActionSpec
from desktop.ui.common.texts import translated

NO_SHOP = deny(None, "请先选择一个店铺")
NO_ROW = deny(None, "请先在列表中选择一个渠道号")


class ChannelPanel(BindingPanel):
    ACTIONS = (
        ActionSpec("channelStartAction", "新增绑定(&B)…", "start", "Ctrl+B"),
        ActionSpec("channelCompleteAction", "绑定完成(&J)", "complete", "Ctrl+J", default=True),
        ActionSpec("channelCancelAction", "取消绑定(&D)", "cancel", "Ctrl+D"),
        ActionSpec("channelRecordAction", "登记已有绑定(&R)…", "record", "Ctrl+Shift+B", secondary=True),
        ActionSpec("channelUnbindAction", "解除绑定(&U)…", "unbind", "Ctrl+U", explains=True),
        *correction_actions("channel"),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "channel", ChannelTableModel(), parent)
        self.table.setAccessibleName(self.tr("渠道号列表"))
        self.setObjectName("channelPanel")
        self.summary: channels.ChannelSummary | None = None
        self.start_action = self.action("channelStartAction")
        self.complete_action = self.action("channelCompleteAction")
        self.cancel_action = self.action("channelCancelAction")
        self.record_action = self.action("channelRecordAction")
        self.unbind_action = self.action("channelUnbindAction")

        self.count = QLabel(objectName="channelCountLabel")
        self.show_ended = QCheckBox(self.tr("显示已解绑/已取消(&E)"), objectName="channelShowEndedCheck")
        self.show_ended.toggled.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.show_ended)
        self.lay_out(top, help_text=self.tr(
            "渠道可选：抖音、今日头条/西瓜、火山。每个店铺最多 5 个渠道号（绑定中的也计入）；"
            "绑定满 180 天后才能解除绑定。抖店后台路径：<b>营销中心 → 直播卖货 → 账号管理 → 新增绑定账号 / 解除绑定</b>。"
            "登录和验证码在平台上完成，本应用不保存密码或验证码。"))

    def reload(self) -> None:
        if self.shop_id is None:
            self.summary = None
            self.count.setText("")
            self.set_rows([])
            return
        self.summary = Op(self, self.ctx, channels.channel_summary, self.shop_id).value_or(None)
        if self.summary is None:
            return
        s = self.summary
        text = self.tr("已绑定 {n}/{limit}").format(n=s.live, limit=s.limit)
        if s.pending:
            text += self.tr("（其中 {k} 个绑定中）").format(k=s.pending)
        self.count.setText(f"<b>{text}</b>")
        self.count.setToolTip(decision_text(s.start) or self.tr("还可以再绑定 {k} 个").format(k=s.limit - s.live))
        self.set_rows(Op(self, self.ctx, channels.list_channels, self.shop_id,
                         include_ended=self.show_ended.isChecked()).value_or([]))

    def decisions(self) -> dict:
        if self.summary is None:
            return {spec.name: NO_SHOP for spec in self.ACTIONS}
        row = self.selected_row()
        return {
            "channelStartAction": self.summary.start,
            "channelRecordAction": self.summary.start,
            "channelCompleteAction": row.complete if row else NO_ROW,
            "channelCancelAction": row.cancel if row else NO_ROW,
            "channelUnbindAction": row.unbind if row else NO_ROW,
            **self.correction_decisions(),
        }

    def empty_text(self) -> str:
        return self.first_step("channelStartAction", self.tr("还没有渠道号。"))

    def _open(self, mode: str) -> None:
        if self.summary is None or not self.summary.start.allowed:
            return
        self.open_binding_dialog(ChannelBindDialog(self.ctx, self.shop_id, mode, self))

    def start(self) -> None:
        self._open(START)

    def record(self) -> None:
        self._open(RECORD)

    def complete(self) -> None:
        self.run_on(self.selected_row(), channels.complete_channel_binding)

    def cancel(self) -> None:
        self.run_on(self.selected_row(), channels.cancel_channel_binding)

    def unbind(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not row.unbind.allowed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("解除绑定"),
            self.tr("确认已在抖店后台解除 {account} 的绑定，并在这里记录？").format(account=translated(row.label)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_on(row, channels.unbind_channel)
