"""Offscreen screenshots of the 平台 dialogs against the local fake platform (issue 13).

Run: QT_QPA_PLATFORM=offscreen python tests/screenshots/platform_dialogs.py [light|dark|en]
(no argument: the three variants, one process each; dark and English get a _dark/_en suffix).
"""
from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import shots

shots.prepare()
ROOT, OUT = shots.ROOT, shots.OUT

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.clock import FixedClock  # noqa: E402
from desktop.services.session import open_session  # noqa: E402
from tests.fake_doudian import FakeDoudian, FakeState, make_data  # noqa: E402
from tests.fake_doudian.data import SHOP_ID  # noqa: E402
from tests.fake_doudian.server import APP_KEY, SECRET  # noqa: E402
from tests.platform.conftest import MemoryKeyring  # noqa: E402


SUFFIX = ""
KEEP = []  # shown top-level dialogs stay referenced: collecting one mid-run crashes Qt


def grab(widget, name: str) -> None:
    KEEP.append(widget)
    widget.show()
    for _ in range(10):
        QApplication.processEvents()
    path = OUT / name.replace(".png", f"{SUFFIX}.png")
    widget.grab().save(str(path))
    print("wrote", path)


def main(variant: str = "light") -> None:
    global SUFFIX
    SUFFIX = "" if variant == "light" else f"_{variant}"
    app = shots.themed_app(variant)
    keyring.set_keyring(MemoryKeyring())
    fake = FakeDoudian(FakeState(data=make_data(120))).start()
    os.environ["SHOPDESK_DOUDIAN_GATEWAY"] = fake.url
    ctx = open_session(Path(tempfile.mkdtemp()), clock=FixedClock(datetime(2026, 11, 27, 10).astimezone()))
    from desktop.services import (catalog, platform_accounts, platform_connection, platform_products,
                                  platform_push, shops)
    from desktop.services import products as product_service
    from tests.services.product_fixtures import valid_draft

    shop = shops.create_shop(ctx, "晨光服饰旗舰店", SHOP_ID, True).value
    platform_connection.save_connection(ctx, shop, APP_KEY, SECRET, SHOP_ID)
    platform_connection.check_connection(ctx, shop)
    catalog.ensure_sample_tree(ctx)
    platform_products.pull_products(ctx, shop)
    fake.state.inject("rate_limit", "product.listV2", count=10)
    try:
        platform_products.pull_products(ctx, shop, client=platform_connection.client_for(ctx, shop, sleep=lambda s: None))
    except Exception:  # noqa: BLE001 - a failed run for the 同步记录 screenshot
        pass
    fake.state.faults.clear()
    local = product_service.save_draft(ctx, shop, valid_draft(ctx)).value
    pid = sorted(fake.state.data.products)[1]
    platform_products.link_product(ctx, local, str(pid))
    ctx.db.execute_sql("UPDATE product SET updated_at = '2099-01-01T00:00:00' WHERE id = ?", (local,))
    platform_products.pull_products(ctx, shop)
    diffs = platform_accounts.pull_accounts(ctx, shop).value

    from desktop.ui.platform.accounts_dialog import AccountsDiffDialog
    from desktop.ui.platform.conflicts_dialog import ConflictsDialog
    from desktop.ui.platform.connection_dialog import PlatformConnectionDialog
    from desktop.ui.platform.push_dialog import PushDryRunDialog
    from desktop.ui.platform.runs_dialog import SyncRunsDialog

    grab(PlatformConnectionDialog(ctx, shop), "platform_connection.png")
    grab(SyncRunsDialog(ctx, shop), "platform_sync_runs.png")
    grab(ConflictsDialog(ctx, shop), "platform_conflicts.png")
    grab(AccountsDiffDialog(ctx, shop, diffs), "platform_accounts.png")
    grab(PushDryRunDialog(platform_push.prepare_push(ctx, local).value), "platform_push_dry_run.png")
    editor_with_platform_properties(fake)
    fake.stop()
    del app


def editor_with_platform_properties(fake) -> None:
    """A second data folder with the platform's tree: a created record open in the editor, its
    类目属性 fetched from the fake platform (productAttributeSource says so)."""
    from desktop.services import platform_catalog, platform_connection, platform_products, shops
    from desktop.ui.products.editor import ProductEditor

    ctx = open_session(Path(tempfile.mkdtemp()), clock=FixedClock(datetime(2026, 11, 27, 10).astimezone()))
    shop = shops.create_shop(ctx, "晨光服饰旗舰店", SHOP_ID, True).value
    platform_connection.save_connection(ctx, shop, APP_KEY, SECRET, SHOP_ID)
    platform_catalog.pull_categories(ctx, shop)
    platform_products.pull_products(ctx, shop)
    local = ctx.db.execute_sql("SELECT product_id FROM platform_product_link ORDER BY product_id LIMIT 1").fetchone()[0]
    editor = ProductEditor(ctx, shop, local)
    editor.tabs.setCurrentIndex(1)
    editor.show()
    for _ in range(200):  # the fetch runs on a worker thread
        QApplication.processEvents()
        if editor.leaf_properties.op is None or not editor.leaf_properties.op.is_running():
            break
        editor.leaf_properties.op.wait(50)
    for _ in range(10):
        QApplication.processEvents()
    grab(editor, "product_editor_platform_properties.png")
    editor.dirty = False
    editor.close()


if __name__ == "__main__":
    shots.run_variants(main, __file__)
