"""The main window's frame: navigation, page stack, tool bar, menus and status bar.

Built after the first frame is on screen (ui/shell/application.py): its Qt types
and the menus' modules are not needed to show the window with "正在打开数据…".

Nothing here touches the ``Qt`` namespace: its first use creates ~90 Python
enums at once (30–45 ms of start-up on this machine), and the frame of a first
start (no shop yet) does not need one of them. An enum property is set by its
key's name instead (``setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")``,
which Qt's meta-object converts), and shortcuts by ``setShortcuts``: the
overloaded ``setShortcut`` builds the namespace to pick its overload.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.ui.common import a11y, icons
from desktop.ui.shell import window_state
from desktop.ui.shell.registry import PAGES
from desktop.ui.shell.shop_switcher import ShopSwitcher



def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


NAV_ICONS = {"overview": "layout-dashboard", "accounts": "users", "products": "package",
             "influencers": "chart-column", "history": "history"}


def build(window) -> None:
    """Give ``window`` (a MainWindow showing its loading label) the whole frame."""
    window.switcher = ShopSwitcher(None, window)
    window.switcher.shop_selected.connect(window._on_shop)
    _pages(window)
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(4, 4, 4, 4)
    row.addWidget(window.nav)
    row.addWidget(window.stack, 1)
    window.setCentralWidget(central)  # the loading frame's widget lives on in the stack (_pages)
    _tool_bar(window)
    _menus(window)
    _status_bar(window)
    set_nav_collapsed(window, window_state.nav_collapsed(), save=False)  # no settings write at every start
    # The actions built so far drew their own icons (icons.set_action_icon); walking every
    # child for them (findChildren) would create wrappers of each child's Qt type.
    refresh_icons(window, actions=False)


def _pages(window) -> None:
    window.nav = QListWidget(objectName="navList")
    window.nav.setAccessibleName(tr("页面导航"))
    window.nav.setIconSize(QSize(20, 20))
    window.nav.setSpacing(2)
    window.nav.setFrameShape(QListWidget.Shape.NoFrame)
    window.stack = QStackedWidget(objectName="pageStack")
    # A page's minimum width never widens the window beyond the screen beside the 抖店
    # backend (≤ 900 px); a page narrower than its content lays out tighter instead.
    policy = window.stack.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    window.stack.setSizePolicy(policy)
    loading = window.takeCentralWidget()  # 正在打开数据…, centred by stretches, until the shops are shown
    window.stack.addWidget(loading)
    window.stack.setCurrentWidget(loading)
    for spec in PAGES:
        item = QListWidgetItem(spec.label(), window.nav)
        item.setSizeHint(QSize(0, 36))
        window.placeholders[spec.key] = window.stack.addWidget(QLabel())
    window.nav.currentRowChanged.connect(window._show_page)


def _status_bar(window) -> None:
    window.shop_label = QLabel(objectName="statusShopLabel")
    # Why the selected row's action is off, on the page on screen; cleared when it no longer applies.
    window.reason_label = QLabel(objectName="statusReasonLabel")
    window.reason_label.setProperty("textFormat", "RichText")  # its rule IDs are links
    window.reason_label.linkActivated.connect(window._open_link)
    # A long reason is cut at the window's edge instead of widening the window.
    window.reason_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    bar = window.statusBar()
    bar.setObjectName("statusBar")
    # A widget added while a message shows (正在打开数据…) would stay hidden for good; added without
    # one, it is hidden by the message only while the message lasts.
    message = bar.currentMessage()
    bar.clearMessage()
    bar.addWidget(window.reason_label, 1)
    bar.addPermanentWidget(window.shop_label)
    if message:
        bar.showMessage(message)


def _tool_bar(window) -> None:
    bar = QToolBar(tr("店铺"), objectName="shopToolBar")
    bar.setMovable(False)
    bar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
    bar.setIconSize(icons.ICON_SIZE)
    bar.addWidget(a11y.link_label(QLabel(tr(" 店铺：")), window.switcher.combo))
    bar.addWidget(window.switcher.combo)
    bar.addAction(window.switcher.create_action)
    bar.addAction(window.switcher.edit_action)
    window.addToolBar(bar)


def _action(window, name: str, text: str, slot, key=None) -> QAction:
    action = QAction(text, window, objectName=name)
    if key is not None:
        action.setShortcuts(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                            else [QKeySequence(key)])
    action.triggered.connect(slot)
    return action


def _menus(window) -> None:
    switcher = window.switcher
    shop_menu = window.menuBar().addMenu(tr("店铺(&S)"))
    for action in (switcher.create_action, switcher.edit_action, switcher.archive_action, switcher.restore_action):
        shop_menu.addAction(action)
    shop_menu.addSeparator()
    shop_menu.addAction(_action(window, "teamModeAction", tr("团队模式(&T)…"), window._team_mode))
    shop_menu.addSeparator()
    shop_menu.addAction(_action(window, "quitAction", tr("退出(&Q)"), window.close, QKeySequence.StandardKey.Quit))

    view_menu = window.menuBar().addMenu(tr("查看(&V)"))
    window.collapse_action = QAction(tr("收起侧栏(&B)"), window, objectName="navCollapseAction")
    window.collapse_action.setCheckable(True)
    window.collapse_action.setShortcuts([QKeySequence("F9")])
    window.collapse_action.toggled.connect(lambda collapsed: set_nav_collapsed(window, collapsed))
    view_menu.addAction(window.collapse_action)
    settings_action = _action(window, "settingsAction", tr("设置(&T)…"), window.open_settings, "Ctrl+,")
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    view_menu.addAction(settings_action)
    view_menu.addSeparator()
    for i, spec in enumerate(PAGES):
        view_menu.addAction(_action(window, f"nav{spec.key.capitalize()}Action", spec.label(),
                                    lambda _=False, row=i: window.nav.setCurrentRow(row), f"Ctrl+{i + 1}"))

    from desktop.ui.shell.page_menu import PageMenu

    window.page_menu = PageMenu(window)  # 操作: the current page's actions and 为什么不能…？
    window.menuBar().addMenu(window.page_menu.menu)

    from desktop.ui.safety.menu import SafetyTools

    window.safety = SafetyTools(window)  # 工具: 备份与恢复, 检查数据库, 导出/导入全部数据

    from desktop.ui.platform.menu import PlatformMenu

    platform_menu = window.menuBar().addMenu(tr("平台(&P)"))
    platform_menu.setObjectName("platformMenu")
    window.platform = PlatformMenu(window, platform_menu, lambda: window.ctx, switcher.current_id,
                                   window._current_product, window.broadcast)
    _help_menu(window)


def _help_menu(window) -> None:
    help_menu = window.menuBar().addMenu(tr("帮助(&H)"))
    for name, label, topic, key in (
        ("helpRulesAction", tr("规则说明(&R)"), "rules", "F1"),
        ("helpQuickStartAction", tr("快速上手(&Q)"), "quick_start", None),
        ("helpShortcutsAction", tr("快捷键(&K)"), "shortcuts", None),
    ):
        help_menu.addAction(_action(window, name, label, lambda _=False, t=topic: window.show_help(t), key))
    help_menu.addSeparator()
    help_menu.addAction(_action(window, "aboutAction", tr("关于小店管家(&A)"), window._about))


def set_nav_collapsed(window, collapsed: bool, save: bool = True) -> None:
    """Icons only (labels become tooltips and stay the accessible names)."""
    for i, spec in enumerate(PAGES):
        item = window.nav.item(i)
        item.setText("" if collapsed else spec.label())
        item.setToolTip(spec.label())
        if collapsed:  # expanded, its text is its name
            from PySide6.QtCore import Qt

            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label())
    width = 52 if collapsed else max(132, window.nav.sizeHintForColumn(0) + 28)
    window.nav.setFixedWidth(width)
    action = window.collapse_action
    if action.isChecked() != collapsed:
        action.setChecked(collapsed)
    action.setText(tr("展开侧栏(&B)") if collapsed else tr("收起侧栏(&B)"))
    if save:
        window_state.save_nav_collapsed(collapsed)


def refresh_icons(window, actions: bool = True) -> None:
    """Icons are drawn in the palette's colours: drawn again when it changes."""
    for i, spec in enumerate(PAGES):
        window.nav.item(i).setIcon(icons.icon(NAV_ICONS.get(spec.key, "layout-dashboard")))
    window.collapse_action.setIcon(icons.icon("panel-left-open" if window.collapse_action.isChecked()
                                              else "panel-left-close"))
    for action in window.findChildren(QAction) if actions else ():
        name = action.property("iconName")
        if name:
            action.setIcon(icons.icon(name))
