"""What every service needs: the open database, the clock and the data folder.

Every public service function takes the ServiceContext first and is wrapped in
``@service``: for the duration of the call the models read and write the
context's own database (store.models.base.bound), on whatever thread the call
runs. Two sessions open in one process therefore never see each other's files.
"""
from __future__ import annotations

import functools
import getpass
import inspect
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database

from desktop.domain.clock import SystemClock
from desktop.store.integrity import host_name
from desktop.store.models.base import bound


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): history still gets written
        return ""


@dataclass
class ServiceContext:
    db: Database  # an SQLite file, or the PostgreSQL server in team mode
    data_dir: Path
    clock: object = field(default_factory=SystemClock)  # .now() -> aware datetime, .today() -> date
    # Who did what (m0010): copied into every history row.
    user_name: str = field(default_factory=_user_name)
    # The host name, as platform.node() gives it on Windows, macOS and Linux, without
    # loading the platform and socket modules at every start.
    computer_name: str = field(default_factory=host_name)
    # Team mode: images live in the team's shared folder instead of <data>/images.
    images_root: Path | None = None

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def today(self):
        return self.clock.today()

    @property
    def is_server(self) -> bool:
        return getattr(self.db, "backend", "sqlite") == "postgres"

    def bound(self):
        """Models use this session's database inside the block (scripts, tests)."""
        return bound(self.db)

    def close(self) -> None:
        """Close this thread's connection (each thread has its own)."""
        if not self.db.is_closed():
            self.db.close()


def service(fn):
    """Run ``fn(ctx, ...)`` with the models bound to ``ctx.db``.

    Generator services (streamed exports) are bound while each item is made,
    since their body runs after the call has returned.
    """
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def stream(ctx, *args, **kwargs):
            items = fn(ctx, *args, **kwargs)
            while True:
                with bound(ctx.db):
                    try:
                        item = next(items)
                    except StopIteration:
                        return
                yield item

        stream.bound_service = True
        return stream

    @functools.wraps(fn)
    def call(ctx, *args, **kwargs):
        with bound(ctx.db):
            return fn(ctx, *args, **kwargs)

    call.bound_service = True
    return call
