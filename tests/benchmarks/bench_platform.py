"""抖店开放平台 benchmark (issue 13).

platform_sync_10k: services.platform_products.pull_products pulling 10,000
products (100 per listV2 page, plus product.detail for each) from the fake
platform on localhost, into a fresh database that already has the platform's
category tree — so every product also becomes a local product (platform_records) —
against a floor of the same HTTP
requests (same URLs, signed query, canonical bodies, one keep-alive httpx
client, list pages parsed for the ids) made bare in the same run. The fake
runs in its own process so it does not share the measuring process's GIL.
Target ratio <= 1.5. platform_sync_10k_memory: the growth of the process's
resident memory over the pull (MB). Figures are noisy on a shared machine.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTS = 10_000


def _start_fake(products: int):
    from tests.fake_doudian.server import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tests.fake_doudian", "--port", str(port), "--products",
                             str(products)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("fake platform did not start")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _floor(url: str) -> float:
    """The same requests, bare: httpx + signing, no envelope handling, no database."""
    import httpx

    from desktop.platform import signing
    from tests.fake_doudian.data import SHOP_ID
    from tests.fake_doudian.server import APP_KEY, SECRET

    def post(client, method, params, token=None):
        body = signing.canonical_param_json(params)
        ts = str(int(time.time()))
        query = {"app_key": APP_KEY, "method": method, "v": "2", "timestamp": ts}
        if token:
            query["access_token"] = token
        query["sign"] = signing.sign(APP_KEY, SECRET, method, body, ts)
        query["sign_method"] = "hmac-sha256"
        return client.post(url + signing.method_path(method), params=query, content=body.encode())

    t0 = time.perf_counter()
    # Same transport options as the app's client (TCP_NODELAY), nothing else.
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    with httpx.Client(timeout=30, transport=transport) as client:
        token = post(client, "token.create", {"code": "", "grant_type": "authorization_self",
                                              "shop_id": SHOP_ID}).json()["data"]["access_token"]
        for page in range(1, PRODUCTS // 100 + 1):
            items = post(client, "product.listV2", {"page": page, "size": 100}, token).json()["data"]["data"]
            for item in items:
                post(client, "product.detail", {"product_id": str(item["product_id"])}, token).content
    return time.perf_counter() - t0


def _app(url: str) -> tuple[float, float, int]:
    import keyring

    from desktop.domain.clock import FixedClock
    from desktop.services import platform_catalog, platform_connection, platform_products, shops
    from desktop.services.session import open_session
    from tests.fake_doudian.data import SHOP_ID
    from tests.fake_doudian.server import APP_KEY, SECRET
    from tests.platform.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    os.environ["SHOPDESK_DOUDIAN_GATEWAY"] = url
    ctx = open_session(Path(tempfile.mkdtemp()), clock=FixedClock(datetime(2026, 11, 27, 10).astimezone()))
    shop = shops.create_shop(ctx, "基准店", SHOP_ID, False).value
    platform_connection.save_connection(ctx, shop, APP_KEY, SECRET, SHOP_ID)
    platform_catalog.pull_categories(ctx, shop)  # not timed: so every product becomes a local one too
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    run = platform_products.pull_products(ctx, shop).value
    elapsed = time.perf_counter() - t0
    growth = _rss_mb() - rss0
    count = ctx.db.execute_sql("SELECT COUNT(*) FROM platform_product").fetchone()[0]
    ctx.db.close()
    assert run.created == PRODUCTS == count == run.local_created, (run.created, count, run.local_created)
    return elapsed, growth, run.requests


def platform_sync_10k():
    sys.path.insert(0, str(ROOT))
    proc, url = _start_fake(PRODUCTS)
    try:
        _floor(url)  # warm the fake (its first pass builds its caches) and the imports
        floors = [_floor(url)]
        app_s, growth, requests = _app(url)
        floors.append(_floor(url))
    finally:
        proc.terminate()
        proc.wait(10)
    baseline = min(floors)
    return [
        {"name": "platform_sync_10k", "value": round(app_s, 3), "unit": "s", "baseline": round(baseline, 3),
         "target_ratio": 1.5, "requests": requests, "floors": [round(f, 3) for f in floors]},
        {"name": "platform_sync_10k_memory", "value": round(growth, 1), "unit": "MB",
         "note": "resident memory growth of the process over the 10,000-product pull"},
    ]


BENCHMARKS = {"platform_sync_10k": platform_sync_10k}
