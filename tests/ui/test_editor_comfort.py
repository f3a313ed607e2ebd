"""Editor comfort (issue 10): error lines keep their place, closing with changes
asks 保存草稿 / 不保存 / 取消, Ctrl+Enter accepts dialogs."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout

from desktop.services import products as svc
from desktop.ui.common import dialog_keys
from desktop.ui.products.editor import ProductEditor
from tests.services.product_fixtures import valid_draft


def open_editor(ctx, shop_id, qtbot) -> tuple[ProductEditor, int]:
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    editor = ProductEditor(ctx, shop_id, pid)
    # Closing at teardown must not stop at the unsaved-changes question.
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "dirty", False))
    editor.show()
    qtbot.waitExposed(editor)
    return editor, pid


def test_fields_do_not_move_when_an_error_appears_r_p_title(ctx, shop_id, qtbot):
    editor, _ = open_editor(ctx, shop_id, qtbot)
    editor.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    below = editor.basic.findChildren(QLineEdit)[-1]
    before = below.mapTo(editor, below.rect().topLeft())
    editor.basic.title.setText("太短")
    editor.revalidate()
    QApplication.processEvents()
    error = editor.findChild(type(editor.summary), "productTitleError")
    assert error.isVisible() and "R-P-TITLE" in error.text()
    assert below.mapTo(editor, below.rect().topLeft()) == before


def _answer(editor, button_name: str):
    def click():
        box = next((b for b in editor.findChildren(QDialog, "unsavedChangesDialog") if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.findChild(type(editor.save_button), button_name).click()

    QTimer.singleShot(0, click)


def test_closing_with_changes_can_save_a_draft(ctx, shop_id, qtbot):
    editor, pid = open_editor(ctx, shop_id, qtbot)
    editor.basic.title.setText("纯棉短袖T恤男夏季宽松百搭新款")
    _answer(editor, "unsavedSaveDraftButton")
    editor.reject()
    assert not editor.isVisible()
    assert svc.get_product(ctx, pid).draft.title == "纯棉短袖T恤男夏季宽松百搭新款"


def test_closing_with_changes_can_discard_or_cancel(ctx, shop_id, qtbot):
    editor, pid = open_editor(ctx, shop_id, qtbot)
    old_title = svc.get_product(ctx, pid).draft.title
    editor.basic.title.setText("纯棉短袖T恤男夏季宽松百搭新款")
    _answer(editor, "unsavedCancelButton")
    editor.reject()
    assert editor.isVisible() and editor.dirty
    _answer(editor, "unsavedDiscardButton")
    editor.reject()
    assert not editor.isVisible()
    assert svc.get_product(ctx, pid).draft.title == old_title


def test_ctrl_enter_saves_the_editor_draft(ctx, shop_id, qtbot, qapp):
    dialog_keys.install(qapp)
    editor, pid = open_editor(ctx, shop_id, qtbot)
    editor.basic.title.setText("纯棉短袖T恤男夏季宽松百搭新款")
    qtbot.keyClick(editor.basic.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    assert svc.get_product(ctx, pid).draft.title == "纯棉短袖T恤男夏季宽松百搭新款"


def test_ctrl_enter_accepts_a_button_box_dialog_even_from_a_multiline_field(qtbot, qapp):
    dialog_keys.install(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    text = QPlainTextEdit()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(box)
    dialog.show()
    qtbot.waitExposed(dialog)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    # A disabled accept button is never got around.
    dialog2 = QDialog()
    qtbot.addWidget(dialog2)
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog2)
    box2.accepted.connect(dialog2.accept)
    box2.buttons()[0].setEnabled(False)
    dialog2.show()
    qtbot.keyClick(dialog2, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog2.result() != QDialog.DialogCode.Accepted
