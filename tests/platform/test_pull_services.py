"""Pulls against the fake platform: categories, properties, products (issue 13, R-P-STATE, R-LOG-1)."""
from __future__ import annotations

import pytest

from desktop.platform.errors import PlatformError
from desktop.services import catalog, history, platform_catalog, platform_products
from desktop.services.platform_runs import list_runs
from tests.platform.conftest import N_PRODUCTS, fast_client


def table_counts(ctx):
    tables = ["category", "category_attribute", "platform_product", "platform_product_link", "platform_conflict",
              "product", "history", "platform_author", "platform_gmv_daily", "gmv_record", "binding", "account"]
    return {t: ctx.db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_pull_categories_replaces_the_sample_tree(ctx, connected, fake):
    catalog.ensure_sample_tree(ctx)
    assert catalog.is_sample(ctx)
    seen = []
    out = platform_catalog.pull_categories(ctx, connected, progress=lambda d, t: seen.append((d, t)))
    assert out.value.nodes == len(fake.state.data.categories)
    assert not catalog.is_sample(ctx)
    assert seen and seen[-1][0] == seen[-1][1]
    rows = history.list_history(ctx)
    assert rows[0].action == "category.platform" and rows[0].source == "platform"
    # re-running changes nothing: no new history, an 'unchanged' run
    before = table_counts(ctx)
    platform_catalog.pull_categories(ctx, connected)
    assert table_counts(ctx) == before
    assert list_runs(ctx)[0].unchanged == out.value.nodes


def test_cancelled_category_pull_writes_nothing(ctx, connected):
    catalog.ensure_sample_tree(ctx)
    before = table_counts(ctx)
    calls = []
    with pytest.raises(PlatformError):
        platform_catalog.pull_categories(ctx, connected, is_cancelled=lambda: len(calls) > 3,
                                         progress=lambda d, t: calls.append(d))
    assert table_counts(ctx) == before and catalog.is_sample(ctx)
    assert list_runs(ctx)[0].outcome == "cancelled"


def test_leaf_properties_cached_with_a_date(ctx, connected, fake, clock):
    platform_catalog.pull_categories(ctx, connected)
    leaf = fake.state.data.leaves()[0]["id"]
    attrs = platform_catalog.leaf_properties(ctx, connected, leaf).value
    assert [a.name for a in attrs] == ["品牌", "产地"] and attrs[0].required
    n = fake.state.method_calls("product.getCatePropertyV2")
    platform_catalog.leaf_properties(ctx, connected, leaf)
    assert fake.state.method_calls("product.getCatePropertyV2") == n  # from the cache
    from datetime import timedelta
    clock.advance(8)
    platform_catalog.leaf_properties(ctx, connected, leaf)
    assert fake.state.method_calls("product.getCatePropertyV2") == n + 1


def test_pull_products_maps_states_and_rerun_changes_nothing(ctx, connected, fake):
    out = platform_products.pull_products(ctx, connected, client=fast_client(ctx, connected))
    run = out.value
    assert run.created == N_PRODUCTS and run.fetched == N_PRODUCTS
    products = {p.product_id: p for p in platform_products.list_platform_products(ctx, connected)}
    assert len(products) == N_PRODUCTS
    states = {p.local_state for p in products.values()}
    assert {"online", "offline", "pending", "rejected", "warehouse", "draft", "blocked"} <= states
    before = table_counts(ctx)
    details = fake.state.method_calls("product.detail")
    run2 = platform_products.pull_products(ctx, connected).value
    assert run2.created == run2.updated == 0 and run2.unchanged == N_PRODUCTS
    assert fake.state.method_calls("product.detail") == details  # unchanged update_time: no detail call
    assert table_counts(ctx) == before


def test_expired_token_mid_paging_refreshes_and_continues(ctx, connected, fake):
    fake.state.inject("expire_token", "product.listV2")
    client = fast_client(ctx, connected)
    client.ensure_token()
    fake.state.faults["product.listV2"] = []
    fake.state.calls.clear()
    # expire after the first page
    orig = fake.state.api_product_listV2

    def expiring(p):
        if p["page"] == 2 and not getattr(fake.state, "_expired", False):
            fake.state._expired = True
            fake.state.expire_tokens()
        return orig(p)

    fake.state.api_product_listV2 = expiring
    run = platform_products.pull_products(ctx, connected, client=client).value
    assert run.created == N_PRODUCTS and client.stats.refreshes == 1


@pytest.mark.parametrize("fault", ["5xx", "rate_limit"])
def test_transient_faults_are_retried(ctx, connected, fake, fault):
    fake.state.inject(fault, "product.listV2", count=2)
    client = fast_client(ctx, connected)
    run = platform_products.pull_products(ctx, connected, client=client).value
    assert run.created == N_PRODUCTS and client.stats.retries == 2


@pytest.mark.parametrize("fault", ["malformed", "timeout"])
def test_failed_pull_writes_nothing(ctx, connected, fake, fault):
    before = table_counts(ctx)
    fake.state.inject(fault, "product.detail")
    client = fast_client(ctx, connected, timeout=0.5)
    with pytest.raises(PlatformError) as err:
        platform_products.pull_products(ctx, connected, client=client)
    assert table_counts(ctx) == before
    run = list_runs(ctx)[0]
    assert run.outcome == "failed" and run.error == err.value.message


def test_cancelled_product_pull_writes_nothing(ctx, connected):
    before = table_counts(ctx)
    pages = []
    with pytest.raises(PlatformError):
        platform_products.pull_products(ctx, connected, progress=lambda d, t: pages.append(d),
                                        is_cancelled=lambda: len(pages) >= 2)
    assert table_counts(ctx) == before and list_runs(ctx)[0].outcome == "cancelled"


def test_wrong_secret_clear_message_and_nothing_written(ctx, connected, memory_keyring):
    from desktop.platform import keychain
    from tests.fake_doudian.server import APP_KEY

    keychain.save_secret(APP_KEY, "wrong-secret")
    before = table_counts(ctx)
    with pytest.raises(PlatformError) as err:
        platform_products.pull_products(ctx, connected)
    assert "isv.signature-invalid" in err.value.message and "App Secret" in err.value.message
    assert table_counts(ctx) == before
