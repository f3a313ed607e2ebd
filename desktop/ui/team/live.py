"""Live updates and the offline state in the main window (team mode).

A timer polls the server's change feed twice a second: another computer's
commit refreshes the pages within ~0.5 s (the target is 2 s). When the server
can't be reached the status bar says so, the pages keep the data last loaded,
every write action is shown disabled with the reason (and the services refuse
a write with the same reason: never queued), and the feed tries to reconnect
every few seconds; when it is back the actions come back and the pages reload.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.services import changes as ch
from desktop.ui.common import writable

POLL_MS = 500
RETRY_MS = 3000
EVERYTHING = frozenset({ch.SHOPS, ch.HISTORY, ch.ACCOUNTS, ch.BINDINGS, ch.GMV, ch.CATEGORIES, ch.PRODUCTS})


class LiveUpdates(QObject):
    """Owned by the main window; does nothing on an SQLite session."""

    online_changed = Signal(bool)

    def __init__(self, window, ctx) -> None:
        super().__init__(window)
        from desktop.services import live

        self.window, self.ctx, self.live = window, ctx, live
        self.feed = None
        self.online = True
        self.label = QLabel(objectName="teamConnectionLabel")
        self.timer = QTimer(self, interval=POLL_MS, timeout=self._tick)
        if ctx is None or not ctx.is_server:
            return
        window.statusBar().addPermanentWidget(self.label)
        self._connect()
        self.timer.start()

    def _connect(self) -> bool:
        try:
            self.feed = self.live.feed_for(self.ctx)
        except Exception:  # noqa: BLE001 - any failure means: not reachable now
            self.feed = None
            return False
        return True

    def _tick(self) -> None:
        if self.feed is None and not self._connect():
            self._set_online(False)
            self.timer.setInterval(RETRY_MS)
            return
        try:
            shops = self.feed.poll()
        except Exception:  # noqa: BLE001 - the server went away
            self.feed = None
            self._set_online(False)
            self.timer.setInterval(RETRY_MS)
            return
        self.timer.setInterval(POLL_MS)
        came_back = not self.online
        self._set_online(True)
        if shops or came_back:
            self.window.announce_changes(EVERYTHING)

    def _set_online(self, online: bool) -> None:
        if online:
            self.label.setText(self.tr("团队服务器：已连接（{label}）").format(label=self.ctx.db.server_config.label()))
        else:
            self.label.setText(self.tr("团队服务器连接中断：只显示最后载入的数据，修改不会保存；正在自动重新连接…"))
        if online != self.online:
            self.online = online
            from desktop.services import write_state

            write_state.set_online(self.ctx, online)  # services refuse writes while offline
            writable.notify()  # every write action follows: disabled with the reason, or back
            if not online:
                self.window.statusBar().showMessage(self.label.text(), 10000)
            self.online_changed.emit(online)

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.close()
            self.feed = None
