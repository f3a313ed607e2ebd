"""Look and feel (issue 10): window size and state across restarts, minimum width,
sidebar, shortcuts, in-app help at a rule, settings, second start raising the first."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.common import language, theme
from desktop.ui.common.table_panel import TablePanel
from desktop.ui.shell import window_state
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot, ctx):
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def test_first_size_fits_the_available_screen():
    for available in (QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 660), QRect(1920, 30, 1920, 1050)):
        g = window_state.first_geometry(available)
        assert available.contains(g), (available, g)
    # A 1366×768 laptop (taskbar 40 px): the whole window, status bar included, is on screen.
    g = window_state.first_geometry(QRect(0, 0, 1366, 728))
    assert g.bottom() < 728 and g.width() >= 1100


def test_size_page_sidebar_and_columns_are_restored_across_a_restart(qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    window.setGeometry(40, 50, 900, 550)
    window.show_page("history")
    window.collapse_action.trigger()
    table = window.page("history").findChild(QTableView)
    table.horizontalHeader().resizeSection(0, 211)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    window.close()

    again = make_window(qtbot, ctx)
    # restoreGeometry() keeps the window on the (800×600 offscreen) screen, so compare what fits.
    assert abs(again.y() - 50) <= 4 and again.height() == 550
    assert again.width() == min(900, again.screen().availableGeometry().width() + 80) or again.width() >= 880
    assert again.stack.currentWidget() is again.page("history")
    assert again.collapse_action.isChecked() and again.nav.width() <= 60
    assert again.nav.item(0).text() == "" and again.nav.item(0).toolTip() == PAGES[0].label()
    header = again.page("history").findChild(QTableView).horizontalHeader()
    assert header.sectionSize(0) == 211
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)


def test_maximised_state_is_restored(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=2000)
    window.close()
    again = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized


def test_minimum_width_is_at_most_900_on_every_page(qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    for spec in PAGES:
        window.show_page(spec.key)
        window.resize(600, 600)
        QApplication.processEvents()
        assert window.width() <= 900, spec.key
        assert window.minimumSizeHint().width() <= 900 and window.minimumWidth() <= 900


def test_view_shortcuts_switch_pages_and_collapse_the_sidebar(qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    for i, spec in enumerate(PAGES):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(spec.key)
    width = window.nav.width()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.collapse_action.isChecked() and window.nav.width() < width
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not window.collapse_action.isChecked()


def test_every_page_action_shortcut_runs_it_and_its_tooltip_shows_it(qtbot, ctx, monkeypatch):
    from desktop.services import demo

    demo.fill_if_empty(ctx)
    window = make_window(qtbot, ctx)
    ran = []
    monkeypatch.setattr(TablePanel, "_trigger", lambda self, spec: ran.append(spec.name))
    checked = 0
    for spec in PAGES:
        window.show_page(spec.key)
        for panel in window.page(spec.key).findChildren(TablePanel) + [window.page(spec.key)]:
            if not isinstance(panel, TablePanel) or not panel.isVisible():
                continue
            if panel.proxy.rowCount():
                panel.table.selectRow(0)
            for name, action in panel.actions_by_name.items():
                key = action.shortcut()
                if key.isEmpty() or not action.isEnabled():
                    continue
                text = key.toString(QKeySequence.SequenceFormat.NativeText)
                assert text in action.toolTip(), (name, action.toolTip())
                assert "&" not in action.toolTip()
                panel.table.setFocus()
                ran.clear()
                combo = key[0]
                qtbot.keyClick(panel.table, combo.key(), combo.keyboardModifiers())
                assert ran == [name], (spec.key, name, text)
                checked += 1
    assert checked >= 8


def test_rule_link_in_the_status_bar_opens_help_at_that_rule(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window._show_reason("官方账号不支持解绑：绑定完成后永久有效（R-OFF-4）")
    assert window.status_reason().endswith("（R-OFF-4）")
    shown = window.reason_label.text()
    assert shown.startswith("官方账号不支持解绑") and "rule:R-OFF-4" in shown and "规则 R-OFF-4" in shown
    window.reason_label.linkActivated.emit("rule:R-OFF-4")
    help_window = window._help
    assert help_window.isVisible() and help_window.topic == "rules"
    cursor = help_window.browser.textCursor()
    assert "R-OFF-4" in cursor.block().text()


def test_help_menu_quick_start_and_shortcuts(qtbot, ctx, shop_id):
    window = make_window(qtbot, ctx)
    window.findChild(QAction, "helpQuickStartAction").trigger()
    assert "快速上手" in window._help.browser.toPlainText()
    window.findChild(QAction, "helpShortcutsAction").trigger()
    listed = window._help.browser.toPlainText()
    assert "F9" in listed and "Ctrl+1" in listed and "规则说明" in listed
    window._help.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window._help.topic == "rules" and "R-CH-4" in window._help.browser.toPlainText()


def test_settings_dialog_saves_language_and_applies_theme(qtbot, qapp):
    from desktop.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "下次启动" in dialog.note.text()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    try:
        dialog.save()
        assert language.saved_choice() == "en" and theme.saved_choice() == "dark"
        assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 128
    finally:
        theme.apply(qapp, theme.LIGHT)
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() >= 128


def test_state_colours_stay_readable_in_dark_mode(qapp):
    from desktop.ui.common import colors

    light, dark = qapp.style().standardPalette(), theme.dark_palette()
    for role in ("error", "warning", "success", "info"):
        for palette in (light, dark):
            fg = colors.color(role, palette)
            bg = palette.color(palette.ColorRole.Window)
            assert abs(fg.lightness() - bg.lightness()) > 90, (role, fg.name(), bg.name())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="offscreen subprocesses")
def test_second_start_raises_the_first_and_exits(tmp_path, qapp):
    from desktop.ui.shell.single_instance import RaiseServer, ask_running_to_raise

    class FakeWindow:
        shown = 0

        def isMinimized(self):  # noqa: N802
            return False

        def show(self):
            self.shown += 1

        def raise_(self):
            pass

        def activateWindow(self):  # noqa: N802
            pass

    window = FakeWindow()
    server = RaiseServer(tmp_path, lambda: window)
    assert server.listening
    # The second start is another process, as in real life.
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from desktop.ui.shell.single_instance import ask_running_to_raise;"
        f"sys.exit(0 if ask_running_to_raise(__import__('pathlib').Path(r'{tmp_path}')) else 1)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    for _ in range(300):
        qapp.processEvents()
        if proc.poll() is not None:
            break
        import time

        time.sleep(0.02)
    for _ in range(20):
        qapp.processEvents()
    assert proc.wait(timeout=10) == 0
    assert server.raised == 1 and window.shown == 1
    assert not ask_running_to_raise(tmp_path / "other", timeout_ms=200)  # another data folder: nobody


def test_dates_and_amounts_follow_the_language(qapp):
    from datetime import date

    from desktop.ui.common import formats

    try:
        language.install(qapp, language.CHINESE)
        assert formats.date_text(date(2026, 11, 27)) == "2026-11-27"
        assert formats.money_text(123450) == "1,234.50"
        language.install(qapp, language.ENGLISH)
        assert formats.date_text(date(2026, 11, 27)) == "27 Nov 2026"
        assert formats.money_text(123450) == "1,234.50" and formats.money_text(60000, whole=True) == "600"
    finally:
        language.install(qapp, language.CHINESE)
