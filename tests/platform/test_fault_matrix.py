"""Every pull against every failure mode of the fake platform (issue 13 "Tests"; R-LOG-1).

Each pull (categories, a leaf's properties, products, bound accounts, alliance
orders) meets, on its second request to its own API (so mid-paging where it
pages): an expired token, 60000, a 5xx, a timeout, malformed JSON and a wrong
secret. The first three are recovered (refresh and continue, backoff, retry)
and give the same data as a clean run; the last three stop with a message that
names the code, write nothing and leave one failed line in 同步记录.
The push is a dry run that sends nothing (``platform_push``), so it has no
network faults; its refusal and its exact request are tested in
``test_accounts_alliance_push.py``.
"""
from __future__ import annotations

from datetime import date

import pytest

from desktop.platform.errors import PlatformError
from desktop.services import catalog, platform_accounts, platform_alliance, platform_catalog, platform_products
from desktop.services.platform_runs import list_runs
from tests.platform.conftest import fast_client
from tests.platform.test_pull_services import table_counts


def _leaf(fake):
    return fake.state.data.leaves()[0]["id"]


def _prepare_properties(ctx, shop, fake):
    platform_catalog.pull_categories(ctx, shop, client=fast_client(ctx, shop))


PULLS = {
    # name: (API method the fault hits, preparation, the pull)
    "categories": ("shop.getShopCategory", lambda ctx, shop, fake: catalog.ensure_sample_tree(ctx),
                   lambda ctx, shop, fake, client: platform_catalog.pull_categories(ctx, shop, client=client)),
    "properties": ("product.getCatePropertyV2", _prepare_properties,
                   lambda ctx, shop, fake, client: platform_catalog.leaf_properties(ctx, shop, _leaf(fake),
                                                                                    client=client)),
    "products": ("product.listV2", None,
                 lambda ctx, shop, fake, client: platform_products.pull_products(ctx, shop, client=client)),
    "products_detail": ("product.detail", None,
                        lambda ctx, shop, fake, client: platform_products.pull_products(ctx, shop, client=client)),
    "accounts": ("buyin.queryShopSelfAuthors", None,
                 lambda ctx, shop, fake, client: platform_accounts.pull_accounts(ctx, shop, client=client)),
    "alliance": ("buyin.queryShopAllianceOrder", None,
                 lambda ctx, shop, fake, client: platform_alliance.pull_alliance(
                     ctx, shop, date(2026, 8, 1), date(2026, 11, 27), client=client)),
}
SINGLE_REQUEST = {"product.getCatePropertyV2", "buyin.queryShopSelfAuthors"}  # the fake lists 4 authors: one page
RECOVERED = ("expire_token", "rate_limit", "5xx")
FAILED = {"timeout": "超时", "malformed": "JSON", "wrong_secret": "isv.signature-invalid"}


def _inject_on_second_call(fake, fault: str, method: str) -> None:
    """The first call of ``method`` goes through; the second meets the fault (mid-paging where it pages)."""
    if method in SINGLE_REQUEST:  # one request only: the fault hits it, after token.create
        fake.state.inject(fault, method)
        return
    with fake.state.lock:
        fake.state.faults[method].extend([None, fault])


def _snapshot(ctx):
    counts = table_counts(ctx)
    attrs = ctx.db.execute_sql("SELECT COUNT(*) FROM platform_property_cache").fetchone()[0]
    gmv = ctx.db.execute_sql("SELECT COALESCE(SUM(shop_gmv_fen), 0) FROM platform_gmv_daily").fetchone()[0]
    return counts, attrs, gmv


@pytest.mark.parametrize("fault", RECOVERED)
@pytest.mark.parametrize("pull", sorted(PULLS))
def test_transient_faults_are_recovered_mid_run(ctx, connected, fake, pull, fault):
    method, prepare, run_pull = PULLS[pull]
    if prepare:
        prepare(ctx, connected, fake)
    client = fast_client(ctx, connected)
    client.ensure_token()
    _inject_on_second_call(fake, fault, method)
    run_pull(ctx, connected, fake, client)
    assert not fake.state.faults[method], "the fault was never met"
    if fault == "expire_token":
        assert client.stats.refreshes == 1
    else:
        assert client.stats.retries == 1
    assert list_runs(ctx)[0].outcome == "ok"
    # the same data as a clean re-run: the clean run finds nothing to change
    after = _snapshot(ctx)
    run_pull(ctx, connected, fake, fast_client(ctx, connected))
    assert _snapshot(ctx) == after


@pytest.mark.parametrize("fault", sorted(FAILED))
@pytest.mark.parametrize("pull", sorted(PULLS))
def test_failures_name_the_code_and_write_nothing(ctx, connected, fake, memory_keyring, pull, fault):
    method, prepare, run_pull = PULLS[pull]
    if prepare:
        prepare(ctx, connected, fake)
    client = fast_client(ctx, connected, timeout=0.5)
    client.ensure_token()
    if fault == "wrong_secret":
        from desktop.platform import keychain
        from tests.fake_doudian.server import APP_KEY

        keychain.save_secret(APP_KEY, "wrong-secret")
        client = fast_client(ctx, connected)
    else:
        _inject_on_second_call(fake, fault, method)
    before = _snapshot(ctx)
    runs = len(list_runs(ctx))
    with pytest.raises(PlatformError) as err:
        run_pull(ctx, connected, fake, client)
    assert FAILED[fault] in err.value.message
    assert "Traceback" not in err.value.message and "Error" not in err.value.message
    assert _snapshot(ctx) == before
    logged = list_runs(ctx)
    assert len(logged) == runs + 1 and logged[0].outcome == "failed" and logged[0].error == err.value.message


def test_the_fake_can_be_started_with_faults_to_try_by_hand():
    """``python -m tests.fake_doudian --inject expire_token:product.listV2:1:1`` (the 2nd listV2 call)."""
    import argparse

    from tests.fake_doudian.__main__ import parse_fault

    assert parse_fault("expire_token:product.listV2:1:1") == ("expire_token", "product.listV2", 1, 1)
    assert parse_fault("rate_limit") == ("rate_limit", "*", 1, 0)
    for bad in ("bogus", "5xx:product.detail:x"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_fault(bad)


@pytest.mark.parametrize("key", sorted(__import__("desktop.platform.errors", fromlist=["TEXTS"]).TEXTS))
def test_every_platform_message_reads_in_english_and_chinese_with_its_code(qapp, key):
    """Build 2: every platform error is a clear message in Chinese and English that names the code."""
    import re

    from desktop.platform.errors import PlatformError
    from desktop.ui.common import language
    from desktop.ui.platform.messages import platform_message

    exc = PlatformError(key, code="40003", sub_code="isv.some-code", method="product.listV2", tries=5, seconds=12,
                        reason="connection refused", detail="参数错误", got="1", want="2", backend="fail.Keyring",
                        limit=64)
    chinese = platform_message(exc)
    assert chinese == exc.message
    language.install(qapp, language.ENGLISH)
    try:
        english = platform_message(exc)
    finally:
        language.install(qapp, language.CHINESE)
    left = re.findall(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]", english.replace("参数错误", ""))
    assert english.strip() and left == [], english
    if "{code}" in exc.template:
        assert "40003 isv.some-code" in english and "40003 isv.some-code" in chinese


def test_cancelled_alliance_pull_writes_nothing(ctx, connected, fake):
    """A cancelled sync writes nothing (the category and product pulls: test_pull_services.py)."""
    before = _snapshot(ctx)
    windows = []
    with pytest.raises(PlatformError) as err:
        platform_alliance.pull_alliance(ctx, connected, date(2026, 1, 1), date(2026, 11, 27),
                                        client=fast_client(ctx, connected),
                                        progress=lambda d, t: windows.append(d), is_cancelled=lambda: len(windows) >= 2)
    assert "已取消" in err.value.message
    assert _snapshot(ctx) == before and list_runs(ctx)[0].outcome == "cancelled"
