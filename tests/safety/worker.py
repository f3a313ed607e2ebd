"""Children for the crash tests, started from one fork server so a kill costs no interpreter start.

``python -m tests.safety.worker`` imports the services once, prints ``server``, then reads one
command a line, ``MODE<TAB>DATA_DIR<TAB>EXTRA``, forks a child for it, waits for the child (which
the test kills) and prints ``exit PID STATUS``. The child opens the data folder, prints
``ready PID`` and then one line after each write that committed:

- ``import``: create a shop (``shop K``), import a 3,000-row GMV file into it (``begin K`` before,
  ``done K`` after the commit), repeat;
- ``ops``: create a shop (``shop K``), save a GMV entry (``gmv K``), one transaction each, repeat;
- ``swap``: put the ``.shopdesk`` file EXTRA's data in place (``transfer.import_all``), then the
  backup beside it back (``recovery.restore_backup``, the start-up restore), repeat; ``begin``
  and ``done`` around each.

A line is printed only after its write committed, so the database holds each reported write and
at most the one after it.
"""
from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

ROWS = 3000


def gmv_file(folder: Path) -> Path:
    path = folder / "crash-gmv.csv"
    if not path.exists():
        body = "".join(f"dy_{i % 300},昵称{i % 300},2026-{1 + i // 300:02d}-{1 + i % 28:02d},{i},{i + 5}\n"
                       for i in range(ROWS))
        tmp = path.with_suffix(".tmp")
        tmp.write_text("达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）\n" + body, encoding="utf-8")
        tmp.replace(path)
    return path


def say(line: str) -> None:
    # One short write per line: atomic on a pipe, and nothing left in a buffer to duplicate at fork.
    os.write(1, (line + "\n").encode())


def run(mode: str, data: Path, extra: str) -> None:
    from desktop.services import gmv, gmv_import, shops
    from desktop.services.session import open_session

    if mode == "swap":
        return swap(data, Path(extra))
    ctx = open_session(data)
    say(f"ready {os.getpid()}")
    k = 0
    if mode == "import":
        src = gmv_file(data.parent)
        while True:
            k += 1
            shop_id = shops.create_shop(ctx, f"imp-{k}", str(10_000_000 + k)).value
            say(f"shop {k}")
            say(f"begin {k}")
            gmv_import.import_file(ctx, shop_id, src)
            say(f"done {k}")
    base = shops.create_shop(ctx, "ops-base", "20000000").value
    while True:
        k += 1
        shops.create_shop(ctx, f"op-{k}", str(30_000_000 + k))
        say(f"shop {k}")
        gmv.save_gmv(ctx, base, "douyin", f"dy_op{k}", "", date(2026, 11, 1), k, k + 1)
        say(f"gmv {k}")


def swap(data: Path, export: Path) -> None:
    """The two ways a whole database is replaced: 导入全部数据 and the start-up 打开备份…."""
    from desktop import paths
    from desktop.services import recovery, transfer

    db = data / paths.DB_FILENAME
    backup = export.with_suffix(".db")
    say(f"ready {os.getpid()}")
    k = 0
    while True:
        k += 1
        say(f"begin {k}")
        transfer.import_all(data, db, export, datetime.now().astimezone())
        say(f"done {k}")
        k += 1
        say(f"begin {k}")
        recovery.restore_backup(backup, db)
        say(f"done {k}")


def serve() -> int:
    # Everything a child needs is imported once, here, before any fork.
    import desktop.services.gmv  # noqa: F401
    import desktop.services.gmv_import  # noqa: F401
    import desktop.services.recovery  # noqa: F401
    import desktop.services.session  # noqa: F401
    import desktop.services.shops  # noqa: F401
    import desktop.services.transfer  # noqa: F401

    say("server")
    while True:
        line = sys.stdin.readline()
        if not line.strip():
            return 0
        mode, data_dir, extra = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(mode, Path(data_dir), extra)
            except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails on it
                say(f"error {type(exc).__name__}: {exc}")
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    sys.exit(serve())
