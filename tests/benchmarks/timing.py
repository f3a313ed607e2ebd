"""The one timing loop of the benchmarks: run a step a few times and keep each wall time in ms."""
from __future__ import annotations

import statistics
import time
from typing import Callable


def samples_ms(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None) -> list[float]:
    """``fn()``'s wall time in ms, ``runs`` times; ``before()`` runs untimed ahead of each."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(fn: Callable[[], object], runs: int, digits: int = 1, before=None) -> float:
    return round(statistics.median(samples_ms(fn, runs, before)), digits)


def best_ms(fn: Callable[[], object], runs: int = 3) -> float:
    return round(min(samples_ms(fn, runs)), 1)
