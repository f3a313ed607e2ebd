"""平台 UI: connection dialog, sync with progress, 同步记录 model, conflicts, accounts import, push dry run (issue 13)."""
from __future__ import annotations

from datetime import date

from desktop.services import platform_accounts, platform_products
from desktop.services import products as product_service
from desktop.services.platform_runs import list_runs
from desktop.ui.platform.accounts_dialog import AccountsDiffDialog
from desktop.ui.platform.conflicts_dialog import ConflictsDialog
from desktop.ui.platform.connection_dialog import PlatformConnectionDialog
from desktop.ui.platform.push_dialog import PushDryRunDialog
from desktop.ui.platform.runs_dialog import SyncRunsDialog, SyncRunsModel
from desktop.ui.shell.main_window import MainWindow
from tests.fake_doudian.data import SHOP_ID
from tests.fake_doudian.server import APP_KEY, SECRET
from tests.services.product_fixtures import valid_draft


def test_connection_dialog_saves_to_keychain_and_tests(qtbot, ctx, memory_keyring, gateway):
    from desktop.services import shops

    shop = shops.create_shop(ctx, "界面测试店", SHOP_ID, False).value
    dlg = PlatformConnectionDialog(ctx, shop)
    qtbot.addWidget(dlg)
    assert dlg.platform_shop.text() == SHOP_ID  # prefilled from the shop
    dlg.app_key.setText(APP_KEY)
    dlg.secret.setText(SECRET)
    dlg.test()
    qtbot.waitUntil(lambda: dlg.test_button.isEnabled(), timeout=15000)
    assert "连接成功" in dlg.status.text() and "测试小店" in dlg.status.text()
    assert dlg.secret.text() == ""  # the secret leaves the field once stored
    assert list(memory_keyring.store.values()).count(SECRET) == 1


def test_connection_dialog_wrong_secret_says_so(qtbot, ctx, connected, memory_keyring):
    dlg = PlatformConnectionDialog(ctx, connected)
    qtbot.addWidget(dlg)
    dlg.secret.setText("wrong")
    dlg.test()
    qtbot.waitUntil(lambda: dlg.test_button.isEnabled(), timeout=15000)
    assert "40003" in dlg.status.text() and "App Secret" in dlg.status.text()


def test_menu_pull_with_progress_then_runs_dialog(qtbot, ctx, connected, qtmodeltester):
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    menu = window.platform
    menu.update_actions()
    assert menu.actions["platformPullProductsAction"].isEnabled()
    assert not menu.actions["platformPushAction"].isEnabled()  # no product selected
    menu.pull_products()
    qtbot.waitUntil(lambda: menu.op is not None and not menu.op.is_running(), timeout=30000)
    assert list_runs(ctx)[0].kind == "products" and list_runs(ctx)[0].outcome == "ok"
    dlg = SyncRunsDialog(ctx, connected, window)
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() >= 1 and dlg.findChild(type(dlg.table), "syncRunsTable")
    qtmodeltester.check(dlg.model)
    qtmodeltester.check(SyncRunsModel([]))


def test_menu_actions_disabled_without_connection(qtbot, ctx, shop_id):
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    window.platform.update_actions()
    action = window.platform.actions["platformPullCategoriesAction"]
    assert not action.isEnabled() and "平台连接" in action.toolTip()


def test_conflicts_dialog_lets_the_user_choose(qtbot, ctx, connected, fake):
    platform_products.pull_products(ctx, connected)
    local = product_service.save_draft(ctx, connected, valid_draft(ctx)).value
    pid = sorted(fake.state.data.products)[1]
    platform_products.link_product(ctx, local, str(pid))
    ctx.db.execute_sql("UPDATE product SET updated_at = '2099-01-01T00:00:00' WHERE id = ?", (local,))
    platform_products.pull_products(ctx, connected)
    dlg = ConflictsDialog(ctx, connected)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1 and dlg.keep_local.isEnabled()
    dlg.keep_local.click()
    assert dlg.table.rowCount() == 0 and not dlg.keep_local.isEnabled()


def test_accounts_dialog_imports_with_a_date(qtbot, ctx, connected, monkeypatch):
    diffs = platform_accounts.pull_accounts(ctx, connected).value
    dlg = AccountsDiffDialog(ctx, connected, diffs)
    qtbot.addWidget(dlg)
    row = next(i for i, d in enumerate(dlg.diffs) if d.kind == "missing_local")
    dlg.table.selectRow(row)
    assert dlg.import_button.isEnabled()
    from desktop.ui.platform import accounts_dialog

    monkeypatch.setattr(accounts_dialog.BindingDateDialog, "exec", lambda self: 1)
    monkeypatch.setattr(accounts_dialog.BindingDateDialog, "value", lambda self: date(2026, 3, 1))
    missing = sum(1 for d in dlg.diffs if d.kind == "missing_local")
    dlg._import()
    assert dlg.error.text() == "", [(d.kind, d.account_name) for d in dlg.diffs]
    assert sum(1 for d in dlg.diffs if d.kind == "missing_local") == missing - 1


def test_push_dialog_says_dry_run(qtbot, ctx, connected):
    from desktop.services import platform_push

    local = product_service.save_draft(ctx, connected, valid_draft(ctx)).value
    plan = platform_push.prepare_push(ctx, local).value
    dlg = PushDryRunDialog(plan)
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QPlainTextEdit

    text = dlg.findChild(QPlainTextEdit, "platformPushRequest")
    assert "product/addV2" in text.toPlainText() and '"commit": true' in text.toPlainText()
    assert "预演" in dlg.windowTitle()
