"""What the official and channel sections share: a toolbar, a filterable sortable
table with a context menu, actions enabled by the rule engine, and one way to
call a service (refusals are shown and, being logged, reported as a HISTORY change)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from desktop.services import corrections
from desktop.ui.accounts.correction_dialogs import DATE, NICKNAME, CorrectionDialog, VoidDialog
from desktop.services.errors import RuleRefused
from desktop.ui.common.decisions import apply_decision, decision_text
from desktop.ui.common.errors import show_error
from desktop.ui.common.proxy import TableProxy


class BindingPanel(QWidget):
    changed = Signal(frozenset)
    status_message = Signal(str)

    def __init__(self, ctx, prefix: str, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefix = prefix
        self.shop_id: int | None = None
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
        self._voided: set[int] = set()

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

    # -- 更正 / 作废 (R-FIX-1, R-FIX-2) ------------------------------------------------
    def add_correction_actions(self) -> None:
        self.correct_action = self.add_action(f"{self.prefix}CorrectAction", self.tr("更正(&E)…"), self.correct)
        self.void_action = self.add_action(f"{self.prefix}VoidAction", self.tr("作废(&V)…"), self.void)

    def correction_target(self):
        return self.selected_row()

    def update_correction_actions(self) -> None:
        row = self.correction_target()
        none = Decision(False, None, "请先在列表中选择一条绑定记录")
        if row is None:
            self.show_decision(self.correct_action, none)
            self.show_decision(self.void_action, none)
            return
        voided = corrections.void_decision(self.ctx, row.id)
        fixable = Decision(False, "R-FIX-2", "该绑定记录已作废，不能再更正") if row.id in self._voided else Decision(True)
        self.show_decision(self.correct_action, fixable)
        self.show_decision(self.void_action, voided)

    def correct(self) -> None:
        row = self.correction_target()
        if row is None or not self.correct_action.isEnabled():
            return
        dialog = CorrectionDialog(self.ctx, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        what, value, reason = dialog.request()
        if what == DATE:
            self.call(corrections.correct_binding_date, row.id, value, reason)
        elif what == NICKNAME:
            self.call(corrections.correct_nickname, row.account_id, value, reason)
        else:
            self.call(corrections.correct_account_code, row.account_id, value, reason)

    def void(self) -> None:
        row = self.correction_target()
        if row is None or not self.void_action.isEnabled():
            return
        dialog = VoidDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.call(corrections.void_binding, row.id, dialog.reason.text().strip())

    def refresh_voided(self) -> None:
        self._voided = corrections.voided_ids(self.ctx, self.shop_id) if self.shop_id is not None else set()

    # -- services ------------------------------------------------------------------
    def call(self, fn, *args, **kwargs):
        """Run a service; show a refusal or error as a message. Returns the outcome or None."""
        try:
            outcome = fn(self.ctx, *args, **kwargs)
        except RuleRefused as exc:
            show_error(self, exc, self.tr("规则不允许"))
            self.changed.emit(frozenset({ch.HISTORY}))  # the refusal was logged (R-LOG-1)
            self.reload()
            return None
        except Exception as exc:  # noqa: BLE001 - a message, never a traceback
            show_error(self, exc)
            self.reload()
            return None
        self.emit_changes(outcome.changes)
        return outcome

    def emit_changes(self, changes: frozenset) -> None:
        if changes:
            self.reload()
            self.changed.emit(changes)

    # -- page protocol -------------------------------------------------------------
    def set_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        self.reload()

    def apply_changes(self, changes: frozenset) -> None:
        if changes & {ch.BINDINGS, ch.ACCOUNTS, ch.SHOPS}:
            self.reload()

    def reload(self) -> None:  # overridden
        pass
