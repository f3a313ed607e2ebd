"""Running a long service call (import, batch marking) off the UI thread, with progress and cancel.

The service gets ``progress(done, total)`` and ``cancelled()`` callables and
writes in one transaction, so a cancel leaves no partial data (long operations cancel without partial data).
peewee keeps one SQLite connection per thread: this thread opens its own on
first use and closes it when done.
"""
from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QThread, Signal


class ServiceThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the UI turns it into a message

    def __init__(self, ctx, fn: Callable, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fn = fn  # fn(progress, cancelled) -> result
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread as a message
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if not self.ctx.db.is_closed():
                self.ctx.db.close()  # this thread's connection only
