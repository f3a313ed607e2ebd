"""R-P-STATE: every (state, action) pair, allowed and refused, table-driven."""
from __future__ import annotations

import pytest

from desktop.domain import product_states as s

A = s
ALLOWED = {
    s.DRAFT: {A.EDIT: s.DRAFT, A.SAVE_DRAFT: s.DRAFT, A.SUBMIT: s.PENDING, A.DELETE: s.DRAFT, A.DUPLICATE: s.DRAFT},
    s.PENDING: {A.REVIEW: None, A.DUPLICATE: s.PENDING},
    s.ONLINE: {A.EDIT: s.ONLINE, A.RESUBMIT_EDIT: s.PENDING, A.TAKE_OFFLINE: s.OFFLINE, A.DUPLICATE: s.ONLINE},
    s.WAREHOUSE: {A.EDIT: s.WAREHOUSE, A.RESUBMIT_EDIT: s.PENDING, A.BRING_ONLINE: s.ONLINE, A.DUPLICATE: s.WAREHOUSE},
    s.OFFLINE: {A.EDIT: s.OFFLINE, A.RESUBMIT_EDIT: s.PENDING, A.BRING_ONLINE: s.ONLINE, A.DUPLICATE: s.OFFLINE},
    s.REJECTED: {A.EDIT: s.REJECTED, A.SAVE_DRAFT: s.REJECTED, A.SUBMIT: s.PENDING, A.DELETE: s.REJECTED,
                 A.DUPLICATE: s.REJECTED},
    s.BLOCKED: {},
}

CASES = [(state, action) for state in s.STATES for action in s.ACTIONS]


@pytest.mark.parametrize("state, action", CASES)
def test_decision_table(state, action):
    decision = s.decide(state, action)
    expected = action in ALLOWED[state]
    assert decision.allowed is expected
    if expected:
        if action != A.REVIEW:
            assert s.target_state(state, action) == ALLOWED[state][action]
    else:
        assert decision.rule == "R-P-STATE"
        assert decision.message and "{" not in decision.message


@pytest.mark.parametrize(
    "outcome, state",
    [(s.OUTCOME_ONLINE, s.ONLINE), (s.OUTCOME_WAREHOUSE, s.WAREHOUSE), (s.OUTCOME_REJECTED, s.REJECTED),
     (s.OUTCOME_BLOCKED, s.BLOCKED)],
)
def test_review_outcomes(outcome, state):
    assert s.review_target(outcome) == state


def test_every_state_has_a_label():
    assert set(s.STATE_LABELS) == set(s.STATES)
