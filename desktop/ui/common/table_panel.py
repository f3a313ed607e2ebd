"""The one table panel every list in the app is built on (accounts, products, influencers, history).

A panel declares its actions (``ActionSpec``); the panel builds them with their real shortcuts, puts them
on a toolbar and in the context menu, and enables each from the domain's ``Decision`` for the current
selection (``decisions()``), with the reason as tooltip. It also gives every table the same keyboard
and screen-reader behaviour: Ctrl+F to the filter box, Enter on a row for the default action, the Menu
key for the context menu, Tab leaving the table. When the table is empty it says what to do first. The
status bar reason (``status_reason``) follows the selection and is cleared when it no longer applies.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.domain.decisions import ALLOWED, Decision
from desktop.domain.writable import both
from desktop.ui.common import icons, writable
from desktop.ui.common.decisions import apply_decision, bracketed, clean_label, decision_text, key_text
from desktop.ui.common.page import Page


@dataclass(frozen=True)
class ActionSpec:
    """One action of a panel. ``label`` is the Chinese source text (translated by the panel's tr);
    ``slot`` names the panel method it runs; ``default``: Enter or double-click on a row runs it;
    ``explains``: while it is disabled for the selected row, the status bar says why."""

    name: str
    label: str
    slot: str
    shortcut: str | QKeySequence.StandardKey | None = None
    default: bool = False
    explains: bool = False
    toolbar: bool = True
    menu: bool = True
    separator: bool = False  # a separator before it, in the toolbar and the menu
    # In the toolbar's 更多 (More) menu instead of on the toolbar itself: the toolbar keeps the daily
    # actions visible at the minimum width. The shortcut, the context menu and the 操作 menu are unchanged.
    secondary: bool = False
    writes: bool = True  # off while the data can't be written (read-only file, server offline)


@dataclass(frozen=True)
class Names:
    """The objectNames of a panel's parts (kept stable: README and tests refer to them)."""

    table: str
    filter: str
    toolbar: str
    menu: str
    empty: str
    focus_filter: str = ""  # the Ctrl+F action


class TablePanel(Page):
    ACTIONS: Sequence[ActionSpec] = ()

    def __init__(self, ctx, model, proxy, names: Names, parent: QWidget | None = None, *,
                 multi: bool = False, filter_placeholder: str = "", accessible: str = "") -> None:
        super().__init__(ctx, parent)
        self.model, self.proxy, self.names = model, proxy, names
        if model.parent() is None:
            model.setParent(self)
        if proxy.sourceModel() is not model:
            proxy.setSourceModel(model)
        self._reason = ""
        self._menu_from_keyboard = False

        self.toolbar = QToolBar(objectName=names.toolbar)
        # Icon and short label side by side; the labels stay (a new user reads them).
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(icons.ICON_SIZE)
        self.menu = QMenu(self, objectName=names.menu)
        self.filter = QLineEdit(objectName=names.filter)
        self.filter.setClearButtonEnabled(True)
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.filter.setPlaceholderText(bracketed((filter_placeholder or self.tr("筛选…")).rstrip("…"), find) + "…")
        self.filter.setAccessibleName(self.tr("筛选表格"))
        self.filter.textChanged.connect(self._filter_changed)
        self._add_shortcut(QKeySequence.StandardKey.Find, self.focus_filter, names.focus_filter)

        self.table = self._build_table(multi, accessible)
        self.empty_label = QLabel(self.table.viewport(), objectName=names.empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        # The palette's placeholder colour and a margin, not a style sheet: a style sheet costs every
        # panel a style of its own to build and polish.
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setMargin(24)
        self.actions_by_name: dict[str, QAction] = {}
        self.more_menu: QMenu | None = None
        self.more_button: QToolButton | None = None
        self._build_actions()
        self._applied: dict[str, tuple] = {}  # action name -> (decision, label) last shown
        writable.watch(self, self.update_actions)  # the team server went away or came back
        # The proxy passes on every change of the source's rows that changes its own.
        for signal in (proxy.layoutChanged, proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(self._refresh_empty)

    # -- building ------------------------------------------------------------------------------
    def _build_table(self, multi: bool, accessible: str) -> QTableView:
        table = QTableView(objectName=self.names.table)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                               else QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(accessible or self.tr("表格"))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.activated.connect(lambda _index: self.run_default())
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        return table

    def _build_actions(self) -> None:
        for spec in self.ACTIONS:
            label = self.tr(spec.label)
            action = QAction(label, self, objectName=spec.name)
            action.setIconText(clean_label(label))
            icons.set_action_icon(action)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=spec: self._trigger(s))
            self.addAction(action)
            if spec.toolbar and spec.secondary:
                self._add_secondary(action, spec.separator)
            elif spec.toolbar:
                if spec.separator:
                    self.toolbar.addSeparator()
                self.toolbar.addAction(action)
                self.toolbar.widgetForAction(action).setObjectName(spec.name.replace("Action", "Button"))
            if spec.menu:
                if spec.separator:
                    self.menu.addSeparator()
                self.menu.addAction(action)
            self.actions_by_name[spec.name] = action
        if self.more_menu is not None:
            self._add_more_button()
        # A disabled menu item is skipped by the keyboard: this entry (always enabled) says why.
        self.why_action = QAction(self.tr("为什么不能…？(&W)"), self, objectName=self.why_name())
        self.why_action.triggered.connect(self.explain_disabled)
        if not self.menu.isEmpty():
            self.menu.addSeparator()
        self.menu.addAction(self.why_action)

    def _add_secondary(self, action: QAction, separator: bool) -> None:
        if self.more_menu is None:
            self.more_menu = QMenu(self, objectName=self.more_name().replace("Button", "Menu"))
            self.more_menu.setToolTipsVisible(True)  # a disabled entry's tooltip says why
        elif separator:
            self.more_menu.addSeparator()
        self.more_menu.addAction(action)

    def _add_more_button(self) -> None:
        """更多: the last toolbar button; opens the secondary actions (Space/Enter, or a click)."""
        more = QAction(self.tr("更多"), self)
        more.setToolTip(self.tr("更多操作"))
        icons.set_action_icon(more, "ellipsis")
        more.setMenu(self.more_menu)
        self.toolbar.addSeparator()
        self.toolbar.addAction(more)
        button = self.toolbar.widgetForAction(more)
        button.setObjectName(self.more_name())
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, unlike other tool buttons
        button.setAccessibleName(self.tr("更多操作"))
        self.more_button = button

    def more_name(self) -> str:
        """objectName of this panel's 更多 button: productsTable -> productsMoreButton."""
        return self.names.table.removesuffix("Table") + "MoreButton"

    def why_name(self) -> str:
        """objectName of this panel's 为什么不能…？ entry: productsTable -> productsWhyAction."""
        return self.names.table.removesuffix("Table") + "WhyAction"

    def disabled_reasons(self) -> list[tuple[str, str]]:
        """(action label, reason) for every action that is off for the current selection."""
        self.update_actions()
        return [(clean_label(self.actions_by_name[s.name].text()), self.actions_by_name[s.name].statusTip())
                for s in self.ACTIONS if not self.actions_by_name[s.name].isEnabled()]

    def disabled_text(self) -> str:
        reasons = self.disabled_reasons()
        if not reasons:
            return self.tr("所选内容的所有操作现在都可以使用。")
        lines = [self.tr("“{action}”：{reason}").format(action=a, reason=r or self.tr("先选择一行"))
                 for a, r in reasons]
        return self.tr("这些操作现在不能用：") + "\n" + "\n".join(lines)

    def explain_disabled(self) -> None:
        """为什么不能…？: a message box a screen reader reads and the keyboard can close."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("为什么不能…？"), self.disabled_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("whyDisabledBox")
        box.exec()

    def _add_shortcut(self, key, slot, name: str = "") -> None:
        action = QAction(self, objectName=name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    # -- rows ----------------------------------------------------------------------------------
    def row_for(self, proxy_index):
        source = self.proxy.mapToSource(proxy_index)
        return self.model.row_at(source.row()) if source.isValid() else None

    def selected_rows(self) -> list:
        selection = self.table.selectionModel()
        indexes = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection else []
        return [row for row in (self.row_for(i) for i in indexes) if row is not None]

    def selected_row(self):
        """The one selected row (None for none or several)."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_where(self, wanted, limit: int = 2000) -> None:
        """Select the rows (among the first ``limit``) for which ``wanted(row)`` holds."""
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        first = True
        for r in range(min(self.proxy.rowCount(), limit)):
            index = self.proxy.index(r, 0)
            row = self.row_for(index)
            if row is not None and wanted(row):
                if first:
                    selection.setCurrentIndex(index, flags | selection.SelectionFlag.Clear)
                    first = False
                else:
                    selection.select(index, flags)

    # -- decisions -----------------------------------------------------------------------------
    def decisions(self) -> Mapping[str, Decision]:
        """What the domain says about each action for the current selection; missing = allowed."""
        return {}

    def update_actions(self) -> None:
        decisions = dict(self.decisions())
        state = writable.write_decision(self.ctx)
        for spec in self.ACTIONS:
            if spec.writes:  # the rules' answer AND whether the data can be written now
                decisions[spec.name] = both(decisions.get(spec.name, ALLOWED), state)
        for spec in self.ACTIONS:
            action, decision = self.actions_by_name[spec.name], decisions.get(spec.name, ALLOWED)
            # Asked again on every selection change: an action whose answer and label (its language)
            # are what it already shows is left alone.
            shown = (decision, action.text())
            if self._applied.get(spec.name) != shown:
                apply_decision(action, decision)
                self._applied[spec.name] = shown
        self._set_reason(self._reason_for(decisions))
        self._refresh_empty()

    def _reason_for(self, decisions: Mapping[str, Decision]) -> str:
        if not self.selected_rows():
            return ""
        for spec in self.ACTIONS:
            decision = decisions.get(spec.name, ALLOWED)
            if spec.explains and not decision.allowed:
                return self.tr("“{action}”不可用：{reason}").format(
                    action=clean_label(self.tr(spec.label)), reason=decision_text(decision))
        return ""

    def _set_reason(self, text: str) -> None:
        if text != self._reason:
            self._reason = text
            self.status_reason.emit(text)

    def current_reason(self) -> str:
        return self._reason

    def _trigger(self, spec: ActionSpec) -> None:
        getattr(self, spec.slot)()

    def run_default(self) -> None:
        """Enter on a row: the first enabled default action; if none is, say why the first is not."""
        defaults = [self.actions_by_name[s.name] for s in self.ACTIONS if s.default]
        for action in defaults:
            if action.isEnabled():
                action.trigger()
                return
        if defaults:
            self.status_message.emit(self.tr("“{action}”不可用：{reason}").format(
                action=clean_label(defaults[0].text()), reason=defaults[0].statusTip()))

    # -- filter and empty state ----------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.apply_filter(text)
        self.update_actions()

    def apply_filter(self, text: str) -> None:
        """Filter the rows shown; the default filters the proxy over every column."""
        self.proxy.set_text(text)

    def empty_text(self) -> str:
        """What to say when the table shows nothing: override with the first step to take."""
        return self.tr("没有记录。")

    def first_step(self, name: str, intro: str) -> str:
        """'还没有…。按 Ctrl+B「新增绑定」开始。' for the action ``name`` (or why it is not possible)."""
        if self.shop_id is None:
            return self.tr("请先在上方选择或新建一个店铺。")
        if self.filter.text().strip():
            return self.tr("没有符合筛选条件的记录。按 Esc 清除筛选。")
        action = self.actions_by_name[name]
        if not action.isEnabled():
            return intro
        key = key_text(action.shortcut())
        how = self.tr("按 {key}「{label}」开始。") if key else self.tr("点「{label}」开始。")
        return intro + how.format(key=key, label=clean_label(action.text()))

    def _refresh_empty(self, *_args) -> None:
        empty = self.proxy.rowCount() == 0
        if empty:
            self.empty_label.setText(self.empty_text())
            self.empty_label.resize(self.table.viewport().size())
        self.empty_label.setVisible(empty)

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            self._menu_from_keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        elif kind == QEvent.Type.Resize and obj is self.table.viewport():
            self.empty_label.resize(self.table.viewport().size())
        elif kind == QEvent.Type.KeyPress and obj is self.table and event.key() == Qt.Key.Key_Escape \
                and self.filter.text():
            self.filter.clear()
            return True
        return super().eventFilter(obj, event)

    def _context_menu(self, pos) -> None:
        if self.menu.isEmpty():
            return
        current = self.table.currentIndex()
        if self._menu_from_keyboard and current.isValid():
            # The Menu key opens the menu at the current row, not wherever the mouse is.
            pos = self.table.visualRect(current).bottomLeft()
        else:
            index = self.table.indexAt(pos)
            if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
                self.table.selectionModel().setCurrentIndex(
                    index, self.table.selectionModel().SelectionFlag.ClearAndSelect
                    | self.table.selectionModel().SelectionFlag.Rows)
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    def hideEvent(self, event) -> None:
        # Another page is on screen: this page's reason no longer applies.
        super().hideEvent(event)
        self._set_reason("")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reason = None  # force: the main window cleared the status bar while this page was away
        self.update_actions()
