"""What every service needs: the open database, the clock and the data folder."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from desktop.domain.clock import SystemClock


@dataclass
class ServiceContext:
    db: SqliteDatabase
    data_dir: Path
    clock: object = field(default_factory=SystemClock)  # .now() -> aware datetime, .today() -> date

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def today(self):
        return self.clock.today()
