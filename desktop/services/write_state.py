"""Whether this session's data can be written now (and why not), for the UI's enabled state.

The state itself lives on the database (desktop.store.write_guard), which also
refuses every write transaction while it holds; the UI asks here so that each
write action is shown disabled with the same reason before anyone clicks it.
"""
from __future__ import annotations

from desktop.domain import writable
from desktop.domain.decisions import Decision
from desktop.services.context import ServiceContext, service
from desktop.store import write_guard

__all__ = ["write_decision", "blocked", "set_online", "WriteBlocked"]

WriteBlocked = write_guard.WriteBlocked


@service
def blocked(ctx: ServiceContext) -> str | None:
    """writable.READ_ONLY, writable.OFFLINE or None."""
    return write_guard.blocked(ctx.db)


@service
def write_decision(ctx: ServiceContext) -> Decision:
    """ALLOWED, or the refusal every write action shows while the data can't be written."""
    return writable.write_decision(blocked(ctx))


@service
def set_online(ctx: ServiceContext, online: bool) -> bool:
    """Team mode: the server was found unreachable (False) or back (True). True if that changed."""
    before = blocked(ctx)
    write_guard.set_offline(ctx.db, not online)
    return blocked(ctx) != before
