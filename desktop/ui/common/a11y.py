"""Screen-reader and keyboard helpers shared by every feature (issue 14).

Qt reads a label as a control's name only when the label is the control's sibling; our fields sit
inside a FieldBox (the field plus its error line), so ``link_label`` also names the field itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.common.decisions import clean_label

if TYPE_CHECKING:  # the item-view types (and their enums) load with the first table, not with the shell
    from PySide6.QtWidgets import QAbstractItemView


def label_name(text: str) -> str:
    """'* 净含量（g）：' -> '净含量（g）' (no mnemonic, no required-star, no colon)."""
    return clean_label(text).strip().lstrip("*").strip().rstrip("：:").strip()


def link_label(label: QLabel, widget: QWidget) -> QLabel:
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label_name(label.text()))
    return label


def keyboard_table(view: QAbstractItemView, name: str) -> QAbstractItemView:
    """Tab leaves the table (arrows move inside it), the table has a name, and a hidden row header
    (row numbers from before sorting) is not what a screen reader announces first."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    view.setTabKeyNavigation(False)
    view.setAccessibleName(name)
    if isinstance(view, QTableView) and view.verticalHeader().isHidden():
        view.verticalHeader().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def announce(widget: QWidget, text: str) -> None:
    """Tell a screen reader ``text`` now (politely: after what it is reading). The widget's
    accessible description carries it too, for readers that do not take announcements."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

    widget.setAccessibleDescription(text)
    if not text:
        return
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
