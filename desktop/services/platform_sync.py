"""Shared plumbing of every pull: the client, progress and cancel (issue 13)."""
from __future__ import annotations

from typing import Callable

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


class Pull:
    """``with Pull(ctx, shop, "products", client) as (run, client):`` — a logged run with a client.

    The client is closed at the end when the pull made it; the request count goes into the log.
    """

    def __init__(self, ctx: ServiceContext, shop_id: int, kind: str, client: DoudianClient | None) -> None:
        self.run = SyncRun(ctx, shop_id, kind)
        self.ctx, self.shop_id, self.client, self.own = ctx, shop_id, client, client is None
        self.start = 0

    def __enter__(self) -> tuple[SyncRun, DoudianClient]:
        from desktop.services.platform_connection import client_for

        self.run.__enter__()
        try:
            self.client = self.client or client_for(self.ctx, self.shop_id)
        except BaseException as exc:
            self.run.__exit__(type(exc), exc, exc.__traceback__)
            raise
        self.start = self.client.stats.requests
        return self.run, self.client

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.run.requests = self.client.stats.requests - self.start
        if self.own:
            self.client.close()
        return self.run.__exit__(exc_type, exc, tb)
