"""The frame: shop switcher, navigation, pages, status bar. Kept small on purpose."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QHBoxLayout,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.ui.common import a11y, icons
from desktop.ui.shell import window_state
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
        self.setMinimumWidth(window_state.MIN_WIDTH)
        window_state.restore_window(self)

        self.switcher = ShopSwitcher(None, self)
        self.switcher.shop_selected.connect(self._on_shop)

        self.nav = QListWidget(objectName="navList")
        self.nav.setAccessibleName(self.tr("页面导航"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(objectName="pageStack")
        # A page's minimum width never widens the window beyond the screen beside the 抖店
        # backend (≤ 900 px); a page narrower than its content lays out tighter instead.
        policy = self.stack.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.stack.setSizePolicy(policy)
        self._first_run = None  # built on first use (start-up time)
        self.loading = QLabel(self.tr("正在打开数据…"), objectName="loadingLabel")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        self._pages: dict[str, object] = {}
        self._placeholders: dict[str, int] = {}
        for spec in PAGES:
            item = QListWidgetItem(spec.label(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
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
        self.reason_label.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label.linkActivated.connect(self._open_link)
        self._reason_text = ""
        self._help = None
        # A long reason is cut at the window's edge instead of widening the window.
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.reason_label, 1)
        self.statusBar().addPermanentWidget(self.shop_label)

        self._set_nav_collapsed(window_state.nav_collapsed())
        self._refresh_icons()
        if ctx is not None:
            self.attach(ctx)
        else:
            self.statusBar().showMessage(self.tr("正在打开数据…"))

    @property
    def first_run(self):
        """The first-start page (no shop yet), built when first shown."""
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
            keys = [spec.key for spec in PAGES]
            last = window_state.saved_page()
            self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        QTimer.singleShot(0, self._remind)

    def _remind(self) -> None:
        # Imported after the shops are shown: the reminders bring the to-do rules (start-up time).
        from desktop.ui.shell import reminders
        from desktop.ui.team.live import LiveUpdates

        # Team mode: other computers' changes appear by themselves; no-op on SQLite.
        self.live = LiveUpdates(self, self.ctx)
        reminders.remind(self)

    # -- frame -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = QToolBar(self.tr("店铺"), objectName="shopToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(icons.ICON_SIZE)
        bar.addWidget(a11y.link_label(QLabel(self.tr(" 店铺：")), self.switcher.combo))
        bar.addWidget(self.switcher.combo)
        bar.addAction(self.switcher.create_action)
        bar.addAction(self.switcher.edit_action)
        self.addToolBar(bar)

        shop_menu = self.menuBar().addMenu(self.tr("店铺(&S)"))
        for action in (self.switcher.create_action, self.switcher.edit_action, self.switcher.archive_action, self.switcher.restore_action):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        team_action = QAction(self.tr("团队模式(&T)…"), self, objectName="teamModeAction")
        team_action.triggered.connect(self._team_mode)
        shop_menu.addAction(team_action)
        shop_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        shop_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        self.collapse_action = QAction(self.tr("收起侧栏(&B)"), self, objectName="navCollapseAction")
        self.collapse_action.setCheckable(True)
        self.collapse_action.setShortcut(QKeySequence("F9"))
        self.collapse_action.toggled.connect(self._set_nav_collapsed)
        view_menu.addAction(self.collapse_action)
        settings_action = QAction(self.tr("设置(&T)…"), self, objectName="settingsAction")
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        view_menu.addAction(settings_action)
        view_menu.addSeparator()
        for i, spec in enumerate(PAGES):
            action = QAction(spec.label(), self, objectName=f"nav{spec.key.capitalize()}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)

        from desktop.ui.shell.page_menu import PageMenu

        self.page_menu = PageMenu(self)  # 操作: the current page's actions and 为什么不能…？
        self.menuBar().addMenu(self.page_menu.menu)

        from desktop.ui.safety.menu import SafetyTools

        self.safety = SafetyTools(self)  # 工具: 备份与恢复, 检查数据库, 导出/导入全部数据

        from desktop.ui.platform.menu import PlatformMenu

        platform_menu = self.menuBar().addMenu(self.tr("平台(&P)"))
        platform_menu.setObjectName("platformMenu")
        self.platform = PlatformMenu(self, platform_menu, lambda: self.ctx, self.switcher.current_id,
                                     self._current_product, self.broadcast)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        for name, label, slot, key in (
            ("helpRulesAction", self.tr("规则说明(&R)"), lambda: self.show_help("rules"), "F1"),
            ("helpQuickStartAction", self.tr("快速上手(&Q)"), lambda: self.show_help("quick_start"), None),
            ("helpShortcutsAction", self.tr("快捷键(&K)"), lambda: self.show_help("shortcuts"), None),
        ):
            action = QAction(label, self, objectName=name)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            help_menu.addAction(action)
        help_menu.addSeparator()
        about = QAction(self.tr("关于小店管家(&A)"), self, objectName="aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _team_mode(self) -> None:
        from desktop import paths
        from desktop.ui.team.dialog import TeamDialog

        data_dir = self.ctx.data_dir if self.ctx else paths.resolve_data_dir()
        TeamDialog(self, data_dir, self.ctx).exec()

    def _current_product(self) -> int | None:
        page = self._pages.get("products")
        return page.selected_id() if page is not None else None

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
            for header in page.findChildren(QHeaderView):
                # A bold selected header would be wider than the column sized for it ("丘30天…").
                header.setHighlightSections(False)
            window_state.restore_views(page)
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
        window_state.save_page(key)
        self.statusBar().clearMessage()
        self._show_reason(page.current_reason())

    def _page_reason(self, text: str, origin) -> None:
        if origin is self.stack.currentWidget():
            self._show_reason(text)

    def _show_reason(self, text: str) -> None:
        """Plain words first; each rule ID as a small link into 规则说明."""
        self._reason_text = text
        if not text:
            self.reason_label.clear()
            self.reason_label.setToolTip("")
            self._announced = ""  # the same reason coming back is announced again
            return
        import html

        from desktop.ui.shell import help as help_window  # the help loads when first needed (start-up time)

        plain, rules = help_window.split_reason(text)

        links = "　".join(help_window.rule_link(r, self.reason_label.palette()) for r in rules)
        # One line (a rule's error list is long); the whole text on hover.
        self.reason_label.setText(html.escape(" ".join(plain.split())) + (f"　<small>{links}</small>" if links else ""))
        self.reason_label.setToolTip(text)
        if text != getattr(self, "_announced", ""):
            self._announced = text
            a11y.announce(self.reason_label, text)  # a screen reader hears why, not just sees it

    def status_reason(self) -> str:
        """The reason shown in the status bar now ('' when none applies)."""
        return self._reason_text

    def _open_link(self, link: str) -> None:
        from desktop.ui.shell import help as help_window

        if link.startswith(help_window.RULE_SCHEME + ":"):
            self.show_help("rules", link.split(":", 1)[1])

    def show_help(self, topic: str, rule: str | None = None):
        """帮助: "rules" (at ``rule``), "quick_start" or "shortcuts"; returns the help window."""
        if self._help is None:
            from desktop.ui.shell import help as help_window

            self._help = help_window.HelpWindow(self)
        if topic == "rules":
            self._help.show_rules(rule)
        elif topic == "quick_start":
            self._help.show_quick_start()
        else:
            self._help.show_shortcuts(self)
        return self._help

    def open_settings(self) -> None:
        from desktop.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    # -- sidebar, icons, remembered layout ---------------------------------------------
    NAV_ICONS = {"overview": "layout-dashboard", "accounts": "users", "products": "package",
                 "influencers": "chart-column", "history": "history"}

    def _set_nav_collapsed(self, collapsed: bool) -> None:
        """Icons only (labels become tooltips and stay the accessible names)."""
        for i, spec in enumerate(PAGES):
            item = self.nav.item(i)
            item.setText("" if collapsed else spec.label())
            item.setToolTip(spec.label())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label())
        width = 52 if collapsed else max(132, self.nav.sizeHintForColumn(0) + 28)
        self.nav.setFixedWidth(width)
        if self.collapse_action.isChecked() != collapsed:
            self.collapse_action.setChecked(collapsed)
        self.collapse_action.setText(self.tr("展开侧栏(&B)") if collapsed else self.tr("收起侧栏(&B)"))
        window_state.save_nav_collapsed(collapsed)

    def _refresh_icons(self) -> None:
        for i, spec in enumerate(PAGES):
            self.nav.item(i).setIcon(icons.icon(self.NAV_ICONS.get(spec.key, "layout-dashboard")))
        self.collapse_action.setIcon(icons.icon("panel-left-open" if self.collapse_action.isChecked()
                                                else "panel-left-close"))
        for action in self.findChildren(QAction):
            name = action.property("iconName")
            if name:
                action.setIcon(icons.icon(name))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._refresh_icons()  # icons are drawn in the palette's colours
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        window_state.save_window(self)
        for page in self._pages.values():
            window_state.save_views(page)
        super().closeEvent(event)

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
