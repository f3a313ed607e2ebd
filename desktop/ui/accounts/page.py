"""账号 page: 官方账号, 渠道号 and 自营账号, one tab each."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from desktop.services import changes as ch
from desktop.ui.accounts.channel_panel import ChannelPanel
from desktop.ui.accounts.official_panel import OfficialPanel
from desktop.ui.accounts.self_panel import SelfOperatedPanel
from desktop.ui.common.page import Page


class AccountsPage(Page):
    watches = frozenset({ch.BINDINGS, ch.ACCOUNTS, ch.SHOPS, ch.GMV})

    def __init__(self, ctx, parent=None, gmv=None) -> None:
        super().__init__(ctx, parent)
        self.official = OfficialPanel(ctx, self)
        self.channels = ChannelPanel(ctx, self)
        self.self_operated = SelfOperatedPanel(ctx, self, gmv=gmv)
        self.tabs = QTabWidget(objectName="accountsTabs")
        self.tabs.addTab(self.official, self.tr("官方账号(&G)"))
        self.tabs.addTab(self.channels, self.tr("渠道号(&Q)"))
        self.tabs.addTab(self.self_operated, self.tr("自营账号(&Z)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.status_reason.emit(self.current_reason()))
        for panel in self.panels():
            panel.changed.connect(lambda changes, origin=panel: self._panel_changed(changes, origin))
            panel.status_message.connect(self.status_message)
            panel.status_reason.connect(lambda text, origin=panel: self._panel_reason(text, origin))

    def _panel_changed(self, changes: frozenset, origin) -> None:
        # The panel that ran the operation has refreshed itself; its neighbours and the other pages follow.
        for panel in self.panels():
            if panel is not origin:
                panel.apply_changes(changes)
        self.changed.emit(changes)

    def _panel_reason(self, text: str, origin) -> None:
        if origin is self.tabs.currentWidget():  # a hidden tab's reason is not about what is on screen
            self.status_reason.emit(text)

    def current_reason(self) -> str:
        return self.tabs.currentWidget().current_reason()

    def show_row(self, part: str, row_id) -> None:
        """Open a section and select its row: a binding ID (official, channel) or an account ID (self)."""
        panel = {"official": self.official, "channel": self.channels, "self": self.self_operated}.get(part)
        if panel is None:
            return
        self.tabs.setCurrentWidget(panel)
        if row_id is None:
            return
        if panel is self.self_operated:
            panel.select_account(row_id)
        else:
            panel.select_id(row_id)
        panel.table.setFocus()

    def panels(self):
        return (self.official, self.channels, self.self_operated)

    def set_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        for panel in self.panels():
            panel.set_shop(shop_id)

    def reload(self) -> None:
        for panel in self.panels():
            panel.reload()

    def apply_changes(self, changes: frozenset) -> None:
        for panel in self.panels():
            panel.apply_changes(changes)
