"""Turning failures into clear Chinese messages; the user never sees a traceback."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.errors import ServiceError


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return exc.message
    return tr("操作没有完成：程序遇到意外错误（{kind}）。数据没有改动。").format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if not isinstance(exc, ServiceError):
        # Imported here: logging and traceback are only needed when something broke.
        import logging
        import traceback

        logging.getLogger("shopdesk").error("unexpected error\n%s", "".join(traceback.format_exception(exc)))
    QMessageBox.warning(parent, title or tr("无法完成"), message_for(exc))


def run_service(parent: QWidget | None, fn, *args, **kwargs):
    """Call a service; on failure show why and return None."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message, not a crash
        show_error(parent, exc)
        return None


def call_in_dialog(dialog, fn, *args, **kwargs):
    """Run a dialog's service call and return its Outcome, or None.

    Bad input and rule refusals are shown in ``dialog.error`` so the user can
    fix them without losing what was typed; a refusal is already in the
    history, so ``dialog.result_changes`` then names it. Anything else is a
    message box.
    """
    from desktop.services import changes as ch
    from desktop.services.errors import InvalidInput, RuleRefused

    try:
        return fn(*args, **kwargs)
    except (InvalidInput, RuleRefused) as exc:
        dialog.error.setText(exc.message)
        if isinstance(exc, RuleRefused):
            dialog.result_changes = frozenset({ch.HISTORY})
    except Exception as exc:  # noqa: BLE001 - never a traceback
        show_error(dialog, exc)
    return None
