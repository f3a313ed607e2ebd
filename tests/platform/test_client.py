"""The one platform client against the fake platform: tokens, retries, faults, clear messages."""
from __future__ import annotations

import pytest

from desktop.platform import signing
from desktop.platform.client import Credentials, DoudianClient, MemoryTokenStore, gateway_url
from desktop.platform.errors import PlatformError
from tests.fake_doudian.data import SHOP_ID
from tests.fake_doudian.server import APP_KEY, SECRET


def make_client(fake, secret=SECRET, **kw):
    sleeps: list[float] = []
    kw.setdefault("sleep", sleeps.append)
    client = DoudianClient(Credentials(APP_KEY, secret, SHOP_ID), MemoryTokenStore(), gateway=fake.url, **kw)
    client.sleeps = sleeps
    return client


def test_gateway_env_overrides_setting(monkeypatch):
    monkeypatch.delenv("SHOPDESK_DOUDIAN_GATEWAY", raising=False)
    assert gateway_url(None) == "https://openapi-fxg.jinritemai.com"
    assert gateway_url("https://openapi-sandbox.jinritemai.com/") == "https://openapi-sandbox.jinritemai.com"
    monkeypatch.setenv("SHOPDESK_DOUDIAN_GATEWAY", "http://127.0.0.1:9/")
    assert gateway_url("https://openapi-sandbox.jinritemai.com") == "http://127.0.0.1:9"


def test_prepared_request_has_the_specified_query_and_body(fake):
    client = make_client(fake, clock=lambda: 1700000000)
    call = client.prepare("product.listV2", {"size": 10, "page": 1, "cid": 0}, "tok")
    assert call.url == fake.url + "/product/listV2"
    assert list(call.query) == ["app_key", "method", "v", "timestamp", "access_token", "sign", "sign_method"]
    assert call.query["v"] == "2" and call.query["sign_method"] == "hmac-sha256"
    assert call.body == '{"cid":0,"page":1,"size":10}'
    assert call.query["sign"] == "60edb1d820edb50316a1db60f1bdf55a5bc3ec42e4a03e281bcd7a7d60e7b007"
    assert SECRET not in str(call.masked()) and call.masked()["query"]["access_token"] == "***"


def test_fake_accepts_md5_signatures_too(fake):
    client = make_client(fake, sign_method=signing.MD5)
    assert client.call("shop.getShopCategory", {"cid": 0})


def test_token_created_then_reused(fake):
    client = make_client(fake)
    client.call("shop.getShopCategory", {"cid": 0})
    client.call("shop.getShopCategory", {"cid": 0})
    assert fake.state.method_calls("token.create") == 1
    token = client.tokens.load()
    assert token.shop_id == SHOP_ID and token.shop_name


def test_token_refreshed_before_expiry(fake):
    now = [1_800_000_000.0]
    fake.state.clock = lambda: now[0]
    client = make_client(fake, clock=lambda: now[0])
    client.call("shop.getShopCategory", {"cid": 0})
    now[0] += 7 * 86400 - 3600  # within the refresh margin, still valid
    client.call("shop.getShopCategory", {"cid": 0})
    assert fake.state.method_calls("token.refresh") == 1
    assert fake.state.method_calls("token.create") == 1


def test_expired_token_mid_run_is_refreshed_once_and_the_call_retried(fake):
    client = make_client(fake)
    client.call("shop.getShopCategory", {"cid": 0})
    fake.state.inject("expire_token", "product.listV2")
    data = client.call("product.listV2", {"page": 1, "size": 10})
    assert len(data["data"]) == 10
    assert client.stats.refreshes == 1 and fake.state.method_calls("token.refresh") == 1


def test_rate_limit_backs_off_then_succeeds(fake):
    client = make_client(fake)
    fake.state.inject("rate_limit", "product.listV2", count=3)
    assert client.call("product.listV2", {"page": 1, "size": 5})["data"]
    assert client.sleeps == [0.5, 1.0, 2.0]


def test_rate_limit_is_bounded_with_a_clear_message(fake):
    client = make_client(fake, max_tries=3)
    fake.state.inject("rate_limit", "product.listV2", count=10)
    with pytest.raises(PlatformError) as err:
        client.call("product.listV2", {"page": 1, "size": 5})
    assert err.value.key == "rate_limited" and "60000" in err.value.message and "3" in err.value.message
    assert "60000" in err.value.english and len(client.sleeps) == 2


def test_5xx_retried_for_reads(fake):
    client = make_client(fake)
    fake.state.inject("5xx", "product.detail", count=2)
    pid = next(iter(fake.state.data.products))
    assert client.call("product.detail", {"product_id": str(pid)})["product_id"] == pid
    assert client.stats.retries == 2


def test_5xx_not_retried_for_writes(fake):
    client = make_client(fake)
    client.ensure_token()
    fake.state.inject("5xx", "product.addV2")
    with pytest.raises(PlatformError) as err:
        client.call("product.addV2", {"name": "x"})
    assert "HTTP 503" in err.value.message and client.stats.retries == 0


def test_timeout_gives_a_clear_message(fake):
    client = make_client(fake, timeout=0.3)
    client.ensure_token()
    fake.state.inject("timeout", "product.listV2")
    with pytest.raises(PlatformError) as err:
        client.call("product.listV2", {"page": 1, "size": 5})
    assert err.value.key == "timeout" and "超时" in err.value.message and "timeout" in err.value.english


def test_malformed_json_gives_a_clear_message(fake):
    client = make_client(fake)
    client.ensure_token()
    fake.state.inject("malformed", "product.listV2")
    with pytest.raises(PlatformError) as err:
        client.call("product.listV2", {"page": 1, "size": 5})
    assert err.value.key == "malformed" and "JSON" in err.value.message


def test_wrong_secret_is_named_with_its_code(fake):
    client = make_client(fake, secret="not-the-secret")
    with pytest.raises(PlatformError) as err:
        client.test_connection()
    assert err.value.key == "signature"
    assert "40003 isv.signature-invalid" in err.value.message and "App Secret" in err.value.message
    assert "not-the-secret" not in err.value.message + err.value.english


def test_wrong_shop_is_refused(fake):
    client = DoudianClient(Credentials(APP_KEY, SECRET, "999"), MemoryTokenStore(), gateway=fake.url)
    with pytest.raises(PlatformError) as err:
        client.test_connection()
    assert "50001" in err.value.message


def test_permission_error_names_the_method(fake):
    client = make_client(fake)
    err = None
    from desktop.platform.errors import api_error
    err = api_error("buyin.queryShopSelfAuthors", 30001, "isv.permission-denied", "无权限", "")
    assert "buyin.queryShopSelfAuthors" in err.message and "30001" in err.message
    client.close()


def test_unreachable_gateway_is_a_network_message():
    client = DoudianClient(Credentials(APP_KEY, SECRET, SHOP_ID), MemoryTokenStore(), gateway="http://127.0.0.1:9")
    with pytest.raises(PlatformError) as err:
        client.test_connection()
    assert err.value.key == "network"
