"""Opening the data folder for the app: database file, backups, service context."""
from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.services.context import ServiceContext
from desktop.store.database import open_database
from desktop.store.models.base import make_ambient
# Why a database was refused; re-exported so the UI needs nothing from the store.
from desktop.store.errors import CorruptDatabase, DatabaseRefused, NewerSchema, NotADatabase

__all__ = ["open_session", "CorruptDatabase", "DatabaseRefused", "NewerSchema", "NotADatabase"]


def open_session(data_dir: Path, demo: bool = False, clock=None, db_file: Path | None = None) -> ServiceContext:
    paths.ensure_private_dir(data_dir)
    db = open_database(db_file or paths.db_path(data_dir, demo), data_dir / paths.BACKUP_DIRNAME)
    ctx = ServiceContext(db=db, data_dir=data_dir)
    # Code outside any service call in this thread (the self-test, scripts,
    # tests) reads this session; service calls always bind their own ctx.
    make_ambient(db)
    if clock is not None:
        ctx.clock = clock
    if ctx.db.execute_sql("SELECT 1 FROM category LIMIT 1").fetchone() is None:
        # 示例类目 on first start (product creation step 1). Asked here so the
        # catalog and its tree parser load only then, not on every start.
        from desktop.services import catalog

        catalog.ensure_sample_tree(ctx)
    return ctx
