"""Sample official and channel accounts for --demo (R-OFF-*, R-CH-*).

Dates are relative to today so the 180-day mark (R-CH-4) is always near for
some rows: one unbindable since long ago, one just past, one a few days short.
"""
from __future__ import annotations

from datetime import timedelta

from desktop.services import channels, official
from desktop.services.context import ServiceContext, service


@service
def fill_official_and_channels(ctx: ServiceContext, shop_ids: list[int]) -> None:
    if not shop_ids:
        return
    today = ctx.today()
    first = shop_ids[0]
    # Shop 1: official account bound (enterprise-certified, so no fee).
    bid = official.start_official_binding(ctx, first, "chenguang_wenju", "晨光文具官方号").value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    for channel, code, nickname, days_ago in (
        ("douyin", "cg_live_01", "晨光直播间", 420),
        ("toutiao_xigua", "cg_toutiao", "晨光文具头条号", 181),
        ("douyin", "cg_xiaobian", "文具小编", 176),
        ("huoshan", "cg_huoshan", "晨光火山号", 35),
    ):
        channels.record_existing_channel(ctx, first, channel, code, nickname, today - timedelta(days=days_ago))
    from desktop.services.overview_demo import backdated

    with backdated(ctx, 4):  # started four days ago: the platform has not confirmed it yet
        channels.start_channel_binding(ctx, first, "douyin", "cg_new_anchor", "新主播小晨")
    if len(shop_ids) > 1:
        second = shop_ids[1]
        # Shop 2: official binding scanned and waiting for the merchant (fee 600 元).
        bid = official.start_official_binding(ctx, second, "shanye_tea", "山野茶舍")
        official.record_official_accepted(ctx, bid.value)
        channels.record_existing_channel(ctx, second, "douyin", "shanye_cha_live", "山野茶直播", today - timedelta(days=179))
        channels.record_existing_channel(ctx, second, "huoshan", "shanye_huoshan", "山野茶火山", today - timedelta(days=200))
