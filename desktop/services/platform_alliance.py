"""Alliance orders -> daily shop GMV per influencer, source: the platform (issue 13).

``buyin.queryShopAllianceOrder``: ``size`` 1..20, ``cursor`` ("0" first),
``start_time``/``end_time`` as ``YYYY-MM-DD HH:MM:SS`` at most 90 days apart
(pay time by default); each order has ``total_pay_amount`` (fen),
``pay_success_time``, ``flow_point`` (PAY_SUCC / REFUND / SETTLE / CONFIRM),
``author_short_id`` (抖音号), ``author_buyin_id`` and ``author_account``
(a generated C# SDK's ``BuyinQueryShopAllianceOrderReq``; not in the Go/PHP SDKs).

The sums are kept in ``platform_gmv_daily``. Total GMV across shops still comes
from imports: where an imported record exists for the same account and day,
its shop part takes the platform's figure (when it fits under the total);
days without an imported total are reported, not invented.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.messages import text
from desktop.platform.client import DoudianClient
from desktop.platform.errors import PlatformError
from desktop.services import changes, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.services.platform_connection import PLATFORM
from desktop.services.platform_sync import Cancelled, Progress, Pull, Steps
from desktop.store import sqlcompat

WINDOW_DAYS = 90
PAGE_SIZE = 20
MAX_PAGES = 50_000
NOT_COUNTED = {"REFUND"}


@dataclass(frozen=True)
class AllianceResult:
    days: int
    rows: int
    orders: int
    applied: int  # imported records whose shop GMV now comes from the platform
    missing_total: int  # platform figures with no imported total for that day
    over_total: int  # platform figure above the imported total: left as imported


def windows(start: date, end: date) -> list[tuple[str, str]]:
    out, cur = [], start
    while cur <= end:
        last = min(end, cur + timedelta(days=WINDOW_DAYS - 1))
        out.append((f"{cur.isoformat()} 00:00:00", f"{last.isoformat()} 23:59:59"))
        cur = last + timedelta(days=1)
    return out


@service
def pull_alliance(ctx: ServiceContext, shop_id: int, start: date, end: date, *, client: DoudianClient | None = None,
                  progress: Progress | None = None, is_cancelled: Cancelled | None = None) -> Outcome:
    if end < start:
        raise InvalidInput(text("结束日期不能早于开始日期"), "end")
    if end > ctx.today():
        end = ctx.today()
    steps = Steps(progress, is_cancelled)
    with Pull(ctx, shop_id, "alliance", client) as (run, client):
        sums: dict[tuple[str, str], list] = defaultdict(lambda: ["", 0, 0])
        spans = windows(start, end)
        for i, (t0, t1) in enumerate(spans):
            _fetch_window(client, steps, t0, t1, sums, run)
            steps.report(i + 1, len(spans))
        result = _write(ctx, shop_id, start, end, sums, run)
        run.summary = text("{rows} 行（{orders} 笔订单）；{applied} 行更新了本店 GMV，{missing} 行缺少导入的总 GMV",
                           rows=result.rows, orders=result.orders, applied=result.applied,
                           missing=result.missing_total)
    topics = {PLATFORM} | ({changes.GMV, changes.HISTORY} if run.updated or run.created else set())
    return Outcome(frozenset(topics), result)


def _fetch_window(client, steps, t0, t1, sums, run) -> None:
    cursor = "0"
    for _ in range(MAX_PAGES):
        data = client.call("buyin.queryShopAllianceOrder",
                           {"size": PAGE_SIZE, "cursor": cursor, "start_time": t0, "end_time": t1})
        orders = data.get("orders") if isinstance(data, dict) else None
        if not isinstance(orders, list):
            raise PlatformError("malformed", code="JSON", method="buyin.queryShopAllianceOrder")
        for o in orders:
            run.fetched += 1
            _add_order(sums, o)
        nxt = str(data.get("cursor") or "")
        steps.check()
        if not orders or not nxt or nxt == cursor:
            return
        cursor = nxt


def _add_order(sums, o) -> None:
    """One order into its (influencer, pay day) sum; refunds are not GMV."""
    if not isinstance(o, dict) or o.get("flow_point") in NOT_COUNTED:
        return
    key = str(o.get("author_short_id") or o.get("author_buyin_id") or "")
    day = str(o.get("pay_success_time") or "")[:10]
    if not key or len(day) != 10:
        return
    entry = sums[(key, day)]
    entry[0] = str(o.get("author_account") or entry[0])
    entry[1] += int(o.get("total_pay_amount") or 0)
    entry[2] += 1


def _merge_into_imports(ctx, shop_id, new, now) -> tuple[int, int, int]:
    """Imported records take the platform's shop figure where it fits under their total."""
    applied = missing = over = 0
    for (_key, day), (_name, account_id, fen, _n) in new.items():
        rec = None
        if account_id:
            rec = ctx.db.execute_sql("SELECT id, shop_gmv_fen, total_gmv_fen FROM gmv_record WHERE shop_id = ?"
                                     " AND account_id = ? AND day = ?", (shop_id, account_id, day)).fetchone()
        if rec is None:
            missing += 1
        elif fen > rec[2]:
            over += 1
        elif rec[1] != fen:
            ctx.db.execute_sql("UPDATE gmv_record SET shop_gmv_fen = ?, source = 'platform', updated_at = ?"
                               " WHERE id = ?", (fen, now, rec[0]))
            applied += 1
    return applied, missing, over


def _write(ctx, shop_id, start, end, sums, run) -> AllianceResult:
    now = ctx.now_iso()
    accounts = dict(ctx.db.execute_sql("SELECT account_code, id FROM account WHERE platform = 'douyin'").fetchall())
    new = {(k, d): (v[0], accounts.get(k), v[1], v[2]) for (k, d), v in sums.items()}
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        old = {(r[0], r[1]): tuple(r[2:]) for r in ctx.db.execute_sql(
            "SELECT author_key, day, author_name, account_id, shop_gmv_fen, orders FROM platform_gmv_daily"
            " WHERE shop_id = ? AND day BETWEEN ? AND ?", (shop_id, start.isoformat(), end.isoformat()))}
        if old != new:
            ctx.db.execute_sql("DELETE FROM platform_gmv_daily WHERE shop_id = ? AND day BETWEEN ? AND ?",
                               (shop_id, start.isoformat(), end.isoformat()))
            sqlcompat.executemany(
            ctx.db,
                "INSERT INTO platform_gmv_daily (shop_id, author_key, author_name, account_id, day, shop_gmv_fen,"
                " orders, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(shop_id, k, v[0], v[1], d, v[2], v[3], now) for (k, d), v in new.items()])
            run.created = len(set(new) - set(old))
            run.updated = sum(1 for k in new if k in old and old[k] != new[k])
        applied, missing, over = _merge_into_imports(ctx, shop_id, new, now)
        run.updated += applied
        if old != new or applied:
            history.record(ctx, "platform.alliance", shop_id=shop_id, subject=text("抖店联盟订单"),
                           detail=text("{start} 至 {end}：{rows} 行每日 GMV，{applied} 行更新了导入记录的本店 GMV，"
                                       "{missing} 行缺少总 GMV，{over} 行超过总 GMV 未采用", start=start.isoformat(),
                                       end=end.isoformat(), rows=len(new), applied=applied, missing=missing, over=over))
    orders = sum(v[3] for v in new.values())
    return AllianceResult(len({d for _, d in new}), len(new), orders, applied, missing, over)
