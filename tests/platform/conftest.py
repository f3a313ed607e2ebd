"""Fixtures for the platform tests: an in-memory keychain and a running fake platform."""
from __future__ import annotations

import keyring
import pytest

from tests.fake_doudian import FakeDoudian, FakeState, make_data
from tests.memory_keyring import MemoryKeyring

N_PRODUCTS = 150  # two listV2 pages


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fake():
    state = FakeState(data=make_data(N_PRODUCTS))
    with FakeDoudian(state) as server:
        yield server


@pytest.fixture
def gateway(fake, monkeypatch):
    monkeypatch.setenv("SHOPDESK_DOUDIAN_GATEWAY", fake.url)
    return fake.url


@pytest.fixture
def connected(ctx, memory_keyring, gateway):
    """A shop connected (app_key, secret in the in-memory keychain, shop_id) to the running fake."""
    from desktop.services import platform_connection, shops
    from tests.fake_doudian.data import SHOP_ID
    from tests.fake_doudian.server import APP_KEY, SECRET

    shop = shops.create_shop(ctx, "抖店测试店", SHOP_ID, False).value
    platform_connection.save_connection(ctx, shop, APP_KEY, SECRET, SHOP_ID)
    return shop


def fast_client(ctx, shop_id, **kw):
    """The service's client without real sleeping between retries."""
    from desktop.services.platform_connection import client_for

    kw.setdefault("sleep", lambda s: None)
    return client_for(ctx, shop_id, **kw)
