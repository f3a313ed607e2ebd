"""Clocks. Domain functions take dates as arguments; services get them from a clock."""
from __future__ import annotations

from datetime import date, datetime, timedelta


class SystemClock:
    """The computer's local time: shop owners think in their local calendar."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock tests (and the demo) can set and move."""

    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            now = now.astimezone()
        self._now = now

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def set(self, now: datetime) -> None:
        self._now = now if now.tzinfo else now.astimezone()

    def advance(self, days: int = 0, **kwargs: float) -> None:
        self._now = self._now + timedelta(days=days, **kwargs)
