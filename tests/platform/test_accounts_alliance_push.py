"""Bound accounts, alliance GMV, the push dry run, links and conflicts (issue 13; R-OFF-1, R-CH-5, R-P-STATE, R-P-SUBMIT)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.products import ProductDraft
from desktop.platform.errors import PlatformError
from desktop.services import channels, history, platform_accounts, platform_alliance, platform_products, platform_push
from desktop.services import products as product_service
from desktop.services.errors import InvalidInput, RuleRefused
from desktop.services.platform_runs import list_runs
from tests.platform.conftest import fast_client
from tests.platform.test_pull_services import table_counts
from tests.services.product_fixtures import valid_draft


def test_accounts_compared_and_imported_with_the_binding_date(ctx, connected, fake):
    # One channel account already recorded here, one local channel the platform doesn't list.
    channels.record_existing_channel(ctx, connected, "douyin", "9100002", "渠道号甲", date(2026, 5, 1))
    channels.record_existing_channel(ctx, connected, "douyin", "local-only", "只在本地", date(2026, 5, 2))
    diffs = {(d.kind, d.account_name) for d in platform_accounts.pull_accounts(ctx, connected).value}
    assert ("match", "渠道号甲") in diffs
    assert ("missing_local", "测试小店官方号") in diffs and ("missing_local", "渠道号乙") in diffs
    assert ("missing_platform", "只在本地（抖音 local-only）") in diffs
    assert ("ordinary", "普通达人丙") in diffs
    with pytest.raises(InvalidInput):
        platform_accounts.import_author(ctx, connected, "9100001", None)
    # R-CH-5: a recorded date may not be in the future
    with pytest.raises(RuleRefused):
        platform_accounts.import_author(ctx, connected, "9100003", ctx.today() + timedelta(days=1))
    platform_accounts.import_author(ctx, connected, "9100001", date(2025, 1, 10))
    platform_accounts.import_author(ctx, connected, "9100003", date(2026, 6, 1))
    diffs = platform_accounts.compare_accounts(ctx, connected)
    assert not [d for d in diffs if d.kind == "missing_local"]
    rows = [r for r in history.list_history(ctx) if r.action in ("platform.account", "channel.record")]
    assert rows[0].source == "platform"
    # R-OFF-1: a second official account is refused
    ctx.db.execute_sql("UPDATE platform_author SET author_type = 0 WHERE author_id = '9100004'")
    with pytest.raises(RuleRefused):
        platform_accounts.import_author(ctx, connected, "9100004", date(2026, 1, 1))
    # re-pulling an unchanged list changes nothing
    platform_accounts.pull_accounts(ctx, connected)
    before = table_counts(ctx)
    platform_accounts.pull_accounts(ctx, connected)
    assert table_counts(ctx) == before


def test_alliance_orders_aggregate_to_daily_shop_gmv(ctx, connected, fake):
    from desktop.services import gmv

    day = date(2026, 10, 30)
    gmv.save_gmv(ctx, connected, "douyin", "9100002", "渠道号甲", day, 1, 999999)
    out = platform_alliance.pull_alliance(ctx, connected, date(2026, 8, 1), date(2026, 11, 27),
                                          client=fast_client(ctx, connected))
    res = out.value
    assert res.rows == 40 and res.applied == 1 and res.missing_total == 39
    rec = ctx.db.execute_sql("SELECT shop_gmv_fen, total_gmv_fen, source FROM gmv_record").fetchone()
    assert rec == (2000 + 2010, 999999, "platform")
    refunded = ctx.db.execute_sql("SELECT shop_gmv_fen, orders FROM platform_gmv_daily WHERE day = '2026-10-29'"
                                  " AND author_key = '9100001'").fetchone()
    assert refunded == (1000, 1)  # the refunded order is not GMV
    assert {r[0] for r in ctx.db.execute_sql("SELECT source FROM platform_gmv_daily")} == {"platform"}
    # two 90-day windows for this span
    assert fake.state.method_calls("buyin.queryShopAllianceOrder") >= 2
    before = table_counts(ctx)
    platform_alliance.pull_alliance(ctx, connected, date(2026, 8, 1), date(2026, 11, 27))
    assert table_counts(ctx) == before


def test_alliance_windows_are_at_most_90_days():
    spans = platform_alliance.windows(date(2026, 1, 1), date(2026, 12, 31))
    assert spans[0] == ("2026-01-01 00:00:00", "2026-03-31 23:59:59") and len(spans) == 5


def test_alliance_rate_limited_then_fails_cleanly(ctx, connected, fake):
    before = table_counts(ctx)
    fake.state.inject("rate_limit", "buyin.queryShopAllianceOrder", count=20)
    with pytest.raises(PlatformError) as err:
        platform_alliance.pull_alliance(ctx, connected, date(2026, 10, 1), date(2026, 11, 1),
                                        client=fast_client(ctx, connected, max_tries=3))
    assert "60000" in err.value.message and table_counts(ctx) == before


def _local_linked_product(ctx, shop_id, fake, *, pid_index=0):
    draft = valid_draft(ctx)
    local_id = product_service.save_draft(ctx, shop_id, draft).value
    pid = sorted(fake.state.data.products)[pid_index]
    platform_products.link_product(ctx, local_id, str(pid))
    return local_id, pid


def test_linked_product_follows_the_platform_state(ctx, connected, fake):
    platform_products.pull_products(ctx, connected)
    local_id, pid = _local_linked_product(ctx, connected, fake)  # platform: online + approved
    platform_products.pull_products(ctx, connected)
    p = product_service.get_product(ctx, local_id)
    assert p.state == "online"  # draft -> pending -> online, allowed transitions only (R-P-STATE)
    assert p.draft.title == fake.state.data.products[pid]["name"]
    row = history.list_history(ctx)[0]
    assert row.action == "platform.product" and row.source == "platform"


def test_local_edit_and_platform_change_is_a_conflict_never_silent(ctx, connected, fake):
    platform_products.pull_products(ctx, connected)
    local_id, pid = _local_linked_product(ctx, connected, fake, pid_index=1)  # offline
    platform_products.pull_products(ctx, connected)
    assert product_service.get_product(ctx, local_id).state == "offline"
    # edited locally (a later save), and changed on the platform
    ctx.db.execute_sql("UPDATE product SET title = '本地改过的标题很长一些', updated_at = '2099-01-01T00:00:00'"
                       " WHERE id = ?", (local_id,))
    fake.state.data.products[pid].update(name="平台改过的标题很长一些", update_time="2026-11-20 10:00:00")
    run = platform_products.pull_products(ctx, connected).value
    assert run.conflicts == 1
    assert product_service.get_product(ctx, local_id).draft.title == "本地改过的标题很长一些"
    conflicts = platform_products.list_conflicts(ctx, connected)
    assert [c.platform_name for c in conflicts] == ["平台改过的标题很长一些"]
    platform_products.resolve_conflict(ctx, conflicts[0].id, "platform")
    assert product_service.get_product(ctx, local_id).draft.title == "平台改过的标题很长一些"
    assert platform_products.list_conflicts(ctx, connected) == []


def test_push_is_a_dry_run_with_the_exact_request(ctx, connected, fake):
    local_id = product_service.save_draft(ctx, connected, valid_draft(ctx)).value
    plan = platform_push.prepare_push(ctx, local_id).value
    assert plan.method == "product.addV2" and plan.sent is False
    assert plan.params["commit"] is True and plan.params["pic"].count("|") == 1
    assert plan.request["query"]["sign"] == "***" and plan.request["url"].endswith("/product/addV2")
    assert '"commit":true' in plan.request["body"] and "素材中心" in plan.notes[0]
    assert not fake.state.added and list_runs(ctx)[0].outcome == "dry_run"


def test_push_refuses_a_product_breaking_a_rule(ctx, connected):
    local_id = product_service.save_draft(ctx, connected, ProductDraft(title="短")).value
    with pytest.raises(RuleRefused) as err:
        platform_push.prepare_push(ctx, local_id)
    assert err.value.rule == "R-P-SUBMIT"
    row = history.list_history(ctx)[0]  # R-LOG-1: the refused attempt is in the history
    assert row.action == "platform.push" and row.outcome == "refused"


def test_push_weight_is_what_a_pull_reads_back(ctx, connected, fake):
    """weight_unit "0-kg, 1-g" both ways (Go SDK product_addV2 request, product_detail response): the
    request the dry run builds, sent to the fake by hand, comes back from product.detail as the same weight."""
    from desktop.domain import platform_details

    client = fast_client(ctx, connected)
    for weight, unit, code in (("0.35", "kg", 0), ("350", "g", 1)):
        draft = valid_draft(ctx)
        draft.weight, draft.weight_unit = weight, unit
        local_id = product_service.save_draft(ctx, connected, draft).value
        params = platform_push.prepare_push(ctx, local_id).value.params
        assert (params["weight"], params["weight_unit"]) == (float(weight), code)
        pid = client.call("product.addV2", params)["product_id"]
        assert platform_details.weight(client.call("product.detail", {"product_id": str(pid)})) == (float(weight), unit)
    with pytest.raises(PlatformError):  # the fake refuses a unit code the SDK does not list
        client.call("product.addV2", {**params, "weight_unit": 2})
