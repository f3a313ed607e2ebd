"""Channel account services: R-CH-1..6 enforced before writing; refusals logged (R-LOG-1)."""
from datetime import timedelta

import pytest

from desktop.services import channels, history, shops
from desktop.services.errors import InvalidInput
from tests.services.test_official_service import assert_refused


def fill(ctx, shop_id, n, pending=0):
    ids = []
    for i in range(n):
        if i < pending:
            ids.append(channels.start_channel_binding(ctx, shop_id, "douyin", f"acc{i:02d}", f"号{i}").value)
        else:
            ids.append(
                channels.record_existing_channel(ctx, shop_id, "douyin", f"acc{i:02d}", f"号{i}", ctx.today() - timedelta(days=10)).value
            )
    return ids


def test_start_complete_sets_bound_on_today(ctx, shop_id):
    bid = channels.start_channel_binding(ctx, shop_id, "toutiao_xigua", "toutiao_a", "头条号").value
    row = channels.list_channels(ctx, shop_id)[0]
    assert row.state == "pending" and row.bound_on is None and row.unbind_on is None
    assert row.platform == "toutiao" and row.channel_label == "今日头条/西瓜"
    channels.complete_channel_binding(ctx, bid)
    row = channels.list_channels(ctx, shop_id)[0]
    assert row.state == "bound" and row.bound_on == ctx.today()
    assert row.unbind_on == ctx.today() + timedelta(days=180) and row.days_left == 180
    assert not row.unbind.allowed and row.unbind.rule == "R-CH-4"


def test_cancel_pending_frees_the_slot(ctx, shop_id):
    ids = fill(ctx, shop_id, 5, pending=1)
    assert channels.channel_summary(ctx, shop_id).live == 5
    channels.cancel_channel_binding(ctx, ids[0])
    summary = channels.channel_summary(ctx, shop_id)
    assert summary.live == 4 and summary.pending == 0 and summary.start.allowed


def test_r_ch_2_sixth_cannot_start_pending_counts(ctx, shop_id):
    fill(ctx, shop_id, 4, pending=2)
    assert channels.channel_start_decision(ctx, shop_id).allowed
    fill_one = channels.start_channel_binding(ctx, shop_id, "huoshan", "fifth", "第五个")
    assert fill_one.value
    summary = channels.channel_summary(ctx, shop_id)
    assert (summary.live, summary.pending, summary.bound) == (5, 3, 2)
    assert channels.channel_start_decision(ctx, shop_id).rule == "R-CH-2"
    assert_refused(ctx, "R-CH-2", "channel.start", channels.start_channel_binding, shop_id, "douyin", "sixth", "第六个")
    assert_refused(
        ctx, "R-CH-2", "channel.record", channels.record_existing_channel, shop_id, "douyin", "sixth", "第六个", ctx.today()
    )


def test_r_ch_6_same_account_twice_refused(ctx, shop_id):
    channels.start_channel_binding(ctx, shop_id, "douyin", "same_one", "同一个")
    assert_refused(ctx, "R-CH-6", "channel.start", channels.start_channel_binding, shop_id, "douyin", "same_one", "")
    assert channels.channel_account_decision(ctx, shop_id, "douyin", "same_one").rule == "R-CH-6"


def test_r_ch_6_same_account_other_shop_is_fine(ctx, shop_id):
    other = shops.create_shop(ctx, "另一家店", "10002").value
    channels.start_channel_binding(ctx, shop_id, "douyin", "same_one")
    channels.start_channel_binding(ctx, other, "douyin", "same_one")
    assert len(channels.list_channels(ctx, other)) == 1


def test_r_ch_5_future_date_refused_today_ok(ctx, shop_id):
    assert_refused(
        ctx, "R-CH-5", "channel.record", channels.record_existing_channel,
        shop_id, "douyin", "future1", "", ctx.today() + timedelta(days=1),
    )
    channels.record_existing_channel(ctx, shop_id, "douyin", "today1", "", ctx.today())
    assert channels.list_channels(ctx, shop_id)[0].source == "recorded"


def test_r_ch_1_unknown_channel_refused(ctx, shop_id):
    assert_refused(ctx, "R-CH-1", "channel.start", channels.start_channel_binding, shop_id, "kuaishou", "ks01", "")
    assert_refused(ctx, "R-CH-1", "channel.start", channels.start_channel_binding, shop_id, "douyin", "ks01", "", platform="huoshan")


def test_r_ch_4_unbind_refused_on_day_179_allowed_on_180(ctx, clock, shop_id):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "old1", "", ctx.today() - timedelta(days=179)).value
    exc = assert_refused(ctx, "R-CH-4", "channel.unbind", channels.unbind_channel, bid)
    assert "还需 1 天" in exc.message
    clock.advance(days=1)
    channels.unbind_channel(ctx, bid)
    assert channels.list_channels(ctx, shop_id) == []
    ended = channels.list_channels(ctx, shop_id, include_ended=True)[0]
    assert ended.state == "unbound"
    ok = [h for h in history.list_history(ctx) if h.action == "channel.unbind" and h.outcome == "ok"]
    assert len(ok) == 1


def test_unbind_pending_refused(ctx, shop_id):
    bid = channels.start_channel_binding(ctx, shop_id, "douyin", "p1").value
    assert_refused(ctx, "R-CH-4", "channel.unbind", channels.unbind_channel, bid)
    assert_refused(ctx, "R-CH-3", "channel.complete", channels.complete_channel_binding, 
                   channels.record_existing_channel(ctx, shop_id, "douyin", "b1", "", ctx.today()).value)


def test_invalid_account_code_not_logged_as_rule(ctx, shop_id):
    with pytest.raises(InvalidInput):
        channels.start_channel_binding(ctx, shop_id, "douyin", "x")  # too short
    assert channels.list_channels(ctx, shop_id) == []


def test_db_index_backs_up_the_check_r_ch_6(ctx, shop_id, monkeypatch):
    channels.start_channel_binding(ctx, shop_id, "douyin", "same_one")
    monkeypatch.setattr(channels.rules, "channel_account_decision", lambda already: channels.rules.allow())
    assert_refused(ctx, "R-CH-6", "channel.start", channels.start_channel_binding, shop_id, "douyin", "same_one", "")
