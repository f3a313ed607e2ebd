"""R-P-STATE: the product review lifecycle as one table of decisions.

Every action the UI shows asks ``decide(state, action)``; every service asks
again before writing. The SQL trigger in migration m0004 holds the same
transitions, so even a bug above cannot put a product in an impossible state.
"""
from __future__ import annotations

from desktop.domain.decisions import Decision, allow, deny
from desktop.domain.messages import text

DRAFT = "draft"
PENDING = "pending"
ONLINE = "online"
WAREHOUSE = "warehouse"
OFFLINE = "offline"
REJECTED = "rejected"
BLOCKED = "blocked"

STATES = (DRAFT, PENDING, ONLINE, WAREHOUSE, OFFLINE, REJECTED, BLOCKED)
STATE_LABELS = {
    DRAFT: "未提交",
    PENDING: "待审核",
    ONLINE: "审核通过·在线",
    WAREHOUSE: "审核通过待上架",
    OFFLINE: "已下线",
    REJECTED: "审核未通过",
    BLOCKED: "封禁",
}
APPROVED = (ONLINE, WAREHOUSE, OFFLINE)

# Review outcomes the merchant records from the platform's answer.
OUTCOME_ONLINE = "approved_online"
OUTCOME_WAREHOUSE = "approved_warehouse"
OUTCOME_REJECTED = "rejected"
OUTCOME_BLOCKED = "blocked"
OUTCOME_STATES = {
    OUTCOME_ONLINE: ONLINE,
    OUTCOME_WAREHOUSE: WAREHOUSE,
    OUTCOME_REJECTED: REJECTED,
    OUTCOME_BLOCKED: BLOCKED,
}
OUTCOME_LABELS = {
    OUTCOME_ONLINE: "审核通过并上架",
    OUTCOME_WAREHOUSE: "审核通过放入仓库",
    OUTCOME_REJECTED: "审核未通过",
    OUTCOME_BLOCKED: "封禁",
}

# Actions
EDIT = "edit"  # open the editor and change content
SAVE_DRAFT = "save_draft"
SUBMIT = "submit"  # draft / rejected -> pending
RESUBMIT_EDIT = "resubmit_edit"  # approved product edited -> pending
REVIEW = "review"
TAKE_OFFLINE = "take_offline"
BRING_ONLINE = "bring_online"
DELETE = "delete"
DUPLICATE = "duplicate"
ACTIONS = (EDIT, SAVE_DRAFT, SUBMIT, RESUBMIT_EDIT, REVIEW, TAKE_OFFLINE, BRING_ONLINE, DELETE, DUPLICATE)

# (action, state) -> state after; absent = not allowed. Actions that keep the
# state map to the same state.
TRANSITIONS: dict[tuple[str, str], str] = {
    (EDIT, DRAFT): DRAFT,
    (EDIT, REJECTED): REJECTED,
    (EDIT, ONLINE): ONLINE,
    (EDIT, WAREHOUSE): WAREHOUSE,
    (EDIT, OFFLINE): OFFLINE,
    (SAVE_DRAFT, DRAFT): DRAFT,
    (SAVE_DRAFT, REJECTED): REJECTED,
    (SUBMIT, DRAFT): PENDING,
    (SUBMIT, REJECTED): PENDING,
    (RESUBMIT_EDIT, ONLINE): PENDING,
    (RESUBMIT_EDIT, WAREHOUSE): PENDING,
    (RESUBMIT_EDIT, OFFLINE): PENDING,
    (TAKE_OFFLINE, ONLINE): OFFLINE,
    (BRING_ONLINE, OFFLINE): ONLINE,
    (BRING_ONLINE, WAREHOUSE): ONLINE,
    (DELETE, DRAFT): DRAFT,
    (DELETE, REJECTED): REJECTED,
}
for _s in (DRAFT, PENDING, ONLINE, WAREHOUSE, OFFLINE, REJECTED):
    TRANSITIONS[(DUPLICATE, _s)] = _s
# REVIEW goes from PENDING to the outcome's state: see review_target().

# Why an action is refused, per action (the state label fills {state}).
_REASONS = {
    EDIT: "{state}的商品不能修改",
    SAVE_DRAFT: "已审核通过的商品修改后需重新提交审核，不能存为草稿（当前：{state}）",
    SUBMIT: "只有未提交或审核未通过的商品可以提交审核（当前：{state}）",
    RESUBMIT_EDIT: "只有审核通过的商品修改后重新提交（当前：{state}）",
    REVIEW: "只有待审核的商品可以记录审核结果（当前：{state}）",
    TAKE_OFFLINE: "只有在线的商品可以下线（当前：{state}）",
    BRING_ONLINE: "只有已下线或待上架的商品可以上架（当前：{state}）",
    DELETE: "只有未提交或审核未通过的商品可以删除（当前：{state}）",
    DUPLICATE: "封禁的商品不能发布相似品",
}
_SPECIAL = {
    (EDIT, PENDING): "商品正在审核中，审核结果出来前不能修改",
    (EDIT, BLOCKED): "商品已被封禁，不能修改",
}


def decide(state: str, action: str) -> Decision:
    if action == REVIEW:
        return allow() if state == PENDING else deny("R-P-STATE", _REASONS[REVIEW], state=text(STATE_LABELS[state]))
    if (action, state) in TRANSITIONS:
        return allow()
    reason = _SPECIAL.get((action, state), _REASONS[action])
    return deny("R-P-STATE", reason, state=text(STATE_LABELS.get(state, state)))


def target_state(state: str, action: str) -> str:
    """The state after ``action``; call only when ``decide`` allowed it."""
    return TRANSITIONS[(action, state)]


def review_target(outcome: str) -> str:
    return OUTCOME_STATES[outcome]


def decisions_for(state: str) -> dict[str, Decision]:
    return {a: decide(state, a) for a in ACTIONS}
