"""The small pieces every input dialog is made of: a wrapped text, a red error line, a form whose labels
carry the mnemonic of their field, a reason box, a one-row-at-a-time list, and a column that stacks them."""
from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QLabel, QLayout, QLineEdit, QTableWidget, QVBoxLayout, QWidget,
)

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
