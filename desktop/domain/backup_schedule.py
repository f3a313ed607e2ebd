"""Which backups to keep (plain Python; the time is an argument).

Like Anki: the newest 10, then the newest of each day for the last 7 days,
of each week for the last 4 weeks and of each month for the last 12 months.
Everything else may be deleted. A pre-migration backup is kept by the same
rules (100 upgrades no longer leave 100 copies).
"""
from __future__ import annotations

from datetime import datetime, timedelta

KEEP_LAST = 10
DAYS = 7
WEEKS = 4
MONTHS = 12


def _month_index(t: datetime) -> int:
    return t.year * 12 + t.month - 1


def to_keep(stamps: list[datetime], now: datetime) -> set[datetime]:
    """The subset of ``stamps`` the schedule keeps (all naive local, or all aware)."""
    newest_first = sorted(stamps, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    seen_days: set = set()
    seen_weeks: set = set()
    seen_months: set = set()
    today = now.date()
    for t in newest_first:
        day = t.date()
        if t > now:
            continue  # a clock set back: keep by the "last 10" rule only
        if today - day < timedelta(days=DAYS) and day not in seen_days:
            seen_days.add(day)
            keep.add(t)
        week = day - timedelta(days=day.weekday())
        if today - week < timedelta(weeks=WEEKS) + timedelta(days=today.weekday()) and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(t)
        month = _month_index(t)
        if _month_index(now) - month < MONTHS and month not in seen_months:
            seen_months.add(month)
            keep.add(t)
    return keep


def to_delete(stamps: list[datetime], now: datetime) -> list[datetime]:
    keep = to_keep(stamps, now)
    return sorted(t for t in stamps if t not in keep)
