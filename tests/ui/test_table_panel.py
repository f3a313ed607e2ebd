"""The one table panel (desktop/ui/common/table_panel.py) under every list: actions from domain
decisions with real shortcuts, the status bar reason following the selection, keyboard and
screen-reader basics, the empty state, and 提交审核 on the 商品 page asking R-P-SUBMIT like the editor."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from desktop.domain.products import ProductDraft
from desktop.services import channels, demo
from desktop.services import products as psvc
from desktop.ui.common.table_panel import TablePanel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES


@pytest.fixture
def window(qtbot, ctx, shop_id):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1180, 760)
    w.show()
    return w


def panels(window) -> list[TablePanel]:
    for spec in PAGES:
        window.show_page(spec.key)
    found = window.findChildren(TablePanel)
    assert {p.objectName() for p in found} >= {"officialPanel", "channelPanel", "selfOperatedPanel", "productsPage",
                                              "influencersPage", "historyPage"}
    return found


def select_row(panel, proxy_row: int) -> None:
    selection = panel.table.selectionModel()
    selection.setCurrentIndex(panel.proxy.index(proxy_row, 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_every_panel_has_the_same_keyboard_and_accessibility_basics(window):
    for panel in panels(window):
        name = panel.objectName()
        assert not panel.table.tabKeyNavigation(), name  # Tab leaves the table (issue 14)
        assert not panel.table.verticalHeader().isVisible(), name
        assert panel.table.accessibleName() and panel.filter.accessibleName(), name
        assert "Ctrl+F" in panel.filter.placeholderText(), name


def test_shortcuts_are_real_unique_and_tooltips_show_no_ampersand(window):
    frame = {a.shortcut().toString() for a in window.findChildren(type(window.switcher.create_action))
             if a.parent() is window and not a.shortcut().isEmpty()}
    assert "Ctrl+Shift+N" in frame and "Ctrl+N" not in frame  # 新建店铺 moved off the pages' Ctrl+N
    for panel in panels(window):
        keys = [panel.action(s.name).shortcut().toString() for s in panel.ACTIONS if s.shortcut is not None]
        assert len(keys) == len(set(keys)), (panel.objectName(), keys)
        assert not (set(keys) & frame), panel.objectName()
        for spec in panel.ACTIONS:
            action = panel.action(spec.name)
            assert "&" not in action.toolTip() and "&" not in action.iconText(), action.toolTip()
            if not action.shortcut().isEmpty():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                assert key in action.toolTip()  # the label names the key that works


def test_status_bar_reason_follows_the_selection_and_clears(window, ctx, shop_id):
    """R-CH-4: the reason is shown while the unbindable row is selected, and only then."""
    channels.record_existing_channel(ctx, shop_id, "douyin", "young1", "新绑的", ctx.today() - timedelta(days=10))
    channels.record_existing_channel(ctx, shop_id, "douyin", "old1", "老号", ctx.today() - timedelta(days=200))
    page = window.show_page("accounts")
    page.tabs.setCurrentWidget(page.channels)
    page.reload()
    panel = page.channels
    rows = {panel.row_for(panel.proxy.index(r, 0)).account_code: r for r in range(panel.proxy.rowCount())}
    select_row(panel, rows["young1"])
    assert "R-CH-4" in window.status_reason() and "还需" in window.status_reason()
    select_row(panel, rows["old1"])  # unbind allowed: the old reason no longer applies
    assert window.status_reason() == ""
    select_row(panel, rows["young1"])
    assert "R-CH-4" in window.status_reason()
    window.show_page("products")  # another page: no account reason there
    assert window.status_reason() == ""
    window.show_page("accounts")
    assert "R-CH-4" in window.status_reason()
    page.tabs.setCurrentWidget(page.official)
    assert "R-CH-4" not in window.status_reason()


def test_r_p_submit_products_page_disables_submit_for_an_invalid_draft(window, ctx, shop_id):
    pid = psvc.save_draft(ctx, shop_id, ProductDraft(title="太短")).value
    page = window.show_page("products")
    page.reload()
    page.select_ids([pid])
    submit = page.action("productSubmitAction")
    assert not submit.isEnabled()
    tip = submit.toolTip()
    assert "R-P-SUBMIT" in tip and "R-P-TITLE" in tip and "R-P-IMG-1" in tip
    assert "&" not in tip and "Ctrl+Shift+S" in tip
    assert "R-P-SUBMIT" in window.status_reason()


def test_enter_runs_the_default_action_and_empty_tables_say_what_to_do(window, ctx, shop_id, qtbot, monkeypatch):
    page = window.show_page("influencers")
    assert page.proxy.rowCount() == 0 and page.empty_label.isVisible()
    assert "Ctrl+I" in page.empty_label.text()  # the first step, with the key that does it
    channels_page = window.show_page("accounts").channels
    assert "Ctrl+B" in channels_page.empty_label.text()
    pid = psvc.save_draft(ctx, shop_id, ProductDraft(title="样品")).value
    products = window.show_page("products")
    products.reload()
    assert not products.empty_label.isVisible()
    opened = []
    monkeypatch.setattr(products, "open_editor", opened.append)
    products.select_ids([pid])
    products.table.setFocus()
    qtbot.keyClick(products.table, Qt.Key.Key_Return)
    assert opened == [pid]


def test_history_page_is_a_table_panel_over_the_demo(window, ctx, qtbot):
    demo.fill_if_empty(ctx)
    page = window.show_page("history")
    page.reload()
    assert page.proxy.rowCount() > 0 and not page.empty_label.isVisible()
    page.filter.setText("不存在的内容xyz")
    assert page.proxy.rowCount() == 0 and "筛选" in page.empty_label.text()
