"""Shared fixtures. Every test runs offscreen on a temporary data folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHOPDESK_DATA_DIR", None)
# Tests read the Chinese source text whatever the machine's locale (跟随系统 would pick English on C).
os.environ["SHOPDESK_LANGUAGE"] = "zh_CN"

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


# Service, store and acceptance-style tests run on both backends (issue 12);
# UI tests stay on SQLite. `-m "not postgres"` runs the SQLite half only.
BOTH_BACKENDS = ("services", "store", "team")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    parts = Path(str(metafunc.definition.path)).parts
    marker = metafunc.definition.get_closest_marker
    both = any(p in parts for p in BOTH_BACKENDS) and not marker("sqlite_only")
    server = pytest.param("postgres", marks=pytest.mark.postgres)
    if marker("postgres_only"):
        params = [server]
    else:
        params = ["sqlite"] + ([server] if both else [])
    metafunc.parametrize("backend", params, indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    from tests.pg_support import start_or_skip

    server = start_or_skip()
    yield server
    server.close()


@pytest.fixture
def server_db(backend, request):
    """The name of a fresh migrated server database (None on SQLite)."""
    if backend != "postgres":
        yield None
        return
    pg = request.getfixturevalue("pg_server")
    name = pg.migrated()
    yield name
    pg.drop(name)


@pytest.fixture
def ctx(data_dir, clock, backend, server_db, request):
    """A migrated temporary database with the models bound to it, on each backend."""
    if backend == "postgres":
        from desktop.services.session import open_server_session

        cfg = request.getfixturevalue("pg_server").config(server_db)
        context = open_server_session(cfg, None, data_dir, clock=clock)
    else:
        context = open_session(data_dir, clock=clock)
    yield context
    context.db.close()


@pytest.fixture
def reopen(ctx, data_dir, clock, backend, server_db, request):
    """Open the same database again, as a restarted app would (on its backend)."""
    def again():
        if backend == "postgres":
            from desktop.services.session import open_server_session

            return open_server_session(request.getfixturevalue("pg_server").config(server_db), None, data_dir, clock=clock)
        return open_session(data_dir, clock=clock)

    return again


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
