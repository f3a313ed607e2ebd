"""Accessibility (issue 14): what a screen reader (AT-SPI / UI Automation read Qt's QAccessible tree)
and a keyboard-only user meet on every page, in the product editor and in the GMV import dialog:
every interactive object has a name, Tab leaves every table, no hidden row header is read out, no
scroll area takes a Tab stop."""
from __future__ import annotations

from desktop.services import demo, gmv_import, products_query
from desktop.ui.influencers.gmv_import_dialog import GmvImportDialog
from desktop.ui.products.editor import ProductEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES
from tests.ui.a11y_walk import problems


def demo_window(qtbot, ctx):
    demo.fill_if_empty(ctx)
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk-demo.db", demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_page_has_named_controls_and_tables_tab_leaves(qtbot, ctx):
    window = demo_window(qtbot, ctx)
    found = []
    for spec in PAGES:
        window.show_page(spec.key)
        found += [f"{spec.key}: {p}" for p in problems(window)]
    window.collapse_action.setChecked(True)  # icon-only sidebar keeps its names
    found += [f"collapsed: {p}" for p in problems(window)]
    assert not found, "\n".join(found)


def test_product_editor_every_tab_is_named(qtbot, ctx):
    demo.fill_if_empty(ctx)
    shop_id = window_shop(ctx)
    rows = products_query.list_products(ctx, shop_id) if hasattr(products_query, "list_products") else []
    pid = rows[0].id if rows else None
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "dirty", False))
    editor.show()
    qtbot.waitExposed(editor)
    found = problems(editor)
    assert not found, "\n".join(found)


def test_gmv_import_dialog_both_steps_are_named(qtbot, ctx, shop_id, tmp_path):
    path = tmp_path / "gmv.csv"
    path.write_text("账号,昵称,日期,本店GMV,总GMV\ndy_lin,小林,2026-11-20,1,2\n", encoding="utf-8")
    dlg = GmvImportDialog(ctx, shop_id, gmv_import.open_source(path))
    qtbot.addWidget(dlg)
    dlg.show()
    found = problems(dlg)
    assert not found, "\n".join(found)
    if dlg.next.isEnabled():
        dlg.next.click()
    found = problems(dlg)
    assert not found, "\n".join(found)


def window_shop(ctx):
    from desktop.services import shops

    return shops.list_shops(ctx)[0].id


def test_selecting_a_row_with_a_disabled_action_announces_the_reason_r_off_4(qtbot, ctx, monkeypatch):
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    heard = []
    real = QAccessible.updateAccessibility

    def spy(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    window = demo_window(qtbot, ctx)
    page = window.show_page("accounts")
    page.tabs.setCurrentIndex(0)
    panel = page.official
    panel.table.setFocus()
    panel.table.selectRow(0)
    reason = window.status_reason()
    assert reason and "R-OFF" in reason
    assert heard and heard[-1] == reason
    assert window.reason_label.accessibleDescription() == reason


def test_editor_tab_reaches_the_category_attributes_before_the_dialog_buttons(qtbot, ctx):
    demo.fill_if_empty(ctx)
    shop_id = window_shop(ctx)
    pid = products_query.list_products(ctx, shop_id)[0].id
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "dirty", False))
    basic = editor.findChild(object, "productBasicTab")
    assert basic.attr_inputs, "the demo product's category has attributes"
    chain, widget = [], basic.stock_mode
    for _ in range(200):
        widget = widget.nextInFocusChain()
        chain.append(widget.objectName())
        if widget is basic.stock_mode:
            break
    first_attr = next(i for i, name in enumerate(chain) if name.startswith("attr_"))
    buttons = [i for i, name in enumerate(chain) if name in ("productSaveDraftButton", "productSubmitButton")]
    assert buttons and first_attr < min(buttons), chain


# The 平台 dialogs (issue 13) against the fake platform: fixtures from tests/platform/conftest.py.
from tests.platform.conftest import connected, fake, gateway, memory_keyring  # noqa: E402,F401


def test_platform_dialogs_are_named(qtbot, ctx, connected, fake):  # noqa: F811
    from desktop.services import platform_accounts, platform_products, platform_push
    from desktop.services import products as product_service
    from desktop.ui.platform.accounts_dialog import AccountsDiffDialog, BindingDateDialog
    from desktop.ui.platform.conflicts_dialog import ConflictsDialog
    from desktop.ui.platform.connection_dialog import PlatformConnectionDialog
    from desktop.ui.platform.push_dialog import PushDryRunDialog
    from desktop.ui.platform.runs_dialog import SyncRunsDialog
    from tests.services.product_fixtures import valid_draft

    platform_products.pull_products(ctx, connected)
    local = product_service.save_draft(ctx, connected, valid_draft(ctx)).value
    platform_products.link_product(ctx, local, str(sorted(fake.state.data.products)[1]))
    ctx.db.execute_sql("UPDATE product SET updated_at = '2099-01-01T00:00:00' WHERE id = ?", (local,))
    platform_products.pull_products(ctx, connected)  # edited here and changed there: one conflict
    diffs = platform_accounts.pull_accounts(ctx, connected).value
    dialogs = [PlatformConnectionDialog(ctx, connected), ConflictsDialog(ctx, connected),
               AccountsDiffDialog(ctx, connected, diffs), SyncRunsDialog(ctx, connected),
               BindingDateDialog("渠道号甲", ctx.today()), PushDryRunDialog(platform_push.prepare_push(ctx, local).value)]
    found = []
    for dlg in dialogs:
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        found += [f"{dlg.objectName()}: {p}" for p in problems(dlg)]
    assert dialogs[1].table.rowCount() == 1 and dialogs[3].model.rowCount() >= 3  # walked with rows in them
    assert not found, "\n".join(found)
