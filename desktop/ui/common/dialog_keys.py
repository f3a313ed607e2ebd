"""Ctrl+Enter accepts the dialog in front, from any field (also multi-line ones,
where plain Enter types a new line).

What "accept" means: the button a dialog marks as primary (property
``primaryButton`` set to True, e.g. the product editor's 保存草稿), else its
button box's accept button, else its default button, else QDialog.accept().
A disabled target does nothing: the shortcut never gets around a rule.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox, QPushButton

PRIMARY_PROPERTY = "primaryButton"


def mark_primary(button: QAbstractButton) -> None:
    button.setProperty(PRIMARY_PROPERTY, True)


def accept_target(dialog: QDialog) -> QAbstractButton | None:
    for button in dialog.findChildren(QAbstractButton):
        if button.property(PRIMARY_PROPERTY) and button.window() is dialog:
            return button
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog:
            continue
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
                return button
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.window() is dialog:
            return button
    return None


def accept_dialog(dialog: QDialog) -> bool:
    target = accept_target(dialog)
    if target is not None:
        if target.isEnabled() and target.isVisible():
            target.click()
        return True
    dialog.accept()
    return True


class CtrlEnterAccepts(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        window = watched.window() if hasattr(watched, "window") else None
        dialog = window if isinstance(window, QDialog) else QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            return False
        return accept_dialog(dialog)


_filter: CtrlEnterAccepts | None = None


def install(app: QApplication) -> None:
    global _filter
    if _filter is None:
        _filter = CtrlEnterAccepts(app)
        app.installEventFilter(_filter)
