"""Table models for the official and channel sections: rows come from services, never the DB."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.decisions import decision_text
from desktop.ui.common.row_table import Column, RowTableModel
from desktop.ui.common import colors, formats



def tr(text: str) -> str:
    return QCoreApplication.translate("accounts", text)


def _date(d: date | None) -> str:
    return formats.date_text(d)


def _state_color(state: str):
    if state in ("awaiting_scan", "awaiting_confirm", "pending"):
        return colors.color("warning")
    if state in ("cancelled", "unbound"):
        return colors.color("muted")
    return None


class OfficialTableModel(RowTableModel):
    """The shop's official bindings (the live one and ended attempts)."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(tr("昵称"), lambda r: r.nickname or r.account_code),
                Column(tr("抖音号"), lambda r: r.account_code),
                Column(tr("状态"), lambda r: tr(r.state_label), foreground=lambda r: _state_color(r.state),
                       tooltip=lambda r: decision_text(r.unbind) if r.state == "bound" else ""),
                Column(tr("开始时间"), lambda r: r.started_at.replace("T", " ")[:16]),
                Column(tr("绑定日期"), lambda r: _date(r.bound_on), sort_key=lambda r: _date(r.bound_on)),
                Column(tr("备注"), lambda r: r.note),
            ],
            parent,
        )


def _days_left(r) -> str:
    if r.days_left is None:
        return ""
    return tr("可解绑") if r.days_left == 0 else tr("{n} 天").format(n=r.days_left)


class ChannelTableModel(RowTableModel):
    """The shop's channel accounts with 绑定日期, 可解绑日期 and days left (R-CH-4)."""

    def __init__(self, parent=None) -> None:
        unbind_tip = lambda r: decision_text(r.unbind) if not r.unbind.allowed else tr("已满 180 天，可以解除绑定")  # noqa: E731
        super().__init__(
            [
                Column(tr("渠道"), lambda r: tr(r.channel_label)),
                Column(tr("昵称"), lambda r: r.nickname or r.account_code),
                Column(tr("账号 ID"), lambda r: r.account_code),
                Column(tr("状态"), lambda r: tr(r.state_label), foreground=lambda r: _state_color(r.state)),
                Column(tr("来源"), lambda r: tr(r.source_label)),
                Column(tr("绑定日期"), lambda r: _date(r.bound_on), sort_key=lambda r: _date(r.bound_on)),
                Column(tr("可解绑日期"), lambda r: _date(r.unbind_on), sort_key=lambda r: _date(r.unbind_on), tooltip=unbind_tip),
                Column(
                    tr("剩余天数"),
                    _days_left,
                    sort_key=lambda r: -1 if r.days_left is None else r.days_left,
                    tooltip=unbind_tip,
                    align_right=True,
                    foreground=lambda r: colors.color("success") if r.days_left == 0 else None,
                ),
            ],
            parent,
        )
