"""今日待办: which facts need the owner's attention today, each with its threshold.

Plain Python, today passed in. Each function judges the facts of one row (or
one shop) and answers a Todo or None. The rules themselves live in their own
modules (accounts: R-CH-4 dates; eligibility: R-SELF-1 share; self_operated:
R-SELF-2/4 markings; product_states: review states); this module only says
*when* a fact becomes something to do.

A Todo's ``key`` names what it is about (stable across days); its
``fingerprint`` hashes the facts it was raised from, so an item marked done or
snoozed comes back when those facts change.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Mapping

from desktop.domain import accounts, eligibility
from desktop.domain import product_states as ps
from desktop.domain import self_operated as so
from desktop.domain.decisions import format_reason
from desktop.domain.messages import Text, text

# Kinds, in the order the list shows them when dates tie.
CHANNEL_UNBIND = "channel_unbind"
BINDING_PENDING = "binding_pending"
AUTH_WAITING = "auth_waiting"
SELF_ELIGIBLE = "self_eligible"
SELF_BELOW = "self_below"
PRODUCT_REVIEW = "product_review"
PRODUCT_REJECTED = "product_rejected"
DRAFT_ERRORS = "draft_errors"
GMV_STALE = "gmv_stale"
KINDS = (CHANNEL_UNBIND, BINDING_PENDING, AUTH_WAITING, SELF_ELIGIBLE, SELF_BELOW, PRODUCT_REVIEW,
         PRODUCT_REJECTED, DRAFT_ERRORS, GMV_STALE)
KIND_LABELS = {
    CHANNEL_UNBIND: "渠道号可解绑",
    BINDING_PENDING: "绑定未完成",
    AUTH_WAITING: "等待达人授权",
    SELF_ELIGIBLE: "可提议自营",
    SELF_BELOW: "自营占比不足",
    PRODUCT_REVIEW: "审核时间过长",
    PRODUCT_REJECTED: "审核未通过",
    DRAFT_ERRORS: "草稿有错误",
    GMV_STALE: "GMV 数据过旧",
}

# Where a to-do leads: (page, part). The UI maps these to its pages and rows.
TARGET_OFFICIAL = ("accounts", "official")
TARGET_CHANNEL = ("accounts", "channel")
TARGET_SELF = ("accounts", "self")
TARGET_PRODUCT = ("products", "product")
TARGET_GMV = ("influencers", "gmv")


@dataclass(frozen=True)
class Thresholds:
    """Settings (stored in the database); defaults as the issue gives them."""

    unbind_within_days: int = 14  # R-CH-4: warn this many days before D+180
    binding_pending_days: int = 3  # official/channel binding still pending after
    auth_waiting_days: int = 7  # influencer authorization (R-SELF-2) waiting more than
    review_days: int = 3  # product in 待审核 more than
    gmv_stale_days: int = 7  # newest GMV figures older than

    LIMITS = {  # name -> (min, max) accepted by the settings dialog and the service
        "unbind_within_days": (0, 180),
        "binding_pending_days": (1, 90),
        "auth_waiting_days": (1, 90),
        "review_days": (1, 90),
        "gmv_stale_days": (1, 90),
    }


def threshold_error(name: str, value: int) -> Text | None:
    if name not in Thresholds.LIMITS:
        return text("未知的设置项")
    low, high = Thresholds.LIMITS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        return text("请输入 {low} 到 {high} 之间的整数", low=low, high=high)
    return None


@dataclass(frozen=True)
class Todo:
    kind: str
    key: str  # what it is about, e.g. "channel_unbind:12"
    shop_id: int
    shop_name: str
    day: date  # the date the item is about (due date or "since")
    rule: str
    reason: str  # Chinese template; the UI translates it before formatting
    params: Mapping[str, Any] = field(default_factory=dict)
    target: tuple[str, str] = TARGET_OFFICIAL
    target_id: int | None = None  # binding / account / product ID of the row to open
    facts: tuple = ()

    @property
    def message(self) -> str:
        return format_reason(self.reason, self.params)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.facts)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def fingerprint(facts) -> str:
    return hashlib.sha1(repr(facts).encode("utf-8")).hexdigest()[:16]


def days_since(start: date, today: date) -> int:
    return (today - start).days


def local_date(iso: str) -> date:
    """The local calendar date of an ISO timestamp written by the app (its own offset)."""
    return date.fromisoformat(iso[:10])


# -- accounts ------------------------------------------------------------------

def channel_unbind(binding_id: int, shop_id: int, shop_name: str, label: str, bound_on: date, today: date,
                   th: Thresholds) -> Todo | None:
    """R-CH-4: unbindable within ``unbind_within_days`` days, or already (14 due, 15 not)."""
    when = accounts.unbind_available_on(bound_on)
    left = accounts.days_until_unbind(bound_on, today)
    if (when - today).days > th.unbind_within_days:
        return None
    if left == 0:
        reason = "渠道号「{account}」已满180天，{date} 起可以解除绑定"
    else:
        reason = "渠道号「{account}」将于 {date} 满180天可解绑，还有 {days} 天"
    return Todo(CHANNEL_UNBIND, f"{CHANNEL_UNBIND}:{binding_id}", shop_id, shop_name, when, "R-CH-4", reason,
                {"account": label, "date": when.isoformat(), "days": left}, TARGET_CHANNEL, binding_id,
                (binding_id, bound_on.isoformat()))


_PENDING_REASONS = {
    "awaiting_scan": ("R-OFF-3", "官方账号「{account}」绑定已等待扫码 {days} 天"),
    "awaiting_confirm": ("R-OFF-3", "官方账号「{account}」已扫码，等待商家确认 {days} 天"),
    "pending": ("R-CH-3", "渠道号「{account}」绑定中已 {days} 天，请确认平台是否已完成"),
}


def binding_pending(binding_id: int, category: str, state: str, shop_id: int, shop_name: str, label: str,
                    started: date, today: date, th: Thresholds) -> Todo | None:
    """An official or channel binding still pending after ``binding_pending_days`` (3 not due, 4 due)."""
    live_pending = accounts.OFFICIAL_PENDING if category == "official" else ("pending",)
    if state not in live_pending:
        return None
    days = days_since(started, today)
    if days <= th.binding_pending_days:
        return None
    rule, reason = _PENDING_REASONS[state]
    target = TARGET_OFFICIAL if category == "official" else TARGET_CHANNEL
    return Todo(BINDING_PENDING, f"{BINDING_PENDING}:{binding_id}", shop_id, shop_name, started, rule, reason,
                {"account": label, "days": days}, target, binding_id, (binding_id, state, started.isoformat()))


def auth_waiting(binding_id: int, account_id: int, state: str, shop_id: int, shop_name: str, label: str,
                 started: date, today: date, th: Thresholds) -> Todo | None:
    """R-SELF-2: a marking awaiting the influencer's authorization for more than ``auth_waiting_days``."""
    if state != so.AWAITING:
        return None
    days = days_since(started, today)
    if days <= th.auth_waiting_days:
        return None
    return Todo(AUTH_WAITING, f"{AUTH_WAITING}:{binding_id}", shop_id, shop_name, started, "R-SELF-2",
                "达人「{account}」已等待授权 {days} 天", {"account": label, "days": days}, TARGET_SELF, account_id,
                (binding_id, started.isoformat()))


def self_eligible(shop_id: int, shop_name: str, count: int, first_account_id: int, id_digest: tuple,
                  today: date) -> Todo | None:
    """R-SELF-1/5: ``count`` accounts qualify (share >= 50%) but are not marked; one click proposes them."""
    if count <= 0:
        return None
    return Todo(SELF_ELIGIBLE, f"{SELF_ELIGIBLE}:{shop_id}", shop_id, shop_name, today, "R-SELF-1",
                "{count} 个达人近30天本店 GMV 占比达到 50%，尚未标记为自营，可一键提议",
                {"count": count}, TARGET_SELF, first_account_id, (count, *id_digest))


def self_below(binding_id: int, account_id: int, shop_id: int, shop_name: str, label: str, shop_fen: int,
               total_fen: int, today: date) -> Todo | None:
    """R-SELF-1: a self-operated account whose last-30-day share would not qualify today (50.00% ok, 49.99% due)."""
    if total_fen <= 0 or eligibility.is_eligible(shop_fen, total_fen):
        return None
    share = eligibility.share_text(eligibility.share_bp(shop_fen, total_fen))
    return Todo(SELF_BELOW, f"{SELF_BELOW}:{binding_id}", shop_id, shop_name, today, "R-SELF-1",
                "自营账号「{account}」近30天本店 GMV 占比 {share}，已低于 50%", {"account": label, "share": share},
                TARGET_SELF, account_id, (binding_id,))


# -- products ------------------------------------------------------------------

def review_cutoff(today: date, th: Thresholds) -> date:
    """Products submitted before this day have waited more than ``review_days`` (set-based queries filter by it)."""
    return today - timedelta(days=th.review_days)


def product_group(state: str, shop_id: int, shop_name: str, count: int, first_id: int, first_title: str,
                  first_since: date, digest: tuple, today: date, th: Thresholds) -> Todo | None:
    """One shop's products needing attention in one state, opening the oldest of them.

    待审核 for more than ``review_days`` (3 not due, 4 due); 审核未通过 waiting for
    edits; drafts with rule errors (R-P-SUBMIT). ``count`` products, the oldest
    being ``first_id``; one item per shop and state keeps the list readable at
    100,000 products.
    """
    if count <= 0:
        return None
    name = first_title.strip() or "（无标题）"
    params = {"title": name, "count": count, "more": count - 1}
    facts = (count, first_id, first_since.isoformat(), *digest)
    if state == ps.PENDING:
        days = days_since(first_since, today)
        if days <= th.review_days:
            return None
        params["days"] = days
        reason = ("商品「{title}」已待审核 {days} 天，请到平台查看审核结果" if count == 1 else
                  "商品「{title}」等 {count} 个商品待审核超过 {limit} 天（最久 {days} 天），请到平台查看审核结果")
        params["limit"] = th.review_days
        kind, rule = PRODUCT_REVIEW, "R-P-STATE"
    elif state == ps.REJECTED:
        reason = ("商品「{title}」审核未通过，修改后可重新提交" if count == 1 else
                  "商品「{title}」等 {count} 个商品审核未通过，修改后可重新提交")
        kind, rule = PRODUCT_REJECTED, "R-P-STATE"
    elif state == ps.DRAFT:
        reason = ("草稿「{title}」有不符合规则的地方，改好后才能提交审核" if count == 1 else
                  "草稿「{title}」等 {count} 个草稿有不符合规则的地方，改好后才能提交审核")
        kind, rule = DRAFT_ERRORS, "R-P-SUBMIT"
    else:
        return None
    return Todo(kind, f"{kind}:{shop_id}", shop_id, shop_name, first_since, rule, reason, params,
                TARGET_PRODUCT, first_id, facts)


# -- GMV -----------------------------------------------------------------------

def gmv_stale(shop_id: int, shop_name: str, newest: date | None, today: date, th: Thresholds) -> Todo | None:
    """The newest GMV figures are more than ``gmv_stale_days`` old (7 not due, 8 due): R-SELF-1 shares go stale."""
    if newest is None:
        return None
    days = days_since(newest, today)
    if days <= th.gmv_stale_days:
        return None
    return Todo(GMV_STALE, f"{GMV_STALE}:{shop_id}", shop_id, shop_name, newest, "R-SELF-1",
                "最新的达人 GMV 数据是 {date}，已过去 {days} 天，自营占比可能已不准确",
                {"date": newest.isoformat(), "days": days}, TARGET_GMV, None, (newest.isoformat(),))


# -- to-do state ---------------------------------------------------------------

DONE = "done"
SNOOZED = "snoozed"


def is_hidden(todo: Todo, state: str | None, stored_fingerprint: str | None, until: date | None,
              today: date) -> bool:
    """Done or snoozed items stay hidden until their facts change (or the snooze ends)."""
    if state is None or stored_fingerprint != todo.fingerprint:
        return False
    if state == DONE:
        return True
    return state == SNOOZED and until is not None and today < until


def snooze_until(today: date, days: int) -> date:
    return today + timedelta(days=max(1, days))


def sort_key(todo: Todo) -> tuple:
    return (todo.day, KINDS.index(todo.kind), todo.shop_id, todo.key)
