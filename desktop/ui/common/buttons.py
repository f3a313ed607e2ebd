"""The OK/Cancel row every input dialog ends with: its own words on both buttons."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

Std = QDialogButtonBox.StandardButton


def ok_cancel(dialog: QDialog, ok_text: str, on_ok=None, *, ok_name: str = "",
              cancel_text: str = "") -> tuple[QDialogButtonBox, QPushButton]:
    """A button box whose OK says ``ok_text`` and runs ``on_ok`` (default: accept) and whose
    Cancel (``cancel_text``, default 取消) rejects. Returns the box and its OK button."""
    buttons = QDialogButtonBox(Std.Ok | Std.Cancel)
    ok = buttons.button(Std.Ok)
    ok.setText(ok_text)
    if ok_name:
        ok.setObjectName(ok_name)
    buttons.button(Std.Cancel).setText(cancel_text or QCoreApplication.translate("Dialogs", "取消"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def close_box(dialog: QDialog, *actions: QPushButton) -> QDialogButtonBox:
    """A 关闭 row (in the app's words, not Qt's "Close") with ``actions`` beside it; 关闭 rejects."""
    buttons = QDialogButtonBox(Std.Close)
    buttons.button(Std.Close).setText(QCoreApplication.translate("Dialogs", "关闭"))
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def standard_ok_cancel(dialog: QDialog, on_ok) -> QDialogButtonBox:
    """Qt's own OK / Cancel (the settings dialogs' words): OK runs ``on_ok``, Cancel rejects."""
    buttons = QDialogButtonBox(Std.Ok | Std.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def cancel_and(dialog: QDialog, text: str, name: str, on_ok=None) -> tuple[QDialogButtonBox, QPushButton]:
    """Qt's Cancel beside a button of the dialog's own words (更正, 作废…) that runs ``on_ok``
    (default: accept). Returns the box and that button."""
    buttons = QDialogButtonBox(Std.Cancel)
    ok = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName(name)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
