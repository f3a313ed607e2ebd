"""Child process for the two-process lock tests: ``python -m tests.safety.lock_worker DATA_DIR N TAG``.

N operations through the real services, the mix of finding 7 (each reads
before it writes): rename a shop, save a GMV entry, import a small GMV file,
start a channel binding, cancel it, create a shop. Every operation is
counted; a "database is locked" error is counted as ``locked`` (at once: a
read upgraded to a write) or ``waited_out`` (after the whole busy timeout).
Prints ``ready`` once open, then one JSON line with the counts.
"""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

IMPORT_ROWS = 20
KINDS = ("shop_rename", "gmv_entry", "gmv_import", "channel_start", "channel_cancel", "shop_create")


def small_gmv_file(folder: Path, tag: str, k: int = 0) -> Path:
    """A 20-row GMV file; its figures change with ``k`` so each import writes."""
    path = folder / f"lock-{tag}.csv"
    body = "".join(f"dy_imp{i},昵称{i},2026-10-{1 + i:02d},{100 + i + k},{500 + i + k}\n" for i in range(IMPORT_ROWS))
    path.write_text("达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）\n" + body, encoding="utf-8")
    return path


class Mix:
    """One process's share: its own shop, so refusals (R-CH-2, R-CH-6) never stand in for lock errors."""

    def __init__(self, ctx, data: Path, tag: str) -> None:
        from desktop.services import shops

        self.ctx, self.tag = ctx, tag
        self.code = str(50_000_000 + int(tag) * 1_000_000)
        self.shop_id = shops.create_shop(ctx, f"lock-{tag}", self.code).value
        self.folder = data.parent
        self.pending: list[int] = []
        self.created = 0

    def run(self, i: int) -> str:
        from desktop.services import channels, gmv, gmv_import, shops

        kind = KINDS[i % len(KINDS)]
        ctx, shop_id = self.ctx, self.shop_id
        if kind == "shop_rename":
            current = next(s for s in shops.list_shops(ctx) if s.id == shop_id)
            shops.update_shop(ctx, shop_id, f"lock-{self.tag}-{i}", current.platform_shop_id, False)
        elif kind == "gmv_entry":
            gmv.list_gmv(ctx, shop_id)
            gmv.save_gmv(ctx, shop_id, "douyin", f"dy_{self.tag}_{i % 97}", "", date(2026, 11, 1 + i % 20), i, i + 1)
        elif kind == "gmv_import":
            gmv_import.import_file(ctx, shop_id, small_gmv_file(self.folder, self.tag, i))
        elif kind == "channel_start":
            channels.list_channels(ctx, shop_id)
            self.pending.append(channels.start_channel_binding(ctx, shop_id, "douyin", f"ch{self.tag}x{i}").value)
        elif kind == "channel_cancel":
            if self.pending:
                channels.cancel_channel_binding(ctx, self.pending.pop())
        else:
            self.created += 1
            shops.create_shop(ctx, f"new-{self.tag}-{self.created}", str(int(self.code) + self.created))
        return kind


def run_pair(data_dir: Path, per_process: int, timeout: float = 3600) -> dict:
    """Two processes doing ``per_process`` operations each at the same time; their summed counts."""
    import os
    import subprocess

    from desktop.services.session import close_session, open_session

    root = Path(__file__).resolve().parents[2]
    close_session(open_session(Path(data_dir)))  # created and migrated before either child starts
    env = dict(os.environ, PYTHONPATH=str(root))
    procs = [subprocess.Popen([sys.executable, "-m", "tests.safety.lock_worker", str(data_dir), str(per_process),
                               str(tag)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=root, env=env) for tag in (1, 2)]
    for proc in procs:
        line = proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"worker did not start: {line!r} {proc.stderr.read()}")
    started = time.monotonic()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"worker failed: {err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    total = {key: sum(r[key] for r in results) for key in ("ops", "locked", "waited_out", "other_errors")}
    total["errors_seen"] = [e for r in results for e in r["errors_seen"]][:5]
    total["seconds"] = round(time.monotonic() - started, 2)
    total["by_kind"] = {k: sum(r["by_kind"].get(k, 0) for r in results) for k in KINDS}
    return total


def main(data_dir: str, n: str, tag: str) -> int:
    from desktop.services.session import close_session, open_session
    from desktop.store.database import BUSY_TIMEOUT_MS

    data = Path(data_dir)
    ctx = open_session(data)
    mix = Mix(ctx, data, tag)
    print("ready", flush=True)
    sys.stdin.readline()  # both processes start together
    counts = {"ops": 0, "locked": 0, "waited_out": 0, "other_errors": 0, "errors_seen": [], "by_kind": {}}
    started = time.monotonic()
    for i in range(int(n)):
        t0 = time.monotonic()
        try:
            kind = mix.run(i)
            counts["by_kind"][kind] = counts["by_kind"].get(kind, 0) + 1
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
            if "locked" in str(exc):
                late = time.monotonic() - t0 >= BUSY_TIMEOUT_MS / 1000 * 0.9
                counts["waited_out" if late else "locked"] += 1
            else:
                counts["other_errors"] += 1
            if len(counts["errors_seen"]) < 5:
                counts["errors_seen"].append(f"{type(exc).__name__}: {exc}")
        counts["ops"] += 1
    counts["seconds"] = round(time.monotonic() - started, 2)
    close_session(ctx)
    print(json.dumps(counts, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
