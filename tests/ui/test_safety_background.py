"""What runs quietly around the 工具 menu (issue 11, Build 2-4): automatic backups every 30 minutes
of use and on close after changes, the full integrity_check at least weekly in the background,
打开备份文件夹, and a backups/ path that is a file said in plain words."""
from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.services import backups, shops
from desktop.store import integrity
from desktop.ui.safety import menu as safety_menu
from desktop.ui.safety import startup
from desktop.ui.shell.application import Controller
from tests.safety.helpers import damage_index
from tests.ui.test_safety_ui import answers, controller, done, wait_job  # noqa: F401 - fixtures


def reasons(c):
    return [e.reason for e in backups.list_backups(c.ctx.data_dir) if e.kind == "backup"]


def test_automatic_backup_every_30_minutes_only_after_changes(controller, qtbot):
    tools = controller.window.safety
    assert tools.auto_timer.isActive() and tools.auto_timer.interval() == 30 * 60 * 1000
    tools.auto_timer.timeout.emit()  # 30 minutes of use, with a shop created since start
    qtbot.waitUntil(lambda: reasons(controller) == ["auto"], timeout=20000)
    qtbot.waitUntil(lambda: "已自动备份" in controller.window.statusBar().currentMessage(), timeout=5000)
    job = tools.auto_backup()  # nothing changed since: no second copy
    wait_job(qtbot, job)
    assert reasons(controller) == ["auto"]
    shops.create_shop(controller.ctx, "半小时后新建", "10002")
    wait_job(qtbot, tools.auto_backup())
    assert reasons(controller) == ["auto", "auto"]


def test_no_automatic_backup_of_a_read_only_database(qtbot, tmp_path):
    data = tmp_path / "ro"
    c = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert c.open(False)
    shops.create_shop(c.ctx, "只读前", "10001")
    from desktop.services.session import close_session

    close_session(c.ctx)
    os.chmod(data / paths.DB_FILENAME, 0o444)
    try:
        assert c.open(False)
        assert not c.window.safety.auto_timer.isActive() and c.window.safety.auto_backup() is None
    finally:
        done(c)
        os.chmod(data / paths.DB_FILENAME, 0o644)


def test_backup_on_close_after_changes_and_a_failure_never_blocks_quitting(tmp_path):
    from desktop.services.session import open_session

    data = tmp_path / "close"
    ctx = open_session(data)
    safety_menu.close_with_backup(ctx)  # nothing made yet: nothing to keep
    assert backups.list_backups(data) == []
    ctx = open_session(data)
    shops.create_shop(ctx, "关闭前新建", "10001")
    safety_menu.close_with_backup(ctx)
    assert [e.reason for e in backups.list_backups(data)] == ["close"]
    assert not integrity.previous_close_failed(data / paths.DB_FILENAME)  # a clean close

    ctx = open_session(data)
    shops.create_shop(ctx, "再新建", "10002")
    for f in (data / paths.BACKUP_DIRNAME).iterdir():
        f.unlink()
    (data / paths.BACKUP_DIRNAME).rmdir()
    (data / paths.BACKUP_DIRNAME).write_text("not a folder")  # the backup cannot be made
    safety_menu.close_with_backup(ctx)  # no exception: quitting goes on
    assert not integrity.previous_close_failed(data / paths.DB_FILENAME)


def test_weekly_full_check_runs_in_the_background_and_again_while_the_window_stays_open(controller, qtbot):
    tools = controller.window.safety
    db_file = tools.db_file()
    assert tools.idle_timer.isActive() and tools.idle_timer.isSingleShot()
    assert not integrity.full_check_due(db_file, controller.ctx.clock.now())  # checked at open
    assert tools.idle_check() is None  # not due: nothing runs
    tools.idle_timer.timeout.emit()
    # after the first tick it asks again every few hours, so a window open for weeks is still checked
    assert tools.idle_timer.isActive() and not tools.idle_timer.isSingleShot()
    assert tools.idle_timer.interval() == safety_menu.IDLE_RECHECK_MS
    week_later = controller.ctx.clock.now() + timedelta(days=8)
    integrity.record_full_check(db_file, controller.ctx.clock.now() - timedelta(days=8))
    assert integrity.full_check_due(db_file, controller.ctx.clock.now())
    job = tools.idle_check()
    assert job is not None and job._worker is not None  # on the runner's worker thread, not the window's
    wait_job(qtbot, job)
    assert not integrity.full_check_due(db_file, controller.ctx.clock.now())  # recorded
    assert integrity.full_check_due(db_file, week_later)


def test_weekly_check_that_finds_damage_says_where_to_go(controller, qtbot, monkeypatch):
    tools = controller.window.safety
    db_file = tools.db_file()
    shops.create_shop(controller.ctx, "第二家", "10002")
    controller.ctx.db.close()
    damage_index(db_file, "sqlite_autoindex_shop_1",
                 "INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('x', '10001', 'now')",
                 unique_clause="NOT NULL UNIQUE", hidden="NOT NULL")
    controller.ctx.db.connect()
    opened = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append((self.objectName(), self.text())))
    wait_job(qtbot, tools.idle_check(force=True))
    assert opened and opened[0][0] == "idleCheckProblemDialog"
    assert "工具 → 检查数据库" in opened[0][1] and "Error" not in opened[0][1]
    assert integrity.load_state(db_file).get("last_full_check") is None or \
        integrity.full_check_due(db_file, controller.ctx.clock.now() + timedelta(days=7))


def test_open_backup_folder_button(controller, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(startup, "open_folder", lambda folder: shown.append(folder))
    dialog = controller.window.safety.show_backups()
    qtbot.addWidget(dialog)
    dialog.folder_button.click()  # no backup yet: the data folder
    wait_job(qtbot, dialog.backup_now())
    dialog.folder_button.click()
    assert shown == [controller.ctx.data_dir, controller.ctx.data_dir / paths.BACKUP_DIRNAME]


def test_backups_path_that_is_a_file_is_said_in_plain_words(controller, qtbot, monkeypatch):
    folder = controller.ctx.data_dir / paths.BACKUP_DIRNAME
    if folder.is_dir():
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    folder.write_text("x")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    dialog = controller.window.safety.show_backups()
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog.backup_now())
    text = dialog.status.text() + "".join(shown)
    assert "现在却是一个文件" in text and str(folder) in text
    assert "没有写入权限" not in text and "StorageFault" not in text
