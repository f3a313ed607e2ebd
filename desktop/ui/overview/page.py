"""概览 page: 今日待办 across shops, shop cards and charts, with a shop filter.

Service calls go through the runner's Op (a message, never a traceback). Charts
(QtCharts) are imported and drawn after the page's first frame.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QMenu, QMessageBox, QPushButton, QScrollArea, QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain import todos as td
from desktop.services import changes as ch
from desktop.services import overview, overview_charts, overview_state
from desktop.services import self_operated as so_svc
from desktop.ui.common.a11y import link_label
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common.page import Page
from desktop.ui.overview.cards import ShopCardWidget
from desktop.ui.overview.todo_model import TODO_ROLE, TodoModel


def tr(text: str) -> str:
    return QCoreApplication.translate("overview", text)


class OverviewPage(Page):
    # (page key, part, row ID or None, shop ID): the main window opens that row.
    open_target = Signal(str, str, object, int)
    watches = overview_state.CHANGES_SHOWN

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.data: overview.Overview | None = None
        self._pending_cards: list = []
        self._cards_built = 0
        self.charts = None  # ChartsPanel, built after the first frame
        self._charts_due = False
        self._charts_stale = False
        self._build()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.shop_filter = QComboBox(objectName="overviewShopFilter")
        self.shop_filter.setMinimumWidth(180)
        self.shop_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.period = QComboBox(objectName="overviewChartPeriod")
        for days in overview_charts.PERIODS:
            self.period.addItem(tr("近 {n} 天").format(n=days), days)
        self.period.currentIndexChanged.connect(lambda _i: self._load_charts())
        calendar = self._button("overviewExportCalendar", tr("导出到日历…"), self.export_calendar)
        settings = self._button("overviewSettingsButton", tr("提醒设置…"), self.edit_settings)
        refresh = self._button("overviewRefresh", tr("刷新"), self.reload)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        top = QHBoxLayout()
        for w in (link_label(QLabel(tr("店铺(&D)：")), self.shop_filter), self.shop_filter,
                  link_label(QLabel(tr("图表(&C)：")), self.period), self.period):
            top.addWidget(w)
        top.addStretch(1)
        for b in (refresh, calendar, settings):
            top.addWidget(b)

        self.banner = QFrame(objectName="overviewBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel(objectName="overviewBannerText")
        close = QToolButton(objectName="overviewBannerClose", text="×")
        close.setToolTip(tr("关闭提示"))
        close.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(close)
        self.banner.hide()

        self.todos = TodoModel(self)
        self.todos.setObjectName("overviewTodoModel")
        self.table = QTableView(objectName="overviewTodoTable")
        self.table.setModel(self.todos)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("待办事项"))
        self.table.setWordWrap(False)
        # Widths from the font, not from every row's text: the list may hold hundreds of items.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for col, sample in ((0, "2026-12-31"), (1, "小林家居旗舰店（示例）"), (3, "R-P-SUBMIT")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.activated.connect(lambda _i: self.open_current())  # Enter or double-click
        self.table.clicked.connect(lambda _i: self.open_current())
        # Right-click (or the menu key) selects a row without leaving the page: 完成, 稍后提醒...
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.title = QLabel(objectName="overviewTodoTitle")
        self.show_hidden = QCheckBox(tr("显示已完成和推迟的"), objectName="overviewShowHidden")
        self.show_hidden.toggled.connect(lambda _on: self._fill_todos())
        self.open_button = self._button("overviewOpenTodo", tr("打开"), self.open_current)
        self.done_button = self._button("overviewDoneTodo", tr("完成"), self.mark_done)
        self.snooze_button = QToolButton(objectName="overviewSnoozeTodo", text=tr("稍后提醒"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for days in overview_state.SNOOZE_DAYS:
            act = QAction(tr("{n} 天后").format(n=days), menu, objectName=f"overviewSnooze{days}Action")
            act.triggered.connect(lambda _=False, d=days: self.snooze(d))
            menu.addAction(act)
        self.snooze_button.setMenu(menu)
        self.snooze_button.setMinimumWidth(self.snooze_button.sizeHint().width() + 14)  # and the menu arrow
        self.propose_button = self._button("overviewProposeTodo", tr("一键提议自营"), self.propose)
        self.restore_button = self._button("overviewRestoreTodo", tr("恢复"), self.restore)
        tools = QHBoxLayout()
        tools.addWidget(self.title)
        tools.addStretch(1)
        for w in (self.show_hidden, self.open_button, self.done_button, self.snooze_button, self.propose_button,
                  self.restore_button):
            tools.addWidget(w)
        todo_box = QWidget()
        v = QVBoxLayout(todo_box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(tools)
        v.addWidget(self.table, 1)

        self.cards_host = QWidget(objectName="overviewCards")
        # One style sheet for every card's links (one per button would be parsed 200 times).
        self.cards_host.setStyleSheet("QPushButton[cardLink=\"true\"] { text-align: left; padding: 2px 4px; }")
        self.cards_grid = QGridLayout(self.cards_host)
        self.cards_grid.setContentsMargins(0, 0, 0, 0)
        cards_scroll = QScrollArea(objectName="overviewCardsScroll")
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards' links take focus, not the frame
        cards_scroll.setWidget(self.cards_host)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(todo_box)
        upper.addWidget(cards_scroll)
        upper.setSizes([640, 420])
        self.charts_host = QWidget(objectName="overviewChartsHost")
        self.charts_layout = QVBoxLayout(self.charts_host)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts_placeholder = QLabel(tr("图表加载中…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.charts_layout.addWidget(self.charts_placeholder)
        outer = QSplitter(Qt.Orientation.Vertical, objectName="overviewSplitter")
        outer.addWidget(upper)
        outer.addWidget(self.charts_host)
        outer.setSizes([420, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(outer, 1)
        self.setTabOrder(self.shop_filter, self.table)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        item = self.current_todo()
        if item is None:
            return
        menu = QMenu(self.table)
        menu.setObjectName("overviewTodoMenu")
        menu.addAction(tr("打开"), self.open_current)
        if self._hidden(item):
            menu.addAction(tr("恢复"), self.restore)
        else:
            menu.addAction(tr("完成"), self.mark_done)
            for days in overview_state.SNOOZE_DAYS:
                menu.addAction(tr("{n} 天后提醒").format(n=days), lambda d=days: self.snooze(d))
        if item.kind == td.SELF_ELIGIBLE:
            menu.addAction(tr("一键提议自营"), self.propose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _button(self, name: str, text: str, slot) -> QPushButton:
        (b := QPushButton(text, objectName=name)).clicked.connect(slot)
        return b

    # -- loading -------------------------------------------------------------------
    def filter_shop(self) -> int | None:
        return self.shop_filter.currentData()

    def _fill_shop_filter(self) -> None:
        from desktop.services import shops

        current = self.filter_shop()
        rows = Op(self, self.ctx, shops.list_shops).value_or(None) or []
        self.shop_filter.blockSignals(True)
        self.shop_filter.clear()
        self.shop_filter.addItem(tr("全部店铺"), None)
        for row in rows:
            self.shop_filter.addItem(row.name, row.id)
        index = self.shop_filter.findData(current)
        self.shop_filter.setCurrentIndex(max(0, index))
        self.shop_filter.blockSignals(False)

    def set_shop(self, shop_id: int | None) -> None:
        # The overview covers every shop; its own filter chooses. Only load once.
        self.shop_id = shop_id
        if self.data is None:
            self.reload()

    def apply_changes(self, changes: frozenset) -> None:
        if ch.SHOPS in changes:
            self._fill_shop_filter()
        if changes & self.watches:
            self.reload()

    def reload(self) -> None:
        if self.shop_filter.count() == 0:
            self._fill_shop_filter()
        data = Op(self, self.ctx, overview.load, self.filter_shop()).value_or(None)
        if data is None:
            return
        self.data = data
        self._fill_todos()
        self._fill_cards()
        self._load_charts()

    def _fill_todos(self) -> None:
        data = self.data
        if data is None:
            return
        selected = self.current_todo()
        rows = data.todos + (data.hidden if self.show_hidden.isChecked() else [])
        self.todos.set_rows(rows)
        self.title.setText(tr("今日待办：{n} 项").format(n=data.due_count) +
                           (tr("（另有 {m} 项已完成或推迟）").format(m=len(data.hidden)) if data.hidden else ""))
        keep = selected.key if selected else None
        for r, item in enumerate(rows):
            if item.key == keep:
                self.table.selectRow(r)
                break
        self._update_actions()

    # Cards that fit the first screen are built at once, the rest a few per event-loop turn:
    # 50 shops' cards would otherwise hold the first frame back.
    FIRST_CARDS = 4
    CARDS_PER_TURN = 8

    def _fill_cards(self) -> None:
        cards = list(self.data.cards)
        # The cards already built show the new figures; only a shop more or less adds or drops one.
        kept = min(self._cards_built, len(cards))
        for row in range(kept):
            self.cards_grid.itemAtPosition(row, 0).widget().set_card(cards[row])
        for row in range(kept, self._cards_built):
            widget = self.cards_grid.itemAtPosition(row, 0).widget()
            self.cards_grid.removeWidget(widget)
            widget.deleteLater()
        self.cards_grid.setRowStretch(self._cards_built, 0)
        self._cards_built = kept
        self.cards_grid.setRowStretch(kept, 1)
        self._pending_cards = cards[kept:]
        self._add_cards(max(self.FIRST_CARDS - kept, 0))

    def _add_cards(self, n: int) -> None:
        batch, self._pending_cards = self._pending_cards[:n], self._pending_cards[n:]
        self.cards_grid.setRowStretch(self._cards_built, 0)
        for card in batch:
            widget = ShopCardWidget(card, self.cards_host)
            widget.open_part.connect(self.open_target)
            self.cards_grid.addWidget(widget, self._cards_built, 0)
            self._cards_built += 1
        self.cards_grid.setRowStretch(self._cards_built, 1)
        if self._pending_cards:
            pending = self._pending_cards
            # After the events already queued: the first frame paints (and input runs) between batches.
            QTimer.singleShot(0, lambda: pending is self._pending_cards and self._add_cards(self.CARDS_PER_TURN))

    def cards_complete(self) -> bool:
        return not self._pending_cards

    # -- charts, after the first frame -------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.charts is None and not self._charts_due:
            self._charts_due = True
            QTimer.singleShot(0, lambda: self.charts is None and self.build_charts())
        elif self._charts_stale:
            QTimer.singleShot(0, self._load_charts)

    def build_charts(self) -> None:
        if self.charts is None:
            from desktop.ui.overview.charts import ChartsPanel  # QtCharts: only now

            self.charts = ChartsPanel(self.charts_host)
            for box in self.charts.boxes():
                box.exported.connect(lambda path: self.status_message.emit(tr("图片已导出：{p}").format(p=path)))
            self.charts_layout.removeWidget(self.charts_placeholder)
            self.charts_placeholder.deleteLater()
            self.charts_layout.addWidget(self.charts)
        self._load_charts()

    def _load_charts(self) -> None:
        if self.charts is None:
            return
        # Changes made on another page reach a hidden 概览 too: its charts wait until it shows.
        self._charts_stale = not self.isVisible()
        if self._charts_stale:
            return
        data = Op(self, self.ctx, overview_charts.load, self.filter_shop(), self.period.currentData()).value_or(None)
        if data is not None:
            self.chart_data = data
            self.charts.set_charts(data)

    # -- to-do actions -------------------------------------------------------------
    def current_todo(self) -> td.Todo | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        return self.todos.data(self.todos.index(index.row(), 0), TODO_ROLE)

    def _hidden(self, item: td.Todo | None) -> bool:
        return bool(item and self.data and item in self.data.hidden)

    def _update_actions(self) -> None:
        item = self.current_todo()
        hidden = self._hidden(item)
        self.open_button.setEnabled(item is not None)
        # Done, snooze, restore and propose are written to the database: off while it can't be written.
        writable.enable(self.done_button, self.ctx, item is not None and not hidden, self._update_actions)
        writable.enable(self.snooze_button, self.ctx, item is not None and not hidden)
        writable.enable(self.restore_button, self.ctx)
        writable.enable(self.propose_button, self.ctx)
        self.restore_button.setVisible(hidden)
        self.propose_button.setVisible(item is not None and item.kind == td.SELF_ELIGIBLE)

    def open_current(self) -> None:
        item = self.current_todo()
        if item is not None:
            self.open_target.emit(item.target[0], item.target[1], item.target_id, item.shop_id)

    def mark_done(self) -> None:
        item = self.current_todo()
        if item is not None:
            Op(self, self.ctx, overview_state.mark_done, item).run()

    def snooze(self, days: int) -> None:
        item = self.current_todo()
        if item is not None:
            Op(self, self.ctx, overview_state.snooze, item, days).run()

    def restore(self) -> None:
        item = self.current_todo()
        if item is not None:
            Op(self, self.ctx, overview_state.restore, item.key).run()

    def propose(self) -> None:
        """R-SELF-5: mark every eligible, unmarked account of the item's shop at once."""
        item = self.current_todo()
        if item is None or item.kind != td.SELF_ELIGIBLE:
            return
        answer = QMessageBox.question(
            self, tr("一键提议自营"),
            tr("将「{shop}」{n} 个符合条件的达人标记为自营，并等待达人授权？").format(shop=item.shop_name,
                                                                    n=item.params["count"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = Op(self, self.ctx, so_svc.propose_all_eligible, item.shop_id).run()
        if result.ok:
            marked = sum(1 for i in result.value if i.marked)
            self.status_message.emit(tr("已提议 {n} 个达人为自营，等待授权").format(n=marked))

    # -- start-up banner, calendar, settings ------------------------------------------------
    def show_banner(self, count: int) -> None:
        if count <= 0:
            self.banner.hide()
            return
        self.banner_text.setText(tr("今天有 {n} 项待办需要处理，见下方“今日待办”。").format(n=count))
        self.banner.show()

    def export_calendar(self) -> None:
        from desktop.services import overview_calendar

        path, _ = QFileDialog.getSaveFileName(self, tr("导出到日历"), "shopdesk.ics", tr("日历文件 (*.ics)"))
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        n = Op(self, self.ctx, overview_calendar.export_calendar, path, self.filter_shop()).value_or(None)
        if n is not None:
            self.status_message.emit(tr("已导出 {n} 个日程到 {p}").format(n=n, p=path))

    def edit_settings(self) -> None:
        from desktop.ui.overview.settings_dialog import SettingsDialog

        # The dialog's Op announces the saved settings up through this page.
        SettingsDialog(self.ctx, self).exec()
