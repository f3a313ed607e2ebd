"""官方账号 section (R-OFF-1..5).

The toolbar asks the rule engine (through services.official) for every action;
解除绑定 is always there and always disabled (R-OFF-4).
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from desktop.domain.decisions import Decision, deny
from desktop.services import official
from desktop.ui.accounts.binding_panel import BindingPanel
from desktop.ui.common.runner import Op
from desktop.ui.accounts.models import OfficialTableModel
from desktop.ui.accounts.official_bind_dialog import OfficialBindDialog
from desktop.ui.accounts.official_cancel_dialog import ask_cancel_side
from desktop.ui.accounts.official_confirm_dialog import OfficialConfirmDialog, fee_text

NO_SHOP = deny(None, "请先选择一个店铺")


class OfficialPanel(BindingPanel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "official", OfficialTableModel(), parent)
        self.setObjectName("officialPanel")
        self.view: official.OfficialView | None = None

        self.status = QLabel(objectName="officialStatusLabel")
        self.status.setWordWrap(True)
        self.fee = QLabel(objectName="officialFeeLabel")
        help_text = QLabel(
            self.tr(
                "绑定店铺官方账号可以提升店铺曝光，帮助店铺沉淀私域流量。"
                "抖店后台路径：<b>店铺设置 → 店铺官方账号 → 立即绑定</b>。"
                "只有抖音账号可以作为官方账号；绑定确认后<b>永久有效，不能解绑或更换</b>。"
            ),
            objectName="officialHelpLabel",
        )
        help_text.setWordWrap(True)

        self.start_action = self.add_action("officialStartAction", self.tr("开始绑定(&B)…"), self.start, "Ctrl+B")
        self.accept_action = self.add_action("officialAcceptAction", self.tr("记录已接受(&J)"), self.record_accepted, "Ctrl+J")
        self.confirm_action = self.add_action("officialConfirmAction", self.tr("确认绑定(&K)…"), self.confirm, "Ctrl+K")
        self.cancel_action = self.add_action("officialCancelAction", self.tr("取消绑定(&D)…"), self.cancel, "Ctrl+D")
        self.unbind_action = self.add_action("officialUnbindAction", self.tr("解除绑定(&U)"), self.unbind, "Ctrl+U")
        self.finish_toolbar()

        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.fee)
        self.layout_.addWidget(help_text)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.table)
        self.update_actions()

    # -- data ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.shop_id is None:
            self.view = None
            self.set_rows([])
            self.status.setText(self.tr("请先选择一个店铺。"))
            self.fee.setText("")
            return
        self.view = official.official_view(self.ctx, self.shop_id)
        current = self.view.current
        if current is None:
            self.status.setText(self.tr("<b>官方账号：</b>未绑定"))
        elif current.state == "bound":
            self.status.setText(
                self.tr("<b>官方账号：</b>{account}　已绑定（{date} 起，永久有效）").format(
                    account=current.label, date=current.bound_on.isoformat()
                )
            )
        else:
            self.status.setText(
                self.tr("<b>官方账号：</b>{account}　{state}").format(account=current.label, state=self.tr(current.state_label))
            )
        self.fee.setText(fee_text(self.tr, self.view.fee_fen))
        self.set_rows(self.view.rows, keep_id=current.id if current else None)

    def target(self):
        """The selected binding, or the live one."""
        return self.selected_row() or (self.view.current if self.view else None)

    def update_actions(self, announce: bool = False) -> None:
        if self.view is None:
            for action in (self.start_action, self.accept_action, self.confirm_action, self.cancel_action):
                self.show_decision(action, NO_SHOP)
            self.show_decision(self.unbind_action, official.rules.official_unbind_decision(None))
            return
        row = self.target()
        none = deny("R-OFF-3", "没有正在进行的官方账号绑定")
        decisions: list[tuple] = [
            (self.start_action, self.view.start),
            (self.accept_action, row.accept if row else none),
            (self.confirm_action, row.confirm if row else none),
            (self.cancel_action, row.cancel if row else none),
            (self.unbind_action, row.unbind if row else official.rules.official_unbind_decision(None)),
        ]
        for action, decision in decisions:
            self.show_decision(action, decision)
        if announce and row is not None:
            self.announce(self.unbind_action, row.unbind)

    def default_action(self) -> None:
        for action in (self.accept_action, self.confirm_action):
            if action.isEnabled():
                action.trigger()
                return

    # -- actions -------------------------------------------------------------------
    def _guard(self, action, decision: Decision) -> bool:
        """Shortcut on a disabled action: say why instead of doing nothing silently."""
        if not decision.allowed:
            self.announce(action, decision)
        return decision.allowed

    def start(self) -> None:
        if self.shop_id is None or not self._guard(self.start_action, self.view.start):
            return
        dialog = OfficialBindDialog(self.ctx, self.shop_id, self)
        dialog.exec()
        if dialog.binding_id is not None:
            self.select_id(dialog.binding_id)

    def record_accepted(self) -> None:
        row = self.target()
        if row is not None:
            Op(self, self.ctx, official.record_official_accepted, row.id).run()

    def confirm(self) -> None:
        row = self.target()
        if row is None or not self._guard(self.confirm_action, row.confirm):
            return
        dialog = OfficialConfirmDialog(row.label, self.view.fee_fen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            Op(self, self.ctx, official.confirm_official, row.id).run()

    def cancel(self) -> None:
        row = self.target()
        if row is None or not self._guard(self.cancel_action, row.cancel):
            return
        side = ask_cancel_side(self, row.label)
        if side:
            Op(self, self.ctx, official.cancel_official, row.id, side).run()

    def unbind(self) -> None:
        # Never enabled (R-OFF-4); reachable only if someone triggers it directly. The
        # service refuses and logs the attempt, like any other refused action.
        row = self.target()
        if row is not None:
            Op(self, self.ctx, official.unbind_official, row.id).run()
