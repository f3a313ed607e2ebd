"""迁移到服务器: copy a local database into an empty server database.

- The local file is never written: rows are read from a copy made with
  SQLite's backup API (migrated to this app's schema in the copy if older).
- ONE server transaction: every table in foreign-key order, then the row count
  and a checksum per table are compared with the local copy before COMMIT; any
  difference rolls everything back.
- Rows keep their ids and their timestamps (history stays as it happened).
- Images are copied into the team's shared folder, by hash as locally; the
  database holds only the hashes.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop import paths
from desktop.domain.messages import text
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.errors import ServiceError
from desktop.store.database import backup_database, open_database
from desktop.store.server import ServerConfig, ServerProblem, is_empty, open_server_database, vacuum_analyze

SKIP = ("schema_version",)


@dataclass
class TableCheck:
    table: str
    rows: int
    checksum: str


@dataclass
class MoveResult:
    tables: list[TableCheck] = field(default_factory=list)
    images: int = 0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


class MoveFailed(ServiceError):
    pass


def move_to_server(local_db: Path, server: ServerConfig, password: str | None, images_dir: Path | None,
                   progress: Callable[[int, int], None] | None = None) -> Outcome:
    """Copy ``local_db`` (its images from beside it) into the empty ``server`` database."""
    local_db = Path(local_db)
    with tempfile.TemporaryDirectory(prefix="shopdesk-move-") as tmp:
        copy = backup_database(local_db, Path(tmp), "move")
        open_database(copy, Path(tmp) / "backups").close()  # migrate the COPY to this app's schema
        src = sqlite3.connect(str(copy))
        try:
            tables = _tables_in_order(src)
            result = _copy(src, tables, server, password, progress)
            if images_dir is not None:
                result.images = copy_images(src, local_db.parent / paths.IMAGES_DIRNAME, Path(images_dir))
        finally:
            src.close()
    return Outcome(frozenset({ch.SHOPS, ch.HISTORY}), result)


def _copy(src, tables, server, password, progress) -> MoveResult:
    db = open_server_database(server, password)
    try:
        if not is_empty(db):
            raise ServerProblem("not_empty", server.database)
        result = MoveResult()
        with db.atomic("IMMEDIATE"):
            # The rows were guarded when they were written locally and are
            # verified below; the guards would refuse copied history (an ended
            # marking can't be INSERTED, R-SELF-2) and the summary triggers
            # would count the copied summaries twice. Foreign keys stay on.
            for table in tables:
                db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
            # What the migrations and a first connection put there (the sample
            # tree, the summaries' seed rows) is replaced by the shop's own.
            for table in reversed(tables):
                db.execute_sql(f'DELETE FROM "{table}"')
            for n, table in enumerate(tables):
                _copy_table(src, db, table)
                if progress is not None:
                    progress(n + 1, len(tables))
            db.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")  # check the deferred keys now
            for table in tables:
                db.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
            for table in tables:
                local, remote = table_check(src, table), table_check(db.connection(), table)
                if (local.rows, local.checksum) != (remote.rows, remote.checksum):
                    raise MoveFailed(text("表 {table} 复制后核对不一致（本地 {local} 行，服务器 {remote} 行），服务器上没有写入任何数据。",
                                          table=table, local=local.rows, remote=remote.rows))
                result.tables.append(local)
            _reset_identities(db, tables)
        vacuum_analyze(db, tables)
        return result
    finally:
        db.close()


def _columns(src, table: str) -> list[str]:
    return [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]


def _order_by(src, table: str) -> str:
    pk = sorted((r[5], r[1]) for r in src.execute(f'PRAGMA table_info("{table}")') if r[5])
    cols = [c for _, c in pk] or _columns(src, table)
    # Parents before children inside the category tree (its insert trigger checks the parent).
    if table == "category":
        cols = ["level"] + cols
    return ", ".join(f'"{c}"' for c in cols)


def _tables_in_order(src) -> list[str]:
    names = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    names = [n for n in names if n not in SKIP]
    deps = {n: {r[2] for r in src.execute(f'PRAGMA foreign_key_list("{n}")') if r[2] != n} for n in names}
    ordered: list[str] = []
    while deps:
        ready = sorted(n for n, d in deps.items() if not (d - set(ordered)))
        if not ready:
            raise MoveFailed(text("本地数据库的表之间有循环引用，无法迁移。"))
        ordered += ready
        for n in ready:
            del deps[n]
    return ordered


def _copy_table(src, db, table: str) -> None:
    cols = _columns(src, table)
    col_list = ", ".join(f'"{c}"' for c in cols)
    cursor = db.connection().cursor()
    with cursor.copy(f'COPY "{table}" ({col_list}) FROM STDIN') as copy:
        for row in src.execute(f'SELECT {col_list} FROM "{table}" ORDER BY {_order_by(src, table)}'):
            copy.write_row(row)


def table_check(conn, table: str) -> TableCheck:
    """Row count and a SHA-256 over every row in primary-key order, the same on both backends."""
    digest = hashlib.sha256()
    rows = 0
    cursor = conn.cursor()
    order = _order_by_any(conn, table)
    cursor.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
    for row in cursor:
        digest.update(_canonical(row))
        rows += 1
    return TableCheck(table, rows, digest.hexdigest())


def _order_by_any(conn, table: str) -> str:
    if isinstance(conn, sqlite3.Connection):
        return _order_by(conn, table)
    cols = [r[0] for r in conn.execute(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
        " WHERE i.indrelid = to_regclass(%s) AND i.indisprimary"
        " ORDER BY array_position(i.indkey::int2[], a.attnum)", (table,))]
    if table == "category":
        cols = ["level"] + cols
    return ", ".join(f'"{c}"' for c in cols) or "1"


def _canonical(row) -> bytes:
    parts = []
    for v in row:
        if v is None:
            parts.append("\\N")
        elif isinstance(v, float):
            parts.append(repr(v))
        else:
            parts.append(str(v))
    return ("\x1f".join(parts) + "\x1e").encode("utf-8")


def _reset_identities(db, tables) -> None:
    for table in tables:
        has_id = db.execute_sql(
            "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attname = 'id' AND attidentity <> ''",
            (table,)).fetchone()
        if not has_id:
            continue
        seq = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()
        if seq and seq[0]:
            db.execute_sql(f'SELECT setval(%s, COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)', (seq[0],))


def copy_images(src, local_images: Path, shared: Path) -> int:
    """Copy every stored image into the shared folder by hash; check each copy's hash."""
    copied = 0
    for (sha,) in src.execute("SELECT sha256 FROM image_blob ORDER BY sha256"):
        folder = local_images / sha[:2]
        for found in folder.glob(f"{sha}.*"):
            target = shared / sha[:2] / found.name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(target.suffix + ".part")
                shutil.copyfile(found, tmp)
                if hashlib.sha256(tmp.read_bytes()).hexdigest() != sha:
                    tmp.unlink()
                    raise MoveFailed(text("图片 {name} 复制到共享文件夹后内容不一致。", name=found.name))
                tmp.replace(target)
            copied += 1
    return copied
