"""Pulled platform products become local records (issue 13, R-P-STATE, R-LOG-1)."""
from __future__ import annotations

import json

import pytest

from desktop.domain import platform_states as ps
from desktop.platform.errors import PlatformError
from desktop.services import history, platform_catalog, platform_products
from desktop.services import products as product_service
from desktop.services.platform_runs import list_runs
from tests.fake_doudian.data import FIRST_PRODUCT_ID
from tests.platform.conftest import N_PRODUCTS, fast_client
from tests.platform.test_pull_services import table_counts


def _local_by_platform_id(ctx, shop_id) -> dict[int, int]:
    rows = ctx.db.execute_sql("SELECT platform_product_id, product_id FROM platform_product_link WHERE shop_id = ?",
                              (shop_id,)).fetchall()
    return {int(pid): local for pid, local in rows}


def _sku_rows(ctx, local_id):
    return ctx.db.execute_sql("SELECT combo_key, sale_fen, stock, code FROM sku WHERE product_id = ? ORDER BY position",
                              (local_id,)).fetchall()


def test_pull_creates_local_products_with_states_skus_and_attributes(ctx, connected, fake):
    """R-P-STATE: every local state from status/check_status; prices in fen; R-LOG-1: one history row each."""
    platform_catalog.pull_categories(ctx, connected)
    run = platform_products.pull_products(ctx, connected, client=fast_client(ctx, connected)).value
    data = fake.state.data.products
    alive = {pid for pid, d in data.items() if ps.local_state(d["status"], d["check_status"]) is not None}
    assert run.local_created == len(alive) == N_PRODUCTS
    local = _local_by_platform_id(ctx, connected)
    assert set(local) == alive
    states = set()
    for pid, local_id in local.items():
        d, p = data[pid], product_service.get_product(ctx, local[pid])
        assert p.state == ps.local_state(d["status"], d["check_status"])
        states.add(p.state)
        assert p.draft.title == d["name"] and p.draft.category_id == d["category_detail"]["third_cid"]
        assert p.draft.attributes == {"1687": "小店自有"}
        skus = _sku_rows(ctx, local_id)
        assert [r[1] for r in skus] == [s["price"] for s in d["spec_prices"]]  # fen, as the platform gives them
        assert [r[2] for r in skus] == [s["stock_num"] for s in d["spec_prices"]]
        expected = [["白色"], ["黑色"]] if d["specs"] else [[s["code"]] for s in d["spec_prices"]]
        assert [json.loads(r[0]) for r in skus] == expected
        main, images = ctx.db.execute_sql("SELECT main_image, (SELECT COUNT(*) FROM product_image WHERE product_id = ?)"
                                          " FROM product WHERE id = ?", (local_id, local_id)).fetchone()
        assert main == d["pic"][0] and images == 0  # images stay on the platform, referenced by URL
        # weight_value + weight_unit 0-kg / 1-g (Go SDK product_detail response)
        assert (p.draft.weight, p.draft.weight_unit) == (("350", "g") if d["weight_unit"] == 1 else ("0.5", "kg"))
    assert {"online", "offline", "pending", "rejected", "warehouse", "draft", "blocked"} <= states
    created = [r for r in history.list_history(ctx, limit=1000) if r.action == "platform.create"]
    assert len(created) == len(alive) and {r.source for r in created} == {"platform"}
    assert "未建立" not in list_runs(ctx)[0].summary


def test_rerunning_the_pull_changes_nothing(ctx, connected, fake):
    platform_catalog.pull_categories(ctx, connected)
    platform_products.pull_products(ctx, connected)
    before = table_counts(ctx)
    skus = ctx.db.execute_sql("SELECT * FROM sku ORDER BY id").fetchall()
    products = ctx.db.execute_sql("SELECT * FROM product ORDER BY id").fetchall()
    details = fake.state.method_calls("product.detail")
    run = platform_products.pull_products(ctx, connected).value
    assert run.local_created == 0 and run.unchanged == N_PRODUCTS and run.conflicts == 0
    assert table_counts(ctx) == before
    assert ctx.db.execute_sql("SELECT * FROM sku ORDER BY id").fetchall() == skus
    assert ctx.db.execute_sql("SELECT * FROM product ORDER BY id").fetchall() == products
    assert fake.state.method_calls("product.detail") == details


def test_products_the_schema_cannot_hold_wait_for_their_category(ctx, connected, fake):
    """Past 未提交 a product needs a category of the local tree: created once the categories are pulled."""
    run = platform_products.pull_products(ctx, connected).value
    data = fake.state.data.products
    early = {pid for pid, d in data.items() if d["check_status"] in (1, 4)}  # draft, rejected
    assert set(_local_by_platform_id(ctx, connected)) == early and run.local_created == len(early)
    assert f"未建立 {N_PRODUCTS - len(early)} 个" in list_runs(ctx)[0].summary
    platform_catalog.pull_categories(ctx, connected)
    run = platform_products.pull_products(ctx, connected).value
    assert run.local_created == N_PRODUCTS - len(early)
    assert len(_local_by_platform_id(ctx, connected)) == N_PRODUCTS


def test_a_deleted_platform_product_is_not_created(ctx, connected, fake):
    fake.state.data.products[FIRST_PRODUCT_ID]["status"] = 2
    platform_catalog.pull_categories(ctx, connected)
    run = platform_products.pull_products(ctx, connected).value
    assert FIRST_PRODUCT_ID not in _local_by_platform_id(ctx, connected)
    assert run.local_created == N_PRODUCTS - 1 and "抖店已删除" in list_runs(ctx)[0].summary


def test_a_failed_pull_creates_nothing(ctx, connected, fake):
    platform_catalog.pull_categories(ctx, connected)
    before = table_counts(ctx)
    fake.state.inject("malformed", "product.detail")  # garbage mid-run: nothing of the run is written
    with pytest.raises(PlatformError):
        platform_products.pull_products(ctx, connected, client=fast_client(ctx, connected))
    assert table_counts(ctx) == before


def test_a_record_follows_the_platform_unless_edited_here(ctx, connected, fake):
    platform_catalog.pull_categories(ctx, connected)
    platform_products.pull_products(ctx, connected)
    pid = FIRST_PRODUCT_ID  # online, two SKUs 白色/黑色
    local_id = _local_by_platform_id(ctx, connected)[pid]
    d = fake.state.data.products[pid]
    d["spec_prices"][0].update(price=1234, stock_num=7)
    d.update(weight_value=800, weight_unit=1)  # 0.5 kg -> 800 g
    d["update_time"] = "2026-11-20 10:00:00"
    run = platform_products.pull_products(ctx, connected).value
    assert run.updated == 1 and run.conflicts == 0
    assert _sku_rows(ctx, local_id)[0][1:3] == (1234, 7)
    draft = product_service.get_product(ctx, local_id).draft
    assert (draft.weight, draft.weight_unit) == ("800", "g")
    rows = [r for r in history.list_history(ctx) if r.product_id == local_id and r.action == "platform.product"]
    assert len(rows) == 1 and rows[0].source == "platform" and "价格" in rows[0].detail
    # edited here, then changed on the platform: a conflict, the local copy stays
    ctx.db.execute_sql("UPDATE product SET title = '本地改过的标题', updated_at = '2099-01-01T00:00:00' WHERE id = ?",
                       (local_id,))
    d["spec_prices"][0].update(price=2000)
    d["update_time"] = "2026-11-21 10:00:00"
    run = platform_products.pull_products(ctx, connected).value
    assert run.conflicts == 1 and _sku_rows(ctx, local_id)[0][1] == 1234
    conflict = platform_products.list_conflicts(ctx, connected)[0]
    platform_products.resolve_conflict(ctx, conflict.id, "platform")
    assert _sku_rows(ctx, local_id)[0][1] == 2000
    assert product_service.get_product(ctx, local_id).draft.title == d["name"]
