"""The one way the UI runs a service call.

In the spirit of Anki's CollectionOp: a page builds an ``Op`` around a service
function (the context is its first argument), runs it on the UI thread when it
is quick or on a worker thread when it can take long, and gets back a
``Result``. Whatever happens, the Op:

- turns every refusal and every error into the same kind of message (a box,
  or the label of the dialog that asked), never a traceback or an exception's
  class name (errors.py words them);
- announces what changed to the nearest widget up the parent chain that has
  ``announce_changes`` (pages, panels, the shop switcher). A refusal is written
  to the history (R-LOG-1), so a refusal announces HISTORY too;
- on a worker thread, owns that thread's database connection: peewee keeps one
  connection per thread, so the worker opens its own and closes it when done.

Long calls get ``PROGRESS`` and ``CANCELLED`` in their arguments, replaced by
the worker's callables: ``Op(self, ctx, svc.batch_mark, shop, ids, PROGRESS,
CANCELLED).start(label, on_done)``.
"""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Callable

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QProgressDialog

# Qt (the namespace), QMessageBox and QProgressDialog are imported where used:
# loading them costs start-up time (the shop list is read through here at start).

from desktop.domain.decisions import Decision
from desktop.services import changes as ch
from desktop.ui.common.errors import message_for

log = logging.getLogger("shopdesk")

# Placeholders for the worker's progress(done, total) and cancelled() callables.
PROGRESS = object()
CANCELLED = object()


def tr(text: str) -> str:
    return QCoreApplication.translate("runner", text)


@dataclass
class Result:
    """How an operation ended. True when the service returned normally."""

    ok: bool = False
    value: Any = None  # the service's return value (an Outcome's ``value``)
    changes: frozenset = frozenset()
    message: str = ""  # what the user was told; empty on success
    decision: Decision | None = None  # the rule's answer when the service refused
    error: BaseException | None = None  # for callers that react to one kind of failure
    cancelled: bool = False

    def __bool__(self) -> bool:
        return self.ok


def succeeded(returned) -> Result:
    """A Result for a service's return value: an Outcome (a write) or a plain value (a query)."""
    if isinstance(returned, ch.Outcome):
        return Result(True, returned.value, frozenset(returned.changes))
    return Result(True, returned)


def failed(exc: BaseException, cancel_requested: bool = False) -> Result:
    """A Result for an exception: a cancel, a refusal (logged, so HISTORY changed) or an error."""
    if cancel_requested:  # the service's own words when it has them ("已取消导出，没有生成文件。")
        said = getattr(exc, "message", None)
        return Result(False, message=message_for(exc) if isinstance(said, str) and said else tr("已取消，数据没有改动。"),
                      error=exc, cancelled=True)
    decision = getattr(exc, "decision", None)
    if isinstance(decision, Decision):
        return Result(False, message=message_for(exc), decision=decision, error=exc,
                      changes=frozenset({ch.HISTORY}))
    return Result(False, message=message_for(exc), error=exc)


def announce(origin: QObject | None, changes: frozenset) -> None:
    """Hand ``changes`` to the nearest object, from ``origin`` up, that fans changes out."""
    obj = origin
    while obj is not None:
        handler = getattr(obj, "announce_changes", None)
        if callable(handler):
            handler(frozenset(changes))
            return
        obj = obj.parent()
    log.debug("changes %s had no one to announce them to", sorted(changes))


@contextmanager
def thread_connection(ctx):
    """This thread's own database connection, bound for the models and closed on the way out
    (peewee keeps one connection per thread; a worker must not leave its connection open)."""
    db = getattr(ctx, "db", None)
    if db is None:
        yield
        return
    db.connect(reuse_if_open=True)
    try:
        with ctx.bound() if hasattr(ctx, "bound") else nullcontext():
            yield
    finally:
        if not db.is_closed():
            db.close()


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return obj is not None and isValid(obj)


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)

    def __init__(self, call: Callable[[], Any], ctx, cancel: threading.Event) -> None:
        super().__init__()  # no parent: closing a window mid-run must not destroy a running thread
        self.call, self.ctx, self.cancel = call, ctx, cancel

    def run(self) -> None:
        with thread_connection(self.ctx):
            try:
                result = succeeded(self.call())
            except Exception as exc:  # noqa: BLE001 - every failure becomes a message, never a crash
                result = failed(exc, self.cancel.is_set())
        self.done.emit(result)


# Operations on a worker thread stay referenced here until they finish.
_RUNNING: set = set()


class Op(QObject):
    """One service call. Build it, optionally say where errors go, then ``run()`` or ``start()``."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the Result, after messages and announcements

    def __init__(self, parent: QWidget | None, ctx, fn: Callable, *args, **kwargs) -> None:
        super().__init__()
        self.origin = parent
        self.ctx, self.fn, self.args, self.kwargs = ctx, fn, args, kwargs
        self._errors_in: QLabel | Callable[[str], None] | None = None
        self._title: str | None = None
        self._quiet = False
        self._cancel = threading.Event()
        self._worker: _Worker | None = None
        self._progress_dialog: QProgressDialog | None = None
        self._on_done: Callable[[Result], None] | None = None
        self._done_so_far = 0
        self.result: Result | None = None

    # -- options -------------------------------------------------------------------------------
    def show_errors_in(self, target: QLabel | Callable[[str], None]) -> Op:
        """Show bad input, refusals and cancels here (a dialog's error label) instead of a box."""
        self._errors_in = target
        return self

    def titled(self, title: str) -> Op:
        self._title = title
        return self

    def quiet(self) -> Op:
        """Tell the user nothing (the caller shows ``Result.message`` itself); still announce."""
        self._quiet = True
        return self

    # -- running -------------------------------------------------------------------------------
    def run(self) -> Result:
        """Run on the UI thread: for calls that finish at once."""
        try:
            result = succeeded(self._call(None))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message, never a crash
            result = failed(exc)
        return self._finish(result)

    def value_or(self, default=None):
        """Run a query: its value, or ``default`` after telling the user why it failed."""
        result = self.run()
        return result.value if result.ok else default

    def start(self, label: str, on_done: Callable[[Result], None] | None = None, *,
              progress_bar: QProgressBar | None = None, object_name: str = "operationProgress",
              dialog: bool = True) -> Op:
        """Run on a worker thread with progress and cancel; ``on_done(result)`` on the UI thread.

        Progress goes to ``progress_bar`` when given (the caller offers cancel and calls
        ``cancel()``), else to a window-modal progress dialog with a 取消 button (none when
        ``dialog`` is False: the caller shows that work is going on).
        """
        self._on_done = on_done
        self._worker = _Worker(lambda: self._call(self._worker), self.ctx, self._cancel)
        self._worker.progressed.connect(self._progress)
        self._worker.done.connect(self._worker_done)
        self._worker.finished.connect(self._worker.deleteLater)
        if progress_bar is not None:
            progress_bar.setRange(0, 0)
            self.progressed.connect(lambda done, total: (progress_bar.setRange(0, max(total, 1)),
                                                         progress_bar.setValue(min(done, total))))
        elif dialog:
            self._progress_dialog = self._make_progress_dialog(label, object_name)
        _RUNNING.add(self)
        self._worker.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self in _RUNNING

    def wait(self, ms: int = -1) -> bool:
        """Block until the worker is done (e.g. a dialog closing while it runs)."""
        worker = self._worker
        if worker is None or not _alive(worker):
            return True
        return worker.wait() if ms < 0 else worker.wait(ms)

    # -- internals -----------------------------------------------------------------------------
    def _call(self, worker: _Worker | None):
        def swap(a):
            if a is PROGRESS:
                return worker.progressed.emit if worker is not None else (lambda done, total: None)
            if a is CANCELLED:
                return self._cancel.is_set
            return a

        args = [swap(a) for a in self.args]
        kwargs = {k: swap(v) for k, v in self.kwargs.items()}
        return self.fn(self.ctx, *args, **kwargs)

    def _make_progress_dialog(self, label: str, object_name: str) -> QProgressDialog | None:
        parent = self.origin if _alive(self.origin) else None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, tr("取消"), 0, 0, parent)
        dialog.setObjectName(object_name)
        dialog.setWindowTitle(self._title or label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _progress(self, done: int, total: int) -> None:
        # A modal QProgressDialog's setValue() processes events, so the next report can arrive
        # inside this one: tell listeners first, and never move the bar backwards.
        if done < self._done_so_far:
            return
        self._done_so_far = done
        self.progressed.emit(done, total)
        dialog = self._progress_dialog
        if dialog is not None and _alive(dialog):
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

    def _worker_done(self, result: Result) -> None:
        dialog, self._progress_dialog = self._progress_dialog, None
        if dialog is not None and _alive(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.deleteLater()
        self._finish(result)
        if self._on_done is not None and _alive(self.origin):
            self._on_done(result)
        _RUNNING.discard(self)

    def _finish(self, result: Result) -> Result:
        self.result = result
        if not result.ok and result.error is not None and not result.cancelled and result.decision is None:
            _log_unexpected(result.error)
        if _alive(self.origin):
            self._tell(result)
            if result.changes:
                announce(self.origin, result.changes)
        self.finished.emit(result)
        return result

    def _tell(self, result: Result) -> None:
        if result.ok or self._quiet or not result.message:
            return
        target = self._errors_in
        inline = target is not None and (result.decision is not None or result.cancelled or _is_input(result.error))
        if inline:
            target.setText(result.message) if isinstance(target, QLabel) else target(result.message)
        elif not result.cancelled:
            # A refusal without a rule ID (a read-only database, a team server away) is no rule's doing.
            ruled = result.decision is not None and bool(result.decision.rule)
            title = self._title or (tr("规则不允许") if ruled else tr("无法完成"))
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.origin, title, result.message)


def _is_input(exc: BaseException | None) -> bool:
    from desktop.services.errors import InvalidInput

    return isinstance(exc, InvalidInput)


def _log_unexpected(exc: BaseException) -> None:
    from desktop.services.errors import ServiceError

    if not isinstance(exc, ServiceError):
        log.error("operation failed", exc_info=(type(exc), exc, exc.__traceback__))
