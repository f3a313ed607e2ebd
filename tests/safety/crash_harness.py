"""Kill a child at random points and check what it leaves (the crash test and the ``crash_soak`` benchmark).

Every kill starts from a copy of a small prepared data folder, in a child forked from one server
process (``tests/safety/worker.py``), so a kill costs a fork, not an interpreter start. The random
kill delays are drawn from the duration of the operation measured in the same run (a first,
calibrating child per mode), so they fall inside the operations, not after them.
"""
from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.safety.helpers import dump
from tests.safety.worker import ROWS

ROOT = Path(__file__).resolve().parents[2]
DB = "shopdesk.db"
# How far into the loop a kill may land, in measured operations: an import (or a swap) is long,
# so a kill lands inside the first one or two; the operation loop's steps are a few ms each.
SPAN = {"import": 1.3, "ops": 10.0, "swap": 2.5}


@dataclass
class Child:
    mode: str
    lines: list[tuple[float, str]] = field(default_factory=list)

    def count(self, word: str) -> int:
        return sum(1 for _, line in self.lines if line.split()[0] == word)

    def last(self) -> str:
        return self.lines[-1][1].split()[0] if self.lines else ""


class ForkServer:
    def __init__(self, folder: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.errors = folder / "worker-stderr.txt"
        with open(self.errors, "w") as err:  # a file: a pipe nobody reads could fill and block the children
            self.proc = subprocess.Popen([sys.executable, "-m", "tests.safety.worker"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT, env=env)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self._next(60) == "server", self.errors.read_text()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put((time.monotonic(), line.rstrip("\n")))
        self.lines.put((time.monotonic(), "eof"))

    def _next(self, timeout: float = 60) -> str:
        return self._timed(timeout)[1]

    def _timed(self, timeout: float = 60) -> tuple[float, str]:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("the crash worker stopped answering") from None

    def start(self, mode: str, data: Path, extra: str = "") -> tuple[int, float]:
        self.proc.stdin.write(f"{mode}\t{data}\t{extra}\n")
        self.proc.stdin.flush()
        at, line = self._timed()
        assert line.startswith("ready "), line
        return int(line.split()[1]), at

    def kill_after(self, mode: str, data: Path, delay: float, extra: str = "") -> Child:
        pid, ready = self.start(mode, data, extra)
        time.sleep(max(0.0, ready + delay - time.monotonic()))
        os.kill(pid, signal.SIGKILL)
        child = self._until_exit(mode, pid)
        child.lines.insert(0, (ready, "ready"))
        return child

    def kill_when(self, mode: str, data: Path, word: str, times: int, extra: str = "") -> Child:
        """Kill once the child has reported ``word`` ``times`` times (the calibrating run)."""
        pid, ready = self.start(mode, data, extra)
        child = Child(mode, [(ready, "ready")])
        while child.count(word) < times:
            at, line = self._timed()
            assert not line.startswith(("error", "exit", "eof")), line
            child.lines.append((at, line))
        os.kill(pid, signal.SIGKILL)
        rest = self._until_exit(mode, pid)
        child.lines += rest.lines
        return child

    def _until_exit(self, mode: str, pid: int) -> Child:
        child = Child(mode)
        while True:
            at, line = self._timed()
            if line.startswith("exit "):
                status = int(line.split()[2])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (line, child.lines)
                return child
            assert not line.startswith(("error", "eof")), (line, child.lines)
            child.lines.append((at, line))

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


@dataclass
class Sources:
    template: Path
    export: Path  # state B as a .shopdesk file; state A's backup beside it (.db)
    state_0: dict  # the template's (what a swap child starts from)
    state_a: dict
    state_b: dict


def prepare(folder: Path) -> Sources:
    """A migrated empty data folder (the template), and two whole-database states for the swaps."""
    from desktop.services import backups, shops, transfer
    from desktop.services.session import close_session, open_session

    template = folder / "template"
    close_session(open_session(template))
    work = folder / "sources-work"
    shutil.copytree(template, work)
    ctx = open_session(work)
    shops.create_shop(ctx, "状态甲", "40000001")
    backup = backups.backup_now(ctx).path
    state_a = dump(work / DB)
    shops.create_shop(ctx, "状态乙", "40000002")
    export = transfer.export_all(ctx, folder / "state-b.shopdesk").path
    state_b = dump(work / DB)
    close_session(ctx)
    shutil.copyfile(backup, export.with_suffix(".db"))
    return Sources(template, export, dump(template / DB), state_a, state_b)


def _fresh(sources: Sources, folder: Path, n: int) -> Path:
    data = folder / f"kill-{n}"
    shutil.copytree(sources.template, data)
    return data


def _scalar(conn: sqlite3.Connection, sql: str, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


def check_database(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db))
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Every shop that exists was logged exactly once (R-LOG-1), and every manual GMV entry too.
    assert _scalar(conn, "SELECT COUNT(*) FROM shop") == _scalar(
        conn, "SELECT COUNT(*) FROM history WHERE action = 'shop.create'")
    assert _scalar(conn, "SELECT COUNT(*) FROM gmv_record WHERE source = 'manual'") == _scalar(
        conn, "SELECT COUNT(*) FROM history WHERE action = 'gmv.save'")
    return conn


def check_import(db: Path, child: Child) -> None:
    """All or nothing per import, one history row per committed import, and exactly the commits reported."""
    conn = check_database(db)
    try:
        committed = 0
        for shop_id, name in conn.execute("SELECT id, name FROM shop WHERE name LIKE 'imp-%'").fetchall():
            rows = _scalar(conn, "SELECT COUNT(*) FROM gmv_record WHERE shop_id = ?", shop_id)
            logged = _scalar(conn, "SELECT COUNT(*) FROM history WHERE shop_id = ? AND action = 'gmv.import'", shop_id)
            assert rows in (0, ROWS), (name, rows)
            assert logged == (1 if rows else 0), (name, rows, logged)
            committed += bool(rows)
        done, shops = child.count("done"), child.count("shop")
        assert committed in (done, done + 1), (committed, child.lines)
        assert _scalar(conn, "SELECT COUNT(*) FROM shop WHERE name LIKE 'imp-%'") in (shops, shops + 1)
    finally:
        conn.close()


def check_ops(db: Path, child: Child) -> None:
    conn = check_database(db)
    try:
        shops, entries = child.count("shop"), child.count("gmv")
        assert _scalar(conn, "SELECT COUNT(*) FROM shop WHERE name LIKE 'op-%'") in (shops, shops + 1), child.lines
        assert _scalar(conn, "SELECT COUNT(*) FROM gmv_record WHERE source = 'manual'") in (entries, entries + 1)
    finally:
        conn.close()


def check_swap(data: Path, child: Child, sources: Sources) -> None:
    """The database's name holds the state before, A or B, whole; every kept file is a whole database too."""
    from desktop.services import backups
    from desktop.services.session import close_session, open_session

    state = dump(data / DB)
    assert state in (sources.state_0, sources.state_a, sources.state_b), child.lines
    for entry in backups.list_backups(data):
        if entry.kind == "backup" or entry.path.name.startswith(DB):
            conn = sqlite3.connect(entry.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"], entry
            finally:
                conn.close()
    close_session(open_session(data))  # and the app opens it


def run_kills(folder: Path, per_mode: dict[str, int], rng: random.Random) -> dict:
    """Kill children at random points; return what happened (per mode: kills, mid-operation kills, op seconds)."""
    sources = prepare(folder)
    server = ForkServer(folder)
    report: dict = {}
    n = 0
    try:
        for mode, kills in per_mode.items():
            extra = str(sources.export) if mode == "swap" else ""
            word, times = ("gmv", 10) if mode == "ops" else ("done", 2)
            n += 1
            data = _fresh(sources, folder, n)
            first = server.kill_when(mode, data, word, times, extra)
            _check(mode, data, first, sources)
            op = _op_seconds(first, word)
            mid = 0
            for _ in range(kills - 1):
                n += 1
                data = _fresh(sources, folder, n)
                child = server.kill_after(mode, data, rng.uniform(0, SPAN[mode] * op), extra)
                mid += child.last() in ("begin", "shop", "ready")  # killed before the next commit it started
                _check(mode, data, child, sources)
                shutil.rmtree(data)
            report[mode] = {"kills": kills, "mid_operation": mid, "op_seconds": round(op, 4)}
    finally:
        server.close()
    return report


def _op_seconds(child: Child, word: str) -> float:
    stamps = [at for at, line in child.lines if line.split()[0] == word]
    return max((stamps[-1] - stamps[0]) / max(len(stamps) - 1, 1), 0.001)


def _check(mode: str, data: Path, child: Child, sources: Sources) -> None:
    if mode == "swap":
        check_swap(data, child, sources)
        return
    assert (data / f"{DB}.open").exists()  # the crash is noticed at the next open
    (check_import if mode == "import" else check_ops)(data / DB, child)
