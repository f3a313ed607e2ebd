"""Reading an import file in a worker thread, with a progress dialog and 取消.

Opening a file can take seconds (a large XLSX is inflated and scanned before the
first rows are shown); the window keeps repainting and answering meanwhile.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.sheet_files import ReadCancelled
from desktop.ui.common.errors import show_error
from desktop.ui.common.task import ServiceThread


def tr(text: str) -> str:
    return QCoreApplication.translate("FileReader", text)


class BackgroundRead:
    """Runs ``fn(progress, cancelled)`` off the UI thread; ``run()`` returns its result, or None
    when cancelled or refused (a refusal is shown to the user as a message, never a traceback)."""

    def __init__(self, ctx, fn: Callable, label: str, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.result = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(label, tr("取消"), 0, 0, parent)
        self.dialog.setObjectName("fileReadProgress")
        self.dialog.setWindowTitle(tr("正在读取文件"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.thread = ServiceThread(ctx, fn)
        self.thread.progressed.connect(self._progress)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.dialog.canceled.connect(self.thread.cancel)

    def _progress(self, done: int, total: int) -> None:
        scale = max(1, total // 1_000_000)  # QProgressDialog takes ints
        self.dialog.setMaximum(max(1, total // scale))
        self.dialog.setValue(min(done, total) // scale)

    def _succeeded(self, result) -> None:
        self.result = result

    def _failed(self, exc: BaseException) -> None:
        self.error = exc

    def run(self):
        loop = QEventLoop()
        self.thread.finished.connect(loop.quit)
        self.thread.start()
        if self.thread.isRunning():
            loop.exec()
        self.thread.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        self.thread.deleteLater()
        if self.error is not None and not isinstance(self.error, ReadCancelled):
            show_error(self.parent, self.error, tr("无法读取文件"))
        return None if self.error is not None else self.result
