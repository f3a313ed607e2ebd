"""Team mode: the same models and services on a PostgreSQL server (psycopg 3).

psycopg is imported only here, on first use: ``import peewee`` would load it
(~0.3 s) on every start of the app otherwise (see desktop/__init__.py).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace

from desktop.store import write_guard
from desktop.store.sqlcompat import to_postgres

MIN_SERVER_VERSION = 150000  # PostgreSQL 15
# One transaction-scoped advisory lock is the server's form of SQLite's
# BEGIN IMMEDIATE: a write that checks a count or another row first (R-CH-2,
# R-OFF-1, R-SELF-4, R-P-STATE ...) holds it from its first read to COMMIT, so
# two computers never both pass the same check. Reads never wait for it.
WRITE_LOCK_KEY = 0x5D0C_0001
CHANGES_CHANNEL = "shopdesk_changes"
SSL_MODES = ("prefer", "disable", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ServerConfig:
    """Where the team's database lives. The password is never part of it:
    it stays in the OS keychain (desktop.services.team_settings)."""

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"
    images_dir: str = ""  # the team's shared image folder (e.g. a NAS path)

    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def with_database(self, name: str) -> "ServerConfig":
        return replace(self, database=name)


class ServerProblem(Exception):
    """Why a server database can't be used; ``kind`` picks the user's message.

    kinds: driver_missing, unreachable, auth, no_database, too_old,
    newer_schema, not_shopdesk, not_empty, lost.
    """

    def __init__(self, kind: str, detail: str = "", found: int = 0, supported: int = 0) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail
        self.found = found
        self.supported = supported


def load_driver():
    """Import psycopg and hand it to peewee if peewee was imported without it."""
    if "psycopg" in sys.modules and sys.modules["psycopg"] is None:
        del sys.modules["psycopg"]
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError as exc:  # the optional extra "team" is not installed
        raise DriverMissing(str(exc)) from exc
    import peewee

    if peewee.psycopg is None:
        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    return psycopg


class DriverMissing(ServerProblem):
    """psycopg is not installed (pip install "shopdesk[team]")."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("driver_missing", detail)


def connect_params(cfg: ServerConfig, password: str | None, timeout: int = 5) -> dict:
    params = {
        "host": cfg.host,
        "port": int(cfg.port),
        "user": cfg.user,
        "sslmode": cfg.sslmode or "prefer",
        "connect_timeout": timeout,
        "application_name": "ShopDesk",
    }
    if password:
        params["password"] = password
    return params


def _database_class():
    load_driver()
    import peewee
    from peewee import PostgresqlDatabase

    loader = _numeric_loader()

    class ServerDatabase(PostgresqlDatabase):
        backend = "postgres"
        offline = False  # set while the server is unreachable (store.write_guard)

        def _connect(self):
            conn = super()._connect()
            conn.adapters.register_loader("numeric", loader)
            return conn

        def begin(self, lock_type=None):
            # SQLite's lock words mean nothing here; IMMEDIATE/EXCLUSIVE take the write lock.
            write_guard.check(self, lock_type)  # offline: refused at once, never queued
            super().begin()
            if lock_type in ("IMMEDIATE", "EXCLUSIVE"):
                self.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))

        def _forget_dead_connection(self):
            # A connection the server dropped (restart, network, idle timeout)
            # is replaced by a new one between operations; inside a transaction
            # the error surfaces instead, and the transaction is rolled back.
            state = self._state
            if not state.closed and not state.transactions:
                conn = state.conn
                if conn is not None and (conn.closed or conn.broken):
                    state.reset()

        def connection(self):
            self._forget_dead_connection()
            return super().connection()

        def cursor(self, named_cursor=None):
            self._forget_dead_connection()
            return super().cursor(named_cursor)

        def execute_sql(self, sql, params=None):
            sql = to_postgres(sql) if params else sql.replace("INDEXED BY", "").replace("indexed by", "")
            if params:
                return super().execute_sql(sql, params)
            # Without parameters psycopg leaves '%' alone and accepts several
            # statements (the migration scripts).
            self._log_query(sql, None)
            with peewee.__exception_wrapper__:
                cursor = self.cursor()
                cursor.execute(sql)
            return cursor

    return ServerDatabase


def make_server_database(cfg: ServerConfig, password: str | None):
    """A peewee database for the server; nothing is connected yet."""
    cls = _database_class()
    db = cls(cfg.database, prefer_psycopg3=True, **connect_params(cfg, password))
    db.server_config = cfg
    return db


def _numeric_loader():
    """SUM() over BIGINT is NUMERIC on the server; services expect what SQLite
    gives (an int for whole numbers), and the schema has no NUMERIC columns."""
    from decimal import Decimal

    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        def load(self, data):
            value = super().load(data)
            if isinstance(value, Decimal) and value == value.to_integral_value():
                return int(value)
            return float(value)

    return WholeNumericLoader


_AUTH_WORDS = ("password authentication failed", "no password supplied", "28P01", "role \"", "认证失败")
_NO_DB_WORDS = ("does not exist", "3D000", "不存在")


def classify_connect_error(exc: Exception, password: str | None = None) -> ServerProblem:
    """Turn a psycopg connection error into one of the user's cases."""
    text = str(exc)
    if password:
        text = text.replace(password, "***")  # libpq never echoes it; be sure anyway
    if any(w in text for w in _AUTH_WORDS):
        return ServerProblem("auth", text)
    if "database" in text and any(w in text for w in _NO_DB_WORDS):
        return ServerProblem("no_database", text)
    return ServerProblem("unreachable", text)


def connect_checked(db, password: str | None = None):
    """Connect, then refuse a server older than PostgreSQL 15."""
    import peewee

    try:
        db.connect(reuse_if_open=True)
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        raise classify_connect_error(exc.__cause__ or exc, password) from None
    version = db.connection().pgconn.server_version
    if version < MIN_SERVER_VERSION:
        db.close()
        raise ServerProblem("too_old", f"server_version {version}", found=version, supported=MIN_SERVER_VERSION)
    return db


def schema_version(db) -> int:
    """Our schema's version on the server: 0 for an empty database.

    A database that has tables but no schema_version belongs to some other
    program; refuse it rather than add ours beside its tables.
    """
    row = db.execute_sql("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if not row[0]:
        others = db.execute_sql(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        ).fetchone()[0]
        if others:
            raise ServerProblem("not_shopdesk", f"{others} tables without schema_version")
        return 0
    return int(db.execute_sql("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0])


def is_empty(db) -> bool:
    """No ShopDesk data yet (a fresh server database, or only migrated)."""
    if schema_version(db) == 0:
        return True
    for table in ("shop", "account", "history", "product", "gmv_record"):
        if db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            return False
    return True


def open_server_database(cfg: ServerConfig, password: str | None):
    """Connect, check the server and the schema version, migrate; return the database.

    A schema newer than this app is refused untouched (ServerProblem
    "newer_schema"), like a newer SQLite file.
    """
    from desktop.store import migrations

    db = connect_checked(make_server_database(cfg, password), password)
    try:
        found = schema_version(db)
        latest = migrations.latest_version()
        if found > latest:
            raise ServerProblem("newer_schema", f"schema version {found} > {latest}", found=found, supported=latest)
        migrations.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def vacuum_analyze(db, tables) -> None:
    """VACUUM (ANALYZE) the tables after a bulk COPY, as autovacuum would a little later.

    Until then the server has no visibility map for the new rows, so the
    pages' ordered id lists (an index-only scan once vacuumed) are planned as
    a full scan plus an on-disk sort. VACUUM can't run in a transaction, so
    this runs in autocommit; failing only leaves the work to autovacuum.
    """
    import psycopg

    conn = db.connection()
    was = conn.autocommit
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            for table in tables:
                cur.execute(f'VACUUM (ANALYZE) "{table}"')
    except psycopg.Error:
        pass
    finally:
        try:
            conn.autocommit = was
        except psycopg.Error:
            pass


class ChangeListener:
    """LISTEN for committed changes of other computers (history_notify, m0010).

    ``poll()`` never blocks; it returns the shop ids named by notifications
    since the last poll (None for changes without a shop) and raises
    ServerProblem("lost") when the server went away. ``reconnect()`` tries again.
    """

    def __init__(self, cfg: ServerConfig, password: str | None) -> None:
        self.cfg, self._password = cfg, password
        self.conn = None

    def connect(self) -> None:
        psycopg = load_driver()
        try:
            self.conn = psycopg.connect(autocommit=True, dbname=self.cfg.database,
                                        **connect_params(self.cfg, self._password, timeout=3))
            self.conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as exc:
            self.close()
            raise classify_connect_error(exc, self._password) from None

    def poll(self) -> set:
        psycopg = load_driver()
        if self.conn is None:
            raise ServerProblem("lost")
        try:
            self.conn.execute("SELECT 1")  # notices a dead server; delivers pending notifications
            found = set()
            for note in self.conn.notifies(timeout=0, stop_after=None):
                shop = note.payload.split("|", 1)[0]
                found.add(int(shop) if shop else None)
            return found
        except psycopg.Error as exc:
            self.close()
            raise ServerProblem("lost", str(exc)) from None

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None
