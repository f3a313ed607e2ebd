"""Shared plumbing of every pull: the client, progress and cancel (issue 13)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from desktop.platform.client import DoudianClient
from desktop.platform.errors import PlatformCancelled
from desktop.services.context import ServiceContext, service
from desktop.services.platform_runs import SyncRun

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Steps:
    """Progress and cancel for a pull; ``check()`` between requests raises PlatformCancelled."""

    def __init__(self, progress: Progress | None, is_cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.is_cancelled = is_cancelled

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise PlatformCancelled()

    def report(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            self.progress(done, max(total, done))


@service
@contextmanager
def pulling(ctx: ServiceContext, shop_id: int, kind: str, client: DoudianClient | None) -> Iterator[tuple[SyncRun, DoudianClient]]:
    """A logged run with a client (closed at the end); the request count goes into the log."""
    from desktop.services.platform_connection import client_for

    with SyncRun(ctx, shop_id, kind) as run:
        own = client is None
        client = client or client_for(ctx, shop_id)
        start = client.stats.requests
        try:
            yield run, client
        finally:
            run.requests = client.stats.requests - start
            if own:
                client.close()
