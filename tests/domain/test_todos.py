"""今日待办 kinds at their boundaries, with a fixed date (no Qt, no database)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain import eligibility
from desktop.domain import todos as td

TODAY = date(2026, 11, 27)
TH = td.Thresholds()


def test_r_ch_4_unbindable_in_14_days_is_due_15_is_not():
    bound_14 = TODAY + timedelta(days=14) - timedelta(days=180)
    bound_15 = TODAY + timedelta(days=15) - timedelta(days=180)
    item = td.channel_unbind(1, 1, "店", "抖音·a", bound_14, TODAY, TH)
    assert item is not None and item.rule == "R-CH-4" and item.params["days"] == 14
    assert item.day == TODAY + timedelta(days=14)
    assert td.channel_unbind(1, 1, "店", "抖音·a", bound_15, TODAY, TH) is None


def test_r_ch_4_already_unbindable_is_due_with_zero_days():
    item = td.channel_unbind(1, 1, "店", "a", TODAY - timedelta(days=400), TODAY, TH)
    assert item is not None and item.params["days"] == 0 and "已满180天" in item.reason


def test_r_ch_4_threshold_is_a_setting():
    bound = TODAY + timedelta(days=20) - timedelta(days=180)
    assert td.channel_unbind(1, 1, "店", "a", bound, TODAY, TH) is None
    assert td.channel_unbind(1, 1, "店", "a", bound, TODAY, td.Thresholds(unbind_within_days=30)) is not None


@pytest.mark.parametrize("category,state", [("official", "awaiting_scan"), ("official", "awaiting_confirm"),
                                            ("channel", "pending")])
def test_binding_pending_3_days_not_due_4_days_due(category, state):
    assert td.binding_pending(5, category, state, 1, "店", "a", TODAY - timedelta(days=3), TODAY, TH) is None
    item = td.binding_pending(5, category, state, 1, "店", "a", TODAY - timedelta(days=4), TODAY, TH)
    assert item is not None and item.params["days"] == 4
    assert item.rule == ("R-OFF-3" if category == "official" else "R-CH-3")
    assert item.target == (td.TARGET_OFFICIAL if category == "official" else td.TARGET_CHANNEL)


def test_bound_bindings_are_never_pending():
    assert td.binding_pending(5, "channel", "bound", 1, "店", "a", TODAY - timedelta(days=40), TODAY, TH) is None
    assert td.binding_pending(5, "official", "bound", 1, "店", "a", TODAY - timedelta(days=40), TODAY, TH) is None


def test_r_self_2_awaiting_authorization_7_days_not_due_8_due():
    assert td.auth_waiting(3, 9, "awaiting_auth", 1, "店", "a", TODAY - timedelta(days=7), TODAY, TH) is None
    item = td.auth_waiting(3, 9, "awaiting_auth", 1, "店", "a", TODAY - timedelta(days=8), TODAY, TH)
    assert item is not None and item.rule == "R-SELF-2" and item.target_id == 9


def test_r_self_1_share_50_00_is_fine_49_99_is_due():
    assert td.self_below(3, 9, 1, "店", "a", 5000, 10000, TODAY) is None
    item = td.self_below(3, 9, 1, "店", "a", 4999, 10000, TODAY)
    assert item is not None and item.params["share"] == "49.99%" and item.rule == "R-SELF-1"


def test_r_self_1_sql_form_agrees_with_python_at_the_line():
    import sqlite3

    conn = sqlite3.connect(":memory:")
    expr = eligibility.sql_is_eligible("?", "?2")
    for shop, total in ((5000, 10000), (4999, 10000), (0, 0), (1, 2), (1, 3), (10**12, 2 * 10**12 + 1)):
        (got,) = conn.execute(f"SELECT {expr.replace('?2', str(total))}", (shop,)).fetchone()
        assert bool(got) == eligibility.is_eligible(shop, total), (shop, total)


def test_r_self_5_eligible_not_marked_is_one_item_per_shop():
    assert td.self_eligible(1, "店", 0, None, (0, 0), TODAY) is None
    item = td.self_eligible(1, "店", 3, 42, (1, 2), TODAY)
    assert item.params["count"] == 3 and item.target_id == 42 and item.key == "self_eligible:1"
    assert item.fingerprint != td.self_eligible(1, "店", 4, 42, (1, 2), TODAY).fingerprint


def test_review_3_days_not_due_4_days_due():
    assert td.product_group("pending", 1, "店", 1, 7, "茶", TODAY - timedelta(days=3), (), TODAY, TH) is None
    item = td.product_group("pending", 1, "店", 1, 7, "茶", TODAY - timedelta(days=4), (), TODAY, TH)
    assert item.kind == td.PRODUCT_REVIEW and item.params["days"] == 4 and item.target_id == 7
    assert td.review_cutoff(TODAY, TH) == TODAY - timedelta(days=3)  # since < cutoff  <=>  more than 3 days


def test_rejected_waits_for_edits_and_drafts_with_errors():
    item = td.product_group("rejected", 1, "店", 3, 7, "茶", TODAY, (), TODAY, TH)
    assert item.kind == td.PRODUCT_REJECTED and item.params["count"] == 3 and "等 3 个" in item.message
    item = td.product_group("draft", 1, "店", 1, 8, "", TODAY, (), TODAY, TH)
    assert item.kind == td.DRAFT_ERRORS and item.rule == "R-P-SUBMIT" and "（无标题）" in item.message
    assert td.product_group("online", 1, "店", 1, 7, "茶", TODAY - timedelta(days=99), (), TODAY, TH) is None
    assert td.product_group("draft", 1, "店", 0, 7, "茶", TODAY, (), TODAY, TH) is None


def test_gmv_7_days_old_not_due_8_days_due():
    assert td.gmv_stale(1, "店", None, TODAY, TH) is None
    assert td.gmv_stale(1, "店", TODAY - timedelta(days=7), TODAY, TH) is None
    assert td.gmv_stale(1, "店", TODAY - timedelta(days=8), TODAY, TH).params["days"] == 8


def test_done_hides_until_facts_change_and_snooze_until_its_day():
    item = td.product_group("pending", 1, "店", 1, 7, "茶", TODAY - timedelta(days=5), (), TODAY, TH)
    assert td.is_hidden(item, td.DONE, item.fingerprint, None, TODAY)
    assert not td.is_hidden(item, td.DONE, "other-facts", None, TODAY)
    until = td.snooze_until(TODAY, 3)
    assert td.is_hidden(item, td.SNOOZED, item.fingerprint, until, TODAY + timedelta(days=2))
    assert not td.is_hidden(item, td.SNOOZED, item.fingerprint, until, TODAY + timedelta(days=3))


def test_threshold_limits():
    assert td.threshold_error("review_days", 3) is None
    assert td.threshold_error("review_days", 0)
    assert td.threshold_error("review_days", True)
    assert td.threshold_error("nope", 3)
