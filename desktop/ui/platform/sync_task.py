"""A sync with a progress dialog and 取消, on a worker thread (the window never freezes)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.common.task import ServiceThread
from desktop.ui.platform.messages import show_platform_error


class SyncTask(QObject):
    """``SyncTask(parent, ctx, label, fn).start()``; ``fn(progress, cancelled)`` returns an Outcome."""

    done = Signal(object)  # the Outcome
    failed = Signal(object)

    def __init__(self, parent: QWidget, ctx, label: str, fn: Callable, show_errors: bool = True) -> None:
        super().__init__(parent)
        self.show_errors = show_errors
        self.parent_widget = parent
        self.progress = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.progress.setObjectName("platformSyncProgress")
        self.progress.setWindowTitle(self.tr("与抖店同步"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(200)
        self.thread = ServiceThread(ctx, fn, self)
        self.thread.progressed.connect(self._progressed)
        self.progress.canceled.connect(self.thread.cancel)
        self.thread.succeeded.connect(self._ok)
        self.thread.failed.connect(self._failed)

    def start(self) -> "SyncTask":
        self.thread.start()
        return self

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _close(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.thread.wait()

    def _ok(self, outcome) -> None:
        self._close()
        self.done.emit(outcome)

    def _failed(self, exc) -> None:
        self._close()
        self.failed.emit(exc)
        if self.show_errors:
            show_platform_error(self.parent_widget, exc)
