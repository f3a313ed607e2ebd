"""The small pieces every input dialog is made of: a wrapped text, a red error line, a form whose labels
carry the mnemonic of their field, a reason box, a one-row-at-a-time list, and a column that stacks them."""
from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QLabel, QLayout, QLineEdit, QTableWidget, QVBoxLayout, QWidget,
)

from desktop.domain import account_ids
from desktop.ui.common import colors


def wrapped(text: str = "", name: str = "") -> QLabel:
    """A label that wraps instead of widening its window (intros, notes, statuses)."""
    label = QLabel(text, objectName=name) if name else QLabel(text)
    label.setWordWrap(True)
    return label


def error_label(name: str) -> QLabel:
    """The red line under a form where a dialog says what is wrong as the user types."""
    label = wrapped(name=name)
    label.setStyleSheet(colors.text_style("error"))
    return label


def buddy_form(rows: Iterable[tuple[str, QWidget]], form: QFormLayout | None = None) -> QFormLayout:
    """A form whose labels are buddies of their fields, so the label's (&X) key moves to the field."""
    form = form if form is not None else QFormLayout()
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def reason_edit(name: str, max_length: int, placeholder: str) -> QLineEdit:
    """The 原因 box of a correction or a void (R-FIX-1, R-FIX-2)."""
    edit = QLineEdit(objectName=name)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def code_combo(name: str, labels: dict[str, str], tr) -> QComboBox:
    """A combo of codes (platforms, channels) shown by their labels, translated by the dialog's ``tr``."""
    combo = QComboBox(objectName=name)
    for code, label in labels.items():
        combo.addItem(tr(label), code)
    return combo


def account_edits(code_name: str, nickname_name: str, placeholder: str) -> tuple[QLineEdit, QLineEdit]:
    """The account ID and nickname boxes of a bind dialog, as long as the account rules allow."""
    code = QLineEdit(objectName=code_name)
    code.setPlaceholderText(placeholder)
    code.setMaxLength(32)
    nickname = QLineEdit(objectName=nickname_name)
    nickname.setMaxLength(account_ids.NICKNAME_MAX)
    return code, nickname


def column(parent: QWidget, *items: QWidget | QLayout) -> QVBoxLayout:
    """``parent``'s layout: ``items`` (widgets or layouts) from top to bottom."""
    layout = QVBoxLayout(parent)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def row_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A read-only list a dialog picks one whole row from; no row numbers."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table
