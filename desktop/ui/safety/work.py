"""Running a data-safety job (backup, check, export, import) off the UI thread.

Built on ui.common.task.ServiceThread: the job gets ``progress`` and
``cancelled``; the window keeps painting while SQLite copies pages. Failures
become plain-words messages (ui.common.errors).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.common.task import ServiceThread


class Job(QObject):
    """One background job with an optional progress dialog; keeps itself alive until done."""

    _running: set = set()

    def __init__(self, parent: QWidget, ctx, fn: Callable, on_done: Callable, label: str | None = None,
                 on_error: Callable | None = None) -> None:
        # No QObject parent: a restore or import replaces the window while the
        # thread is still finishing; the job lives in _running until it is done.
        super().__init__(None)
        self.parent_widget = parent
        self.finished = False
        self.on_done = on_done
        self.on_error = on_error
        self.thread = ServiceThread(ctx, fn, self)
        self.dialog = None
        if label:
            self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
            self.dialog.setObjectName("safetyProgressDialog")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.thread.cancel)
            self.thread.progressed.connect(self._progress)
        self.thread.succeeded.connect(self._done)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._finished)

    def start(self) -> "Job":
        Job._running.add(self)
        self.thread.start()
        return self

    def wait(self, ms: int = 60_000) -> bool:
        return self.finished or self.thread.wait(ms)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()

    def _done(self, result) -> None:
        self._close_dialog()
        self.on_done(result)

    def _failed(self, exc) -> None:
        from desktop.store.backups import BackupCancelled

        self._close_dialog()
        if isinstance(exc, BackupCancelled):
            return
        if self.on_error is not None:
            self.on_error(exc)
            return
        from desktop.ui.common.errors import show_error

        show_error(self.parent_widget, exc)

    def _finished(self) -> None:
        self.finished = True
        Job._running.discard(self)
        self.deleteLater()
