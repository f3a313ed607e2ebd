"""What every service needs: the open database, the clock and the data folder."""
from __future__ import annotations

import getpass
import platform
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.clock import SystemClock


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): history still gets written
        return ""


@dataclass
class ServiceContext:
    db: object  # a peewee database: SQLite file or PostgreSQL server (team mode)
    data_dir: Path
    clock: object = field(default_factory=SystemClock)  # .now() -> aware datetime, .today() -> date
    # Who did what (m0010): copied into every history row.
    user_name: str = field(default_factory=_user_name)
    computer_name: str = field(default_factory=platform.node)
    # Team mode: images live in the team's shared folder instead of <data>/images.
    images_root: Path | None = None

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def today(self):
        return self.clock.today()

    @property
    def is_server(self) -> bool:
        return getattr(self.db, "backend", "sqlite") == "postgres"
