"""Official account services: R-OFF-1..5 enforced before writing; refusals logged (R-LOG-1)."""
import pytest

from desktop.services import history, official, shops
from desktop.services.errors import InvalidInput, RuleRefused
from desktop.store.models import Account, Binding, History


def snapshot():
    return (
        [tuple(r) for r in Binding.select().order_by(Binding.id).tuples()],
        [tuple(r) for r in Account.select().order_by(Account.id).tuples()],
    )


def refused_rows(action):
    return [h for h in History.select().where((History.action == action) & (History.outcome == "refused"))]


def assert_refused(ctx, rule, action, fn, *args, **kwargs):
    """The service refuses with ``rule``, logs one refused row, and changes nothing else."""
    before = snapshot()
    n = len(refused_rows(action))
    with pytest.raises(RuleRefused) as exc:
        fn(ctx, *args, **kwargs)
    assert exc.value.rule == rule
    assert snapshot() == before
    rows = refused_rows(action)
    assert len(rows) == n + 1 and rows[-1].rule_id == rule
    return exc.value


def bind(ctx, shop_id, code="guanfang01", nick="官方号"):
    bid = official.start_official_binding(ctx, shop_id, code, nick).value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    return bid


def test_full_flow_states_and_history(ctx, shop_id):
    out = official.start_official_binding(ctx, shop_id, "guanfang01", "官方号")
    bid = out.value
    assert official.official_view(ctx, shop_id).current.state == "awaiting_scan"
    official.record_official_accepted(ctx, bid)
    assert official.official_view(ctx, shop_id).current.state == "awaiting_confirm"
    official.confirm_official(ctx, bid)
    view = official.official_view(ctx, shop_id)
    assert view.current.state == "bound"
    assert view.current.bound_on == ctx.today()
    actions = [h.action for h in history.list_history(ctx) if h.outcome == "ok"]
    assert actions[:3] == ["official.confirm", "official.accept", "official.start"]
    confirm = next(h for h in history.list_history(ctx) if h.action == "official.confirm")
    assert "600" in confirm.detail  # R-OFF-5 fee for a shop without enterprise certification


def test_r_off_5_view_fee(ctx, shop_id):
    assert official.official_view(ctx, shop_id).fee_fen == 60000
    certified = shops.create_shop(ctx, "企业店", "10002", True).value
    assert official.official_view(ctx, certified).fee_fen == 0


def test_r_off_2_non_douyin_refused_and_logged(ctx, shop_id):
    assert_refused(ctx, "R-OFF-2", "official.start", official.start_official_binding, shop_id, "toutiao01", "头条号", platform="toutiao")
    assert Account.select().count() == 0


def test_r_off_3_second_start_refused_while_pending(ctx, shop_id):
    official.start_official_binding(ctx, shop_id, "guanfang01")
    assert_refused(ctx, "R-OFF-3", "official.start", official.start_official_binding, shop_id, "guanfang02")


def test_r_off_1_account_official_for_another_shop(ctx, shop_id):
    other = shops.create_shop(ctx, "另一家店", "10002").value
    bind(ctx, other, "shared_acc")
    exc = assert_refused(ctx, "R-OFF-1", "official.start", official.start_official_binding, shop_id, "shared_acc")
    assert "另一家店" in exc.message


def test_r_off_4_bound_never_unbound_nor_replaced(ctx, shop_id):
    bid = bind(ctx, shop_id)
    view = official.official_view(ctx, shop_id)
    assert not view.current.unbind.allowed and view.current.unbind.rule == "R-OFF-4"
    assert view.start.rule == "R-OFF-4"
    assert_refused(ctx, "R-OFF-4", "official.unbind", official.unbind_official, bid)
    assert_refused(ctx, "R-OFF-4", "official.cancel", official.cancel_official, bid, "merchant")
    assert_refused(ctx, "R-OFF-4", "official.start", official.start_official_binding, shop_id, "guanfang02")
    assert official.official_view(ctx, shop_id).current.state == "bound"


@pytest.mark.parametrize("by", ["merchant", "account"])
def test_r_off_3_either_side_cancels_then_new_start_allowed(ctx, shop_id, by):
    bid = official.start_official_binding(ctx, shop_id, "guanfang01").value
    official.record_official_accepted(ctx, bid)
    official.cancel_official(ctx, bid, by)
    view = official.official_view(ctx, shop_id)
    assert view.current is None and view.rows[0].state == "cancelled"
    assert view.start.allowed
    official.start_official_binding(ctx, shop_id, "guanfang01")  # the same account may try again


def test_r_off_3_confirm_before_accept_refused(ctx, shop_id):
    bid = official.start_official_binding(ctx, shop_id, "guanfang01").value
    assert_refused(ctx, "R-OFF-3", "official.confirm", official.confirm_official, bid)


def test_bad_account_id_is_invalid_input_not_written(ctx, shop_id):
    with pytest.raises(InvalidInput) as exc:
        official.start_official_binding(ctx, shop_id, "含 空格")
    assert exc.value.field == "account_code"
    assert Binding.select().count() == 0


def test_cancel_side_must_be_known(ctx, shop_id):
    bid = official.start_official_binding(ctx, shop_id, "guanfang01").value
    with pytest.raises(InvalidInput):
        official.cancel_official(ctx, bid, "nobody")


def test_db_index_backs_up_the_check_r_off_1(ctx, shop_id, monkeypatch):
    """Even if the domain check were wrong, the partial unique index refuses and it is logged."""
    official.start_official_binding(ctx, shop_id, "guanfang01")
    monkeypatch.setattr(official.rules, "official_start_decision", lambda state: official.rules.allow())
    assert_refused(ctx, "R-OFF-1", "official.start", official.start_official_binding, shop_id, "guanfang02")
    assert Account.select().where(Account.account_code == "guanfang02").count() == 0
