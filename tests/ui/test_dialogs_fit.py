"""Dialogs fit a 1024×700 screen (issue 10): their minimum size and first size leave
room for the window frame and a taskbar."""
from __future__ import annotations

from desktop.services import gmv_import
from desktop.ui.products.editor import ProductEditor
from desktop.ui.shell.help import HelpWindow
from desktop.ui.shell.settings_dialog import SettingsDialog

MAX_W, MAX_H = 1024, 700 - 40  # a title bar and a taskbar


def fits(dialog) -> None:
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= MAX_W and minimum.height() <= MAX_H, (dialog.objectName(), minimum)
    free = dialog.screen().availableGeometry()  # the offscreen screen: 800×600
    assert dialog.width() <= free.width() and dialog.height() <= free.height(), (dialog.objectName(), dialog.size())


def test_editor_import_help_and_settings_fit(qtbot, ctx, shop_id, tmp_path):
    from desktop.ui.influencers.gmv_import_dialog import GmvImportDialog

    editor = ProductEditor(ctx, shop_id)
    qtbot.addWidget(editor)
    for i in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(i)
        fits(editor)
    path = tmp_path / "g.csv"
    path.write_text("达人抖音号,日期,本店GMV,总GMV\ndy_a,2026-11-20,1,2\n", encoding="utf-8")
    dialog = GmvImportDialog(ctx, shop_id, gmv_import.open_source(path))
    qtbot.addWidget(dialog)
    fits(dialog)
    for widget in (HelpWindow(), SettingsDialog()):
        qtbot.addWidget(widget)
        fits(widget)
