"""What every service needs: the open database, the clock and the data folder.

Every public service function takes the ServiceContext first and is wrapped in
``@service``: for the duration of the call the models read and write the
context's own database (store.models.base.bound), on whatever thread the call
runs. Two sessions open in one process therefore never see each other's files.
"""
from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database

from desktop.domain.clock import SystemClock
from desktop.store.models.base import bound


@dataclass
class ServiceContext:
    db: Database
    data_dir: Path
    clock: object = field(default_factory=SystemClock)  # .now() -> aware datetime, .today() -> date

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def today(self):
        return self.clock.today()

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
