"""At start-up, when to-dos are due: a non-modal banner on 概览 with their count, and a
tray notification where the desktop has a system tray (switchable off in 提醒设置)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QSystemTrayIcon

from desktop.services import overview_state
from desktop.ui.common.runner import Op


def tr(text: str) -> str:
    return QCoreApplication.translate("overview", text)


def remind(window) -> int:
    """Show the banner (and tray message); returns the number of items due (0 if none or no data)."""
    page = window._pages.get("overview")
    if page is None or window.ctx is None or getattr(page, "data", None) is None:
        return 0
    count = page.data.due_count
    page.show_banner(count)
    if count and tray_wanted(window) and QSystemTrayIcon.isSystemTrayAvailable():
        tray = getattr(window, "tray_icon", None)
        if tray is None:
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            tray = QSystemTrayIcon(icon, window)
            tray.setObjectName("trayIcon")
            tray.setToolTip(tr("小店管家"))
            tray.activated.connect(lambda _reason: (window.showNormal(), window.raise_(), window.activateWindow()))
            tray.messageClicked.connect(lambda: (window.showNormal(), window.raise_(), window.show_page("overview")))
            window.tray_icon = tray
        tray.show()
        tray.showMessage(tr("小店管家：今日待办"), tr("今天有 {n} 项待办需要处理").format(n=count),
                         QSystemTrayIcon.MessageIcon.Information, 8000)
    return count


def tray_wanted(window) -> bool:
    return bool(Op(window, window.ctx, overview_state.tray_enabled).value_or(False))
