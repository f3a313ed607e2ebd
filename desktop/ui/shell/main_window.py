"""The frame: shop switcher, navigation, pages, status bar. Kept small on purpose."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from desktop.ui.shell import window_state
from desktop.ui.shell.registry import PAGES

# The frame (navigation, menus, icons: ui/shell/frame.py) and everything using the
# ``Qt`` namespace load after the first frame when the application starts
# (MainWindow(None, loading_only=True), then build_frame()); see application.py.


class MainWindow(QMainWindow):
    demo_requested = Signal()
    # A callable that replaces the database file while it is closed (restore, import);
    # the application closes the database, calls it, and reopens.
    swap_requested = Signal(object)

    def __init__(self, ctx=None, db_file=None, demo: bool = False, loading_only: bool = False) -> None:
        """With ctx=None the frame is built and can be shown at once; the
        database comes later through attach(). With loading_only the window
        shows only "正在打开数据…" until build_frame()."""
        super().__init__()
        self._built = False  # changeEvent asks, from the first setWindowTitle on
        self.ctx = None
        self.db_file = db_file
        self.demo = demo
        self.setObjectName("mainWindow")
        # Qt appends the application display name (小店管家) unless the title already ends with it.
        title = self.tr("小店管家")
        self.setWindowTitle(self.tr("示例数据") + " — " + title if demo else title)
        self.setMinimumWidth(window_state.MIN_WIDTH)
        window_state.restore_window(self)
        self._first_run = None  # built on first use (start-up time)
        self._pages: dict[str, object] = {}
        self.placeholders: dict[str, int] = {}
        self._reason_text = ""
        self._help = None
        self.loading = QLabel(self.tr("正在打开数据…"), objectName="loadingLabel")
        # Centred by stretches: an alignment flag would build the Qt namespace before the first frame.
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addStretch(1)
        row.addWidget(self.loading)
        row.addStretch(1)
        self.setCentralWidget(holder)
        self.statusBar().showMessage(self.tr("正在打开数据…"))
        if not loading_only:
            self.build_frame()
        if ctx is not None:
            self.attach(ctx)

    def build_frame(self) -> None:
        """Navigation, pages, tool bar, menus, status bar (once)."""
        if self._built:
            return
        from desktop.ui.shell import frame

        frame.build(self)
        self._built = True

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
        from desktop.ui.common import writable

        writable.notify()  # another database (restored, imported, read-only): write actions follow it
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
            index = self.placeholders[key]
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
            from PySide6.QtWidgets import QHeaderView

            for header in page.findChildren(QHeaderView):
                # A bold selected header would be wider than the column sized for it ("丘30天…").
                header.setHighlightSections(False)
            window_state.restore_views(page)
            page.set_shop(self.switcher.current_id())
        return self._pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        if self.switcher.current_id() is None and not self.switcher.has_any_shop():
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

        from desktop.ui.common import a11y
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
    def _set_nav_collapsed(self, collapsed: bool) -> None:
        from desktop.ui.shell import frame

        frame.set_nav_collapsed(self, collapsed)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._built:
            from PySide6.QtCore import QEvent

            if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
                from desktop.ui.shell import frame

                frame.refresh_icons(self)  # icons are drawn in the palette's colours
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
