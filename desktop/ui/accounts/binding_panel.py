"""What the official and channel sections share: a toolbar, a filterable sortable
table with a context menu, actions enabled by the rule engine, and one way to
call a service (refusals are shown and, being logged, reported as a HISTORY change)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.decisions import Decision
from desktop.services import changes as ch
from desktop.ui.common.decisions import apply_decision, decision_text
from desktop.ui.common.page import Page
from desktop.ui.common.proxy import TableProxy


class BindingPanel(Page):
    watches = frozenset({ch.BINDINGS, ch.ACCOUNTS, ch.SHOPS})

    def __init__(self, ctx, prefix: str, model, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prefix = prefix
        self.model = model
        self.model.setParent(self)
        self.model.setObjectName(f"{prefix}Model")
        self.proxy = TableProxy(self)
        self.proxy.setObjectName(f"{prefix}Proxy")
        self.proxy.setSourceModel(self.model)

        self.toolbar = QToolBar(objectName=f"{prefix}ToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter = QLineEdit(objectName=f"{prefix}Filter")
        self.filter.setPlaceholderText(self.tr("筛选（Ctrl+F）…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(240)
        self.filter.textChanged.connect(self.proxy.set_text)
        focus_filter = QAction(self, objectName=f"{prefix}FocusFilterAction")
        focus_filter.setShortcut(QKeySequence.StandardKey.Find)
        focus_filter.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_filter.triggered.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        self.addAction(focus_filter)

        self.table = QTableView(objectName=f"{prefix}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions(announce=True))
        self.table.activated.connect(lambda _i: self.default_action())
        self._menu_from_keyboard = False
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.menu = QMenu(self, objectName=f"{prefix}ContextMenu")
        self.row_actions: list[QAction] = []

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)

    # -- building ------------------------------------------------------------------
    def add_action(self, name: str, text: str, slot, shortcut: str | None = None, in_menu: bool = True) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        if in_menu:
            self.menu.addAction(action)
        return action

    def finish_toolbar(self) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.filter)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and action.objectName():
                button.setObjectName(action.objectName().replace("Action", "Button"))

    # -- rows ----------------------------------------------------------------------
    def selected_row(self):
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row()) if source.isValid() else None

    def select_id(self, row_id: int | None) -> None:
        for r, row in enumerate(self.model.rows()):
            if row.id == row_id:
                index = self.proxy.mapFromSource(self.model.index(r, 0))
                if index.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        index, self.table.selectionModel().SelectionFlag.ClearAndSelect | self.table.selectionModel().SelectionFlag.Rows
                    )
                return

    def set_rows(self, rows, keep_id: int | None = None) -> None:
        current = self.selected_row()
        keep = keep_id if keep_id is not None else (current.id if current else None)
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep)
        if self.selected_row() is None and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                self.table.selectionModel().SelectionFlag.ClearAndSelect | self.table.selectionModel().SelectionFlag.Rows,
            )
        self.update_actions()

    # -- decisions -----------------------------------------------------------------
    def show_decision(self, action: QAction, decision: Decision, tip: str = "") -> None:
        apply_decision(action, decision, tip)

    def announce(self, action: QAction, decision: Decision) -> None:
        """Put why ``action`` is not possible in the status bar (only for the section on screen)."""
        if not decision.allowed and self.isVisible():
            self.status_message.emit(
                self.tr("“{action}”不可用：{reason}").format(action=action.text().split("(")[0], reason=decision_text(decision))
            )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_actions(announce=True)

    def update_actions(self, announce: bool = False) -> None:  # overridden
        pass

    def default_action(self) -> None:  # Enter on a row; overridden
        pass

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            self._menu_from_keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        return super().eventFilter(obj, event)

    def _context_menu(self, pos) -> None:
        current = self.table.currentIndex()
        if self._menu_from_keyboard and current.isValid():
            # The Menu key opens the menu at the current row, not wherever the mouse is.
            pos = self.table.visualRect(current).bottomLeft()
            self.menu.popup(self.table.viewport().mapToGlobal(pos))
            return
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, self.table.selectionModel().SelectionFlag.ClearAndSelect | self.table.selectionModel().SelectionFlag.Rows
            )
        self.menu.popup(self.table.viewport().mapToGlobal(pos))
