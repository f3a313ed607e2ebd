"""The 概览 charts' numbers: daily influencer GMV (self-operated vs others), the
self-operated share over time against the 50% line, and the top 10 influencers.

Three set-based queries whatever the number of shops: daily sums come from
gmv_daily (kept by m0008's triggers), the self-operated accounts' days from
gmv_record through its (shop, account, day) key, the top 10 from the 30-day
window summary. "Self-operated" means the accounts marked so today.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain import eligibility
from desktop.domain import self_operated as so
from desktop.services import account_registry, gmv_summary
from desktop.services.context import ServiceContext, service
from desktop.store import sqlcompat

PERIODS = (30, 90)
TOP_N = 10


@dataclass(frozen=True)
class DailyPoint:
    day: date
    self_fen: int
    others_fen: int

    @property
    def total_fen(self) -> int:
        return self.self_fen + self.others_fen


class ShopShare:
    """R-SELF-1's share of ``shop_fen`` in ``total_fen``, for rows that carry both."""

    shop_fen: int
    total_fen: int

    @property
    def share_bp(self) -> int | None:
        return eligibility.share_bp(self.shop_fen, self.total_fen)


@dataclass(frozen=True)
class SharePoint(ShopShare):
    """The self-operated accounts' combined share over the 30 days ending on ``day``."""

    day: date
    shop_fen: int
    total_fen: int


@dataclass(frozen=True)
class TopInfluencer(ShopShare):
    account_id: int
    label: str
    shop_id: int | None  # None when summed over all shops
    shop_fen: int
    total_fen: int
    self_operated: bool


@dataclass(frozen=True)
class Charts:
    shop_id: int | None
    start: date
    end: date
    daily: list  # DailyPoint per day, summed over the shops shown
    share: list  # SharePoint per day
    top: list  # TopInfluencer, best first
    threshold_bp: int = eligibility.THRESHOLD_BP


def _filter(shop_id, column):
    return (f" AND {column} = ?", (shop_id,)) if shop_id is not None else ("", ())


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _self_days(ctx, shop_id, first: date, end: date) -> dict[date, tuple[int, int]]:
    where, params = _filter(shop_id, "b.shop_id")
    out: dict[date, tuple[int, int]] = {}
    for day, s, t in ctx.db.execute_sql(
            "SELECT g.day, SUM(g.shop_gmv_fen), SUM(g.total_gmv_fen) FROM binding b "
            "JOIN gmv_record g ON g.shop_id = b.shop_id AND g.account_id = b.account_id AND g.day BETWEEN ? AND ? "
            f"WHERE b.category = 'self' AND b.state = ?{where} GROUP BY g.day",
            (first.isoformat(), end.isoformat(), so.SELF_OPERATED, *params)):
        out[sqlcompat.day(day)] = (s, t)
    return out


def _daily_totals(ctx, shop_id, start: date, end: date) -> dict[date, int]:
    where, params = _filter(shop_id, "shop_id")
    return {sqlcompat.day(d): s for d, s in ctx.db.execute_sql(
        f"SELECT day, SUM(shop_fen) FROM gmv_daily WHERE day BETWEEN ? AND ?{where} GROUP BY day",
        (start.isoformat(), end.isoformat(), *params))}


def _top(ctx, shop_id, end: date) -> list[TopInfluencer]:
    window_sql, window_params = gmv_summary.window_source(ctx, end)
    where, params = _filter(shop_id, "w.shop_id")
    rows = ctx.db.execute_sql(
        "SELECT t.account_id, a.platform, a.account_code, a.nickname, t.s, t.t, "
        "EXISTS (SELECT 1 FROM binding b WHERE b.account_id = t.account_id AND b.category = 'self' AND b.state = ?"
        + (" AND b.shop_id = ?" if shop_id is not None else "") + ") "
        "FROM (SELECT w.account_id, SUM(w.shop_fen) AS s, SUM(w.total_fen) AS t "
        f"FROM {window_sql} w WHERE 1 = 1{where} GROUP BY w.account_id ORDER BY s DESC, w.account_id LIMIT ?) t "
        "JOIN account a ON a.id = t.account_id ORDER BY t.s DESC, t.account_id",
        (so.SELF_OPERATED, *params, *window_params, *params, TOP_N))
    return [TopInfluencer(aid, account_registry.AccountRow(aid, p, c, n).label, shop_id, s, t, bool(own))
            for aid, p, c, n, s, t, own in rows]


@service
def load(ctx: ServiceContext, shop_id: int | None = None, days: int = 30, today: date | None = None) -> Charts:
    """The three charts' series for the ``days`` days ending today, all shops or one."""
    if days not in PERIODS:
        days = PERIODS[0]
    end = today or ctx.today()
    start = end - timedelta(days=days - 1)
    gmv_summary.ensure_window(ctx, end)
    first = start - timedelta(days=eligibility.WINDOW_DAYS - 1)
    selfs = _self_days(ctx, shop_id, first, end)
    totals = _daily_totals(ctx, shop_id, start, end)
    daily = []
    for d in _days(start, end):
        own = selfs.get(d, (0, 0))[0]
        daily.append(DailyPoint(d, own, max(0, totals.get(d, 0) - own)))
    share, run_s, run_t = [], 0, 0
    span = _days(first, end)
    for i, d in enumerate(span):
        s, t = selfs.get(d, (0, 0))
        run_s, run_t = run_s + s, run_t + t
        if i >= eligibility.WINDOW_DAYS:
            old_s, old_t = selfs.get(span[i - eligibility.WINDOW_DAYS], (0, 0))
            run_s, run_t = run_s - old_s, run_t - old_t
        if d >= start:
            share.append(SharePoint(d, run_s, run_t))
    return Charts(shop_id, start, end, daily, share, _top(ctx, shop_id, end))
