"""A real run of the 工具 menu and 更正/作废, driven by the keyboard like a user, with screenshots.

Runs the application's own start path (Controller.start) on a new data
folder, opens each menu entry with Alt+letter and the item's letter, works the
dialogs (buttons clicked, file dialogs answered, confirmations read and
accepted) and checks what happened in the data. Prints one line per step and
saves docs/screenshots/menu_*.png.

Run from the repository root: `xvfb-run -a python tests/screenshots/safety_menus.py` (a real X
window; offscreen works too).
"""
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SHOPDESK_LANGUAGE", "zh_CN")
os.chdir(ROOT)
sys.path.insert(0, str(ROOT))
from PySide6.QtCore import QDate, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMenu, QMessageBox, QWidget  # noqa: E402

from desktop.ui.shell.application import make_app  # noqa: E402

app = make_app([sys.argv[0]])  # the app's own: translations (Qt's too), style, palette
OUT = ROOT / "docs" / "screenshots"
STEPS: list[tuple[str, bool, str]] = []


def pump(ms: int = 100) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def until(check, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if check():
            return True
        time.sleep(0.01)
    return False


def step(name: str, ok: bool, detail: str = "") -> None:
    STEPS.append((name, bool(ok), detail))
    print(("ok   " if ok else "FAIL ") + name + (f" — {detail}" if detail else ""), flush=True)


def on_modal(handler, timeout: float = 30.0, kind: type = QWidget, skip: QWidget | None = None) -> None:
    """Call ``handler(widget)`` once the next modal dialog (QMessageBox, QFileDialog, QDialog) shows.

    Only a ``kind`` widget other than ``skip`` counts (a restore checks the backup, with a progress
    dialog, before it asks)."""
    started = time.monotonic()

    def poll() -> None:
        w = app.activeModalWidget()
        if w is not None and w.isVisible() and isinstance(w, kind) and w is not skip:
            pump(150)
            handler(w)
        elif time.monotonic() - started < timeout:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def through_dialog(action, fill, shot: str) -> None:
    """Trigger ``action``; ``fill(dialog)`` the dialog it opens, save its picture as ``shot`` and click OK."""
    def answer(dlg):
        fill(dlg)
        pump(100)
        dlg.grab().save(str(OUT / shot))
        QTest.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)

    on_modal(answer)
    action.trigger()
    pump(300)


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def menu_item(window, menu_letter, item_letter, shot: str | None = None) -> None:
    """Alt+letter opens the menu; the item's letter picks the entry (as a keyboard user does)."""
    window.activateWindow()
    if not QTest.qWaitForWindowActive(window, 2000):
        app.setActiveWindow(window)  # no window manager under xvfb-run
    QTest.keyClick(window, menu_letter, Qt.KeyboardModifier.AltModifier)
    pump(200)
    popup = app.activePopupWidget()
    if shot and isinstance(popup, QMenu):
        popup.grab().save(str(OUT / shot))
    QTest.keyClick(popup or window, item_letter)
    pump(200)


def seed(ctx) -> dict:
    from desktop.services import channels, gmv, official, shops

    shop = shops.create_shop(ctx, "真实运行小店", "10001").value
    channel = channels.record_existing_channel(ctx, shop, "douyin", "dy_tea", "茶友", ctx.today() - timedelta(days=5)).value
    off = official.start_official_binding(ctx, shop, "dy_official", "官方号").value
    official.record_official_accepted(ctx, off)
    official.confirm_official(ctx, off)
    gmv.save_gmv(ctx, shop, "douyin", "dy_tea", "茶友", ctx.today() - timedelta(days=1), 12_300, 20_000)
    return {"shop": shop, "channel": channel, "official": off}


def main() -> int:
    from desktop.services import backups, corrections, shops
    from desktop.store.models import Binding
    from desktop.ui.shell.application import Controller

    tmp = Path(tempfile.mkdtemp(prefix="realrun-"))
    data = tmp / "data"
    controller = Controller(app, data, exit_when_shown=False)
    controller.start(False)
    step("window opens on a new data folder", until(lambda: controller.ctx is not None, 30))
    ids = seed(controller.ctx)
    w = controller.window
    w.resize(1200, 760)
    pump(300)

    # 备份与恢复: 立即备份, then 恢复 (confirm), data back as it was, current data kept.
    menu_item(w, Qt.Key.Key_T, Qt.Key.Key_B, shot="menu_tools.png")
    dialog = w.findChild(QDialog, "backupsDialog")
    step("工具 → 备份与恢复 opens backupsDialog", dialog is not None and dialog.isVisible())
    QTest.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    step("立即备份 finishes", until(lambda: dialog.job is None and dialog.table.rowCount() == 1, 30),
         dialog.status.text())
    pump(200)
    dialog.grab().save(str(OUT / "menu_backups_done.png"))
    shops.create_shop(controller.ctx, "备份之后才建的店", "10002")
    dialog.table.selectRow(0)
    seen = {}

    def confirm_restore(box):
        seen["restore"] = (box.objectName(), box.text())
        box.grab().save(str(OUT / "menu_restore_confirm.png"))
        click(box, "恢复")

    on_modal(confirm_restore, kind=QMessageBox, skip=dialog)
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = until(lambda: controller.window is not w and controller.ctx is not None
                     and [s.name for s in shops.list_shops(controller.ctx)] == ["真实运行小店"], 30)
    step("恢复… asks (confirmRestoreDialog) and brings the backup back", restored and
         seen.get("restore", ("",))[0] == "confirmRestoreDialog", seen.get("restore", ("", ""))[1].splitlines()[0])
    kinds = [e.reason for e in backups.list_backups(controller.ctx.data_dir)]
    step("the data before the restore is kept as a backup", "before-restore" in kinds, ", ".join(kinds))
    w = controller.window
    pump(300)

    # 检查数据库: a clean report in plain words.
    menu_item(w, Qt.Key.Key_T, Qt.Key.Key_C)
    check = w.findChild(QDialog, "checkDatabaseDialog")
    step("工具 → 检查数据库 opens checkDatabaseDialog", check is not None and check.isVisible())
    if check is not None:
        if not check.text.toPlainText():
            QTest.mouseClick(check.run_button, Qt.MouseButton.LeftButton)
        until(lambda: check.summary.text() and check.run_button.isEnabled(), 60)
        pump(200)
        check.grab().save(str(OUT / "menu_check_done.png"))
        step("检查 says so in plain words", "没有发现问题" in check.summary.text(), check.summary.text())
        check.reject()
        pump(100)

    # 导出全部数据 → a .shopdesk file; 导入全部数据 of it after a change → the change is gone.
    target = tmp / "move.shopdesk"

    def save_as(fd):
        if isinstance(fd, QFileDialog):
            fd.findChild(QLineEdit, "fileNameEdit").setText(str(target))  # typed, as a user would
            fd.accept()

    on_modal(save_as)
    menu_item(w, Qt.Key.Key_T, Qt.Key.Key_E)
    step("工具 → 导出全部数据 writes the .shopdesk file", until(lambda: target.exists() and not any(
        isinstance(x, QDialog) and x.isVisible() and x.objectName() == "safetyProgressDialog"
        for x in app.topLevelWidgets()), 60), f"{target.stat().st_size if target.exists() else 0} bytes")
    pump(300)
    done_box = next((x for x in app.topLevelWidgets() if x.isVisible() and x.objectName() == "exportDoneDialog"), None)
    step("the export says where the file is (exportDoneDialog)", done_box is not None and str(target) in done_box.text())
    if done_box is not None:
        done_box.grab().save(str(OUT / "menu_export_done.png"))
        done_box.accept()
        pump(100)
    shops.create_shop(controller.ctx, "导出之后才建的店", "10003")
    answered = {}

    def open_file(fd):
        if isinstance(fd, QFileDialog):
            fd.findChild(QLineEdit, "fileNameEdit").setText(str(target))
            on_modal(confirm_import)
            fd.accept()

    def confirm_import(box):
        answered["import"] = (box.objectName(), box.text())
        box.grab().save(str(OUT / "menu_import_confirm.png"))
        click(box, "替换并导入")

    on_modal(open_file)
    menu_item(w, Qt.Key.Key_T, Qt.Key.Key_I)
    imported = until(lambda: controller.window is not w and controller.ctx is not None
                     and [s.name for s in shops.list_shops(controller.ctx)] == ["真实运行小店"], 60)
    step("工具 → 导入全部数据 asks (confirmImportDialog) and replaces the data", imported and
         answered.get("import", ("",))[0] == "confirmImportDialog")
    kinds = [e.reason for e in backups.list_backups(controller.ctx.data_dir)]
    step("the data before the import is kept as a backup", "before-import" in kinds)
    w = controller.window
    pump(300)

    # 更正… (channel date) and 作废… (official) through the 操作 menu of the 账号 page.
    ctx = controller.ctx
    from PySide6.QtGui import QAction

    w.findChild(QAction, "navAccountsAction").trigger()  # 查看 → 账号
    until(lambda: w.findChild(QWidget, "accountsPage") is not None, 10)
    page = w.findChild(QWidget, "accountsPage")
    pump(300)
    page.reload()
    pump(300)
    page.channels.select_id(ids["channel"])
    pump(100)
    real = ctx.today() - timedelta(days=190)

    def fix_date(dlg):
        dlg.date.setDate(QDate(real.year, real.month, real.day))
        dlg.reason.setText("登记时把月份填错了")

    through_dialog(page.channels.action("channelCorrectAction"), fix_date, "menu_correction_dialog.png")
    with ctx.bound():
        bound_on = Binding.get_by_id(ids["channel"]).bound_on
    step("更正… moves the channel binding's date (with a reason)", bound_on == real, str(bound_on))
    page.channels.select_id(ids["channel"])
    pump(100)
    step("R-CH-4 is evaluated again: 解绑 is now allowed", page.channels.unbind_action.isEnabled())

    page.official.select_id(ids["official"])
    pump(100)
    step("R-OFF-4: the confirmed official binding can't be unbound", not page.official.unbind_action.isEnabled(),
         page.official.unbind_action.toolTip())

    through_dialog(page.official.action("officialVoidAction"),
                   lambda dlg: dlg.reason.setText("误点了确认，平台上没有绑定"), "menu_void_dialog.png")
    step("作废… voids the official binding recorded by mistake",
         ids["official"] in corrections.voided_ids(ctx, ids["shop"]))
    w.grab().save(str(OUT / "menu_accounts_after_corrections.png"))

    failed = [s for s in STEPS if not s[1]]
    print(f"{len(STEPS) - len(failed)}/{len(STEPS)} steps ok", flush=True)
    w.close()
    from desktop.services.session import close_session

    close_session(controller.ctx)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
