"""R-SELF-2..6: what may happen to an influencer account's self-operated marking.

States of a 'self' binding: awaiting_auth → self_operated (influencer agreed)
or refused (back to 带货); self_operated → unmarked (标记为带货, R-SELF-6).
No live binding (none, refused, unmarked) means a selling (带货) account.
"""
from __future__ import annotations

from desktop.domain.decisions import Decision, allow, deny

AWAITING = "awaiting_auth"
SELF_OPERATED = "self_operated"
REFUSED = "refused"
UNMARKED = "unmarked"
LIVE_STATES = frozenset({AWAITING, SELF_OPERATED})
STATES = frozenset({AWAITING, SELF_OPERATED, REFUSED, UNMARKED})

SOURCES = {"merchant": "商家标记", "platform": "平台自动配置"}

STATE_LABELS = {
    None: "带货",
    AWAITING: "等待达人授权",
    SELF_OPERATED: "自营",
    REFUSED: "带货",
    UNMARKED: "带货",
}


def state_label(state: str | None) -> str:
    return STATE_LABELS.get(state, state or "带货")


def is_live(state: str | None) -> bool:
    return state in LIVE_STATES


def _already(state: str | None) -> Decision | None:
    if state == AWAITING:
        return deny("R-SELF-2", "已标记为自营，正在等待达人授权")
    if state == SELF_OPERATED:
        return deny("R-SELF-2", "该账号已是本店的自营账号")
    return None


def _other_shop(other_shop: str | None) -> Decision | None:
    if other_shop:
        return deny("R-SELF-4", "该账号已是「{shop}」的自营账号（或正在等待授权），不能再标记给本店", shop=other_shop)
    return None


def _first(*decisions: Decision | None) -> Decision:
    # Decisions are falsy when denied, so `or` cannot chain them.
    for d in decisions:
        if d is not None and not d.allowed:
            return d
    return allow()


def can_mark(state: str | None, other_shop: str | None, eligibility: Decision) -> Decision:
    """R-SELF-2 (not already marked), R-SELF-4 (no other shop), R-SELF-1 (eligible)."""
    return _first(_already(state), _other_shop(other_shop), eligibility)


def can_record_platform(state: str | None, other_shop: str | None) -> Decision:
    """R-SELF-5: the platform configured the account itself; eligibility was the platform's call."""
    return _first(_already(state), _other_shop(other_shop))


def can_record_authorization(state: str | None) -> Decision:
    """R-SELF-2: only a marking that waits for the influencer can be agreed or refused."""
    if state == AWAITING:
        return allow()
    return deny("R-SELF-2", "只有「等待达人授权」的账号才能记录达人的授权结果")


def can_unmark(state: str | None) -> Decision:
    """R-SELF-6: 标记为带货 turns a self-operated account back into a selling one."""
    if state == SELF_OPERATED:
        return allow()
    if state == AWAITING:
        return deny("R-SELF-6", "正在等待达人授权；请记录达人的授权结果")
    return deny("R-SELF-6", "该账号已是带货账号")


def after_authorization(agreed: bool) -> str:
    return SELF_OPERATED if agreed else REFUSED


def can_propose_all(unmarked_eligible: int) -> Decision:
    """R-SELF-1, R-SELF-5: 一键提议 marks every eligible account not yet marked; there must be one."""
    if unmarked_eligible > 0:
        return allow()
    return deny("R-SELF-1", "当前没有符合条件、尚未标记的达人账号")
