"""Walks a widget tree the way a screen reader sees it (QAccessible) and lists what a keyboard or
screen-reader user would trip over: interactive objects without a name, tables that trap Tab,
exposed hidden row headers, scroll areas taking a Tab stop."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit)


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown to the user once the right page or tab is on screen (stack pages are walked one by one)."""
    w = widget
    while w is not None and w is not root:
        parent = w.parentWidget()
        if w.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        w = parent
    return True


def _inner(widget: QWidget) -> bool:
    """Parts of a composite control that the control itself names (a combo's line edit, a spin
    box's line edit, the scroll bars and header views)."""
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True
    if isinstance(widget, QAbstractButton) and widget.objectName().startswith("qt_"):
        return True
    return widget.metaObject().className() in ("QHeaderView", "QLineEditIconButton", "QScrollBar",
                                               "QTabBar", "QToolBarExtension", "QCalendarWidget")


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in [root] + root.findChildren(QWidget):
        if not _shown(widget, root) or _inner(widget):
            continue
        where = f"{type(widget).__name__}#{widget.objectName() or '?'} in {type(widget.window()).__name__}"
        if isinstance(widget, INTERACTIVE) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                or isinstance(widget, QAbstractItemView):
            if not name_of(widget):
                found.append(f"no accessible name: {where}")
            elif isinstance(widget, QComboBox) and not widget.accessibleName() and not _has_buddy(widget, root):
                found.append(f"combo without a label (read as its current text): {where}")
        if isinstance(widget, QAbstractButton) and "&" in name_of(widget) + _description(widget).replace("&&", ""):
            found.append(f"literal '&' read out: {where}")
        if isinstance(widget, QAbstractItemView):
            if widget.hasFocus() or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                if widget.tabKeyNavigation():
                    found.append(f"Tab trapped (tabKeyNavigation): {where}")
            header = getattr(widget, "verticalHeader", None)
            if header is not None and header().isHidden():
                iface = QAccessible.queryAccessibleInterface(widget)
                if iface is not None and widget.model() is not None and widget.model().rowCount() \
                        and _row_header_exposed(iface):
                    found.append(f"hidden row header reads stale row numbers: {where}")
        elif isinstance(widget, QAbstractScrollArea) and not isinstance(widget, INTERACTIVE):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(f"scroll area takes a Tab stop: {where}")
    return found


def _has_buddy(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget for label in root.findChildren(QLabel))


def _description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description) if iface is not None else ""


def _row_header_exposed(iface) -> bool:
    """A hidden row header is read out by Qt; it must then say the row's place on screen, not a
    number from before sorting."""
    rows = 0
    for i in range(min(iface.childCount(), 400)):
        child = iface.child(i)
        if child is not None and child.role() == QAccessible.Role.RowHeader:
            rows += 1
            if child.text(QAccessible.Text.Name).strip() not in ("", str(rows)):
                return True
    return False
