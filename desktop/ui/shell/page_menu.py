"""操作(&A): the page on screen's actions in the menu bar, so every action has a keyboard path
(toolbar buttons take no focus). Rebuilt each time it opens; ends with 为什么不能…？, which stays
enabled and lists the reasons of the disabled actions (a disabled menu item is skipped by the
keyboard and its tooltip is never read)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("PageMenu", text)


def page_panels(page) -> list:
    """The table panels of ``page`` the user can see now (the page itself when it is one)."""
    # Imported here: the table panel brings the services (and peewee), not needed for the first frame.
    from desktop.ui.common.table_panel import TablePanel

    if isinstance(page, TablePanel):
        return [page]
    return [p for p in page.findChildren(TablePanel) if p.isVisible()] if page is not None else []


class PageMenu:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.menu = QMenu(tr("操作(&A)"), window)
        self.menu.setObjectName("pageActionsMenu")
        self.menu.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.menu.clear()
        panels = page_panels(self.window.stack.currentWidget())
        for panel in panels:
            panel.update_actions()
            if len(panels) > 1:
                self.menu.addSection(panel.table.accessibleName())
            for spec in panel.ACTIONS:
                if spec.separator:
                    self.menu.addSeparator()
                self.menu.addAction(panel.actions_by_name[spec.name])
            self.menu.addSeparator()
            self.menu.addAction(panel.why_action)
        if not panels:
            none = self.menu.addAction(tr("这一页没有针对所选内容的操作"))
            none.setEnabled(False)
