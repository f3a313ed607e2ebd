"""Opening the data folder for the app: database file, backups, service context."""
from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.services.context import ServiceContext, service
from desktop.store.database import close_database, open_database
from desktop.store.models.base import make_ambient
# Why a database was refused; re-exported so the UI needs nothing from the store.
from desktop.store.errors import CorruptDatabase, DatabaseRefused, EmptyDatabase, ForeignWal, NewerSchema, NotADatabase
from desktop.store.faults import StorageFault

__all__ = ["open_session", "open_server_session", "close_session", "is_read_only", "StorageFault", "EmptyDatabase", "ForeignWal", "CorruptDatabase", "DatabaseRefused", "NewerSchema", "NotADatabase"]


def open_session(data_dir: Path, demo: bool = False, clock=None, db_file: Path | None = None) -> ServiceContext:
    if not Path(data_dir).is_dir():
        paths.ensure_private_dir(data_dir)  # an existing folder is only checked, by open_database
    db = open_database(db_file or paths.db_path(data_dir, demo), data_dir / paths.BACKUP_DIRNAME)
    ctx = ServiceContext(db=db, data_dir=data_dir)
    # Code outside any service call in this thread (the self-test, scripts,
    # tests) reads this session; service calls always bind their own ctx.
    make_ambient(db)
    if clock is not None:
        ctx.clock = clock
    if not getattr(db, "read_only", False) and not _has_categories(ctx):
        # 示例类目 on first start (product creation step 1). Asked here so the
        # catalog and its tree parser load only then, not on every start.
        from desktop.services import catalog

        catalog.ensure_sample_tree(ctx)
    return ctx


def open_server_session(cfg, password: str | None, data_dir: Path, clock=None) -> ServiceContext:
    """Team mode: the same services on the team's PostgreSQL database.

    ``cfg`` is a desktop.store.server.ServerConfig; raises ServerProblem with
    the reason a server can't be used. Images go to the team's shared folder.
    """
    from desktop.store.server import open_server_database

    paths.ensure_private_dir(data_dir)
    db = open_server_database(cfg, password)
    make_ambient(db)
    images_root = Path(cfg.images_dir) if cfg.images_dir else None
    ctx = ServiceContext(db=db, data_dir=data_dir, images_root=images_root)
    if clock is not None:
        ctx.clock = clock
    if not _has_categories(ctx):
        from desktop.services import catalog

        catalog.ensure_sample_tree(ctx)
    return ctx


def _has_categories(ctx: ServiceContext) -> bool:
    return ctx.db.execute_sql("SELECT 1 FROM category LIMIT 1").fetchone() is not None


@service
def close_session(ctx: ServiceContext) -> None:
    """Close the database cleanly (the next open then knows there was no crash)."""
    if ctx.is_server:  # no file, no session marker: the server keeps its own state
        ctx.db.close()
        return
    close_database(ctx.db)


@service
def is_read_only(ctx: ServiceContext) -> bool:
    """The database file could not be written, so it was opened read-only."""
    return bool(getattr(ctx.db, "read_only", False))
