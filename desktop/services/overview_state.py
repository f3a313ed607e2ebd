"""Overview settings (to-do thresholds, tray notifications) and the done/snoozed state of to-dos.

Both live in the database (migration m0008), so they survive a restart and
travel with the data file.
"""
from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from desktop.domain.messages import joined, text
from desktop.domain import todos as td
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.store import sqlcompat

OVERVIEW = "overview"  # change topic: settings or to-do state
TRAY_KEY = "tray_notifications"
SNOOZE_DAYS = (1, 3, 7)


@service
def thresholds(ctx: ServiceContext) -> td.Thresholds:
    stored = dict(ctx.db.execute_sql("SELECT key, value FROM overview_setting"))
    names = {f.name for f in fields(td.Thresholds)}
    return replace(td.Thresholds(), **{k: int(v) for k, v in stored.items() if k in names})


@service
def tray_enabled(ctx: ServiceContext) -> bool:
    row = ctx.db.execute_sql("SELECT value FROM overview_setting WHERE key = ?", (TRAY_KEY,)).fetchone()
    return True if row is None else bool(row[0])


@service
def save_settings(ctx: ServiceContext, values: dict[str, int], tray: bool | None = None) -> Outcome:
    """Store thresholds (each checked against its range) and the tray switch, all or nothing."""
    for name, value in values.items():
        err = td.threshold_error(name, value)
        if err:
            raise InvalidInput(err, name)
    with ctx.db.atomic("IMMEDIATE"):
        for name, value in values.items():
            ctx.db.execute_sql("INSERT INTO overview_setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (name, int(value)))
        if tray is not None:
            ctx.db.execute_sql("INSERT INTO overview_setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (TRAY_KEY, int(bool(tray))))
    return Outcome(frozenset({OVERVIEW}), thresholds(ctx))


@service
def states(ctx: ServiceContext) -> dict[str, tuple[str, str, date | None]]:
    """key -> (state, fingerprint, snoozed until)."""
    return {k: (s, f, sqlcompat.day(u))
            for k, f, s, u in ctx.db.execute_sql("SELECT key, fingerprint, state, until FROM todo_state")}


def _set(ctx: ServiceContext, key: str, fingerprint: str, state: str, until: date | None) -> Outcome:
    if not key or not fingerprint:
        raise NotFound(text("待办事项不存在"))
    with ctx.db.atomic("IMMEDIATE"):
        ctx.db.execute_sql(
            "INSERT INTO todo_state (key, fingerprint, state, until, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = excluded.state, "
            "until = excluded.until, at = excluded.at",
            (key, fingerprint, state, until.isoformat() if until else None, ctx.now_iso()))
    return Outcome(frozenset({OVERVIEW}), key)


@service
def mark_done(ctx: ServiceContext, todo: td.Todo) -> Outcome:
    """完成: hidden until its facts change (then it is a new item)."""
    return _set(ctx, todo.key, todo.fingerprint, td.DONE, None)


@service
def snooze(ctx: ServiceContext, todo: td.Todo, days: int = 1) -> Outcome:
    """稍后提醒: hidden for ``days`` days, or until its facts change."""
    if days not in SNOOZE_DAYS:
        raise InvalidInput(text("只能推迟 {days} 天", days=joined("、", map(str, SNOOZE_DAYS))), "days")
    return _set(ctx, todo.key, todo.fingerprint, td.SNOOZED, td.snooze_until(ctx.today(), days))


@service
def restore(ctx: ServiceContext, key: str) -> Outcome:
    """Show a done or snoozed item again."""
    with ctx.db.atomic("IMMEDIATE"):
        ctx.db.execute_sql("DELETE FROM todo_state WHERE key = ?", (key,))
    return Outcome(frozenset({OVERVIEW}), key)


CHANGES_SHOWN = frozenset({ch.SHOPS, ch.BINDINGS, ch.ACCOUNTS, ch.GMV, ch.PRODUCTS, OVERVIEW})
