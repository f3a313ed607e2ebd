"""R-LOG-1: the append-only history, and the guard that logs refused attempts."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from peewee import JOIN

from desktop.domain.decisions import Decision
from desktop.domain.messages import rule_reason
from desktop.domain.text import compact
from desktop.services import history_texts
from desktop.services.context import ServiceContext, service
from desktop.services.errors import RuleRefused
from desktop.store import sqlcompat
from desktop.store.models import History, Shop

# Action codes and the words the 操作记录 page shows for them. Features add theirs.
ACTION_LABELS: dict[str, str] = {
    "shop.create": "新建店铺",
    "shop.rename": "修改店铺",
    "shop.archive": "归档店铺",
    "shop.restore": "恢复店铺",
    "self.mark": "标记为自营",
    "self.authorize": "达人同意授权自营",
    "self.decline": "达人拒绝授权自营",
    "self.unmark": "标记为带货",
    "self.platform": "登记平台配置的自营账号",
    "gmv.save": "录入达人 GMV",
    "gmv.delete": "删除达人 GMV",
    "gmv.import": "导入达人 GMV",
    "category.import": "导入类目",
    "official.start": "开始绑定官方账号",
    "official.accept": "官方账号接受绑定",
    "official.confirm": "确认绑定官方账号",
    "official.cancel": "取消官方账号绑定",
    "official.unbind": "解绑官方账号",
    "channel.start": "新增渠道号绑定",
    "channel.complete": "渠道号绑定完成",
    "channel.cancel": "取消渠道号绑定",
    "channel.record": "登记已有渠道号",
    "channel.unbind": "解绑渠道号",
    "product.create": "新建商品草稿",
    "product.save": "保存商品草稿",
    "product.submit": "提交商品审核",
    "product.resubmit": "修改商品并重新提交审核",
    "product.review": "记录商品审核结果",
    "product.offline": "商品下线",
    "product.online": "商品上架",
    "product.delete": "删除商品",
    "product.duplicate": "发布相似品",
    "correct.binding_date": "更正绑定日期",
    "correct.nickname": "更正昵称",
    "correct.account_code": "更正账号 ID",
    "correct.gmv": "更正达人 GMV",
    "binding.void": "作废绑定记录",
    "platform.connect": "设置平台连接",
    "platform.disconnect": "删除平台连接",
    "category.platform": "从抖店拉取类目",
    "platform.properties": "从抖店拉取类目属性",
    "platform.products": "从抖店拉取商品",
    "platform.product": "按抖店更新商品",
    "platform.conflict": "处理商品同步冲突",
    "platform.link": "关联抖店商品",
    "platform.account": "导入抖店绑定账号",
    "platform.alliance": "从抖店拉取联盟订单 GMV",
    "platform.push": "提交到抖店（预演）",
}


# Where the changes being recorded come from: "app", or "platform" while a sync
# with the 抖店开放平台 writes (issue 13). Per thread/context, so a sync on a
# worker thread never marks what the user does meanwhile.
_SOURCE: ContextVar[str] = ContextVar("history_source", default="app")


@contextmanager
def platform_source():
    """Every history row recorded inside is marked source=platform."""
    token = _SOURCE.set("platform")
    try:
        yield
    finally:
        _SOURCE.reset(token)


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


@service
def record(
    ctx: ServiceContext,
    action: str,
    *,
    shop_id: int | None = None,
    account_id: int | None = None,
    product_id: int | None = None,
    subject: str = "",
    outcome: str = "ok",
    rule_id: str | None = None,
    detail: str = "",
) -> None:
    """Append one row. Call inside the operation's transaction for changes.

    Long texts are kept as their start, length and hash (``text.compact``): history
    is never pruned, so it records that a value changed, not every copy of it."""
    row = _row(ctx, ctx.now_iso(), _SOURCE.get(), action, shop_id=shop_id, account_id=account_id,
               product_id=product_id, subject=subject, outcome=outcome, rule_id=rule_id, detail=detail)
    History.create(**dict(zip(_COLUMNS, row)))


_COLUMNS = ("at", "shop_id", "account_id", "product_id", "subject", "action", "outcome", "rule_id", "detail",
            "source", "user_name", "computer_name", "texts")


def _row(ctx: ServiceContext, at: str, source: str, action: str, *, shop_id: int | None = None,
         account_id: int | None = None, product_id: int | None = None, subject: str = "", outcome: str = "ok",
         rule_id: str | None = None, detail: str = "") -> tuple:
    kept_subject, kept_detail = compact(subject), compact(detail, 2000)
    return (at, shop_id, account_id, product_id, kept_subject, action, outcome, rule_id, kept_detail, source,
            ctx.user_name, ctx.computer_name, history_texts.encode(subject, detail, kept_subject, kept_detail))


@service
def record_many(ctx: ServiceContext, entries: Iterable[dict]) -> int:
    """Append one row per entry (``record``'s keywords plus ``action``) in one statement.

    The rows are exactly those ``record`` would write one by one (same compacting,
    texts, source, who); a bulk change (a platform pull creating thousands of
    products) spends one round trip instead of one ORM insert per row. Inside the
    caller's transaction; returns the number of rows."""
    at, source = ctx.now_iso(), _SOURCE.get()
    rows = [_row(ctx, at, source, **e) for e in entries]
    if rows:
        sqlcompat.executemany(ctx.db, f"INSERT INTO history ({', '.join(_COLUMNS)})"
                              f" VALUES ({', '.join('?' * len(_COLUMNS))})", rows)
    return len(rows)


@service
def refuse(ctx: ServiceContext, decision: Decision, action: str, **where) -> RuleRefused:
    """Log a refused attempt in its own transaction and return the error to raise.

    Call it outside (or after rolling back) the operation's transaction, so the
    refusal is kept even though the change is not::

        raise refuse(ctx, decision, "channel.unbind", shop_id=..., account_id=...)
    """
    with ctx.db.atomic("IMMEDIATE"):
        reason = rule_reason(decision.message, decision.reason, decision.params)  # shown in the user's language
        record(ctx, action, outcome="refused", rule_id=decision.rule, detail=reason, **where)
    return RuleRefused(decision)


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: str
    shop_id: int | None
    shop_name: str
    account_id: int | None
    product_id: int | None
    subject: str
    action: str
    action_label: str
    outcome: str
    rule_id: str | None
    detail: str
    source: str = "app"  # "platform": written by a sync with the 抖店开放平台
    user_name: str = ""  # who did it and on which computer (m0010); "" on rows written before
    computer_name: str = ""


@dataclass(frozen=True)
class HistoryFilter:
    shop_id: int | None = None
    account_id: int | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


@service
def list_history(ctx: ServiceContext, flt: HistoryFilter = HistoryFilter(), limit: int = 5000) -> list[HistoryRow]:
    q = (
        History.select(History, Shop.name.alias("shop_name"))
        .join(Shop, JOIN.LEFT_OUTER, on=(History.shop == Shop.id))
        .order_by(History.id.desc())
        .limit(limit)
    )
    if flt.shop_id is not None:
        q = q.where(History.shop == flt.shop_id)
    if flt.account_id is not None:
        q = q.where(History.account_id == flt.account_id)
    if flt.action:
        q = q.where(History.action == flt.action)
    if flt.date_from:
        q = q.where(History.at >= flt.date_from.isoformat())
    if flt.date_to:
        # `at` is an ISO timestamp; everything on date_to sorts below the next day.
        q = q.where(History.at < _next_day(flt.date_to))
    if flt.text:
        q = q.where(History.subject.contains(flt.text) | History.detail.contains(flt.text))
    rows = []
    for h in q.objects():
        subject, detail = history_texts.decode(h.texts, h.subject, h.detail)
        rows.append(
            HistoryRow(
                id=h.id,
                at=h.at,
                shop_id=h.shop_id,
                shop_name=h.shop_name or "",
                account_id=h.account_id,
                product_id=h.product_id,
                subject=subject,
                action=h.action,
                action_label=action_label(h.action),
                outcome=h.outcome,
                rule_id=h.rule_id,
                detail=detail,
                source=h.source,
                user_name=h.user_name or "",
                computer_name=h.computer_name or "",
            )
        )
    return rows


@service
def known_actions(ctx: ServiceContext) -> list[str]:
    return [r[0] for r in ctx.db.execute_sql("SELECT DISTINCT action FROM history ORDER BY action")]


def _next_day(d: date) -> str:
    from datetime import timedelta

    return (d + timedelta(days=1)).isoformat()
