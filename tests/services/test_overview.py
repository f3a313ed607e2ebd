"""概览 service: to-dos at their boundaries through real data, cards, done/snooze, settings.

A fixed clock (tests/conftest.py) makes every date rule repeatable.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain import todos as td
from desktop.services import channels, gmv, official, overview, overview_state, shops
from desktop.services import self_operated as so_svc
from desktop.services.errors import InvalidInput


def add_gmv(ctx, shop_id, code, shop_fen, total_fen, days_ago=0):
    code = code if len(code) > 1 else f"dr_{code}"
    gmv.save_gmv(ctx, shop_id, "douyin", code, code, ctx.today() - timedelta(days=days_ago), shop_fen, total_fen)
    return ctx.db.execute_sql("SELECT id FROM account WHERE account_code = ?", (code,)).fetchone()[0]


def kinds(ov, kind):
    return [t for t in ov.todos if t.kind == kind]


@pytest.fixture
def shop(ctx):
    return shops.create_shop(ctx, "测试小店", "10001", False).value


def test_r_ch_4_channel_unbindable_in_14_days_listed_15_not(ctx, shop):
    today = ctx.today()
    b14 = channels.record_existing_channel(ctx, shop, "douyin", "in14", "十四", today - timedelta(days=166)).value
    channels.record_existing_channel(ctx, shop, "huoshan", "in15", "十五", today - timedelta(days=165))
    items = kinds(overview.load(ctx), td.CHANNEL_UNBIND)
    assert [(t.target_id, t.params["days"]) for t in items] == [(b14, 14)]
    assert items[0].target == td.TARGET_CHANNEL


def test_pending_bindings_3_days_not_listed_4_days_listed(ctx, shop):
    other = shops.create_shop(ctx, "第二家", "10002", False).value
    official.start_official_binding(ctx, shop, "off_a")
    channels.start_channel_binding(ctx, other, "douyin", "ch_a")
    ctx.clock.advance(days=3)
    assert kinds(overview.load(ctx), td.BINDING_PENDING) == []
    ctx.clock.advance(days=1)
    items = kinds(overview.load(ctx), td.BINDING_PENDING)
    assert sorted((t.shop_id, t.rule, t.params["days"]) for t in items) == [(shop, "R-OFF-3", 4), (other, "R-CH-3", 4)]


def test_r_self_2_waiting_authorization_7_vs_8_days(ctx, shop):
    aid = add_gmv(ctx, shop, "lin", 80, 100)
    so_svc.mark_self_operated(ctx, shop, aid)
    ctx.clock.advance(days=7)
    add_gmv(ctx, shop, "lin", 80, 100)  # fresh figures so only the authorization waits
    assert kinds(overview.load(ctx), td.AUTH_WAITING) == []
    ctx.clock.advance(days=1)
    (item,) = kinds(overview.load(ctx), td.AUTH_WAITING)
    assert item.target_id == aid and item.params["days"] == 8


def test_r_self_1_share_50_00_vs_49_99_for_self_operated_accounts(ctx, shop):
    half = add_gmv(ctx, shop, "half", 5000, 10000)
    below = add_gmv(ctx, shop, "below", 5000, 10000)
    for aid in (half, below):
        so_svc.record_platform_configured(ctx, shop, aid)
    add_gmv(ctx, shop, "below", 4999, 10000, days_ago=0)  # now 49.99% over the window
    items = kinds(overview.load(ctx), td.SELF_BELOW)
    assert [(t.target_id, t.params["share"]) for t in items] == [(below, "49.99%")]


def test_r_self_5_eligible_not_marked_then_proposed(ctx, shop):
    other = shops.create_shop(ctx, "别家", "10002", False).value
    a = add_gmv(ctx, shop, "a", 5000, 10000)
    add_gmv(ctx, shop, "b", 4999, 10000)
    taken = add_gmv(ctx, shop, "taken", 9000, 10000)
    add_gmv(ctx, other, "taken", 1000, 10000)
    so_svc.record_platform_configured(ctx, other, taken)  # R-SELF-4: not proposable here
    (item,) = [t for t in kinds(overview.load(ctx), td.SELF_ELIGIBLE) if t.shop_id == shop]
    assert item.params["count"] == 1 and item.target_id == a
    so_svc.propose_all_eligible(ctx, shop)
    assert [t for t in kinds(overview.load(ctx), td.SELF_ELIGIBLE) if t.shop_id == shop] == []


def test_gmv_7_days_old_not_listed_8_listed(ctx, shop):
    add_gmv(ctx, shop, "x", 1, 2)
    ctx.clock.advance(days=7)
    assert kinds(overview.load(ctx), td.GMV_STALE) == []
    ctx.clock.advance(days=1)
    (item,) = kinds(overview.load(ctx), td.GMV_STALE)
    assert item.shop_id == shop and item.params["days"] == 8


def test_review_and_draft_items(ctx, shop):
    now = ctx.now_iso()
    ins = ("INSERT INTO product (shop_id, state, title, created_at, updated_at, rule_errors) VALUES (?, ?, ?, ?, ?, ?)")
    old = (ctx.clock.now() - timedelta(days=4)).isoformat(timespec="seconds")
    three = (ctx.clock.now() - timedelta(days=3)).isoformat(timespec="seconds")
    with ctx.db.atomic():
        ctx.db.execute_sql(ins, (shop, "draft", "有错草稿", now, now, 2))
        ctx.db.execute_sql(ins, (shop, "draft", "好草稿", now, now, 0))
        ctx.db.execute_sql(ins, (shop, "rejected", "被拒", now, now, 0))
    # pending needs the columns R-P-SUBMIT checks: make them through the real service instead.
    ov = overview.load(ctx)
    assert [t.params["title"] for t in kinds(ov, td.DRAFT_ERRORS)] == ["有错草稿"]
    assert [t.params["title"] for t in kinds(ov, td.PRODUCT_REJECTED)] == ["被拒"]
    assert old < three  # the pending boundary itself is tested in test_overview_products.py


def test_done_and_snooze_survive_a_restart_and_facts_bring_items_back(ctx, shop, reopen):
    today = ctx.today()
    channels.record_existing_channel(ctx, shop, "douyin", "ch_c1", "一", today - timedelta(days=170))
    channels.record_existing_channel(ctx, shop, "huoshan", "ch_c2", "二", today - timedelta(days=171))
    first, second = kinds(overview.load(ctx), td.CHANNEL_UNBIND)
    overview_state.mark_done(ctx, first)
    overview_state.snooze(ctx, second, 3)
    ctx.db.close()
    ctx2 = reopen()  # the app restarted
    ov = overview.load(ctx2)
    assert kinds(ov, td.CHANNEL_UNBIND) == [] and {t.key for t in ov.hidden} == {first.key, second.key}
    ctx2.clock.advance(days=3)  # snooze over; the done one stays done (same facts)
    assert [t.key for t in kinds(overview.load(ctx2), td.CHANNEL_UNBIND)] == [second.key]
    overview_state.restore(ctx2, first.key)
    assert len(kinds(overview.load(ctx2), td.CHANNEL_UNBIND)) == 2
    ctx2.db.close()


def test_item_comes_back_when_its_facts_change(ctx, shop):
    a = add_gmv(ctx, shop, "a", 6000, 10000)
    (item,) = kinds(overview.load(ctx), td.SELF_ELIGIBLE)
    overview_state.mark_done(ctx, item)
    assert kinds(overview.load(ctx), td.SELF_ELIGIBLE) == []
    add_gmv(ctx, shop, "b", 6000, 10000)  # a second account qualifies: new facts
    (back,) = kinds(overview.load(ctx), td.SELF_ELIGIBLE)
    assert back.params["count"] == 2 and back.target_id == a


def test_settings_are_stored_and_checked(ctx, shop):
    today = ctx.today()
    channels.record_existing_channel(ctx, shop, "douyin", "ch_c1", "一", today - timedelta(days=150))
    assert kinds(overview.load(ctx), td.CHANNEL_UNBIND) == []
    overview_state.save_settings(ctx, {"unbind_within_days": 30}, tray=False)
    assert len(kinds(overview.load(ctx), td.CHANNEL_UNBIND)) == 1
    assert overview_state.thresholds(ctx).unbind_within_days == 30 and not overview_state.tray_enabled(ctx)
    with pytest.raises(InvalidInput):
        overview_state.save_settings(ctx, {"review_days": 0})
    with pytest.raises(InvalidInput):
        overview_state.snooze(ctx, kinds(overview.load(ctx), td.CHANNEL_UNBIND)[0], 5)


def test_cards_official_channels_share_and_products(ctx, shop):
    today = ctx.today()
    bid = official.start_official_binding(ctx, shop, "off_a").value
    official.record_official_accepted(ctx, bid)
    c1 = channels.record_existing_channel(ctx, shop, "douyin", "ch_c1", "一", today - timedelta(days=100)).value
    channels.record_existing_channel(ctx, shop, "huoshan", "ch_c2", "二", today - timedelta(days=20))
    channels.start_channel_binding(ctx, shop, "douyin", "ch_c3")
    s = add_gmv(ctx, shop, "s", 6000, 10000)
    add_gmv(ctx, shop, "o", 4000, 10000)
    so_svc.record_platform_configured(ctx, shop, s)
    (card,) = overview.load(ctx, shop_id=shop).cards
    assert card.official_state == "awaiting_confirm" and card.official_fee_fen == 60000
    assert card.channels_used == 3 and card.channel_limit == 5
    assert card.next_unbind_binding_id == c1 and card.next_unbind_days == 80
    assert card.self_share_bp == 6000 and card.self_share_ok and card.contribution_bp == 6000
    assert card.shop_gmv_fen == 10000


def test_shop_filter_and_archived_shops(ctx, shop):
    other = shops.create_shop(ctx, "别家", "10002", False).value
    add_gmv(ctx, shop, "a", 6000, 10000)
    add_gmv(ctx, other, "b", 6000, 10000)
    assert {c.shop_id for c in overview.load(ctx).cards} == {shop, other}
    only = overview.load(ctx, shop_id=other)
    assert [c.shop_id for c in only.cards] == [other] and {t.shop_id for t in only.todos} == {other}
    shops.archive_shop(ctx, other)
    assert {t.shop_id for t in overview.load(ctx).todos} == {shop}
