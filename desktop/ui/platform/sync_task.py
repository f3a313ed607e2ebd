"""A sync with a progress dialog and 取消, on a worker thread (the window never freezes).

A thin adapter over the one operation runner (``ui.common.runner.Op``): the runner owns the worker
thread, its database connection, the progress dialog and the announcement of what changed."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.changes import Outcome
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op, Result
from desktop.ui.platform.messages import show_platform_error


class SyncTask(QObject):
    """``SyncTask(parent, ctx, label, fn).start()``; ``fn(progress, cancelled)`` returns an Outcome."""

    done = Signal(object)  # the Outcome
    failed = Signal(object)  # the exception

    def __init__(self, parent: QWidget, ctx, label: str, fn: Callable, show_errors: bool = True) -> None:
        super().__init__(parent)
        self.show_errors = show_errors
        self.parent_widget = parent
        self.label = label
        self.op = Op(parent, ctx, lambda _ctx, progress, cancelled: fn(progress, cancelled), PROGRESS, CANCELLED)
        self.op.quiet().titled(self.tr("与抖店同步"))

    def start(self) -> "SyncTask":
        self.op.start(self.label, self._finished, object_name="platformSyncProgress")
        return self

    def _finished(self, result: Result) -> None:
        if result.ok:
            self.done.emit(Outcome(result.changes, result.value))
            return
        self.failed.emit(result.error)
        if self.show_errors and not result.cancelled and result.error is not None:
            show_platform_error(self.parent_widget, result.error)
