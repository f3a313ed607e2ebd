"""Self-operated accounts end to end through the services (R-SELF-1..7, R-LOG-1)."""
from datetime import timedelta

import pytest

from desktop.domain import self_operated as so
from desktop.services import gmv, self_operated as svc, shops
from desktop.services.errors import RuleRefused


def add(ctx, shop_id, code, shop_fen, total_fen, days_ago=0):
    gmv.save_gmv(ctx, shop_id, "douyin", code, code, ctx.today() - timedelta(days=days_ago), shop_fen, total_fen)
    return ctx.db.execute_sql("SELECT id FROM account WHERE account_code = ?", (code,)).fetchone()[0]


def history(ctx, action=None):
    sql = "SELECT action, outcome, rule_id, account_id FROM history WHERE action LIKE 'self.%'"
    return ctx.db.execute_sql(sql + " ORDER BY id").fetchall()


@pytest.fixture
def other_shop(ctx):
    return shops.create_shop(ctx, "别家小店", "10002", False).value


def cand(ctx, shop_id, account_id):
    return {c.account_id: c for c in svc.list_candidates(ctx, shop_id)}[account_id]


def cand_on(ctx, shop_id, account_id, ref_date):
    return {c.account_id: c for c in svc.list_candidates(ctx, shop_id, ref_date)}[account_id]


def test_candidates_show_share_and_eligibility_at_the_boundary(ctx, shop_id):
    half = add(ctx, shop_id, "half", 5000, 10000)
    below = add(ctx, shop_id, "below", 4999, 10000)
    rows = {c.account_id: c for c in svc.list_candidates(ctx, shop_id)}
    assert rows[half].eligible and rows[half].share_bp == 5000
    assert not rows[below].eligible and rows[below].share_bp == 4999
    assert rows[below].mark.rule == "R-SELF-1"


def test_window_edges_day_30_in_day_31_out(ctx, shop_id):
    aid = add(ctx, shop_id, "edge", 100, 100, days_ago=29)
    assert cand(ctx, shop_id, aid).total_gmv_fen == 100
    add(ctx, shop_id, "edge", 0, 1000, days_ago=30)  # day 31 counted back: outside
    assert cand(ctx, shop_id, aid).eligible
    ctx.clock.advance(days=1)  # now the 100% day drops out, only the old day would be left
    rows = {c.account_id: c for c in svc.list_candidates(ctx, shop_id)}
    assert aid not in rows  # no GMV in window: not a candidate any more
    c = svc.get_candidate(ctx, shop_id, aid)
    assert not c.eligible and c.mark.rule == "R-SELF-1" and "没有 GMV" in c.mark.message


def test_mark_authorize_unmark_cycle_logged(ctx, shop_id):
    aid = add(ctx, shop_id, "lin", 80, 100)
    bid = svc.mark_self_operated(ctx, shop_id, aid).value
    assert cand(ctx, shop_id, aid).state == so.AWAITING
    svc.record_authorization(ctx, bid, agreed=True)
    c = cand(ctx, shop_id, aid)
    assert c.state == so.SELF_OPERATED and c.source == "merchant" and c.unmark.allowed
    svc.unmark(ctx, bid)
    assert cand(ctx, shop_id, aid).state == so.UNMARKED and cand(ctx, shop_id, aid).mark.allowed
    assert [h[:2] for h in history(ctx)] == [("self.mark", "ok"), ("self.authorize", "ok"), ("self.unmark", "ok")]


def test_refusal_goes_back_to_selling(ctx, shop_id):
    aid = add(ctx, shop_id, "lin", 80, 100)
    bid = svc.mark_self_operated(ctx, shop_id, aid).value
    svc.record_authorization(ctx, bid, agreed=False)
    c = cand(ctx, shop_id, aid)
    assert c.state == so.REFUSED and c.state_label == "带货" and c.mark.allowed
    with pytest.raises(RuleRefused) as exc:
        svc.record_authorization(ctx, bid, agreed=True)  # already decided
    assert exc.value.rule == "R-SELF-2"
    assert history(ctx)[-1][:3] == ("self.authorize", "refused", "R-SELF-2")


def test_ineligible_mark_refused_and_logged(ctx, shop_id):
    aid = add(ctx, shop_id, "low", 4999, 10000)
    with pytest.raises(RuleRefused) as exc:
        svc.mark_self_operated(ctx, shop_id, aid)
    assert exc.value.rule == "R-SELF-1"
    assert history(ctx) == [("self.mark", "refused", "R-SELF-1", aid)]
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM binding").fetchone()[0] == 0


@pytest.mark.parametrize("agreed", [None, True])
def test_taken_by_other_shop_cannot_be_marked(ctx, shop_id, other_shop, agreed):
    aid = add(ctx, shop_id, "lin", 80, 100)
    add(ctx, other_shop, "lin", 80, 100)
    bid = svc.mark_self_operated(ctx, other_shop, aid).value
    if agreed:
        svc.record_authorization(ctx, bid, agreed=True)
    c = cand(ctx, shop_id, aid)
    assert c.other_shop == "别家小店" and c.mark.rule == "R-SELF-4"
    with pytest.raises(RuleRefused) as exc:
        svc.mark_self_operated(ctx, shop_id, aid)
    assert exc.value.rule == "R-SELF-4"
    with pytest.raises(RuleRefused):
        svc.record_platform_configured(ctx, shop_id, aid)
    assert history(ctx)[-1][:3] == ("self.platform", "refused", "R-SELF-4")


def test_database_index_holds_r_self_4(ctx, shop_id, other_shop):
    import peewee

    aid = add(ctx, shop_id, "lin", 80, 100)
    svc.mark_self_operated(ctx, shop_id, aid)
    with pytest.raises(peewee.IntegrityError):
        ctx.db.execute_sql(
            "INSERT INTO binding (shop_id, account_id, category, state, started_at) VALUES (?, ?, 'self', 'awaiting_auth', 'x')",
            (other_shop, aid))


def test_batch_marks_eligible_and_reports_each_refusal(ctx, shop_id, other_shop):
    good1 = add(ctx, shop_id, "good1", 90, 100)
    good2 = add(ctx, shop_id, "good2", 50, 100)
    low = add(ctx, shop_id, "low", 49, 100)
    taken = add(ctx, shop_id, "taken", 90, 100)
    add(ctx, other_shop, "taken", 90, 100)
    svc.mark_self_operated(ctx, other_shop, taken)
    items = svc.batch_mark(ctx, shop_id, [good1, low, good2, taken]).value
    assert [(i.account_id, i.marked, i.rule) for i in items] == [
        (good1, True, None), (low, False, "R-SELF-1"), (good2, True, None), (taken, False, "R-SELF-4")]
    assert all(i.reason for i in items if not i.marked)
    states = {c.account_id: c.state for c in svc.list_candidates(ctx, shop_id)}
    assert states[good1] == states[good2] == so.AWAITING and states[low] is None and states[taken] is None
    refused = [h for h in history(ctx) if h[1] == "refused"]
    assert sorted((h[2], h[3]) for h in refused) == sorted([("R-SELF-1", low), ("R-SELF-4", taken)])


def test_batch_cancel_marks_none(ctx, shop_id):
    ids = [add(ctx, shop_id, f"acc{i}", 90, 100) for i in range(5)]
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(svc.BatchCancelled):
        svc.batch_mark(ctx, shop_id, ids, cancelled=cancelled)
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM binding").fetchone()[0] == 0
    assert history(ctx) == []


def test_batch_failure_midway_leaves_nothing(ctx, shop_id, monkeypatch):
    ids = [add(ctx, shop_id, f"acc{i}", 90, 100) for i in range(3)]
    real = svc._insert
    count = []

    def flaky(*args):
        count.append(1)
        if len(count) == 2:
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(svc, "_insert", flaky)
    with pytest.raises(RuntimeError):
        svc.batch_mark(ctx, shop_id, ids)
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM binding").fetchone()[0] == 0


def test_propose_all_eligible(ctx, shop_id):
    a = add(ctx, shop_id, "acc_a", 90, 100)
    b = add(ctx, shop_id, "acc_b", 50, 100)
    add(ctx, shop_id, "acc_c", 10, 100)
    already = add(ctx, shop_id, "acc_d", 90, 100)
    svc.mark_self_operated(ctx, shop_id, already)
    items = svc.propose_all_eligible(ctx, shop_id).value
    assert sorted(i.account_id for i in items) == sorted([a, b])
    assert all(i.marked for i in items)


def test_propose_all_eligible_on_a_past_date_marks_what_it_proposed(ctx, shop_id):
    """R-SELF-5 with ref_date: the accounts picked on that date are the ones re-checked on it.
    Data 40 days old is outside today's window but inside the window ending 20 days ago."""
    old = add(ctx, shop_id, "acc_old", 90, 100, days_ago=40)
    ref = ctx.today() - timedelta(days=20)
    assert all(c.account_id != old or not c.eligible for c in svc.list_candidates(ctx, shop_id))  # not today
    assert cand_on(ctx, shop_id, old, ref).eligible
    items = svc.propose_all_eligible(ctx, shop_id, ref_date=ref).value
    assert [(i.account_id, i.marked) for i in items] == [(old, True)]
    assert history(ctx) == [("self.mark", "ok", None, old)]


def test_platform_configured_source_recorded(ctx, shop_id):
    aid = add(ctx, shop_id, "acc_p", 10, 100)  # the platform's call, not ours: eligibility not required
    svc.record_platform_configured(ctx, shop_id, aid)
    c = cand(ctx, shop_id, aid)
    assert c.state == so.SELF_OPERATED and c.source == "platform"


def test_unmark_refused_when_not_self_operated(ctx, shop_id):
    aid = add(ctx, shop_id, "lin", 80, 100)
    bid = svc.mark_self_operated(ctx, shop_id, aid).value
    with pytest.raises(RuleRefused) as exc:
        svc.unmark(ctx, bid)
    assert exc.value.rule == "R-SELF-6"
    assert history(ctx)[-1][:3] == ("self.unmark", "refused", "R-SELF-6")


def test_shop_figures_include_self_operated_share(ctx, shop_id):
    a = add(ctx, shop_id, "acc_a", 300, 400)
    add(ctx, shop_id, "acc_b", 700, 2000)
    add(ctx, shop_id, "acc_a", 1000, 1000, days_ago=31)  # outside the window
    svc.record_platform_configured(ctx, shop_id, a)
    f = gmv.shop_figures(ctx, shop_id)
    assert (f.shop_gmv_fen, f.self_operated_fen, f.accounts, f.self_operated_accounts) == (1000, 300, 2, 1)
    assert f.self_share_bp == 3000


def test_r_self_5_platform_source_versus_merchant_proposal(ctx, shop_id, other_shop):
    """R-SELF-5: proposing every eligible account is the merchant's own batch (source merchant,
    awaiting authorization); only recording a platform-configured account gives source platform."""
    eligible = add(ctx, shop_id, "eligible", 80, 100)
    taken = add(ctx, shop_id, "taken", 90, 100)
    add(ctx, other_shop, "taken", 100, 100)
    svc.mark_self_operated(ctx, other_shop, taken)  # live for the other shop (R-SELF-4)
    weak = add(ctx, shop_id, "weak", 10, 100)
    already = add(ctx, shop_id, "already", 70, 100)
    svc.mark_self_operated(ctx, shop_id, already)

    items = {i.account_id: i for i in svc.propose_all_eligible(ctx, shop_id).value}
    assert set(items) == {eligible, taken}  # not the ineligible one, not the one already marked here
    assert items[eligible].marked and not items[taken].marked and items[taken].rule == "R-SELF-4"
    proposed = cand(ctx, shop_id, eligible)
    assert (proposed.state, proposed.source) == (so.AWAITING, "merchant")
    assert cand(ctx, shop_id, taken).state is None

    # The platform's own configuration: self-operated at once, source platform, eligibility not asked.
    svc.record_platform_configured(ctx, shop_id, weak)
    configured = cand(ctx, shop_id, weak)
    assert (configured.state, configured.source) == (so.SELF_OPERATED, "platform")
    assert ctx.db.execute_sql("SELECT bound_on FROM binding WHERE id = ?",
                              (configured.binding_id,)).fetchone()[0] == ctx.today().isoformat()
    # ... but it still can't take an account that is another shop's (R-SELF-4).
    with pytest.raises(RuleRefused) as exc:
        svc.record_platform_configured(ctx, shop_id, taken)
    assert exc.value.rule == "R-SELF-4"

    again = svc.propose_all_eligible(ctx, shop_id).value  # the proposed one is live now: not proposed twice
    assert [(i.account_id, i.marked) for i in again] == [(taken, False)]
    rows = ctx.db.execute_sql("SELECT action, outcome, rule_id, account_id, detail FROM history "
                              "WHERE shop_id = ? AND action IN ('self.mark', 'self.platform') ORDER BY id",
                              (shop_id,)).fetchall()
    assert ("self.mark", "ok", None, eligible, "一键提议全部符合条件的账号为自营") in rows
    assert ("self.platform", "ok", None, weak, "平台自动配置为自营账号") in rows
    assert ("self.platform", "refused", "R-SELF-4") == next(r[:3] for r in rows if r[3] == taken and r[0] == "self.platform")
