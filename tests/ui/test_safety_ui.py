"""工具 menu: 备份与恢复, 检查数据库, 导出/导入全部数据; open failures never leave a dead window."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.services import backups, shops
from desktop.store import faults
from desktop.ui.safety import startup, transfer_ui
from desktop.ui.shell.application import Controller, LockRefused, acquire_lock


@pytest.fixture
def answers(monkeypatch):
    """Answer message boxes by button text, recording (objectName, text, button texts)."""
    seen: list = []
    script: list[str] = []

    def answer(box: QMessageBox):
        seen.append((box.objectName(), box.text(), [b.text() for b in box.buttons()]))
        want = script.pop(0) if script else "退出"
        return next((b for b in box.buttons() if b.text() == want), None)

    monkeypatch.setattr(startup, "ANSWER", answer)
    return seen, script


@pytest.fixture
def controller(qtbot, tmp_path):
    data = tmp_path / "d"
    c = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert c.open(False)
    shops.create_shop(c.ctx, "菜单测试店", "10001")
    yield c
    done(c)


def done(c):
    """Close what the controller holds (a restore replaces its window, so qtbot can't own it)."""
    if c.window is not None:
        c.window.close()
        c.window.deleteLater()
    if c.ctx is not None:
        c.ctx.db.close()


def wait_job(qtbot, job):
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    qtbot.wait(20)


def test_tools_menu_actions(controller):
    w = controller.window
    names = {a.objectName() for a in w.findChildren(type(w.safety.backups_action))}
    assert {"backupsAction", "checkDatabaseAction", "exportAllAction", "importAllAction"} <= names
    assert all(a.isEnabled() for a in (w.safety.backups_action, w.safety.check_action, w.safety.export_action))


def test_backup_now_and_restore_from_the_dialog(controller, qtbot, answers):
    seen, script = answers
    dialog = controller.window.safety.show_backups()  # the window owns it (a restore replaces the window)
    assert dialog.objectName() == "backupsDialog" and dialog.table.rowCount() == 0
    wait_job(qtbot, dialog.backup_now())
    assert dialog.table.rowCount() == 1 and "验证无误" in dialog.status.text()
    assert dialog.table.item(0, 3).text() == "1"
    shops.create_shop(controller.ctx, "备份后新建", "10002")
    script.append("恢复")
    dialog.table.selectRow(0)
    wait_job(qtbot, dialog.restore_selected())  # the copy is checked off the UI thread, then confirmed
    assert seen[-1][0] == "confirmRestoreDialog" and "1 个店铺" in seen[-1][1]
    qtbot.waitUntil(lambda: controller.ctx is not None, timeout=5000)
    assert [s.name for s in shops.list_shops(controller.ctx)] == ["菜单测试店"]
    kinds = [e.reason for e in backups.list_backups(controller.ctx.data_dir)]
    assert "before-restore" in kinds  # the current data was kept
    assert not list(controller.ctx.data_dir.glob(".tmp-restore-*"))


def test_restore_checks_the_backup_once_and_a_cancel_changes_nothing(controller, qtbot, answers, monkeypatch):
    """One full integrity_check per restore, on the copy that becomes the database; 取消 at the
    confirmation removes that copy and leaves the data as it was."""
    from tests.safety.helpers import count_full_checks

    seen, script = answers
    dialog = controller.window.safety.show_backups()
    wait_job(qtbot, dialog.backup_now())
    shops.create_shop(controller.ctx, "备份后新建", "10002")
    checked = count_full_checks(monkeypatch)
    script.append("取消")
    dialog.table.selectRow(0)
    wait_job(qtbot, dialog.restore_selected())
    assert seen[-1][0] == "confirmRestoreDialog" and len(checked) == 1
    assert not list(controller.ctx.data_dir.glob(".tmp-restore-*"))
    assert len(shops.list_shops(controller.ctx)) == 2
    checked.clear()
    script.append("恢复")
    dialog.table.selectRow(0)
    wait_job(qtbot, dialog.restore_selected())
    qtbot.waitUntil(lambda: controller.ctx is not None and len(shops.list_shops(controller.ctx)) == 1, timeout=5000)
    # The backup's copy once, the backup file itself never. The before-restore backup of the current
    # data is compared byte for byte with its checked source (no check of its own); reopening a file
    # this small runs the open-time check on shopdesk.db, as every open of a small file does.
    assert len([name for name in checked if ".tmp-restore-" in name]) == 1, checked
    assert not [name for name in checked if "backups" in name], checked
    assert {Path(name).name for name in checked} <= {".tmp-restore-shopdesk.db", "shopdesk.db"}, checked


def test_check_dialog_reports_plain_words(controller, qtbot):
    dialog = controller.window.safety.show_check()
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog.run_check())
    assert dialog.summary.text() == "没有发现问题。" and not dialog.repair_button.isEnabled()
    report = dialog.text.toPlainText().splitlines()
    assert "✓ 数据库文件完整（SQLite 完整性检查）" in report and len([r for r in report if r.startswith("✓")]) == 8
    controller.ctx.db.execute_sql("DROP TRIGGER history_no_delete")
    wait_job(qtbot, dialog.run_check())
    assert dialog.repair_button.isEnabled() and "history_no_delete" in dialog.text.toPlainText()
    assert "✗ 保护规则和操作记录的触发器都在：1 个问题，见下文" in dialog.text.toPlainText()
    wait_job(qtbot, dialog.repair())
    assert dialog.summary.text() == "已修复，再次检查没有发现问题。"


def test_export_then_import_through_the_menu(controller, qtbot, tmp_path, monkeypatch, answers):
    seen, script = answers
    target = tmp_path / "move.shopdesk"
    monkeypatch.setattr(transfer_ui, "CHOOSE_EXPORT", lambda parent: str(target))
    monkeypatch.setattr(transfer_ui, "CHOOSE_IMPORT", lambda parent: str(target))
    wait_job(qtbot, controller.window.safety.export_all())
    assert target.exists()
    shops.create_shop(controller.ctx, "导出后新建", "10003")
    script.append("替换并导入")
    wait_job(qtbot, controller.window.safety.import_all())
    assert seen[-1][0] == "confirmImportDialog"
    qtbot.waitUntil(lambda: controller.ctx is not None and len(shops.list_shops(controller.ctx)) == 1, timeout=5000)
    assert "before-import" in [e.reason for e in backups.list_backups(controller.ctx.data_dir)]


def test_read_only_database_shows_a_banner(qtbot, tmp_path):
    data = tmp_path / "ro"
    c = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert c.open(False)
    from desktop.services.session import close_session

    close_session(c.ctx)
    os.chmod(data / paths.DB_FILENAME, 0o444)
    assert c.open(False)
    assert c.window.safety.banner_bar.isVisibleTo(c.window)
    assert not c.window.safety.import_action.isEnabled()
    done(c)


def test_full_disk_at_open_offers_retry_not_new_database(qtbot, tmp_path, monkeypatch, answers):
    seen, script = answers
    data = tmp_path / "full"
    c = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert c.open(False)
    c.ctx.db.close()
    monkeypatch.setattr(faults, "free_bytes", lambda folder: 8 * 1024)
    script.append("退出")
    assert not c.open(False)
    name, text, buttons = seen[-1]
    assert name == "storageFaultDialog" and "磁盘空间不足" in text and "MB" in text
    assert "重试" in buttons and "新建数据库" not in buttons
    assert (data / paths.DB_FILENAME).exists() and not list(data.glob("*.refused-*"))
    c.ctx = None
    done(c)


def test_database_path_that_is_a_folder_is_explained(qtbot, tmp_path, answers):
    seen, script = answers
    data = tmp_path / "dir"
    (data / paths.DB_FILENAME).mkdir(parents=True)
    c = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert not c.open(False)
    assert seen[-1][0] == "storageFaultDialog" and "文件夹" in seen[-1][1]


def test_unexpected_open_error_is_a_message_with_retry(qtbot, tmp_path, monkeypatch, answers):
    seen, script = answers
    import desktop.services.session as session

    real = session.open_session
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(session, "open_session", flaky)
    script.append("重试")
    c = Controller(QApplication.instance(), tmp_path / "x", exit_when_shown=False)
    assert c.open(False)
    assert seen[0][0] == "openFailedDialog" and "RuntimeError" not in seen[0][1]
    done(c)


def test_lock_path_that_is_a_folder(tmp_path, answers):
    seen, _ = answers
    data = tmp_path / "d"
    (data / "shopdesk.lock").mkdir(parents=True)
    with pytest.raises(LockRefused):
        acquire_lock(data)
    assert seen[-1][0] == "lockIsFolderDialog" and "已经打开" not in seen[-1][1]


def test_lock_from_another_host_can_be_taken_over(tmp_path, answers):
    seen, script = answers
    data = tmp_path / "d"
    data.mkdir()
    (data / "shopdesk.lock").write_text(f"4242\nShopDesk\nother-{socket.gethostname()}\n")
    with pytest.raises(LockRefused):
        acquire_lock(data)
    assert seen[-1][0] == "lockOtherHostDialog" and "other-" in seen[-1][1]
    script.append("解除锁定并打开")
    lock = acquire_lock(data)
    assert lock is not None
    lock.unlock()
