"""备份与恢复: the list of backups (and refused files), 立即备份, 恢复, 打开备份文件夹."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.ui.common import writable
from desktop.ui.safety.work import CANCELLED, PROGRESS, Op, run_job, size_text
from desktop.ui.common.errors import message_for

COLUMNS = ("时间", "类型", "大小", "店铺", "商品")


class BackupsDialog(QDialog):
    # A callable that puts the chosen backup in place while the database is closed.
    restore_chosen = Signal(object)

    def __init__(self, parent, ctx, db_file: Path) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db_file = Path(db_file)
        self.entries: list = []
        self.job: Op | None = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(760, 440)

        intro = QLabel(self.tr("小店管家会在关闭时（有修改时）和每使用 30 分钟自动备份，并按计划保留："
                               "最近 10 个、最近 7 天每天 1 个、最近 4 周每周 1 个、最近 12 个月每月 1 个。"
                               "未能打开而改名保留的数据库文件也列在这里，永远不会被自动删除。"))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(objectName="backupStatusLabel")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份(&B)"), objectName="backupNowButton")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复(&R)…"), objectName="restoreBackupButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("打开备份文件夹(&O)"), objectName="openBackupFolderButton")
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        writable.enable(self.backup_button, ctx)
        writable.watch(self, self._update_buttons)
        self.reload()

    # -- list --------------------------------------------------------------------
    def kind_text(self, entry) -> str:
        labels = {
            "manual": self.tr("手动备份"), "auto": self.tr("自动备份"), "close": self.tr("关闭时备份"),
            "before-restore": self.tr("恢复前的数据"), "before-import": self.tr("导入前的数据"),
            "before-repair": self.tr("修复前的数据"), "refused": self.tr("未能打开的数据库（已改名保留）"),
        }
        if entry.reason.startswith("before-v"):
            return self.tr("升级前备份（数据版本 {v} 之前）").format(v=entry.reason.removeprefix("before-v"))
        return labels.get(entry.reason, entry.reason)

    def reload(self) -> None:
        from desktop.services import backups

        self.entries = backups.list_backups(self.ctx.data_dir)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = (e.created.strftime("%Y-%m-%d %H:%M:%S"), self.kind_text(e), size_text(e.size),
                     "" if e.shops is None else str(e.shops), "" if e.products is None else str(e.products))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(e.path))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.entries:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("还没有备份。点“立即备份”做第一个。"))
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        writable.enable(self.restore_button, self.ctx, self.selected() is not None and self.job is None)
        writable.enable(self.backup_button, self.ctx, self.job is None)

    # -- actions -------------------------------------------------------------------
    def backup_now(self) -> Op:
        from desktop.services import backups

        self.status.setText(self.tr("正在备份…（可以继续使用小店管家）"))
        self.job = run_job(self, self.ctx, backups.backup_now, self._backed_up, "manual", PROGRESS, CANCELLED,
                           on_error=self._backup_failed, progress=self._progress)
        self._update_buttons()
        return self.job

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.status.setText(self.tr("正在备份… {pct}%").format(pct=done * 100 // total))

    def _backed_up(self, entry) -> None:
        self.job = None
        self.reload()
        self.status.setText(self.tr("已备份并验证无误：{name}").format(name=entry.path.name))

    def _backup_failed(self, message: str) -> None:
        self.job = None
        self.status.setText(self.tr("备份没有完成：") + message)
        self._update_buttons()

    def restore_selected(self) -> bool:
        """Verify first; confirm; then ask the application to swap files (current data kept as a backup)."""
        from desktop.services import backups
        from desktop.services.errors import ServiceError

        entry = self.selected()
        if entry is None or not self.restore_button.isEnabled():
            return False
        try:
            info = backups.verify_backup(entry.path)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("不能用这个备份恢复"), message_for(exc))
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("恢复备份"), self.tr(
            "用 {when} 的备份（{shops} 个店铺，{products} 个商品）替换现在的全部数据？\n"
            "现在的数据会先保存为一个备份（“恢复前的数据”），随时可以再恢复回来。").format(
            when=entry.created.strftime("%Y-%m-%d %H:%M"), shops=info["shops"], products=info["products"]), parent=self)
        box.setObjectName("confirmRestoreDialog")
        ok = box.addButton(self.tr("恢复"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        from desktop.ui.safety.startup import _ask

        if _ask(box) is not ok:
            return False
        data_dir, db_file, path, now = self.ctx.data_dir, self.db_file, entry.path, self.ctx.clock.now()
        self.accept()
        self.restore_chosen.emit(lambda: backups.restore(data_dir, db_file, path, now))
        return True

    def open_folder(self) -> None:
        from desktop import paths
        from desktop.ui.safety.startup import open_folder

        folder = self.ctx.data_dir / paths.BACKUP_DIRNAME
        open_folder(folder if folder.is_dir() else self.ctx.data_dir)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().reject()

