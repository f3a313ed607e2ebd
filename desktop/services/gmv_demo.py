"""Sample influencer GMV and self-operated markings for --demo (R-SELF-*).

Forty days of figures ending today, so the 30-day window (R-SELF-1) always
has data and some days fall just outside it. Shares sit on both sides of the
line: one at exactly 50.00% (eligible), one at 49.99% (not), and one account
already self-operated for another shop (R-SELF-4).
"""
from __future__ import annotations

import random
from datetime import timedelta

from desktop.domain.messages import text
from desktop.services import account_registry, history
from desktop.services import self_operated as so
from desktop.services.context import ServiceContext, service
from desktop.services.gmv import UPSERT_SQL
from desktop.store import sqlcompat

DAYS = 40

# (account ID, nickname, shop share per mille or "half"/"just_below", typical daily total in yuan, days active)
SHOP1 = (
    ("wenju_xiaozhou", "文具达人小周", 820, 3000, 40),
    ("shouzhang_may", "手账控阿May", "half", 1800, 40),
    ("xueba_biji", "学霸笔记君", "just_below", 2500, 40),
    ("bangong_haowu", "办公好物推荐", 300, 5000, 40),
    ("wenju_ceping", "文具测评室", 900, 1200, 40),
    ("cg_fensi", "晨光粉丝团", 700, 800, 25),
    ("zhibo_xiaoyang", "直播达人小杨", 400, 6000, 40),
    ("baoma_haowu", "宝妈好物", 650, 900, 30),
    ("chayou_laochen", "茶友老陈", 600, 700, 40),
    ("kaixue_zhongcao", "开学季种草", 950, 2000, 10),
)
SHOP2 = (
    ("chayou_laochen", "茶友老陈", 850, 2200, 40),
    ("pincha_ketang", "品茶小课堂", 560, 1500, 40),
    ("lvcha_xiaoshu", "绿茶小舒", 200, 3000, 40),
)


def _day_figures(rnd: random.Random, share, daily_yuan: int) -> tuple[int, int]:
    if share == "just_below":
        k = rnd.randint(daily_yuan // 2, daily_yuan * 3 // 2) // 100 + 1
        return 4999 * k, 10000 * k  # 49.99% every day, so 49.99% over the window
    total = rnd.randint(daily_yuan * 50, daily_yuan * 150) * 2  # fen, even
    if share == "half":
        return total // 2, total
    shop = total * rnd.randint(share - 40, min(share + 40, 1000)) // 1000
    return shop, total


def _fill_shop(ctx: ServiceContext, shop_id: int, profiles, seed: int) -> dict[str, int]:
    rnd = random.Random(seed)
    today = ctx.today()
    ids: dict[str, int] = {}
    now = ctx.now_iso()
    rows = []
    with ctx.db.atomic("IMMEDIATE"):
        for code, nickname, share, daily, active in profiles:
            account = account_registry.ensure_account(ctx, "douyin", code, nickname)
            ids[code] = account.id
            for d in range(DAYS):
                if d >= active and code != "kaixue_zhongcao":
                    continue
                if code == "kaixue_zhongcao" and d < DAYS - active:
                    continue  # only old figures: outside the 30-day window, so not eligible now
                shop, total = _day_figures(rnd, share, daily)
                rows.append((shop_id, account.id, (today - timedelta(days=d)).isoformat(), shop, total, "import", now))
        sqlcompat.executemany(ctx.db, UPSERT_SQL, rows)
        history.record(ctx, "gmv.import", shop_id=shop_id, subject="示例数据",
                       detail=text("示例达人 GMV {count} 条", count=len(rows)))
    return ids


@service
def fill_gmv(ctx: ServiceContext, shop_ids: list[int]) -> None:
    if not shop_ids:
        return
    first = _fill_shop(ctx, shop_ids[0], SHOP1, seed=11)
    if len(shop_ids) > 1:
        second = _fill_shop(ctx, shop_ids[1], SHOP2, seed=12)
        # 茶友老陈 is self-operated for 山野茶舍, so 晨光 cannot mark him (R-SELF-4).
        bid = so.mark_self_operated(ctx, shop_ids[1], second["chayou_laochen"]).value
        so.record_authorization(ctx, bid, agreed=True)
    shop = shop_ids[0]
    bid = so.mark_self_operated(ctx, shop, first["wenju_ceping"]).value
    so.record_authorization(ctx, bid, agreed=True)
    so.mark_self_operated(ctx, shop, first["cg_fensi"])
    bid = so.mark_self_operated(ctx, shop, first["baoma_haowu"]).value
    so.record_authorization(ctx, bid, agreed=False)
    so.record_platform_configured(ctx, shop, first["zhibo_xiaoyang"])
