"""工具 menu and what runs quietly around it: automatic backups, the weekly full check,
and the banner of a read-only database."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from desktop.ui.common import colors, writable

if TYPE_CHECKING:
    from desktop.ui.safety.work import Op

# The job runner and QMessageBox are imported where used: SafetyTools is built
# with the window frame, before the first paint (start-up time).

log = logging.getLogger("shopdesk")
AUTO_BACKUP_MS = 30 * 60 * 1000
IDLE_CHECK_DELAY_MS = 2 * 60 * 1000  # after start-up has settled
IDLE_RECHECK_MS = 6 * 60 * 60 * 1000  # then asks again: a window left open for weeks still gets its weekly check


def close_with_backup(ctx) -> None:
    """On close: a backup when something changed, then a clean close. Never blocks quitting on a failure."""
    from desktop.services import backups
    from desktop.services.session import close_session

    try:
        backups.backup_if_changed(ctx, reason="close")
    except Exception:  # noqa: BLE001 - the data itself is safe; the next start tries again
        log.exception("backup on close failed")
    close_session(ctx)


class SafetyTools(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = None
        menu = window.menuBar().addMenu(self.tr("工具(&T)"))
        menu.setObjectName("toolsMenu")
        self.backups_action = self._action(menu, self.tr("备份与恢复(&B)…"), "backupsAction", self.show_backups)
        self.check_action = self._action(menu, self.tr("检查数据库(&C)…"), "checkDatabaseAction", self.show_check)
        menu.addSeparator()
        self.export_action = self._action(menu, self.tr("导出全部数据(&E)…"), "exportAllAction", self.export_all)
        self.import_action = self._action(menu, self.tr("导入全部数据(&I)…"), "importAllAction", self.import_all)
        for action in (self.backups_action, self.check_action, self.export_action, self.import_action):
            action.setEnabled(False)
        writable.watch(self, lambda: self.ctx is not None and writable.enable(self.import_action, self.ctx))

        self.banner = QLabel(self.tr("数据库文件是只读的：可以查看，但不能修改。要修改，请让文件可写（检查文件属性或权限）后重新打开小店管家。"),
                             objectName="readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.setStyleSheet(f"QLabel {{ {colors.notice_style()} color: {colors.hex_color('warning')}; }}")
        self.banner_bar = QToolBar(self.tr("只读提示"), objectName="readOnlyBannerBar")
        self.banner_bar.setMovable(False)
        self.banner_bar.addWidget(self.banner)
        window.addToolBarBreak()
        window.addToolBar(self.banner_bar)
        self.banner_bar.hide()

        self.auto_timer = QTimer(self, objectName="autoBackupTimer")
        self.auto_timer.setInterval(AUTO_BACKUP_MS)
        self.auto_timer.timeout.connect(self.auto_backup)
        self.idle_timer = QTimer(self, objectName="idleCheckTimer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_CHECK_DELAY_MS)
        self.idle_timer.timeout.connect(self._idle_tick)

    def _action(self, menu, text: str, name: str, slot) -> QAction:
        action = QAction(text, self.window, objectName=name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def read_only(self) -> bool:
        from desktop.services.session import is_read_only

        return self.ctx is not None and is_read_only(self.ctx)

    def attach(self, ctx) -> None:
        self.ctx = ctx
        for action in (self.backups_action, self.check_action, self.export_action):
            action.setEnabled(True)
        writable.enable(self.import_action, ctx)
        self.banner_bar.setVisible(self.read_only)
        if not self.read_only:
            self.auto_timer.start()
        self.idle_timer.start()

    def db_file(self) -> Path:
        from desktop.services.backups import db_file

        return db_file(self.ctx)

    # -- quiet work ------------------------------------------------------------
    def auto_backup(self) -> Op | None:
        """Every 30 minutes of use: a backup when something changed, in the background."""
        from desktop.services import backups

        if self.ctx is None or self.read_only:
            return None
        ctx = self.ctx

        def done(entry) -> None:
            if entry is not None:
                self.window.statusBar().showMessage(self.tr("已自动备份"), 5000)

        def failed(message: str) -> None:
            self.window.statusBar().showMessage(self.tr("自动备份没有完成：") + message.splitlines()[0], 15000)

        from desktop.ui.safety.work import CANCELLED, PROGRESS, run_job

        return run_job(self.window, ctx, backups.backup_if_changed, done, "auto", PROGRESS, CANCELLED,
                       on_error=failed)

    def _idle_tick(self) -> None:
        self.idle_timer.setSingleShot(False)
        self.idle_timer.setInterval(IDLE_RECHECK_MS)
        self.idle_timer.start()
        self.idle_check()

    def idle_check(self, force: bool = False) -> Op | None:
        """The full integrity_check, at least weekly, in the background (the window stays responsive)."""
        from desktop.services import integrity

        if self.ctx is None:
            return None
        path = self.db_file()
        now = self.ctx.clock.now()
        if not force and not integrity.full_check_due(path, now):
            return None

        def run(_ctx):
            import sqlite3

            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                return integrity.run_check(conn, "integrity_check") + integrity.foreign_key_problems(conn)
            finally:
                conn.close()

        def done(problems) -> None:
            if not problems:
                integrity.record_full_check(path, now)
                return
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("数据库检查发现问题"), self.tr(
                "例行检查发现数据库有问题。请用 工具 → 检查数据库… 查看详情并修复（修复前会自动备份）。"), parent=self.window)
            box.setObjectName("idleCheckProblemDialog")
            box.open()

        from desktop.ui.safety.work import run_job

        return run_job(self.window, self.ctx, run, done, on_error=lambda message: log.warning("idle check failed: %s", message))

    # -- dialogs -----------------------------------------------------------------
    def show_backups(self):
        from desktop.ui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window, self.ctx, self.db_file())
        dialog.restore_chosen.connect(self.window.swap_requested)
        dialog.open()
        return dialog

    def show_check(self):
        from desktop.ui.safety.check_dialog import CheckDialog

        dialog = CheckDialog(self.window, self.ctx)
        dialog.open()
        return dialog

    def export_all(self):
        from desktop.ui.safety.transfer_ui import export_all

        return export_all(self.window, self.ctx)

    def import_all(self):
        from desktop.ui.safety.transfer_ui import import_all

        return import_all(self.window, self.ctx, self.db_file())
