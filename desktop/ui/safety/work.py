"""Data-safety jobs (backup, check, export, import) through the one operation runner.

A thin adapter over ``ui.common.runner.Op``: the job runs on a worker thread
with progress and cancel (the window keeps painting while SQLite copies
pages), and its caller gets the plain value, or the runner's plain-words
message when it failed.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton

from desktop.ui.common.runner import CANCELLED, PROGRESS, Op


def tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def run_job(parent, ctx, fn: Callable, on_done: Callable, *args, label: str | None = None,
            on_error: Callable[[str], None] | None = None, progress: Callable | None = None) -> Op:
    """Run ``fn(ctx, *args)`` in the background; PROGRESS / CANCELLED in ``args`` are the worker's.

    ``on_done(value)`` on success; ``on_error(message)`` (or a message box) on failure; nothing
    on a cancel.
    """
    op = Op(parent, ctx, fn, *args).quiet()
    if progress is not None:
        op.progressed.connect(progress)

    def done(result) -> None:
        if result.ok:
            on_done(result.value)
        elif result.cancelled:
            return
        elif on_error is not None:
            on_error(result.message)
        else:
            QMessageBox.warning(parent, tr("无法完成"), result.message)

    return op.start(label or "", done, dialog=label is not None, object_name="safetyProgressDialog")


def button_row(dialog: QDialog, *buttons: QPushButton) -> QHBoxLayout:
    """A safety dialog's bottom row: its actions on the left, Close (rejects) on the right."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row


def size_text(n: int) -> str:
    """A file size for people: MB from 1 MB up, KB below (a small export is not "0.0 MB")."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(n, 1) / 1024:.0f} KB"


__all__ = ["run_job", "button_row", "size_text", "PROGRESS", "CANCELLED", "Op"]
