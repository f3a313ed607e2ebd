"""Child process for the crash and lock tests: ``python -m tests.safety.worker MODE DATA_DIR [N]``.

MODE import: create a shop, import a 3,000-row GMV file into it, repeat.
MODE ops: create shops and save GMV entries, one transaction each, repeat.
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
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
