"""Fixtures for the platform tests: an in-memory keychain and a running fake platform."""
from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.fake_doudian import FakeDoudian, FakeState, make_data


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fake():
    state = FakeState(data=make_data(250))
    with FakeDoudian(state) as server:
        yield server


@pytest.fixture
def gateway(fake, monkeypatch):
    monkeypatch.setenv("SHOPDESK_DOUDIAN_GATEWAY", fake.url)
    return fake.url
