"""The app secret and tokens live only in the OS keychain (issue 13): never in the data folder or logs."""
from __future__ import annotations

import logging
from datetime import date

import keyring
import pytest
from keyring.backends import fail

from desktop.platform import keychain
from desktop.platform.errors import KeychainUnavailable
from desktop.services import platform_accounts, platform_alliance, platform_catalog, platform_connection
from desktop.services import platform_products, platform_push, product_export
from desktop.services import products as product_service
from tests.fake_doudian.data import SHOP_ID
from tests.fake_doudian.server import APP_KEY, SECRET
from tests.services.product_fixtures import valid_draft


def test_secret_and_tokens_never_in_data_folder_or_logs(ctx, connected, fake, data_dir, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    platform_connection.check_connection(ctx, connected)
    platform_catalog.pull_categories(ctx, connected)
    platform_products.pull_products(ctx, connected)
    platform_accounts.pull_accounts(ctx, connected)
    platform_alliance.pull_alliance(ctx, connected, date(2026, 10, 1), date(2026, 11, 1))
    fake.state.inject("rate_limit", "product.listV2")
    platform_products.pull_products(ctx, connected, client=platform_connection.client_for(ctx, connected, sleep=lambda s: None))
    local = product_service.save_draft(ctx, connected, valid_draft(ctx)).value
    platform_push.prepare_push(ctx, local)
    from desktop.platform import keychain as kc

    token = kc.load_token(APP_KEY, SHOP_ID)
    assert token and token.access_token
    ctx.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    export = tmp_path / "export.csv"
    product_export.export_products(ctx, [local], export)
    secrets = [SECRET.encode(), token.access_token.encode(), token.refresh_token.encode()]
    files = [p for p in data_dir.rglob("*") if p.is_file()] + [export]
    assert files
    for path in files:
        content = path.read_bytes()
        for s in secrets:
            assert s not in content, f"{s!r} found in {path}"
    for s in secrets:
        assert s.decode() not in caplog.text
    history_text = " ".join(r[0] for r in ctx.db.execute_sql("SELECT detail || subject FROM history"))
    assert SECRET not in history_text


def test_no_keychain_is_a_clear_message_and_no_plain_text_fallback(ctx, data_dir):
    from desktop.services import shops

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        shop = shops.create_shop(ctx, "无钥匙串", "77", False).value
        with pytest.raises(KeychainUnavailable) as err:
            platform_connection.save_connection(ctx, shop, APP_KEY, SECRET, "77")
        assert "钥匙串" in err.value.message and "明文" in err.value.message and "keychain" in err.value.english
        assert platform_connection.get_connection(ctx, shop) is None
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes()
    finally:
        keyring.set_keyring(previous)


def test_secret_round_trip_in_the_keychain(memory_keyring):
    keychain.save_secret("123", "s3cret")
    assert keychain.load_secret("123") == "s3cret" and keychain.has_secret("123")
    keychain.delete_secret("123")
    assert not keychain.has_secret("123")


def test_connection_checks_its_fields(ctx, memory_keyring):
    from desktop.services import shops
    from desktop.services.errors import InvalidInput

    shop = shops.create_shop(ctx, "字段", "78", False).value
    for args in (("abc", SECRET, "78"), (APP_KEY, SECRET, "x"), (APP_KEY, "", "78")):
        with pytest.raises(InvalidInput):
            platform_connection.save_connection(ctx, shop, *args)


def test_httpx_request_log_is_redacted_even_at_debug(ctx, connected, caplog):
    httpx_logger = logging.getLogger("httpx")
    old = httpx_logger.level
    httpx_logger.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        platform_connection.check_connection(ctx, connected)
        platform_catalog.pull_categories(ctx, connected)
    finally:
        httpx_logger.setLevel(old)
    token = keychain.load_token(APP_KEY, SHOP_ID)
    assert "HTTP Request" in caplog.text and "access_token=***" in caplog.text
    assert token.access_token not in caplog.text and SECRET not in caplog.text
