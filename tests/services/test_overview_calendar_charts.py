""".ics export parsed back (R-CH-4 unbind dates, review follow-ups) and the chart figures against plain sums."""
from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar

from desktop.domain import eligibility
from desktop.services import channels, gmv, overview_calendar, overview_charts, shops
from desktop.services import self_operated as so_svc
from desktop.services.errors import InvalidInput


@pytest.fixture
def shop(ctx):
    return shops.create_shop(ctx, "测试小店", "10001", False).value


def test_ics_round_trip_has_r_ch_4_dates_and_review_follow_ups(ctx, shop, tmp_path):
    today = ctx.today()
    bid = channels.record_existing_channel(ctx, shop, "douyin", "ch_one", "一号", today - timedelta(days=100)).value
    now = (ctx.clock.now() - timedelta(days=1)).isoformat(timespec="seconds")
    ctx.db.execute_sql("INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at) "
                       "VALUES (?, 'PNG', 800, 800, 1, 'x')", ("a" * 64,))
    leaf = ctx.db.execute_sql("SELECT id FROM category WHERE is_leaf = 1 LIMIT 1").fetchone()[0]
    pid = ctx.db.execute_sql(
        "INSERT INTO product (shop_id, state, title, category_id, min_price_fen, max_price_fen, main_image, "
        "created_at, updated_at) VALUES (?, 'pending', '龙井', ?, 100, 100, ?, ?, ?) RETURNING id",
        (shop, leaf, "a" * 64, now, now)).fetchone()[0]
    target = tmp_path / "提醒.ics"
    assert overview_calendar.export_calendar(ctx, target) == 2
    cal = Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    unbind = events[f"channel-unbind-{bid}@shopdesk.local"]
    assert unbind.decoded("dtstart") == today + timedelta(days=80)  # bound 100 days ago: D+180
    assert unbind.decoded("dtend") == today + timedelta(days=81)  # all-day
    assert "一号" in str(unbind["summary"]) and "R-CH-4" in str(unbind["description"])
    review = events[f"product-review-{pid}@shopdesk.local"]
    assert review.decoded("dtstart") == today + timedelta(days=3)  # submitted yesterday: follow up on day 4
    assert "龙井" in str(review["summary"])
    assert str(cal["version"]) == "2.0" and "ShopDesk" in str(cal["prodid"])


def test_ics_to_an_unwritable_place_is_a_clear_error(ctx, shop, tmp_path):
    with pytest.raises(InvalidInput) as err:
        overview_calendar.export_calendar(ctx, tmp_path / "missing" / "x.ics")
    assert "无法写入" in err.value.message


def _add(ctx, shop, code, shop_fen, total_fen, days_ago):
    gmv.save_gmv(ctx, shop, "douyin", code, code, ctx.today() - timedelta(days=days_ago), shop_fen, total_fen)
    return ctx.db.execute_sql("SELECT id FROM account WHERE account_code = ?", (code,)).fetchone()[0]


def test_chart_series_equal_plain_sums(ctx, shop):
    other = shops.create_shop(ctx, "别家", "10002", False).value
    s = _add(ctx, shop, "self_a", 600, 1000, 0)
    for d in range(0, 70, 3):
        _add(ctx, shop, "self_a", 600 + d, 1000 + 2 * d, d)
        _add(ctx, shop, "other_b", 300, 900, d)
        _add(ctx, other, "other_b", 100, 900, d)
    so_svc.record_platform_configured(ctx, shop, s)
    charts = overview_charts.load(ctx, shop_id=shop, days=30)
    assert len(charts.daily) == 30 and charts.daily[-1].day == ctx.today()
    rows = ctx.db.execute_sql("SELECT account_id, day, shop_gmv_fen, total_gmv_fen FROM gmv_record WHERE shop_id = ?",
                              (shop,)).fetchall()
    for p in charts.daily:
        own = sum(r[2] for r in rows if r[0] == s and r[1] == p.day.isoformat())
        everyone = sum(r[2] for r in rows if r[1] == p.day.isoformat())
        assert (p.self_fen, p.others_fen) == (own, everyone - own)
    for p in charts.share:  # R-SELF-1 window ending on each day, self-operated accounts only
        start, end = eligibility.window(p.day)
        mine = [r for r in rows if r[0] == s and start.isoformat() <= r[1] <= end.isoformat()]
        assert (p.shop_fen, p.total_fen) == (sum(r[2] for r in mine), sum(r[3] for r in mine))
    assert [t.account_id for t in charts.top][0] == s and charts.top[0].self_operated
    both = overview_charts.load(ctx, days=90)
    assert len(both.daily) == 90 and sum(p.total_fen for p in both.daily) == ctx.db.execute_sql(
        "SELECT SUM(shop_gmv_fen) FROM gmv_record WHERE day > ?",
        ((ctx.today() - timedelta(days=90)).isoformat(),)).fetchone()[0]
