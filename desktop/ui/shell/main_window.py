"""The frame: shop switcher, navigation, pages, status bar. Kept small on purpose.

Start-up time: the frame is on screen before the database is open, so this
module and what it builds before ``attach`` touch as little as possible — no
services (peewee), no runner, no dialogs, and not Qt's ``Qt`` namespace (its
first use builds hundreds of enum classes, a fifth of a bare window's start).
The first-start page is built when it is first shown.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QHBoxLayout,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.ui.shell.registry import PAGES
from desktop.ui.shell.shop_switcher import ShopSwitcher


class MainWindow(QMainWindow):
    demo_requested = Signal()
    # A callable that replaces the database file while it is closed (restore, import);
    # the application closes the database, calls it, and reopens.
    swap_requested = Signal(object)

    def __init__(self, ctx=None, db_file=None, demo: bool = False) -> None:
        """With ctx=None the frame is built and can be shown at once; the
        database comes later through attach()."""
        super().__init__()
        self.ctx = None
        self.db_file = db_file
        self.demo = demo
        self.setObjectName("mainWindow")
        # Qt appends the application display name (小店管家) unless the title already ends with it.
        title = self.tr("小店管家")
        self.setWindowTitle(self.tr("示例数据") + " — " + title if demo else title)
        self.resize(1180, 760)

        self.switcher = ShopSwitcher(None, self)
        self.switcher.shop_selected.connect(self._on_shop)

        self.nav = QListWidget(objectName="navList")
        self.nav.setFixedWidth(120)
        self.stack = QStackedWidget(objectName="pageStack")
        self._first_run = None
        self.loading = QLabel(self.tr("正在打开数据…"), objectName="loadingLabel")
        # Centred by style sheet rather than Qt.AlignmentFlag (see the module note).
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        self._pages: dict[str, object] = {}
        self._placeholders: dict[str, int] = {}
        for spec in PAGES:
            QListWidgetItem(spec.label(), self.nav)  # row i is PAGES[i]
            holder = QLabel()
            self._placeholders[spec.key] = self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.shop_label = QLabel(objectName="statusShopLabel")
        # Why the selected row's action is off, on the page on screen; cleared when it no longer applies.
        self.reason_label = QLabel(objectName="statusReasonLabel")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.reason_label, 1)
        self.statusBar().addPermanentWidget(self.shop_label)

        if ctx is not None:
            self.attach(ctx)
        else:
            self.statusBar().showMessage(self.tr("正在打开数据…"))

    @property
    def first_run(self):
        """The first-start page (no shop yet), built on first use."""
        if self._first_run is None:
            from desktop.ui.shell.first_run import FirstRunPage

            self._first_run = FirstRunPage(demo_available=not self.demo)
            self._first_run.create_shop.connect(self.switcher.create)
            self._first_run.load_demo.connect(self.demo_requested)
            self.stack.addWidget(self._first_run)
        return self._first_run

    def attach(self, ctx) -> None:
        """Connect the window to the open database and show its shops."""
        self.ctx = ctx
        self.switcher.ctx = ctx
        self.statusBar().clearMessage()
        self.switcher.reload()
        self.safety.attach(ctx)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        QTimer.singleShot(0, self._remind)

    def _remind(self) -> None:
        # Imported after the shops are shown: the reminders bring the to-do rules (start-up time).
        from desktop.ui.shell import reminders

        reminders.remind(self)

    # -- frame -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = QToolBar(self.tr("店铺"), objectName="shopToolBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr(" 店铺：")))
        bar.addWidget(self.switcher.combo)
        bar.addAction(self.switcher.create_action)
        bar.addAction(self.switcher.edit_action)
        self.addToolBar(bar)

        shop_menu = self.menuBar().addMenu(self.tr("店铺(&S)"))
        for action in (self.switcher.create_action, self.switcher.edit_action, self.switcher.archive_action, self.switcher.restore_action):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self, objectName="quitAction")
        # setShortcuts, not setShortcut: the overloaded setter builds the Qt namespace (module note).
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        shop_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        for i, spec in enumerate(PAGES):
            action = QAction(spec.label(), self, objectName=f"nav{spec.key.capitalize()}Action")
            action.setShortcuts([QKeySequence(f"Ctrl+{i + 1}")])
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)

        from desktop.ui.safety.menu import SafetyTools

        self.safety = SafetyTools(self)  # 工具: 备份与恢复, 检查数据库, 导出/导入全部数据

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于小店管家(&A)"), self, objectName="aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        from desktop.ui.shell.about_dialog import show_about

        show_about(self, self.ctx.data_dir if self.ctx else "", self.db_file)

    def page(self, key: str):
        """The page widget for ``key``, built on first use."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            page = spec.factory(self.ctx, self.stack)
            page.setObjectName(spec.object_name)
            page.changed.connect(lambda changes, origin=page: self.broadcast(changes, skip=origin))
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            if hasattr(page, "open_target"):
                page.open_target.connect(self.open_target)
            page.status_reason.connect(lambda text, origin=page: self._page_reason(text, origin))
            index = self._placeholders[key]
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
            page.set_shop(self.switcher.current_id())
        return self._pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        from desktop.services import shops

        if self.switcher.current_id() is None and not shops.has_any_shop(self.ctx):
            self.stack.setCurrentWidget(self.first_run)
            return
        key = PAGES[row].key
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.statusBar().clearMessage()
        self.reason_label.setText(page.current_reason())

    def _page_reason(self, text: str, origin) -> None:
        if origin is self.stack.currentWidget():
            self.reason_label.setText(text)

    def status_reason(self) -> str:
        """The reason shown in the status bar now ('' when none applies)."""
        return self.reason_label.text()

    def show_page(self, key: str):
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def open_target(self, key: str, part: str, row_id, shop_id: int) -> None:
        """Open the row a to-do or a card is about: its shop, its page, its tab, the row itself."""
        if shop_id is not None and shop_id != self.switcher.current_id():
            self.switcher.reload(select_id=shop_id)
        page = self.show_page(key)
        if hasattr(page, "show_row"):
            page.show_row(part, row_id)

    # -- shops and changes -------------------------------------------------------
    def _on_shop(self, shop_id) -> None:
        row = self.switcher.current()
        self.shop_label.setText(self.tr("当前店铺：{name}").format(name=row.name) if row else self.tr("尚未选择店铺"))
        for page in self._pages.values():
            page.set_shop(shop_id)
        self._show_page(self.nav.currentRow())

    def announce_changes(self, changes: frozenset) -> None:
        """The runner's announcement for operations started by the frame or its dialogs."""
        self.broadcast(changes)

    def broadcast(self, changes: frozenset, skip=None) -> None:
        """Hand a service's change set to every page that has been built (``skip`` already has it)."""
        from desktop.services import changes as ch

        if ch.SHOPS in changes:
            self.switcher.reload()
        for page in self._pages.values():
            if page is not skip:
                page.apply_changes(changes)
