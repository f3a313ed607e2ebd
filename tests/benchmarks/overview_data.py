"""A generated database for the 概览 benchmark (issue 9).

50 shops, 250 channel bindings (5 a shop), 10,000 influencers with
1,000,000 GMV rows over 120 days, 100,000 products. Written with plain
executemany in one transaction, as bench_gmv and bench_products do.
"""
from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta
from pathlib import Path

REF = date(2026, 11, 27)
SHOPS = 50
CHANNELS_PER_SHOP = 5
INFLUENCERS = 10_000
GMV_DAYS = 120
PRODUCTS = 100_000
# A shop's catalogue is mostly approved; a few products wait, were rejected or are drafts.
STATE_MIX = ("online",) * 60 + ("warehouse",) * 10 + ("offline",) * 10 + ("draft",) * 8 + ("pending",) * 6 \
    + ("rejected",) * 3 + ("blocked",) * 3


def _iso(d: date, hour: int = 10) -> str:
    return f"{d.isoformat()}T{hour:02d}:00:00+08:00"


def _accounts(conn) -> dict[str, int]:
    rows = [("douyin", f"inf_{a:05d}", f"达人{a}") for a in range(INFLUENCERS)]
    rows += [("douyin", f"ch_{c:03d}", f"渠道号{c}") for c in range(SHOPS * CHANNELS_PER_SHOP)]
    rows += [("douyin", f"off_{s:02d}", f"官方号{s}") for s in range(SHOPS)]
    conn.executemany("INSERT INTO account (platform, account_code, nickname, created_at) VALUES (?, ?, ?, 'x')", rows)
    return {code: aid for aid, code in conn.execute("SELECT id, account_code FROM account")}


def _bindings(conn, shop_ids: list[int], ids: dict[str, int]) -> None:
    rows = []
    for i, shop in enumerate(shop_ids):
        official = ("awaiting_scan", "awaiting_confirm", "bound", "bound", "bound")[i % 5]
        started = REF - timedelta(days=i % 9)
        rows.append((shop, ids[f"off_{i:02d}"], "official", official, None, _iso(started),
                     started.isoformat() if official == "bound" else None))
        for j in range(CHANNELS_PER_SHOP):
            c = i * CHANNELS_PER_SHOP + j
            pending = j == 4 and i % 3 == 0
            bound = REF - timedelta(days=(c * 37) % 400)
            rows.append((shop, ids[f"ch_{c:03d}"], "channel", "pending" if pending else "bound", "douyin",
                         _iso(bound), None if pending else bound.isoformat()))
        # Influencers a with a % SHOPS == i sell for this shop: 8 self-operated, 2 awaiting.
        for k in range(10):
            a = i + SHOPS * k
            state = "self_operated" if k < 8 else "awaiting_auth"
            started = REF - timedelta(days=(a % 15) + 1)
            rows.append((shop, ids[f"inf_{a:05d}"], "self", state, None, _iso(started),
                         started.isoformat() if state == "self_operated" else None))
    conn.executemany(
        "INSERT INTO binding (shop_id, account_id, category, state, channel, started_at, bound_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _gmv_rows(shop_ids: list[int], ids: dict[str, int]):
    rnd = random.Random(9)
    days = [(REF - timedelta(days=d)).isoformat() for d in range(GMV_DAYS)]
    for a in range(INFLUENCERS):
        shop = shop_ids[a % SHOPS]
        aid = ids[f"inf_{a:05d}"]
        lean = rnd.random()  # each influencer's usual share for the shop
        for d, day in enumerate(days):
            if (7 * a + d) % 6 == 0:
                continue  # 100 of 120 days active: 1,000,000 rows
            total = rnd.randrange(1, 500_000)
            share = min(1.0, max(0.0, lean + rnd.uniform(-0.2, 0.2)))
            yield shop, aid, day, int(total * share), total


def _products(conn, shop_ids: list[int]) -> list[tuple[int, int]]:
    """Insert the products; returns (rule errors, product ID) of the drafts, stored after m0008."""
    leaf_id, path = conn.execute("SELECT id, path FROM category WHERE is_leaf = 1 LIMIT 1").fetchone()
    sha = hashlib.sha256(b"bench-overview").hexdigest()
    conn.execute("INSERT OR IGNORE INTO image_blob (sha256, format, width, height, size_bytes, created_at) "
                 "VALUES (?, 'PNG', 800, 800, 1, 'x')", (sha,))
    rows = []
    for p in range(PRODUCTS):
        state = STATE_MIX[(p // SHOPS * 37) % len(STATE_MIX)]
        at = _iso(REF - timedelta(days=p % 40))
        errors = (p // 7) % 3 if state == "draft" else 0
        rows.append((shop_ids[p % SHOPS], leaf_id, state, f"商品{p:06d}", path, sha, 1000 + p % 5000,
                     1000 + p % 5000, 10, 1, at, at, errors))
    conn.executemany(
        "INSERT INTO product (shop_id, category_id, state, title, category_path, main_image, min_price_fen,"
        " max_price_fen, total_stock, sku_count, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [r[:-1] for r in rows])
    # A fresh table: IDs are 1..N in insertion order.
    return [(r[-1], i + 1) for i, r in enumerate(rows) if r[2] == "draft"]


def build(data_dir: Path):
    """Open a session on a fresh database in ``data_dir`` and fill it; returns the context.

    The data goes into a schema from before m0008 (the overview's summaries) and is then
    migrated, as an existing user's database would be: m0008 builds its summaries from
    the rows in one pass instead of a million trigger runs.
    """
    from desktop.domain.clock import FixedClock
    from desktop.services.session import open_session
    from desktop.store import migrations

    clock = FixedClock(datetime(REF.year, REF.month, REF.day, 12, 0).astimezone())
    steps = migrations.STEPS
    migrations.STEPS = tuple(step for step in steps if step.VERSION < 8)
    try:
        ctx = open_session(data_dir, clock=clock)
    finally:
        migrations.STEPS = steps
    conn = ctx.db.connection()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO shop (name, platform_shop_id, enterprise_certified, created_at) VALUES (?, ?, ?, 'x')",
        [(f"压测小店{s:02d}", f"9{s:05d}", s % 2) for s in range(SHOPS)])
    shop_ids = [r[0] for r in conn.execute("SELECT id FROM shop ORDER BY id")]
    ids = _accounts(conn)
    _bindings(conn, shop_ids, ids)
    conn.executemany(
        "INSERT INTO gmv_record (shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'import', 'x')", _gmv_rows(shop_ids, ids))
    draft_errors = _products(conn, shop_ids)
    conn.execute("COMMIT")
    ctx.db.close()
    ctx = open_session(data_dir, clock=clock)  # m0008 and later, after a verified backup
    with ctx.db.atomic():
        # What saving each draft would have counted (services.products writes it since m0008).
        ctx.db.connection().executemany("UPDATE product SET rule_errors = ? WHERE id = ?", draft_errors)
    ctx.db.execute_sql("ANALYZE")
    return ctx
