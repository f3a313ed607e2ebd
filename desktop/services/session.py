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

__all__ = ["open_session", "close_session", "is_read_only", "StorageFault", "EmptyDatabase", "ForeignWal", "CorruptDatabase", "DatabaseRefused", "NewerSchema", "NotADatabase"]


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


def _has_categories(ctx: ServiceContext) -> bool:
    return ctx.db.execute_sql("SELECT 1 FROM category LIMIT 1").fetchone() is not None


@service
def close_session(ctx: ServiceContext) -> None:
    """Close the database cleanly (the next open then knows there was no crash)."""
    close_database(ctx.db)


@service
def is_read_only(ctx: ServiceContext) -> bool:
    """The database file could not be written, so it was opened read-only."""
    return bool(getattr(ctx.db, "read_only", False))
