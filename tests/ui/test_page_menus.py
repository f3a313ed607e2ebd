"""Keyboard for every action (issue 14): each page's actions are in the menu bar's 操作 menu (the
toolbar takes no focus), and 为什么不能…？ — enabled, so the keyboard reaches it — lists the reasons
of the disabled ones for the current selection (R-OFF-4: 官方账号不支持解绑)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.shell.page_menu import page_panels
from desktop.ui.shell.registry import PAGES
from tests.ui.test_accessibility import demo_window


def _menu_actions(window):
    window.page_menu.menu.aboutToShow.emit()
    return window.page_menu.menu.actions()


def test_every_page_action_is_in_the_page_menu_and_in_the_context_menu(qtbot, ctx):
    window = demo_window(qtbot, ctx)
    checked = 0
    for spec in PAGES:
        page = window.show_page(spec.key)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)  # 账号: one panel per tab, the menu follows the tab
            checked += _check_menu(window, spec.key)
    assert checked >= 25
    assert window.page_menu.menu in [a.menu() for a in window.menuBar().actions()]


def _check_menu(window, key) -> int:
    checked = 0
    in_menu = _menu_actions(window)
    for panel in page_panels(window.stack.currentWidget()):
        for name, action in panel.actions_by_name.items():
            assert action in in_menu, (key, name)
            checked += 1
        assert panel.why_action in in_menu and panel.why_action.isEnabled()
        assert panel.why_action in panel.menu.actions()  # the Menu key reaches it too
    return checked


def test_why_lists_the_reason_of_a_disabled_action_r_off_4(qtbot, ctx):
    window = demo_window(qtbot, ctx)
    window.show_page("accounts")
    panel = window.page("accounts").findChild(object, "officialPanel") or next(
        p for p in page_panels(window.stack.currentWidget()) if "official" in p.names.table)
    panel.select_where(lambda row: True)
    reasons = dict(panel.disabled_reasons())
    assert reasons, "the demo's official account has disabled actions"
    text = panel.disabled_text()
    for label, reason in reasons.items():
        assert label in text and reason in text
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else None)
        box.accept()

    QTimer.singleShot(0, read_and_close)
    panel.why_action.trigger()
    assert seen == [text]
