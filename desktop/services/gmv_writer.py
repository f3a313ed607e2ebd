"""The bulk write path of a GMV import, one per backend (1M rows, see bench_gmv).

SQLite: executemany of the UPSERT in batches on the raw connection.
PostgreSQL: COPY each batch into a temporary table, then ONE INSERT ... SELECT
with the same ON CONFLICT rule, so the server does the upsert in one pass.
Both run inside the caller's transaction.
"""
from __future__ import annotations

import peewee

from desktop.services.context import service
from desktop.services.gmv import UPSERT_SQL

_COLUMNS = "shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at"


@service
def writer_for(ctx):
    return ServerWriter(ctx.db) if ctx.is_server else SqliteWriter(ctx.db)


class SqliteWriter:
    def __init__(self, db) -> None:
        self.conn = db.connection()

    def query(self, sql: str, params=()):
        return self.conn.execute(sql, params)

    def insert_account(self, platform: str, code: str, nickname: str, now: str) -> int:
        return self.conn.execute(
            "INSERT INTO account (platform, account_code, nickname, created_at) VALUES (?, ?, ?, ?)",
            (platform, code, nickname, now),
        ).lastrowid

    def flush(self, batch: list) -> int:
        """Write and clear ``batch``; return the records inserted or changed."""
        if not batch:
            return 0
        # rowcount: the statement's own changes (total_changes would also count
        # the rows the GMV summary triggers of m0008 write, when they run).
        changed = self.conn.executemany(UPSERT_SQL, batch).rowcount
        batch.clear()
        return changed

    def finish(self) -> int:
        return 0


class ServerWriter:
    def __init__(self, db) -> None:
        self.db = db
        self.cursor = db.connection().cursor()
        with peewee.__exception_wrapper__:
            self.cursor.execute(
                "CREATE TEMP TABLE IF NOT EXISTS gmv_stage (shop_id BIGINT, account_id BIGINT, day TEXT,"
                " shop_gmv_fen BIGINT, total_gmv_fen BIGINT, source TEXT, updated_at TEXT) ON COMMIT DROP"
            )
            self.cursor.execute("TRUNCATE gmv_stage")

    def query(self, sql: str, params=()):
        return self.db.execute_sql(sql, params)

    def insert_account(self, platform: str, code: str, nickname: str, now: str) -> int:
        return self.db.execute_sql(
            "INSERT INTO account (platform, account_code, nickname, created_at) VALUES (?, ?, ?, ?) RETURNING id",
            (platform, code, nickname, now),
        ).fetchone()[0]

    def flush(self, batch: list) -> int:
        if batch:
            with peewee.__exception_wrapper__:
                with self.cursor.copy(f"COPY gmv_stage ({_COLUMNS}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            batch.clear()
        return 0  # counted by finish(): the upsert runs once

    def finish(self) -> int:
        with peewee.__exception_wrapper__:
            self.cursor.execute(
                f"INSERT INTO gmv_record ({_COLUMNS}) SELECT {_COLUMNS} FROM gmv_stage"
                " ON CONFLICT (shop_id, account_id, day) DO UPDATE SET"
                " shop_gmv_fen = excluded.shop_gmv_fen, total_gmv_fen = excluded.total_gmv_fen,"
                " source = excluded.source, updated_at = excluded.updated_at"
                " WHERE gmv_record.shop_gmv_fen <> excluded.shop_gmv_fen"
                " OR gmv_record.total_gmv_fen <> excluded.total_gmv_fen"
            )
            changed = self.cursor.rowcount
            self.cursor.execute("TRUNCATE gmv_stage")
        return changed
