"""Child process for the crash and lock tests: ``python -m tests.safety.worker MODE DATA_DIR [N]``.

MODE import: create a shop, import a 3,000-row GMV file into it, repeat.
MODE ops: create shops and save GMV entries, one transaction each, repeat.
MODE locked: N read-then-write operations; prints how many hit "database is locked".
"""
from __future__ import annotations

import sys
from datetime import date
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


def main(mode: str, data_dir: str, n: str = "0") -> int:
    from desktop.services import gmv, gmv_import, shops
    from desktop.services.session import open_session

    data = Path(data_dir)
    ctx = open_session(data)
    print("ready", flush=True)
    k = 0
    if mode == "import":
        src = gmv_file(data.parent)
        while True:
            k += 1
            shop_id = shops.create_shop(ctx, f"imp-{k}", str(10_000_000 + k + 1000 * (hash(data) % 1000))).value
            gmv_import.import_file(ctx, shop_id, src)
    if mode == "ops":
        base = shops.create_shop(ctx, "ops-base", str(20_000_000 + len(shops.list_shops(ctx)))).value
        while True:
            k += 1
            shops.create_shop(ctx, f"op-{k}", str(30_000_000 + 100 * len(shops.list_shops(ctx)) + k % 100))
            gmv.save_gmv(ctx, base, "douyin", f"dy_op{k}", "", date(2026, 11, 1), k, k + 1)
    if mode == "locked":
        import peewee

        locked = 0
        me = Path(sys.argv[0]).name + str(id(ctx))
        shop_id = shops.create_shop(ctx, "lock", str(40_000_000 + (abs(hash(me)) % 1_000_000))).value
        import time

        from desktop.store.database import BUSY_TIMEOUT_MS

        waited_out = 0
        for i in range(int(n)):
            started = time.monotonic()
            try:
                with ctx.bound():
                    platform_id = shops.load_shop(shop_id).platform_shop_id
                shops.update_shop(ctx, shop_id, f"lock-{i}", platform_id, False)
                gmv.save_gmv(ctx, shop_id, "douyin", f"dy_{i % 50}", "", date(2026, 11, 1 + i % 20), i, i + 1)
            except peewee.OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                # After the whole busy timeout: the other process held the lock that long (a very
                # loaded machine). Sooner: the bug this guards against (a read upgraded to a write).
                if time.monotonic() - started >= BUSY_TIMEOUT_MS / 1000 * 0.9:
                    waited_out += 1
                else:
                    locked += 1
        print(f"locked={locked} waited_out={waited_out}", flush=True)
        ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
