"""Shared fixtures. Every test runs offscreen on a temporary data folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHOPDESK_DATA_DIR", None)

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.domain.clock import FixedClock  # noqa: E402
from desktop.services.session import open_session  # noqa: E402

# A fixed local "now" so date rules are repeatable; tests move it with clock.advance().
START = datetime(2026, 11, 27, 10, 0, 0).astimezone()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def ctx(data_dir, clock):
    """A migrated temporary database with the models bound to it."""
    context = open_session(data_dir, clock=clock)
    yield context
    context.db.close()


@pytest.fixture
def shop_id(ctx) -> int:
    from desktop.services import shops

    return shops.create_shop(ctx, "测试小店", "10001", False).value


@pytest.fixture(autouse=True)
def settings_dir(tmp_path, monkeypatch) -> Path:
    """Preferences (language, theme, window layout) of one test never leak into another."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("SHOPDESK_SETTINGS_DIR", str(folder))
    return folder
