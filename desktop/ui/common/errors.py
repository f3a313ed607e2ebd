"""Wording failures for the user: one message per kind of failure, never a traceback or a class name.

The runner (runner.py) decides where a message is shown; this module only words it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.decisions import decision_text


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def message_for(exc: BaseException) -> str:
    decision = getattr(exc, "decision", None)
    if decision is not None and hasattr(decision, "allowed"):
        return decision_text(decision)
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    return machine_fault(exc) or tr("操作没有完成：程序遇到意外错误，详情已写入日志。数据没有改动。")


def machine_fault(exc: BaseException) -> str:
    """A message for a fault of the machine (full disk, read-only folder, busy database), else ''."""
    from desktop.ui.common.fault_messages import error_text

    return error_text(exc) or ""  # classified through peewee's wrapper and "cannot rollback" (store.faults)
