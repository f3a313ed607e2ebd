"""The GMV summaries the overview reads (migration m0008): daily sums per shop and
the R-SELF-1 30-day window per shop and account.

Triggers keep both in step with every write to gmv_record. The window table is
for one end day (gmv_window_meta); ``ensure_window`` moves it to today: a few
days forward by subtracting the days that left the window and adding the days
that entered it (a few thousand rows), further or backward by rebuilding it.

A bulk import on SQLite takes the row triggers away inside its transaction
(``pause_for_bulk``) and then rebuilds the summary rows of the
shop and days it wrote in one set-based pass (``resume_after_bulk``) before it
commits, with the triggers back: one aggregate instead of two upserts per written row.
"""
from __future__ import annotations

from datetime import date, timedelta

import peewee

from desktop.domain import eligibility
from desktop.services.context import ServiceContext, service
from desktop.store import sqlcompat

_SHIFT_SQL = (
    "INSERT INTO gmv_window_sum (shop_id, account_id, shop_fen, total_fen) "
    "SELECT shop_id, account_id, {sign} SUM(shop_gmv_fen), {sign} SUM(total_gmv_fen) "
    "FROM gmv_record INDEXED BY gmv_window WHERE day BETWEEN ? AND ? GROUP BY shop_id, account_id "
    "ON CONFLICT (shop_id, account_id) DO UPDATE SET "
    "shop_fen = gmv_window_sum.shop_fen + excluded.shop_fen, total_fen = gmv_window_sum.total_fen + excluded.total_fen"
)
# Beyond this many days of shift, one rebuild reads fewer rows than two shifts.
_MAX_SHIFT = eligibility.WINDOW_DAYS // 2


def _shift(db, sign: str, first: date, last: date) -> None:
    if first <= last:
        db.execute_sql(_SHIFT_SQL.format(sign=sign), (first.isoformat(), last.isoformat()))


def _rebuild(db, start: date, end: date) -> None:
    db.execute_sql("DELETE FROM gmv_window_sum")
    _shift(db, "", start, end)


@service
def ensure_window(ctx: ServiceContext, ref_date: date | None = None) -> bool:
    """Make gmv_window_sum hold the window ending on ``ref_date``; True if it had to move.

    A read-only database leaves the summary as it is and answers False: the
    caller then reads the window from gmv_record directly (see window_source).
    """
    start, end = eligibility.window(ref_date or ctx.today())
    row = ctx.db.execute_sql("SELECT start_day, end_day FROM gmv_window_meta WHERE id = 1").fetchone()
    if row and row[1] == end.isoformat():
        return False
    try:
        with ctx.db.atomic("IMMEDIATE"):
            row = ctx.db.execute_sql("SELECT start_day, end_day FROM gmv_window_meta WHERE id = 1").fetchone()
            old_start, old_end = (sqlcompat.day(row[0]), sqlcompat.day(row[1])) if row and row[1] else (None, None)
            if old_end == end:
                return False
            if old_end is not None and 0 < (end - old_end).days <= _MAX_SHIFT:
                _shift(ctx.db, "-", old_start, start - timedelta(days=1))
                _shift(ctx.db, "", old_end + timedelta(days=1), end)
                ctx.db.execute_sql("DELETE FROM gmv_window_sum WHERE shop_fen = 0 AND total_fen = 0")
            else:
                _rebuild(ctx.db, start, end)
            ctx.db.execute_sql("UPDATE gmv_window_meta SET start_day = ?, end_day = ? WHERE id = 1",
                               (start.isoformat(), end.isoformat()))
    except peewee.OperationalError:
        return False
    return True


@service
def window_ready(ctx: ServiceContext, ref_date: date) -> bool:
    row = ctx.db.execute_sql("SELECT end_day FROM gmv_window_meta WHERE id = 1").fetchone()
    return bool(row and row[0] == ref_date.isoformat())


@service
def window_source(ctx: ServiceContext, ref_date: date) -> tuple[str, tuple]:
    """A relation (shop_id, account_id, shop_fen, total_fen) for the window, to put after FROM."""
    if window_ready(ctx, ref_date):
        return "gmv_window_sum", ()
    start, end = eligibility.window(ref_date)
    return ("(SELECT shop_id, account_id, SUM(shop_gmv_fen) AS shop_fen, SUM(total_gmv_fen) AS total_fen "
            "FROM gmv_record WHERE day BETWEEN ? AND ? GROUP BY shop_id, account_id)",
            (start.isoformat(), end.isoformat()))


_TRIGGERS = ("gmv_summary_insert", "gmv_summary_update", "gmv_summary_delete")


@service
def pause_for_bulk(ctx: ServiceContext) -> list[str] | None:
    """Stop the per-row summary triggers until ``resume_after_bulk``, inside the caller's transaction.

    Returns what resume needs (the triggers' own SQL), or None where nothing is paused:
    PostgreSQL's triggers already work once per statement. A trigger whose WHEN is false
    still costs SQLite a sub-program run per row (a 1M-row import took twice as long), so the
    triggers are dropped here and created again from their stored SQL by resume, in the same
    transaction: other connections never see them missing, and a rollback brings them back.
    The row in gmv_summary_pause (m0014) marks the pause for any trigger still in place.
    """
    if ctx.is_server:
        return None
    marks = ",".join("?" * len(_TRIGGERS))
    saved = [sql for _name, sql in ctx.db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) ORDER BY name", _TRIGGERS)]
    ctx.db.execute_sql("INSERT INTO gmv_summary_pause (id) VALUES (1)")
    for name in _TRIGGERS:
        ctx.db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    return saved


@service
def resume_after_bulk(ctx: ServiceContext, saved: list[str], shop_id: int,
                      first_day: str | None, last_day: str | None) -> None:
    """Recompute ``shop_id``'s summary rows for the days the bulk write touched, then restore the triggers."""
    db = ctx.db
    if first_day is not None:
        days = (shop_id, first_day, last_day)
        db.execute_sql("DELETE FROM gmv_daily WHERE shop_id = ? AND day BETWEEN ? AND ?", days)
        db.execute_sql(
            "INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen) "
            "SELECT shop_id, day, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM gmv_record INDEXED BY gmv_window "
            "WHERE shop_id = ? AND day BETWEEN ? AND ? GROUP BY shop_id, day", days)
        start, end = db.execute_sql("SELECT start_day, end_day FROM gmv_window_meta WHERE id = 1").fetchone()
        if end is not None and first_day <= end and last_day >= start:
            db.execute_sql("DELETE FROM gmv_window_sum WHERE shop_id = ?", (shop_id,))
            db.execute_sql(
                "INSERT INTO gmv_window_sum (shop_id, account_id, shop_fen, total_fen) "
                "SELECT shop_id, account_id, SUM(shop_gmv_fen), SUM(total_gmv_fen) "
                "FROM gmv_record INDEXED BY gmv_window WHERE shop_id = ? AND day BETWEEN ? AND ? "
                "GROUP BY shop_id, account_id", (shop_id, start, end))
    for sql in saved:
        db.execute_sql(sql)
    db.execute_sql("DELETE FROM gmv_summary_pause")
