"""R-SELF-1: the 30-day window, the shop's share and eligibility at its boundaries."""
from datetime import date, timedelta

import pytest

from desktop.domain import eligibility as e

REF = date(2026, 11, 27)


def test_window_is_30_days_inclusive():
    start, end = e.window(REF)
    assert end == REF
    assert (end - start).days + 1 == 30
    assert e.in_window(REF - timedelta(days=29), REF)  # day 30 counted back: in
    assert not e.in_window(REF - timedelta(days=30), REF)  # day 31: out
    assert not e.in_window(REF + timedelta(days=1), REF)


def test_exactly_half_is_eligible_and_just_below_is_not():
    assert e.is_eligible(5000, 10000)  # 50.00%
    assert e.eligibility(5000, 10000).allowed
    assert not e.is_eligible(4999, 10000)  # 49.99%
    d = e.eligibility(4999, 10000)
    assert d.rule == "R-SELF-1" and "49.99%" in d.message


def test_half_with_odd_totals_uses_exact_integer_maths():
    # 1 fen short of half of an odd total must be refused; floats would not matter here but the rule is exact.
    assert e.is_eligible(50, 100)
    assert not e.is_eligible(49, 99)  # 49.49…%
    assert e.is_eligible(50, 99)
    assert e.share_bp(4999, 10000) == 4999
    assert e.share_text(e.share_bp(49995, 100000)) == "49.99%"  # rounded down, never shown as 50.00%


def test_no_gmv_is_not_eligible():
    assert not e.is_eligible(0, 0)
    d = e.eligibility(0, 0)
    assert not d.allowed and d.rule == "R-SELF-1" and "没有 GMV" in d.message
    assert e.share_bp(0, 0) is None and e.share_text(None) == "—"


def test_zero_shop_gmv_with_total_is_not_eligible():
    assert not e.eligibility(0, 100).allowed
    assert e.eligibility(100, 100).allowed  # 100%


@pytest.mark.parametrize(
    "offset, counted", [(0, True), (29, True), (30, False), (-1, False)]
)
def test_totals_only_count_days_in_window(offset, counted):
    day = REF - timedelta(days=offset)
    totals = e.totals_from_days([(day, 60, 100)], REF)
    assert totals.total_fen == (100 if counted else 0)
    assert totals.eligible is counted


def test_share_of_day_31_changes_the_answer():
    # Inside the window the account sells 40% for us; an old 100% day must not lift it to eligible.
    records = [(REF - timedelta(days=30), 10_000, 10_000), (REF, 40, 100)]
    assert not e.totals_from_days(records, REF).eligible
    assert e.totals_from_days(records, REF - timedelta(days=1)).eligible


def test_contribution_share():
    assert e.contribution_bp(2500, 10000) == 2500
    assert e.contribution_bp(0, 0) is None


from fractions import Fraction  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_eligibility_matches_exact_fraction(shop, extra):
    total = shop + extra  # the database guarantees total >= shop
    expected = total > 0 and Fraction(shop, total) >= Fraction(1, 2)
    assert e.is_eligible(shop, total) is expected
    assert e.eligibility(shop, total).allowed is expected
    bp = e.share_bp(shop, total)
    if total:
        # Shown share never rounds up across the threshold.
        assert (bp >= e.THRESHOLD_BP) is expected
