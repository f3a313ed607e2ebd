"""What the main window remembers between starts (QSettings): size and place,
maximised or not, the last page, the sidebar, splitter sizes, and each table's
column widths and sort order."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

# ``Qt`` is imported where a maximised window needs it: building its ~90 enums
# would cost the first frame ~45 ms (tests/benchmarks/bench_startup.py). The
# table and splitter types (their enums: ~5 ms) load with the first page's views.

from desktop.ui.common import settings

GEOMETRY = "window/geometry"
MAXIMISED = "window/maximised"
LAST_PAGE = "window/last_page"
NAV_COLLAPSED = "window/nav_collapsed"
MIN_WIDTH = 880  # fits beside the 抖店 backend on a 1920-px screen; ≤ 900 by design


def first_geometry(available: QRect) -> QRect:
    """A first window inside the screen's available area (taskbar excluded), with
    room to spare: 90 % of it, at most 1440×900, centred."""
    width = min(1440, max(MIN_WIDTH, int(available.width() * 0.9)), available.width())
    height = min(900, int(available.height() * 0.92), available.height())
    x = available.x() + (available.width() - width) // 2
    y = available.y() + (available.height() - height) // 2
    return QRect(x, y, width, height)


def restore_window(window: QMainWindow) -> None:
    s = settings.app_settings()
    geometry = s.value(GEOMETRY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if not restored:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(first_geometry(screen.availableGeometry()))
    if str(s.value(MAXIMISED, "false")).lower() == "true":
        from PySide6.QtCore import Qt

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_window(window: QMainWindow) -> None:
    s = settings.app_settings()
    s.setValue(GEOMETRY, window.saveGeometry())
    s.setValue(MAXIMISED, window.isMaximized())
    s.sync()


def saved_page() -> str:
    return settings.get_str(LAST_PAGE)


def save_page(key: str) -> None:
    settings.set_value(LAST_PAGE, key)


def nav_collapsed() -> bool:
    return str(settings.app_settings().value(NAV_COLLAPSED, "false")).lower() == "true"


def save_nav_collapsed(collapsed: bool) -> None:
    settings.set_value(NAV_COLLAPSED, collapsed)


def _views(root: QWidget):
    from PySide6.QtWidgets import QSplitter, QTableView, QTreeView

    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        if view.objectName():
            yield f"views/{view.objectName()}", view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            yield f"splitters/{splitter.objectName()}", splitter


def save_views(root: QWidget) -> None:
    """Column widths and sort order of every named table, sizes of every named splitter."""
    s = settings.app_settings()
    for key, widget in _views(root):
        s.setValue(key, widget.saveState())
    s.sync()


def restore_views(root: QWidget) -> None:
    s = settings.app_settings()
    for key, widget in _views(root):
        state = s.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            widget.restoreState(state)
