"""Influencer GMV records per shop, account and day (R-SELF-1 data, R-SELF-7 figures)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.messages import text
from desktop.domain import eligibility, gmv_parsing, money
from desktop.domain import self_operated as so
from desktop.services import account_registry, history
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.shops import load_shop
from desktop.services.errors import InvalidInput, NotFound

# One record per (shop, account, day): a second save of the same figures
# changes nothing, different figures replace the old ones.
UPSERT_SQL = (
    "INSERT INTO gmv_record (shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (shop_id, account_id, day) DO UPDATE SET "
    "shop_gmv_fen = excluded.shop_gmv_fen, total_gmv_fen = excluded.total_gmv_fen, "
    "source = excluded.source, updated_at = excluded.updated_at "
    "WHERE gmv_record.shop_gmv_fen <> excluded.shop_gmv_fen OR gmv_record.total_gmv_fen <> excluded.total_gmv_fen"
)


@dataclass(frozen=True)
class GmvRow:
    id: int
    account_id: int
    platform: str
    account_code: str
    nickname: str
    day: str
    shop_gmv_fen: int
    total_gmv_fen: int
    source: str
    updated_at: str

    @property
    def account_label(self) -> str:
        return account_registry.AccountRow(self.account_id, self.platform, self.account_code, self.nickname).label


def check_figures(platform: str, account_code: str, nickname: str, day: date, shop_fen: int, total_fen: int,
                  today: date) -> None:
    """The same checks the entry dialog runs as the user types; raises InvalidInput."""
    account_registry.validate(platform, account_code, nickname)
    err = gmv_parsing.day_error(day, today)
    if err:
        raise InvalidInput(err, "day")
    if shop_fen < 0:
        raise InvalidInput(text("本店 GMV 不能为负数"), "shop_gmv")
    if total_fen < 0:
        raise InvalidInput(text("总 GMV 不能为负数"), "total_gmv")
    err = gmv_parsing.amounts_error(shop_fen, total_fen)
    if err:
        raise InvalidInput(err, "total_gmv")


@service
def save_gmv(ctx: ServiceContext, shop_id: int, platform: str, account_code: str, nickname: str, day: date,
             shop_fen: int, total_fen: int) -> Outcome:
    """录入: add or replace one day's figures for one influencer account."""
    check_figures(platform, account_code, nickname, day, shop_fen, total_fen, ctx.today())
    with ctx.db.atomic("IMMEDIATE"):
        load_shop(shop_id)
        account = account_registry.ensure_account(ctx, platform, account_code, nickname)
        cur = ctx.db.execute_sql(
            UPSERT_SQL, (shop_id, account.id, day.isoformat(), shop_fen, total_fen, "manual", ctx.now_iso())
        )
        if cur.rowcount:
            history.record(
                ctx, "gmv.save", shop_id=shop_id, account_id=account.id,
                subject=account_registry.to_row(account).label,
                detail=text("{day} 本店 {shop} 元 / 总 {total} 元",
                            day=day.isoformat(), shop=money.format_fen(shop_fen), total=money.format_fen(total_fen)),
            )
    return Outcome(frozenset({ch.GMV, ch.ACCOUNTS, ch.HISTORY}), account.id)


@service
def delete_gmv(ctx: ServiceContext, record_id: int) -> Outcome:
    with ctx.db.atomic("IMMEDIATE"):
        row = ctx.db.execute_sql(
            "SELECT g.shop_id, g.account_id, g.day, a.platform, a.account_code, a.nickname FROM gmv_record g "
            "JOIN account a ON a.id = g.account_id WHERE g.id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(text("GMV 记录不存在"))
        ctx.db.execute_sql("DELETE FROM gmv_record WHERE id = ?", (record_id,))
        label = account_registry.AccountRow(row[1], row[3], row[4], row[5]).label
        history.record(ctx, "gmv.delete", shop_id=row[0], account_id=row[1], subject=label, detail=row[2])
    return Outcome(frozenset({ch.GMV, ch.HISTORY}), record_id)


@service
def list_gmv(ctx: ServiceContext, shop_id: int, date_from: date | None = None, date_to: date | None = None,
             limit: int = 200_000) -> list[GmvRow]:
    sql = ("SELECT g.id, g.account_id, a.platform, a.account_code, a.nickname, g.day, g.shop_gmv_fen, "
           "g.total_gmv_fen, g.source, g.updated_at FROM gmv_record g JOIN account a ON a.id = g.account_id "
           "WHERE g.shop_id = ?")
    params: list = [shop_id]
    if date_from:
        sql += " AND g.day >= ?"
        params.append(date_from.isoformat())
    if date_to:
        sql += " AND g.day <= ?"
        params.append(date_to.isoformat())
    sql += " ORDER BY g.day DESC, g.account_id LIMIT ?"
    params.append(limit)
    return [GmvRow(*r) for r in ctx.db.execute_sql(sql, params)]


@service
def window_totals(ctx: ServiceContext, shop_id: int, ref_date: date | None = None) -> dict[int, tuple[int, int]]:
    """account_id -> (shop_fen, total_fen) over the R-SELF-1 window: one aggregate over the gmv_window index."""
    start, end = eligibility.window(ref_date or ctx.today())
    cur = ctx.db.execute_sql(
        "SELECT account_id, CAST(SUM(shop_gmv_fen) AS BIGINT), CAST(SUM(total_gmv_fen) AS BIGINT) FROM gmv_record "
        "WHERE shop_id = ? AND day BETWEEN ? AND ? GROUP BY account_id",
        (shop_id, start.isoformat(), end.isoformat()),
    )
    return {a: (s, t) for a, s, t in cur}


@dataclass(frozen=True)
class ShopFigures:
    """R-SELF-7: the shop's 30-day influencer figures, self-operated accounts included."""

    start: date
    end: date
    shop_gmv_fen: int
    self_operated_fen: int
    accounts: int
    self_operated_accounts: int

    @property
    def self_share_bp(self) -> int | None:
        return eligibility.contribution_bp(self.self_operated_fen, self.shop_gmv_fen)


@service
def self_operated_ids(ctx: ServiceContext, shop_id: int) -> set[int]:
    return {r[0] for r in ctx.db.execute_sql(
        "SELECT account_id FROM binding WHERE shop_id = ? AND category = 'self' AND state = ?",
        (shop_id, so.SELF_OPERATED))}


def figures_from_totals(totals: dict[int, tuple[int, int]], self_ids: set[int], ref_date: date) -> ShopFigures:
    """R-SELF-7 from the window aggregate already loaded (no second scan of gmv_record)."""
    start, end = eligibility.window(ref_date)
    own = [a for a in self_ids if a in totals]
    return ShopFigures(
        start, end,
        shop_gmv_fen=sum(s for s, _ in totals.values()),
        self_operated_fen=sum(totals[a][0] for a in own),
        accounts=len(totals),
        self_operated_accounts=len(own),
    )


@service
def shop_figures(ctx: ServiceContext, shop_id: int, ref_date: date | None = None) -> ShopFigures:
    ref_date = ref_date or ctx.today()
    return figures_from_totals(window_totals(ctx, shop_id, ref_date), self_operated_ids(ctx, shop_id), ref_date)
