"""Sample data for --demo so every 概览 card, chart and to-do kind has content on the demo's date.

Things that are due only after some days (a binding waiting for its scan, an
authorization waiting a week, GMV not updated for ten days) are written
through the ordinary services with the clock set back, so the demo holds
nothing the services would not write themselves.
"""
from __future__ import annotations

import random
from contextlib import contextmanager
from datetime import timedelta

from desktop.domain.messages import text
from desktop.domain.clock import FixedClock
from desktop.services import account_registry, channels, history, official
from desktop.services import self_operated as so
from desktop.services.context import ServiceContext, service
from desktop.services.gmv import UPSERT_SQL
from desktop.store import sqlcompat

# 小林家居: influencers whose figures stop ten days ago (GMV older than 7 days).
HOME = (
    ("jiaju_xiaolin", "家居达人小林", 700, 2500),
    ("shounahaowu", "收纳好物分享", 560, 1800),
    ("chufang_mama", "厨房妈妈", 300, 3000),
)
STALE_DAYS = 10


@contextmanager
@service
def backdated(ctx: ServiceContext, days: int):
    """Run services as if it were ``days`` days ago (the demo's past), then restore the clock."""
    real = ctx.clock
    ctx.clock = FixedClock(real.now() - timedelta(days=days))
    try:
        yield
    finally:
        ctx.clock = real


def _home_gmv(ctx: ServiceContext, shop_id: int) -> dict[str, int]:
    rnd = random.Random(13)
    today, now = ctx.today(), ctx.now_iso()
    rows, ids = [], {}
    with ctx.db.atomic("IMMEDIATE"):
        for code, nickname, share, daily in HOME:
            account = account_registry.ensure_account(ctx, "douyin", code, nickname)
            ids[code] = account.id
            for d in range(STALE_DAYS, STALE_DAYS + 35):
                total = rnd.randint(daily * 50, daily * 150) * 2
                rows.append((shop_id, account.id, (today - timedelta(days=d)).isoformat(),
                             total * rnd.randint(share - 30, share + 30) // 1000, total, "import", now))
        sqlcompat.executemany(ctx.db, UPSERT_SQL, rows)
        history.record(ctx, "gmv.import", shop_id=shop_id, subject="示例数据", detail=text("示例达人 GMV {count} 条",
                                                                                       count=len(rows)))
    return ids


@service
def fill_overview(ctx: ServiceContext, shop_ids: list[int]) -> None:
    if len(shop_ids) < 3:
        return
    home = shop_ids[2]
    today = ctx.today()
    with backdated(ctx, 5):  # official binding still waiting for the account's scan
        official.start_official_binding(ctx, home, "xiaolin_jiaju", "小林家居官方号")
    for channel, code, nickname, days_ago in (("douyin", "xl_live", "小林家居直播间", 170),
                                               ("huoshan", "xl_huoshan", "小林火山号", 60)):
        channels.record_existing_channel(ctx, home, channel, code, nickname, today - timedelta(days=days_ago))
    ids = _home_gmv(ctx, home)
    with backdated(ctx, STALE_DAYS):
        so.record_platform_configured(ctx, home, ids["jiaju_xiaolin"])
        so.mark_self_operated(ctx, home, ids["shounahaowu"])  # authorization waiting 10 days
