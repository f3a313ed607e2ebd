"""Seeing other computers' changes (team mode) — the services' side.

On a server every committed history row sends a notification (m0010), so a
page refreshes within one poll of another computer's commit. On SQLite there
is no other writer to hear: ``feed_for`` returns None and nothing polls.
"""
from __future__ import annotations

from desktop.services.context import ServiceContext, service


@service
def feed_for(ctx: ServiceContext, password: str | None = None):
    """A connected ChangeListener for a server session, else None."""
    if not ctx.is_server:
        return None
    from desktop.store.server import ChangeListener

    listener = ChangeListener(ctx.db.server_config, password if password is not None else _password(ctx))
    listener.connect()
    return listener


def _password(ctx: ServiceContext) -> str | None:
    return ctx.db.connect_params.get("password")
