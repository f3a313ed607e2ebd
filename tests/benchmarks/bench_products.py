"""商品 page at scale: 100,000 products / 500,000 SKUs.

Targets (issue 4): shown ≤ 300 ms; sort by price or title ≤ 500 ms; keyword
filter ≤ 300 ms; resident memory growth ≤ 150 MB. Each timing is the best
of 3 runs, measured until the view has painted (processEvents).
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from pathlib import Path

from timing import best_ms

N_PRODUCTS = 100_000
SKUS_PER_PRODUCT = 5
STATES = ("draft", "pending", "online", "warehouse", "offline", "rejected", "blocked")
WORDS = ("纯棉", "短袖", "T恤", "男士", "夏季", "宽松", "百搭", "新款", "休闲", "运动", "加厚", "保暖", "连衣裙", "衬衫", "牛仔裤")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def generate(shop_id: int, leaf_id: int, path: str, sha: str):
    """The benchmark's products and SKUs (also written to PostgreSQL by bench_postgres)."""
    rnd = random.Random(4)
    specs = json.dumps([{"name": "颜色", "values": ["红", "黑", "白", "蓝", "灰"]}], ensure_ascii=False)
    products, skus = [], []
    for pid in range(1, N_PRODUCTS + 1):
        title = "".join(rnd.sample(WORDS, 6)) + f"{pid:06d}"
        prices = [rnd.randint(100, 99_999_00) for _ in range(SKUS_PER_PRODUCT)]
        stocks = [rnd.randint(0, 500) for _ in range(SKUS_PER_PRODUCT)]
        at = f"2026-{rnd.randint(1, 11):02d}-{rnd.randint(1, 28):02d}T10:00:00+08:00"
        products.append((pid, shop_id, leaf_id, STATES[pid % len(STATES)], title, specs, path, sha,
                         min(prices), max(prices), sum(stocks), SKUS_PER_PRODUCT, at, at))
        for i, (price, stock) in enumerate(zip(prices, stocks)):
            skus.append((pid, i, json.dumps([["红", "黑", "白", "蓝", "灰"][i]], ensure_ascii=False), price, stock, f"SKU{pid}-{i}"))
    return products, skus


PRODUCT_COLUMNS = ("id, shop_id, category_id, state, title, specs_json, category_path, main_image,"
                   " min_price_fen, max_price_fen, total_stock, sku_count, created_at, updated_at")
SKU_COLUMNS = "product_id, position, combo_key, sale_fen, stock, code"


def _fill(ctx, shop_id: int) -> None:
    from desktop.services import catalog

    catalog.ensure_sample_tree(ctx)
    leaf_id, path = ctx.db.execute_sql("SELECT id, path FROM category WHERE is_leaf = 1 LIMIT 1").fetchone()
    sha = hashlib.sha256(b"bench").hexdigest()
    products, skus = generate(shop_id, leaf_id, path, sha)
    with ctx.db.atomic():
        ctx.db.execute_sql(
            "INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at) VALUES (?, 'PNG', 800, 800, 1, 'x')",
            (sha,))
        cur = ctx.db.cursor()
        cur.executemany(f"INSERT INTO product ({PRODUCT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", products)
        cur.executemany(f"INSERT INTO sku ({SKU_COLUMNS}) VALUES (?,?,?,?,?,?)", skus)
    ctx.db.execute_sql("ANALYZE")


def _best(fn, repeat=3) -> float:
    return best_ms(fn, repeat)


def products_page_100k(ctx=None, fill=None, suffix: str = ""):
    """On the SQLite file by default; bench_postgres passes a server session and its fill."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.domain.clock import FixedClock
    from desktop.services import shops
    from desktop.services.session import open_session
    from datetime import datetime

    app = QApplication.instance() or QApplication([])
    if ctx is None:
        data_dir = Path(tempfile.mkdtemp(prefix="bench-products-"))
        ctx = open_session(data_dir, clock=FixedClock(datetime(2026, 11, 27, 10).astimezone()))
    shop_id = shops.create_shop(ctx, "压测小店", "99999", False).value
    (fill or _fill)(ctx, shop_id)
    from desktop.ui.products.page import ProductsPage

    rss0 = _rss_mb()
    pages = []

    def show():
        page = ProductsPage(ctx)
        page.resize(1100, 700)
        page.set_shop(shop_id)
        page.show()
        app.processEvents()
        assert page.model.rowCount() == N_PRODUCTS
        pages.append(page)

    shown = _best(show)
    page = pages[-1]
    for p in pages[:-1]:
        p.close()
        p.deleteLater()
    app.processEvents()

    def sort(column):
        def run():
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                page.table.sortByColumn(column, order)
                app.processEvents()
        return run

    sort_price = round(_best(sort(3)) / 2, 1)  # per sort
    sort_title = round(_best(sort(1)) / 2, 1)
    assert page.model.rowCount() == N_PRODUCTS

    words = iter(["宽松", "运动", "保暖", "衬衫", "加厚", "新款"])

    def keyword():
        page.keyword.setText(next(words))
        page.reload()  # what the 250 ms typing pause triggers
        app.processEvents()
        assert 0 < page.model.rowCount() < N_PRODUCTS

    filt = _best(keyword)
    # Scroll through the table the way a user would: thumbnails/rows load lazily.
    for frac in (0.25, 0.5, 0.75, 1.0):
        page.table.scrollTo(page.proxy.index(int(page.proxy.rowCount() * frac) - 1, 0))
        app.processEvents()
    growth = round(_rss_mb() - rss0, 1)
    ctx.db.close()
    common = {"unit": "ms"}
    return [
        {"name": "products_page_100k.shown" + suffix, "value": shown, **common, "target": 300},
        {"name": "products_page_100k.sort_price" + suffix, "value": sort_price, **common, "target": 500},
        {"name": "products_page_100k.sort_title" + suffix, "value": sort_title, **common, "target": 500},
        {"name": "products_page_100k.keyword_filter" + suffix, "value": filt, **common, "target": 300},
        {"name": "products_page_100k.rss_growth" + suffix, "value": growth, "unit": "MB", "target": 150},
    ]


BENCHMARKS = {"products_page_100k": products_page_100k}
