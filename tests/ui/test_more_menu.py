"""The toolbar's 更多 (More) menu (issue 10): secondary actions leave the toolbar for one menu button,
keep their shortcut, their Decision-driven enabled state and their reason; the daily actions stay
visible at the minimum window width."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.services import demo
from desktop.ui.common.table_panel import TablePanel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES


def make_window(qtbot, ctx):
    demo.fill_if_empty(ctx)
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def panels(window):
    for spec in PAGES:
        page = window.page(spec.key)
        for panel in [page] + page.findChildren(TablePanel):
            if isinstance(panel, TablePanel):
                yield spec.key, panel


def test_more_menu_lists_exactly_the_secondary_actions(qtbot, ctx):
    window = make_window(qtbot, ctx)
    with_more = 0
    for _key, panel in panels(window):
        secondary = [s.name for s in panel.ACTIONS if s.secondary and s.toolbar]
        button = panel.findChild(QToolButton, panel.more_name())
        if not secondary:
            assert button is None and panel.more_menu is None
            continue
        with_more += 1
        assert button is panel.more_button and button.defaultAction().menu() is panel.more_menu
        listed = [a.objectName() for a in panel.more_menu.actions() if not a.isSeparator()]
        assert listed == secondary
        on_toolbar = {a.objectName() for a in panel.toolbar.actions()}
        assert not on_toolbar & set(secondary)  # not twice
        actions = panel.toolbar.actions()
        more_at = next(i for i, a in enumerate(actions) if a.menu() is panel.more_menu)
        assert all(actions.index(panel.action(s.name)) < more_at  # after every daily action
                   for s in panel.ACTIONS if s.toolbar and not s.secondary)
        assert panel.more_menu.toolTipsVisible()
        assert button.accessibleName() and "&" not in button.text()
    assert with_more >= 5  # official, channel, self-operated, products, influencers


def test_more_menu_entries_follow_the_selection_and_say_why(qtbot, ctx):
    """R-P-STATE: 删除 (in 更多) is off for an online product, with the reason as its tooltip;
    发布相似品 (in 更多) is off with no selection and on once a product is selected."""
    window = make_window(qtbot, ctx)
    window.show_page("products")
    page = window.page("products")
    delete, duplicate = page.action("productDeleteAction"), page.action("productDuplicateAction")
    assert {delete, duplicate} <= set(page.more_menu.actions())
    page.table.clearSelection()
    assert not duplicate.isEnabled() and duplicate.statusTip() in duplicate.toolTip()
    page.select_where(lambda row: row.state == "online")
    assert page.selected_row().state == "online"
    assert duplicate.isEnabled() and not delete.isEnabled()
    assert "R-P-STATE" in delete.toolTip() and delete.statusTip() in delete.toolTip()


def test_secondary_shortcuts_still_fire(qtbot, ctx, monkeypatch):
    window = make_window(qtbot, ctx)
    window.show_page("products")
    page = window.page("products")
    ran = []
    monkeypatch.setattr(page, "duplicate", lambda: ran.append("duplicate"))
    page.select_where(lambda row: row.state == "online")
    assert page.action("productDuplicateAction").isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ran == ["duplicate"]


def test_more_button_is_keyboard_reachable_and_opens_its_menu(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.show_page("products")
    page = window.page("products")
    button = page.more_button
    assert button.focusPolicy() & button.focusPolicy().TabFocus
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    opened = []
    page.more_menu.aboutToShow.connect(lambda: opened.append(True))
    QTimer.singleShot(50, page.more_menu.close)  # showMenu() waits until the menu closes
    button.setFocus()
    button.showMenu()
    assert opened


def test_daily_actions_stay_visible_at_the_minimum_width(qtbot, ctx):
    window = make_window(qtbot, ctx)
    for key, panel in panels(window):
        window.show_page(key)
        window.resize(window.minimumWidth(), 700)
        QApplication.processEvents()
        if not panel.isVisible():
            continue
        assert window.width() <= 900
        for spec in panel.ACTIONS:
            if spec.toolbar and not spec.secondary:
                button = panel.toolbar.widgetForAction(panel.action(spec.name))
                assert button.isVisible(), (key, spec.name, window.width())
        if panel.more_button is not None:
            assert panel.more_button.isVisible(), (key, window.width())
