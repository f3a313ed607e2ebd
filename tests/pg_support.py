"""The PostgreSQL test server: one throwaway database per test.

CI (.ci/run) starts a cluster with .ci/pg-cluster and exports SHOPDESK_TEST_PG
(a libpq connection string). Without it the PostgreSQL variants skip, except
under CI=true where a missing server is a failure.
"""
from __future__ import annotations

import itertools
import os
import re

import pytest

ENV = "SHOPDESK_TEST_PG"


def _parse(dsn: str) -> dict:
    return dict(re.findall(r"(\w+)=(\S+)", dsn))


class PgServer:
    def __init__(self, dsn: str) -> None:
        from desktop.store.server import load_driver

        self.psycopg = load_driver()
        self.params = _parse(dsn)
        self.admin = self.psycopg.connect(dsn, autocommit=True)
        self._names = itertools.count()
        self.prefix = f"sdt{os.getpid()}_"
        self.template: str | None = None

    def config(self, database: str, **over):
        from desktop.store.server import ServerConfig

        p = self.params
        values = dict(host=p["host"], port=int(p.get("port", 5432)), user=p.get("user", "shopdesk"),
                      database=database, sslmode="disable" if p["host"].startswith("/") else "prefer")
        values.update(over)
        return ServerConfig(**values)

    def create(self, template: str | None = None) -> str:
        name = f"{self.prefix}{next(self._names)}"
        tpl = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        self.admin.execute(f"CREATE DATABASE {name}{tpl}")
        return name

    def migrated(self) -> str:
        """A fresh database already migrated, with the sample tree (copied from a template)."""
        if self.template is None:
            from desktop.services.session import open_server_session

            name = self.create()
            ctx = open_server_session(self.config(name), None, _scratch_dir())
            ctx.db.close()
            self.template = name
        return self.create(self.template)

    def drop(self, name: str) -> None:
        self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        for (name,) in self.admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", (self.prefix + "%",)
        ).fetchall():
            self.drop(name)
        self.admin.close()


def _scratch_dir():
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix="sdpg-data-"))


def start_or_skip() -> PgServer:
    dsn = os.environ.get(ENV)
    if not dsn:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI: no PostgreSQL test server ({ENV} is not set; .ci/run starts one)")
        pytest.skip(f"no PostgreSQL test server: start one with .ci/pg-cluster and set {ENV}")
    try:
        return PgServer(dsn)
    except Exception as exc:  # noqa: BLE001 - any reason the server can't be used
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI: PostgreSQL test server not usable: {exc}")
        pytest.skip(f"PostgreSQL test server not usable: {exc}")
