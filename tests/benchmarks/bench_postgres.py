"""The page, eligibility and import benchmarks on a PostgreSQL server (team mode).

Each line carries its SQLite figure, measured in the same run, as ``baseline``:
accounts_page_10k and products_page_100k.shown must stay <= 2x; gmv_import_1m's
baseline is a bare COPY of the same 1M rows into the same table (<= 3x).
The server: SHOPDESK_TEST_PG when set, else a throwaway cluster started with
.ci/pg-cluster; when none can be started the line says so (no failure).
"""
from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import bench_gmv
import bench_products

from desktop.store.server import vacuum_analyze

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".postgres"


@contextmanager
def server():
    """(PgServer, None) or (None, reason)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.pg_support import PgServer

    started = None
    dsn = os.environ.get("SHOPDESK_TEST_PG")
    try:
        if not dsn:
            started = tempfile.mkdtemp(prefix="shopdesk-bench-pg-")
            out = subprocess.run([str(ROOT / ".ci" / "pg-cluster"), "start", started], capture_output=True, text=True)
            if out.returncode != 0:
                yield None, "no PostgreSQL server could be started: " + (out.stderr.strip() or out.stdout.strip())[-300:]
                return
            dsn = out.stdout.strip().splitlines()[-1]
        try:
            pg = PgServer(dsn)
        except Exception as exc:  # noqa: BLE001 - say why in the JSON line
            yield None, f"PostgreSQL server not usable: {exc}"
            return
        try:
            yield pg, None
        finally:
            pg.close()
    finally:
        if started:
            subprocess.run([str(ROOT / ".ci" / "pg-cluster"), "stop", started], capture_output=True)


def _session(pg, name_hint: str):
    from desktop.domain.clock import FixedClock
    from desktop.services.session import open_server_session

    db = pg.migrated()
    ref = bench_gmv.REF
    ctx = open_server_session(pg.config(db), None, Path(tempfile.mkdtemp(prefix=f"bench-{name_hint}-")),
                              clock=FixedClock(datetime(ref.year, ref.month, ref.day, 12, 0)))
    return ctx


def _copy(ctx, table: str, columns: str, rows) -> None:
    with ctx.db.connection().cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)


def _accounts(ctx) -> dict:
    _copy(ctx, "account", "platform, account_code, nickname, created_at",
          (("douyin", f"dy_{a:06d}", f"达人{a}", "x") for a in range(bench_gmv.ACCOUNTS)))
    return {code: aid for aid, code in ctx.db.execute_sql("SELECT id, account_code FROM account").fetchall()}


def _filled(pg):
    from desktop.services import shops

    ctx = _session(pg, "gmv")
    shop_id = shops.create_shop(ctx, "基准小店", "90001", False).value
    with ctx.db.atomic():
        ids = _accounts(ctx)
        _copy(ctx, "gmv_record", "shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at",
              ((shop_id, ids[c], d, s, t, "import", "x") for c, _, d, s, t in bench_gmv._rows()))
    vacuum_analyze(ctx.db, ["account", "gmv_record"])  # what autovacuum does soon after a bulk load
    return ctx, shop_id


def _line(name: str, value, baseline, target: str, **extra) -> dict:
    line = {"name": name, "value": value, "unit": "ms", "baseline": baseline, "target": target, **extra}
    if isinstance(value, (int, float)) and baseline:
        line["ratio"] = round(value / baseline, 2)
    return line


def _skipped(name: str, reason: str) -> dict:
    return {"name": name, "value": None, "skipped": reason}


def gmv_import_1m_pg() -> dict:
    from desktop.services import gmv_import, shops

    name = "gmv_import_1m" + SUFFIX
    with server() as (pg, why):
        if pg is None:
            return _skipped(name, why)
        with tempfile.TemporaryDirectory(prefix="shopdesk-gmv-pg-") as tmp:
            csv_path = Path(tmp) / "gmv.csv"
            rows = bench_gmv._write_csv(csv_path)
            # Floor: a bare COPY of the same rows (csv read, amounts to fen, accounts from a dict).
            floor = _session(pg, "floor")
            fshop = shops.create_shop(floor, "基准小店", "90001", False).value
            with floor.db.atomic():
                ids = _accounts(floor)
            start = time.perf_counter()
            with floor.db.atomic():
                with open(csv_path, encoding="utf-8-sig", newline="") as fh:
                    reader = csv.reader(fh)
                    next(reader)
                    _copy(floor, "gmv_record", "shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at",
                          ((fshop, ids[r[0]], r[2], round(float(r[3]) * 100), round(float(r[4]) * 100), "import", "x")
                           for r in reader))
            floor_ms = (time.perf_counter() - start) * 1000
            floor.db.close()
            ctx = _session(pg, "ours")
            shop_id = shops.create_shop(ctx, "基准小店", "90001", False).value
            start = time.perf_counter()
            result = gmv_import.import_file(ctx, shop_id, csv_path).value
            ours_ms = (time.perf_counter() - start) * 1000
            assert result.inserted == rows, result
            ctx.db.close()
    return _line(name, round(ours_ms, 1), round(floor_ms, 1), "ratio <= 3 (vs bare COPY)", rows=rows)


def _vs_sqlite(name: str, sqlite: float, measure, note: str) -> dict:
    """``measure(ctx, shop_id)``'s figure on a filled server, against the SQLite one."""
    with server() as (pg, why):
        if pg is None:
            return _skipped(name, why)
        ctx, shop_id = _filled(pg)
        value = measure(ctx, shop_id)[0]
        ctx.db.close()
    return _line(name, value, sqlite, note)


def eligibility_10k_pg() -> dict:
    return _vs_sqlite("eligibility_10k" + SUFFIX, bench_gmv.eligibility_10k()["value"], bench_gmv.candidates_ms,
                      "sqlite figure as baseline; 200 ms target")


def accounts_page_10k_pg() -> dict:
    return _vs_sqlite("accounts_page_10k" + SUFFIX, bench_gmv.accounts_page_10k()["value"],
                      bench_gmv.accounts_page_ms, "ratio <= 2 (vs SQLite)")


def products_page_100k_pg() -> list[dict]:
    name = "products_page_100k.shown" + SUFFIX
    sqlite = {r["name"]: r["value"] for r in bench_products.products_page_100k()}
    with server() as (pg, why):
        if pg is None:
            return [_skipped(name, why)]
        ctx = _session(pg, "products")

        def fill(c, shop_id):
            leaf_id, path = c.db.execute_sql("SELECT id, path FROM category WHERE is_leaf = 1 LIMIT 1").fetchone()
            sha = hashlib.sha256(b"bench").hexdigest()
            products, skus = bench_products.generate(shop_id, leaf_id, path, sha)
            with c.db.atomic():
                c.db.execute_sql("INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at)"
                                 " VALUES (?, 'PNG', 800, 800, 1, 'x')", (sha,))
                _copy(c, "product", bench_products.PRODUCT_COLUMNS, products)
                _copy(c, "sku", bench_products.SKU_COLUMNS, skus)
                c.db.execute_sql("SELECT setval(pg_get_serial_sequence('product', 'id'), (SELECT MAX(id) FROM product))")
            vacuum_analyze(c.db, ["product", "sku"])  # what autovacuum does soon after a bulk load

        lines = bench_products.products_page_100k(ctx, fill, SUFFIX)
    out = []
    for line in lines:
        base = sqlite.get(line["name"][: -len(SUFFIX)])
        target = "ratio <= 2 (vs SQLite)" if line["name"] == name else line.get("target")
        out.append(_line(line["name"], line["value"], base, target, **({"unit": line["unit"]} if "unit" in line else {})))
    return out


BENCHMARKS = {
    "gmv_import_1m.postgres": gmv_import_1m_pg,
    "eligibility_10k.postgres": eligibility_10k_pg,
    "accounts_page_10k.postgres": accounts_page_10k_pg,
    "products_page_100k.postgres": products_page_100k_pg,
}
