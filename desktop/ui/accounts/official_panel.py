"""官方账号 section (R-OFF-1..5).

The toolbar asks the rule engine (through services.official) for every action;
解除绑定 is always there and always disabled (R-OFF-4).
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from desktop.domain import accounts as rules
from desktop.domain.decisions import deny
from desktop.services import official
from desktop.ui.accounts.binding_panel import BindingPanel, correction_actions
from desktop.ui.common.runner import Op
from desktop.ui.common.table_panel import ActionSpec
from desktop.ui.common.texts import translated
from desktop.ui.accounts.models import OfficialTableModel
from desktop.ui.accounts.official_bind_dialog import OfficialBindDialog
from desktop.ui.accounts.official_cancel_dialog import ask_cancel_side
from desktop.ui.accounts.official_confirm_dialog import OfficialConfirmDialog, fee_text

NO_SHOP = deny(None, "请先选择一个店铺")


class OfficialPanel(BindingPanel):
    ACTIONS = (
        ActionSpec("officialStartAction", "开始绑定(&B)…", "start", "Ctrl+B"),
        ActionSpec("officialAcceptAction", "记录已接受(&J)", "record_accepted", "Ctrl+J", default=True),
        ActionSpec("officialConfirmAction", "确认绑定(&K)…", "confirm", "Ctrl+K", default=True),
        ActionSpec("officialCancelAction", "取消绑定(&D)…", "cancel", "Ctrl+D"),
        ActionSpec("officialUnbindAction", "解除绑定(&U)", "unbind", "Ctrl+U", explains=True),
        *correction_actions("official"),
    )

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "official", OfficialTableModel(), parent)
        self.table.setAccessibleName(self.tr("官方账号绑定记录"))
        self.setObjectName("officialPanel")
        self.view: official.OfficialView | None = None

        self.status = QLabel(objectName="officialStatusLabel")
        self.status.setWordWrap(True)
        self.fee = QLabel(objectName="officialFeeLabel")
        self.start_action = self.action("officialStartAction")
        self.accept_action = self.action("officialAcceptAction")
        self.confirm_action = self.action("officialConfirmAction")
        self.cancel_action = self.action("officialCancelAction")
        self.unbind_action = self.action("officialUnbindAction")

        self.lay_out(self.status, self.fee, help_text=self.tr(
            "绑定店铺官方账号可以提升店铺曝光，帮助店铺沉淀私域流量。"
            "抖店后台路径：<b>店铺设置 → 店铺官方账号 → 立即绑定</b>。"
            "只有抖音账号可以作为官方账号；绑定确认后<b>永久有效，不能解绑或更换</b>。"))

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.shop_id is None:
            self.view = None
            self.set_rows([])
            self.status.setText(self.tr("请先选择一个店铺。"))
            self.fee.setText("")
            return
        self.view = Op(self, self.ctx, official.official_view, self.shop_id).value_or(None)
        if self.view is None:
            return
        current = self.view.current
        if current is None:
            self.status.setText(self.tr("<b>官方账号：</b>未绑定"))
        elif current.state == "bound":
            self.status.setText(
                self.tr("<b>官方账号：</b>{account}　已绑定（{date} 起，永久有效）").format(
                    account=translated(current.label), date=current.bound_on.isoformat()
                )
            )
        else:
            self.status.setText(
                self.tr("<b>官方账号：</b>{account}　{state}").format(account=translated(current.label), state=self.tr(current.state_label))
            )
        self.fee.setText(fee_text(self.tr, self.view.fee_fen))
        self.set_rows(self.view.rows, keep_id=current.id if current else None)

    def correction_target(self):
        return self.target()

    def target(self):
        """The selected binding, or the live one."""
        return self.selected_row() or (self.view.current if self.view else None)

    def decisions(self) -> dict:
        if self.view is None:
            decisions = {spec.name: NO_SHOP for spec in self.ACTIONS}
            decisions["officialUnbindAction"] = rules.official_unbind_decision(None)
            return decisions
        row = self.target()
        state = row.state if row else None
        return {
            "officialStartAction": self.view.start,
            "officialAcceptAction": row.accept if row else rules.official_accept_decision(state),
            "officialConfirmAction": row.confirm if row else rules.official_confirm_decision(state),
            "officialCancelAction": row.cancel if row else rules.official_cancel_decision(state),
            "officialUnbindAction": row.unbind if row else rules.official_unbind_decision(state),
            **self.correction_decisions(),
        }

    def empty_text(self) -> str:
        return self.first_step("officialStartAction", self.tr("还没有官方账号。"))

    # -- actions -------------------------------------------------------------------
    def start(self) -> None:
        if self.shop_id is None or not self.view.start.allowed:
            return
        self.open_binding_dialog(OfficialBindDialog(self.ctx, self.shop_id, self))

    def record_accepted(self) -> None:
        self.run_on(self.target(), official.record_official_accepted)

    def confirm(self) -> None:
        row = self.target()
        if row is None or not row.confirm.allowed:
            return
        dialog = OfficialConfirmDialog(translated(row.label), self.view.fee_fen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_on(row, official.confirm_official)

    def cancel(self) -> None:
        row = self.target()
        if row is None or not row.cancel.allowed:
            return
        side = ask_cancel_side(self, translated(row.label))
        if side:
            self.run_on(row, official.cancel_official, side)

    def unbind(self) -> None:
        # Never enabled (R-OFF-4); reachable only if someone triggers it directly. The
        # service refuses and logs the attempt, like any other refused action.
        self.run_on(self.target(), official.unbind_official)
