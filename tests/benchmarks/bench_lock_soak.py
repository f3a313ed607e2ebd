"""lock_soak_16k: two processes doing 16,000 operations together on one database.

Each process runs 8,000 operations through the real services, the mix of
finding 7 (each reads before it writes): rename a shop, save a GMV entry,
import a 20-row GMV file, start a channel binding, cancel it, create a shop
(``tests/safety/lock_worker.py``). ``errors`` counts "database is locked"
(``locked``: at once, a read upgraded to a write; ``waited_out``: after the
whole 5 s busy timeout). Target: errors = 0. ``other_errors`` counts any other
failure (expected 0 too). ``value`` is the wall time in seconds; it is noisy
on a shared machine and has no target.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

OPERATIONS = 16_000


def lock_soak_16k() -> dict:
    from tests.safety.lock_worker import run_pair

    with tempfile.TemporaryDirectory(prefix="bench-lock-") as tmp:
        total = run_pair(Path(tmp) / "data", OPERATIONS // 2)
    return {"name": "lock_soak_16k", "value": total["seconds"], "unit": "s", "ops": total["ops"],
            "errors": total["locked"] + total["waited_out"], "locked": total["locked"],
            "waited_out": total["waited_out"], "other_errors": total["other_errors"],
            "errors_seen": total["errors_seen"], "by_kind": total["by_kind"],
            "ops_per_s": round(total["ops"] / total["seconds"], 1), "target": "errors = 0"}


BENCHMARKS = {"lock_soak_16k": lock_soak_16k}
