"""R-OFF-1..5 and R-CH-1..6 as pure decisions, with their boundaries."""
from datetime import date, timedelta

import pytest

from desktop.domain import accounts as rules

# --- R-OFF ----------------------------------------------------------------------


def test_r_off_5_fee_600_yuan_or_waived_for_enterprise():
    assert rules.official_fee_fen(False) == 600 * 100
    assert rules.official_fee_fen(True) == 0


@pytest.mark.parametrize("platform", ["toutiao", "xigua", "huoshan"])
def test_r_off_2_only_douyin_can_be_official(platform):
    d = rules.official_account_decision(platform, None)
    assert not d.allowed and d.rule == "R-OFF-2"
    assert "抖音" in d.message


def test_r_off_2_douyin_allowed():
    assert rules.official_account_decision("douyin", None).allowed


def test_r_off_1_account_official_for_another_shop():
    d = rules.official_account_decision("douyin", "山野茶舍")
    assert not d.allowed and d.rule == "R-OFF-1"
    assert "山野茶舍" in d.message


@pytest.mark.parametrize("state", ["awaiting_scan", "awaiting_confirm"])
def test_r_off_3_no_second_start_while_pending(state):
    d = rules.official_start_decision(state)
    assert not d.allowed and d.rule == "R-OFF-3"
    assert rules.OFFICIAL_STATES[state] in d.message


def test_r_off_1_4_no_start_when_bound():
    d = rules.official_start_decision("bound")
    assert not d.allowed and d.rule == "R-OFF-4"


@pytest.mark.parametrize("state", [None, "cancelled"])
def test_start_allowed_without_live_binding(state):
    assert rules.official_start_decision(state).allowed


def test_r_off_3_state_order():
    assert rules.official_accept_decision("awaiting_scan").allowed
    for s in ("awaiting_confirm", "bound", "cancelled", None):
        assert rules.official_accept_decision(s).rule == "R-OFF-3"
    assert rules.official_confirm_decision("awaiting_confirm").allowed
    for s in ("awaiting_scan", "bound", "cancelled", None):
        d = rules.official_confirm_decision(s)
        assert not d.allowed and d.rule == "R-OFF-3"


def test_r_off_3_either_side_cancels_pending_only():
    for s in rules.OFFICIAL_PENDING:
        assert rules.official_cancel_decision(s).allowed
    assert rules.official_cancel_decision("bound").rule == "R-OFF-4"
    assert rules.official_cancel_decision("cancelled").rule == "R-OFF-3"


@pytest.mark.parametrize("state", [None, "awaiting_scan", "awaiting_confirm", "bound", "cancelled"])
def test_r_off_4_unbind_never_allowed(state):
    d = rules.official_unbind_decision(state)
    assert not d.allowed and d.rule == "R-OFF-4"
    assert d.available_on is None  # no date ever makes it possible


# --- R-CH -----------------------------------------------------------------------


def test_r_ch_1_three_channels():
    assert set(rules.CHANNELS) == {"douyin", "toutiao_xigua", "huoshan"}
    assert rules.CHANNELS["toutiao_xigua"] == "今日头条/西瓜"
    for c in rules.CHANNELS:
        assert rules.channel_error(c).allowed
    assert rules.channel_error("kuaishou").rule == "R-CH-1"


def test_r_ch_1_platform_must_match_channel():
    assert rules.channel_error("toutiao_xigua", "xigua").allowed
    assert rules.channel_error("toutiao_xigua", "toutiao").allowed
    assert rules.channel_error("douyin", "huoshan").rule == "R-CH-1"


def test_r_ch_2_five_is_the_limit():
    assert rules.channel_start_decision(4).allowed
    d = rules.channel_start_decision(5)
    assert not d.allowed and d.rule == "R-CH-2"
    assert "5" in d.message
    assert not rules.channel_start_decision(6).allowed


def test_r_ch_6_same_account_once_per_shop():
    assert rules.channel_account_decision(False).allowed
    assert rules.channel_account_decision(True).rule == "R-CH-6"


def test_r_ch_5_recorded_date_not_in_future():
    today = date(2026, 11, 27)
    assert rules.recorded_date_decision(today, today).allowed
    assert rules.recorded_date_decision(today - timedelta(days=400), today).allowed
    d = rules.recorded_date_decision(today + timedelta(days=1), today)
    assert not d.allowed and d.rule == "R-CH-5"
    assert "2026-11-27" in d.message


def test_r_ch_3_complete_and_cancel_only_pending():
    assert rules.channel_complete_decision("pending").allowed
    assert rules.channel_cancel_decision("pending").allowed
    for s in ("bound", "cancelled", "unbound", None):
        assert rules.channel_complete_decision(s).rule == "R-CH-3"
        assert rules.channel_cancel_decision(s).rule == "R-CH-3"


def test_r_ch_4_day_179_refused_day_180_allowed():
    bound = date(2026, 5, 31)
    day_179 = bound + timedelta(days=179)
    day_180 = bound + timedelta(days=180)
    d = rules.channel_unbind_decision("bound", bound, day_179)
    assert not d.allowed and d.rule == "R-CH-4"
    assert d.available_on == day_180
    assert d.params["days"] == 1
    assert d.message == f"绑定满180天后可解绑：{day_180.isoformat()} 起，还需 1 天"
    assert rules.channel_unbind_decision("bound", bound, day_180).allowed
    assert rules.channel_unbind_decision("bound", bound, day_180 + timedelta(days=400)).allowed


def test_r_ch_4_days_left_counts_down():
    bound = date(2026, 11, 27)
    d = rules.channel_unbind_decision("bound", bound, bound)
    assert d.params["days"] == 180
    assert rules.days_until_unbind(bound, bound) == 180
    assert rules.days_until_unbind(bound, bound + timedelta(days=200)) == 0


@pytest.mark.parametrize(
    "bound, first_day",
    [
        # D+180 lands just before, on, and just after the leap day 2028-02-29.
        (date(2027, 9, 1), date(2028, 2, 28)),
        (date(2027, 9, 2), date(2028, 2, 29)),
        (date(2027, 9, 3), date(2028, 3, 1)),
    ],
)
def test_r_ch_4_across_leap_day(bound, first_day):
    assert rules.unbind_available_on(bound) == first_day
    before = rules.channel_unbind_decision("bound", bound, first_day - timedelta(days=1))
    assert not before.allowed and before.available_on == first_day and before.params["days"] == 1
    assert rules.channel_unbind_decision("bound", bound, first_day).allowed


@pytest.mark.parametrize("state", ["pending", "cancelled", "unbound"])
def test_r_ch_4_only_bound_can_unbind(state):
    d = rules.channel_unbind_decision(state, date(2020, 1, 1), date(2026, 1, 1))
    assert not d.allowed and d.rule == "R-CH-4"
