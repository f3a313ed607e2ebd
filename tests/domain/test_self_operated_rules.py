"""R-SELF-2, -4, -5, -6: decisions for each action given the marking's state."""
import pytest

from desktop.domain import self_operated as so
from desktop.domain.decisions import allow, deny

ELIGIBLE = allow()
NOT_ELIGIBLE = deny("R-SELF-1", "不符合")


def test_mark_eligible_selling_account_allowed():
    for state in (None, so.REFUSED, so.UNMARKED):
        assert so.can_mark(state, None, ELIGIBLE).allowed


def test_mark_ineligible_refused_with_r_self_1():
    d = so.can_mark(None, None, NOT_ELIGIBLE)
    assert not d.allowed and d.rule == "R-SELF-1"


@pytest.mark.parametrize("state", [so.AWAITING, so.SELF_OPERATED])
def test_mark_already_marked_here_refused(state):
    d = so.can_mark(state, None, ELIGIBLE)
    assert not d.allowed and d.rule == "R-SELF-2"


def test_mark_taken_by_other_shop_refused_even_if_eligible():
    d = so.can_mark(None, "别家小店", ELIGIBLE)
    assert not d.allowed and d.rule == "R-SELF-4"
    assert "别家小店" in d.message


def test_platform_configured_needs_no_eligibility_but_respects_other_shop():
    assert so.can_record_platform(None, None).allowed
    assert so.can_record_platform(so.UNMARKED, None).allowed
    assert so.can_record_platform(None, "别家").rule == "R-SELF-4"
    assert so.can_record_platform(so.SELF_OPERATED, None).rule == "R-SELF-2"


def test_authorization_only_while_awaiting():
    assert so.can_record_authorization(so.AWAITING).allowed
    for state in (None, so.SELF_OPERATED, so.REFUSED, so.UNMARKED):
        d = so.can_record_authorization(state)
        assert not d.allowed and d.rule == "R-SELF-2"
    assert so.after_authorization(True) == so.SELF_OPERATED
    assert so.after_authorization(False) == so.REFUSED


def test_unmark_only_self_operated():
    assert so.can_unmark(so.SELF_OPERATED).allowed
    for state in (None, so.AWAITING, so.REFUSED, so.UNMARKED):
        d = so.can_unmark(state)
        assert not d.allowed and d.rule == "R-SELF-6"


def test_refused_and_unmarked_read_as_selling():
    assert so.state_label(so.REFUSED) == so.state_label(so.UNMARKED) == so.state_label(None) == "带货"
    assert not so.is_live(so.REFUSED) and so.is_live(so.AWAITING)
