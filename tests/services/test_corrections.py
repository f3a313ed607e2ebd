"""更正 and 作废 (R-FIX-1, R-FIX-2): reasons, history, rules evaluated again, and no way around a rule."""
from __future__ import annotations

from datetime import date, timedelta

import peewee
import pytest

from desktop.services import channels, corrections as svc, gmv, official, self_operated
from desktop.services.errors import InvalidInput, RuleRefused


def channel(ctx, shop_id, code="dy_tea", days_ago=10):
    bound_on = ctx.today() - timedelta(days=days_ago)
    return channels.record_existing_channel(ctx, shop_id, "douyin", code, "茶友", bound_on).value


def official_bound(ctx, shop_id, code="shop_official"):
    bid = official.start_official_binding(ctx, shop_id, code, "官方号").value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    return bid


def history_rows(ctx, action):
    return ctx.db.execute_sql("SELECT outcome, rule_id, detail FROM history WHERE action = ? ORDER BY id",
                              (action,)).fetchall()


def unbind_row(ctx, shop_id, bid):
    return next(r for r in channels.list_channels(ctx, shop_id, include_ended=True) if r.id == bid)


def test_corrected_binding_date_moves_the_180_day_count(ctx, shop_id):
    """R-CH-4 follows the corrected date; the original stays visible in corrections and history."""
    bid = channel(ctx, shop_id, days_ago=10)  # typed 10 days ago, really 200 days ago
    assert not unbind_row(ctx, shop_id, bid).unbind.allowed
    real = ctx.today() - timedelta(days=200)
    svc.correct_binding_date(ctx, bid, real, "登记时把年份填错了")
    row = unbind_row(ctx, shop_id, bid)
    assert row.bound_on == real and row.unbind.allowed
    fixes = svc.list_corrections(ctx, binding_id=bid)
    assert [(c.kind, c.old_value, c.new_value, c.reason) for c in fixes] == [
        ("binding_date", (ctx.today() - timedelta(days=10)).isoformat(), real.isoformat(), "登记时把年份填错了")]
    assert "登记时把年份填错了" in history_rows(ctx, "correct.binding_date")[0][2]
    assert history_rows(ctx, "channel.record")  # the original record is still there
    channels.unbind_channel(ctx, bid)


def test_corrected_date_never_in_the_future_and_needs_a_reason(ctx, shop_id):
    bid = channel(ctx, shop_id)
    with pytest.raises(RuleRefused) as exc:
        svc.correct_binding_date(ctx, bid, ctx.today() + timedelta(days=1), "改一下日期")
    assert exc.value.rule == "R-CH-5"
    assert history_rows(ctx, "correct.binding_date")[-1][:2] == ("refused", "R-CH-5")
    for reason in ("", " x ", "原\x00因"):
        with pytest.raises(InvalidInput) as err:
            svc.correct_binding_date(ctx, bid, ctx.today() - timedelta(days=3), reason)
        assert err.value.field == "reason"
    assert svc.list_corrections(ctx, binding_id=bid) == []


def test_database_refuses_a_date_change_without_a_correction(ctx, shop_id):
    bid = channel(ctx, shop_id)
    with pytest.raises(peewee.IntegrityError, match="R-FIX-1"), ctx.db.atomic():
        ctx.db.execute_sql("UPDATE binding SET bound_on = '2020-01-01' WHERE id = ?", (bid,))
    svc.correct_binding_date(ctx, bid, ctx.today() - timedelta(days=30), "日期填错")
    with pytest.raises(peewee.IntegrityError, match="R-FIX-1"), ctx.db.atomic():  # an older correction won't do
        ctx.db.execute_sql("UPDATE binding SET bound_on = ? WHERE id = ?",
                           ((ctx.today() - timedelta(days=10)).isoformat(), bid))
    with pytest.raises(peewee.IntegrityError, match="append-only"), ctx.db.atomic():
        ctx.db.execute_sql("DELETE FROM correction")
    with pytest.raises(peewee.IntegrityError, match="append-only"), ctx.db.atomic():
        ctx.db.execute_sql("UPDATE correction SET reason = '改过'")


def test_official_binding_still_never_unbound_but_a_mistaken_one_can_be_voided(ctx, shop_id):
    """R-OFF-4 holds for a real binding; R-FIX-2 voids one that never happened, with a reason."""
    bid = official_bound(ctx, shop_id)
    with pytest.raises(RuleRefused) as exc:
        official.unbind_official(ctx, bid)
    assert exc.value.rule == "R-OFF-4"
    with pytest.raises(peewee.IntegrityError, match="R-OFF-4"), ctx.db.atomic():  # no void row: the trigger holds
        ctx.db.execute_sql("UPDATE binding SET state = 'cancelled' WHERE id = ?", (bid,))
    # A correction of its date is allowed and still leaves it bound.
    svc.correct_binding_date(ctx, bid, ctx.today() - timedelta(days=1), "确认日期记错一天")
    assert official.official_view(ctx, shop_id).current.id == bid

    svc.void_binding(ctx, bid, "误点了确认，平台上没有绑定")
    view = official.official_view(ctx, shop_id)
    assert view.current is None and view.start.allowed  # the slot the mistake held is free again
    assert bid in svc.voided_ids(ctx, shop_id)
    detail = history_rows(ctx, "binding.void")[0][2]
    assert "只作废本软件中的记录" in detail and "误点了确认" in detail
    with pytest.raises(RuleRefused) as again:
        svc.void_binding(ctx, bid, "再次作废")
    assert again.value.rule == "R-FIX-2"
    with pytest.raises(peewee.IntegrityError, match="R-FIX-2"), ctx.db.atomic():
        ctx.db.execute_sql("DELETE FROM binding WHERE id = ?", (bid,))  # voided: stays on record


def test_void_frees_a_channel_slot_and_stays_visible(ctx, shop_id):
    ids = [channel(ctx, shop_id, f"dy_{i}") for i in range(5)]
    assert not channels.channel_summary(ctx, shop_id).start.allowed  # R-CH-2
    svc.void_binding(ctx, ids[2], "登记错了店铺")
    assert channels.channel_summary(ctx, shop_id).start.allowed
    ended = unbind_row(ctx, shop_id, ids[2])
    assert ended.state == "cancelled" and ids[2] in svc.voided_ids(ctx, shop_id)
    assert ended.state_label == svc.VOIDED_LABEL
    assert not svc.binding_date_decision(ctx, ids[2]).allowed


def test_self_markings_are_not_voided(ctx, shop_id):
    gmv.save_gmv(ctx, shop_id, "douyin", "lin", "林", ctx.today(), 80, 100)
    aid = ctx.db.execute_sql("SELECT id FROM account WHERE account_code = 'lin'").fetchone()[0]
    bid = self_operated.mark_self_operated(ctx, shop_id, aid).value
    assert svc.void_decision(ctx, bid).rule == "R-FIX-2"
    with pytest.raises(RuleRefused):
        svc.void_binding(ctx, bid, "不该标记")


def test_nickname_and_account_code_corrections(ctx, shop_id):
    bid = channel(ctx, shop_id, code="dy_tae")
    aid = unbind_row(ctx, shop_id, bid).account_id
    svc.correct_nickname(ctx, aid, "茶友小林", "昵称打错字")
    svc.correct_account_code(ctx, aid, "dy_tea", "抖音号少打一个字母")
    row = unbind_row(ctx, shop_id, bid)
    assert (row.account_code, row.nickname) == ("dy_tea", "茶友小林")
    assert [c.kind for c in svc.list_corrections(ctx, account_id=aid)] == ["nickname", "account_code"]
    other = unbind_row(ctx, shop_id, channel(ctx, shop_id, code="dy_other")).account_id
    with pytest.raises(InvalidInput, match="另一个账号"):
        svc.correct_account_code(ctx, other, "dy_tea", "想改成已有的号")
    with pytest.raises(InvalidInput, match="控制字符"):
        svc.correct_nickname(ctx, aid, "茶\x00友", "测试一下")
    assert [c.kind for c in svc.list_corrections(ctx, account_id=other)] == []


def test_gmv_correction_re_evaluates_eligibility(ctx, shop_id):
    """R-SELF-1 is computed from the corrected figures."""
    gmv.save_gmv(ctx, shop_id, "douyin", "lin", "林", ctx.today(), 40, 100)
    aid = ctx.db.execute_sql("SELECT id FROM account WHERE account_code = 'lin'").fetchone()[0]
    assert not self_operated.get_candidate(ctx, shop_id, aid).eligible
    gid = gmv.list_gmv(ctx, shop_id)[0].id
    svc.correct_gmv(ctx, gid, 60, 100, "本店 GMV 少录了 20 元")
    assert self_operated.get_candidate(ctx, shop_id, aid).eligible
    fix = svc.list_corrections(ctx, gmv_id=gid)[0]
    assert "0.40" in fix.old_value and "0.60" in fix.new_value
    with pytest.raises(InvalidInput, match="总 GMV 小于本店 GMV"):
        svc.correct_gmv(ctx, gid, 200, 100, "再改一次")


def test_migration_keeps_every_older_guard(ctx, shop_id):
    """History stays append-only; a bound official row still can't be deleted or moved to another shop."""
    bid = official_bound(ctx, shop_id)
    with pytest.raises(peewee.IntegrityError, match="R-LOG-1"), ctx.db.atomic():
        ctx.db.execute_sql("UPDATE history SET detail = ''")
    svc.void_binding(ctx, bid, "误点了确认")
    other = ctx.db.execute_sql("INSERT INTO shop (name, platform_shop_id, created_at) VALUES ('别家', '9', 'x')"
                               ).lastrowid
    with pytest.raises(peewee.IntegrityError), ctx.db.atomic():
        ctx.db.execute_sql("UPDATE binding SET shop_id = ? WHERE id = ?", (other, bid))
    assert date.fromisoformat(ctx.db.execute_sql("SELECT bound_on FROM binding WHERE id = ?", (bid,)).fetchone()[0])
