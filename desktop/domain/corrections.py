"""Corrections of mistyped records and voids of bindings that never happened (R-FIX-1, R-FIX-2).

A correction fixes what the app recorded, never what happened on the platform:
it can move a binding's date (R-CH-4's count follows it), fix a nickname, an
account ID or a GMV entry. A void marks a binding recorded by mistake. Neither
is a way around a rule: a bound official account is still never unbound
(R-OFF-4), a corrected date is still never in the future (R-CH-5).
"""
from __future__ import annotations

from datetime import date

from desktop.domain.decisions import Decision, allow, deny
from desktop.domain.messages import Text, text
from desktop.domain.text import control_char_error

REASON_MIN = 2
REASON_MAX = 200
KINDS = {
    "binding_date": "绑定日期",
    "nickname": "昵称",
    "account_code": "账号 ID",
    "gmv": "达人 GMV",
    "void": "作废",
}
DATED_STATES = {"official": ("bound",), "channel": ("bound", "unbound")}
VOIDABLE = ("official", "channel")


def reason_error(reason: str) -> Text | None:
    """Every correction and void says why, in the user's words."""
    typed = reason.strip()
    if len(typed) < REASON_MIN:
        return text("请写明原因（至少 {n} 个字），它会和更正一起记入操作记录", n=REASON_MIN)
    if len(typed) > REASON_MAX:
        return text("原因最多 {n} 个字", n=REASON_MAX)
    return control_char_error(typed, text("原因"))


def date_decision(category: str, state: str, voided: bool, old: date | None, new: date, today: date) -> Decision:
    """May this binding's recorded date become ``new``?"""
    if voided:
        return deny("R-FIX-2", "该绑定记录已作废，不能再更正")
    if state not in DATED_STATES.get(category, ()):
        return deny("R-FIX-1", "只有已绑定（或已解绑的渠道号）记录有绑定日期可以更正")
    if new > today:
        return deny("R-CH-5", "绑定日期不能晚于今天（{today}）", today=today.isoformat())
    if old == new:
        return deny("R-FIX-1", "新日期与原来的相同，没有需要更正的内容")
    return allow()


def void_decision(category: str, state: str, voided: bool) -> Decision:
    """May this binding be voided as never having happened on the platform?"""
    if voided:
        return deny("R-FIX-2", "该绑定记录已作废")
    if category not in VOIDABLE:
        return deny("R-FIX-2", "自营标记不能作废：请使用“标记为带货”或记录达人拒绝授权")
    return allow()
