"""crash_soak: the crash test's kills, many more of them (``tests/safety/crash_harness.py``).

SIGKILL at random points of a child during a 3,000-row GMV import, during an operation loop (new
shops and GMV entries, one transaction each) and while a whole database is replaced (导入全部数据
and the start-up 打开备份…), each from a fresh copy of a small prepared data folder. After every
kill: integrity_check and foreign_key_check, each import all or nothing, history rows exactly those
of the writes that committed, a replaced database the old or the new one, whole. A failed check
raises. ``value`` is the wall time in seconds (noisy on a shared machine; no target).
Set SHOPDESK_CRASH_KILLS (kills per mode, default 200) and SHOPDESK_CRASH_SEED to repeat a run.
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path


def crash_soak() -> dict:
    from tests.safety.crash_harness import run_kills

    per_mode = int(os.environ.get("SHOPDESK_CRASH_KILLS") or 200)
    seed = int(os.environ.get("SHOPDESK_CRASH_SEED") or random.randrange(1 << 30))
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-crash-") as tmp:
        report = run_kills(Path(tmp), {"import": per_mode, "ops": per_mode, "swap": per_mode}, random.Random(seed))
    seconds = time.monotonic() - began
    return {"name": "crash_soak", "value": round(seconds, 1), "unit": "s", "kills": 3 * per_mode, "seed": seed,
            "per_mode": report, "failures": 0}


BENCHMARKS = {"crash_soak": crash_soak}
