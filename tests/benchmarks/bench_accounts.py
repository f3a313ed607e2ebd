"""Official and channel accounts: how long the 账号 page's data and a rule-checked write take.

`channel_list`: list_channels (5 rows with per-row R-CH-4 decisions) + channel_summary
for one shop in a database holding 500 shops' bindings — what the 渠道号 tab does on
every reload. `channel_start_immediate`: one start+cancel pair (two IMMEDIATE
write transactions with history rows, synchronous=FULL). Median of repeated runs.
"""
from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from timing import median_ms

from desktop.domain.clock import FixedClock
from desktop.services import channels, official, shops
from desktop.services.session import open_session


def _setup(tmp: str):
    ctx = open_session(Path(tmp), clock=FixedClock(datetime(2026, 11, 27, 10)))
    with ctx.db.atomic():
        ids = [shops.create_shop(ctx, f"店铺{i}", str(100000 + i)).value for i in range(500)]
        for n, sid in enumerate(ids):
            for k in range(5 if n % 2 == 0 else 3):
                channels.record_existing_channel(ctx, sid, "douyin", f"s{n}_a{k}", "", ctx.today() - timedelta(days=40 * k))
            bid = official.start_official_binding(ctx, sid, f"off_{n}").value
            if n % 3 == 0:
                official.record_official_accepted(ctx, bid)
    return ctx, ids


def _median_ms(fn, runs: int) -> float:
    return median_ms(fn, runs, digits=3)


def channel_list() -> dict:
    with tempfile.TemporaryDirectory(prefix="shopdesk-bench-") as tmp:
        ctx, ids = _setup(tmp)
        sid = ids[250]

        def load():
            channels.list_channels(ctx, sid)
            channels.channel_summary(ctx, sid)
            official.official_view(ctx, sid)

        value = _median_ms(load, 200)
        ctx.db.close()
    return {"name": "channel_list", "value": value, "unit": "ms", "target": 20}


def channel_start_immediate() -> dict:
    with tempfile.TemporaryDirectory(prefix="shopdesk-bench-") as tmp:
        ctx, ids = _setup(tmp)
        sid = ids[1]  # 3 of 5 slots used
        counter = iter(range(10**6))

        def write():
            bid = channels.start_channel_binding(ctx, sid, "huoshan", f"bench{next(counter)}").value
            channels.cancel_channel_binding(ctx, bid)

        value = _median_ms(write, 50)
        ctx.db.close()
    return {"name": "channel_start_immediate", "value": value, "unit": "ms", "target": 100}


BENCHMARKS = {"channel_list": channel_list, "channel_start_immediate": channel_start_immediate}
