"""The accounts bound to the shop, as the platform lists them, compared with the local records (issue 13).

``buyin.queryShopSelfAuthors`` (``page`` from 1, ``page_size`` up to 20) returns
``{total, authors: [{author_id, author_type, account_name, author_app, buyin_id}]}``
with ``author_type`` 0 official / 1 channel-authorized / 2 ordinary (the
open platform's Java SDK ``com.doudian.open.api.buyin_queryShopSelfAuthors``
and a generated C# SDK; the Go and PHP SDKs have no buyin APIs). The platform
does not give the binding date, so importing asks for it (R-CH-5 / R-OFF-4).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from desktop.domain.messages import text
from desktop.domain import accounts as rules
from desktop.platform.client import DoudianClient
from desktop.platform.errors import PlatformError
from desktop.services import account_registry, changes, channels, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound, RuleRefused
from desktop.services.platform_connection import PLATFORM
from desktop.services.platform_sync import Pull
from desktop.services.shops import load_shop
from desktop.store.models import Binding
from desktop.store import sqlcompat

PAGE_SIZE = 20
TYPE_LABELS = {0: "官方账号", 1: "渠道号", 2: "普通达人"}
# author_app -> local platform (1128 抖音, 2329 抖音极速版, 1112 火山, 13 头条)
APP_PLATFORM = {1128: "douyin", 2329: "douyin", 1112: "huoshan", 13: "toutiao"}
PLATFORM_CHANNEL = {"douyin": "douyin", "toutiao": "toutiao_xigua", "xigua": "toutiao_xigua", "huoshan": "huoshan"}


@dataclass(frozen=True)
class AccountDiff:
    kind: str  # match / missing_local / missing_platform / category_mismatch / ordinary
    author_id: str
    author_type: int | None
    account_name: str
    account_id: int | None
    local_category: str | None  # official / channel / None
    binding_id: int | None

    @property
    def importable(self) -> bool:
        return self.kind == "missing_local"


KIND_LABELS = {
    "match": "一致",
    "missing_local": "抖店有，本地没有记录",
    "missing_platform": "本地有，抖店没有列出",
    "category_mismatch": "类别不一致",
    "ordinary": "普通达人（不属于官方/渠道号）",
}


@service
def pull_accounts(ctx: ServiceContext, shop_id: int, *, client: DoudianClient | None = None) -> Outcome:
    """Fetch the list (all pages), keep it, and return the comparison with the local records."""
    load_shop(shop_id)
    with Pull(ctx, shop_id, "accounts", client) as (run, client):
        authors, page = [], 1
        while True:
            data = client.call("buyin.queryShopSelfAuthors", {"page": page, "page_size": PAGE_SIZE})
            batch = data.get("authors") if isinstance(data, dict) else None
            if not isinstance(batch, list):
                raise PlatformError("malformed", code="JSON", method="buyin.queryShopSelfAuthors")
            authors.extend(a for a in batch if isinstance(a, dict) and a.get("author_type") in (0, 1, 2))
            if not batch or len(authors) >= int(data.get("total") or 0) or page >= 500:
                break
            page += 1
        run.fetched = len(authors)
        changed = _store(ctx, shop_id, authors)
        run.updated, run.unchanged = changed, len(authors) - min(changed, len(authors))
        diffs = compare_accounts(ctx, shop_id)
        run.conflicts = sum(1 for d in diffs if d.kind not in ("match", "ordinary"))
        run.summary = text("抖店列出 {n} 个账号；{conflicts} 处与本地不一致", n=len(authors), conflicts=run.conflicts)
    topics = {PLATFORM} | ({changes.HISTORY} if changed else set())
    return Outcome(frozenset(topics), diffs)


def _store(ctx: ServiceContext, shop_id: int, authors: list[dict]) -> int:
    now = ctx.now_iso()
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        old = {r[0]: tuple(r[1:]) for r in ctx.db.execute_sql(
            "SELECT author_id, author_type, account_name, author_app, buyin_id FROM platform_author WHERE shop_id = ?",
            (shop_id,))}
        new = {str(a["author_id"]): (int(a["author_type"]), str(a.get("account_name") or ""),
                                     a.get("author_app"), str(a.get("buyin_id") or "")) for a in authors}
        changed = [k for k in new if old.get(k) != new[k]] + [k for k in old if k not in new]
        if not changed:
            return 0
        sqlcompat.executemany(ctx.db, "DELETE FROM platform_author WHERE shop_id = ? AND author_id = ?",
                                    [(shop_id, k) for k in old if k not in new])
        sqlcompat.executemany(
            ctx.db,
            "INSERT INTO platform_author (shop_id, author_id, author_type, account_name, author_app, buyin_id,"
            " synced_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shop_id, author_id) DO UPDATE SET"
            " author_type = excluded.author_type, account_name = excluded.account_name,"
            " author_app = excluded.author_app, buyin_id = excluded.buyin_id, synced_at = excluded.synced_at",
            [(shop_id, k, *v, now) for k, v in new.items() if old.get(k) != v])
        history.record(ctx, "platform.account", shop_id=shop_id, subject=text("抖店绑定账号"),
                       detail=text("抖店列出 {n} 个账号（{changed} 处变化）", n=len(new), changed=len(changed)))
    return len(changed)


def _local_bindings(ctx: ServiceContext, shop_id: int) -> dict[int, tuple[str, int]]:
    rows = ctx.db.execute_sql(
        "SELECT account_id, category, id FROM binding WHERE shop_id = ? AND ("
        " (category = 'official' AND state IN ('awaiting_scan', 'awaiting_confirm', 'bound'))"
        " OR (category = 'channel' AND state IN ('pending', 'bound')))", (shop_id,)).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def _match_account(ctx: ServiceContext, linked: int | None, author_id: str, buyin_id: str, name: str) -> int | None:
    if linked:
        return linked
    row = ctx.db.execute_sql(
        "SELECT id FROM account WHERE account_code IN (?, ?) OR (nickname <> '' AND nickname = ?) ORDER BY id LIMIT 1",
        (author_id, buyin_id or author_id, name)).fetchone()
    return row[0] if row else None


@service
def compare_accounts(ctx: ServiceContext, shop_id: int) -> list[AccountDiff]:
    """The platform's list against the live official/channel bindings here."""
    local = _local_bindings(ctx, shop_id)
    seen: set[int] = set()
    diffs: list[AccountDiff] = []
    rows = ctx.db.execute_sql("SELECT author_id, author_type, account_name, buyin_id, account_id FROM platform_author"
                              " WHERE shop_id = ? ORDER BY author_type, author_id", (shop_id,)).fetchall()
    for author_id, a_type, name, buyin_id, linked in rows:
        account_id = _match_account(ctx, linked, author_id, buyin_id, name)
        if a_type == 2:
            diffs.append(AccountDiff("ordinary", author_id, a_type, name, account_id, None, None))
            continue
        want = "official" if a_type == 0 else "channel"
        have = local.get(account_id) if account_id else None
        if account_id:
            seen.add(account_id)
        kind = "missing_local" if have is None else ("match" if have[0] == want else "category_mismatch")
        diffs.append(AccountDiff(kind, author_id, a_type, name, account_id, have[0] if have else None,
                                 have[1] if have else None))
    for account_id, (category, binding_id) in local.items():
        if account_id not in seen:
            label = account_registry.get_account(ctx, account_id).label
            diffs.append(AccountDiff("missing_platform", "", None, label, account_id, category, binding_id))
    return diffs


@service
def import_author(ctx: ServiceContext, shop_id: int, author_id: str, bound_on: date) -> Outcome:
    """Record a platform-listed official/channel account here, with the binding date the user gives."""
    if not isinstance(bound_on, date):
        raise InvalidInput(text("请输入绑定日期（抖店不提供绑定日期）"), "bound_on")
    row = ctx.db.execute_sql("SELECT author_type, account_name, author_app FROM platform_author"
                             " WHERE shop_id = ? AND author_id = ?", (shop_id, str(author_id))).fetchone()
    if row is None:
        raise NotFound(text("抖店没有列出这个账号：请先拉取绑定账号"))
    a_type, name, app = row
    if a_type not in (0, 1):
        raise InvalidInput(text("普通达人不是绑定账号，不能导入为官方账号或渠道号"), "author_id")
    platform = APP_PLATFORM.get(app, "douyin")
    with history.platform_source():
        if a_type == 1:
            outcome = channels.record_existing_channel(ctx, shop_id, PLATFORM_CHANNEL[platform], str(author_id),
                                                       name, bound_on, platform)
            binding_id = outcome.value
        else:
            binding_id = _record_official(ctx, shop_id, platform, str(author_id), name, bound_on)
    with ctx.db.atomic("IMMEDIATE"):
        account_id = ctx.db.execute_sql("SELECT account_id FROM binding WHERE id = ?", (binding_id,)).fetchone()[0]
        ctx.db.execute_sql("UPDATE binding SET source = 'platform' WHERE id = ?", (binding_id,))
        ctx.db.execute_sql("UPDATE platform_author SET account_id = ? WHERE shop_id = ? AND author_id = ?",
                           (account_id, shop_id, str(author_id)))
    return Outcome(frozenset({changes.BINDINGS, changes.ACCOUNTS, changes.HISTORY, PLATFORM}), binding_id)


def _record_official(ctx: ServiceContext, shop_id: int, platform: str, code: str, name: str, bound_on: date) -> int:
    """R-OFF-1..4: one official account per shop, permanent once bound; the date is not in the future."""
    from desktop.services.official import official_start_decision

    decision = rules.recorded_date_decision(bound_on, ctx.today())
    if decision:
        decision = official_start_decision(ctx, shop_id, platform, code)
    if not decision:
        raise history.refuse(ctx, decision, "platform.account", shop_id=shop_id, subject=name or code)
    try:
        with ctx.db.atomic("IMMEDIATE"):
            account = account_registry.ensure_account(ctx, platform, code, name)
            b = Binding.create(shop=shop_id, account=account.id, category="official", state="bound",
                               source="platform", started_at=ctx.now_iso(), bound_on=bound_on.isoformat())
            history.record(ctx, "platform.account", shop_id=shop_id, account_id=account.id,
                           subject=account_registry.to_row(account).label,
                           detail=text("按抖店记录为官方账号；绑定日期 {date}", date=bound_on.isoformat()))
    except peewee.IntegrityError:
        raise RuleRefused(rules.official_start_decision("bound")) from None
    return b.id
