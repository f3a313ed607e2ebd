"""The main window shell: first start, shop switching, pages, about (foundation issue)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import history, shops
from desktop.ui.shell.shop_dialog import ShopDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES


def make_window(qtbot, ctx, **kw):
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db", **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill_active_dialog(name: str, platform_id: str, certified: bool = False):
    """Runs inside the dialog's exec() loop."""

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShopDialog)
        dialog.name.setText(name)
        dialog.platform_id.setText(platform_id)
        dialog.certified.setChecked(certified)
        dialog.save()

    QTimer.singleShot(0, fill)


def test_first_start_invites_to_create_a_shop(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert window.stack.currentWidget() is window.first_run
    assert window.first_run.create_button.isVisible()
    assert window.first_run.demo_button.isVisible()
    assert not window.switcher.edit_action.isEnabled()

    fill_active_dialog("山野茶舍", "80023456", True)
    window.first_run.create_button.click()

    assert shops.list_shops(ctx)[0].name == "山野茶舍"
    assert window.switcher.current_id() == shops.list_shops(ctx)[0].id
    assert window.stack.currentWidget() is window.page("overview")  # 概览 is the first page
    assert "山野茶舍" in window.shop_label.text()


def test_every_page_opens_with_its_object_name(qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    for spec in PAGES:
        page = window.show_page(spec.key)
        assert window.stack.currentWidget() is page
        assert page.objectName() == spec.object_name


def test_rename_and_archive_from_the_switcher(qtbot, ctx, shop_id, monkeypatch):
    window = make_window(qtbot, ctx)
    history_page = window.show_page("history")
    fill_active_dialog("测试小店·改名", "10001")
    window.switcher.edit_action.trigger()
    assert window.switcher.combo.currentText() == "测试小店·改名"
    # The history page heard about the change and shows the new row.
    assert history_page.model.rowCount() == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.switcher.archive_action.trigger()
    assert window.switcher.current_id() is None
    assert window.switcher.restore_action.isEnabled()
    assert [r.action for r in history.list_history(ctx)][0] == "shop.archive"


def test_archive_can_be_declined(qtbot, ctx, shop_id, monkeypatch):
    window = make_window(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.switcher.archive_action.trigger()
    assert window.switcher.current_id() == shop_id


def test_shop_dialog_validates_as_user_types(qtbot, ctx):
    dialog = ShopDialog(ctx)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name.setText("好店")  # QTest.keyClicks only types ASCII reliably
    qtbot.keyClicks(dialog.platform_id, "12ab")  # the validator keeps letters out
    assert dialog.platform_id.text() == "12"
    assert ok.isEnabled()
    dialog.platform_id.setText("")
    assert not ok.isEnabled()
    assert "平台店铺 ID" in dialog.error.text()


def test_duplicate_shop_id_shown_in_dialog_not_raised(qtbot, ctx, shop_id):
    dialog = ShopDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("另一家")
    dialog.platform_id.setText("10001")
    dialog.save()
    assert dialog.result() == 0
    assert "已有店铺" in dialog.error.text()


def test_history_model(qtmodeltester, qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    page = window.show_page("history")
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.text.setText("不存在的字")
    assert page.proxy.rowCount() == 0


def test_demo_window_has_no_demo_button(qtbot, ctx):
    window = make_window(qtbot, ctx, demo=True)
    assert "示例" in window.windowTitle()
    assert not window.first_run.demo_button.isVisible()
