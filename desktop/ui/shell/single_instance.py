"""A second start brings the running window to the front, then exits.

The first instance (the one holding the data-folder lock) listens on a local
socket named after the data folder; a second start with the same folder
connects, says "raise", and quits. Other data folders are other instances.
"""
from __future__ import annotations

import getpass
import hashlib
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: the folder alone still tells instances apart
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode("utf-8")).hexdigest()[:16]
    return f"shopdesk-{digest}"


def ask_running_to_raise(data_dir: Path, timeout_ms: int = 1500) -> bool:
    """True when an instance for ``data_dir`` answered and will come to the front."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    ok = socket.waitForReadyRead(timeout_ms) and socket.readAll().data().startswith(b"ok")
    socket.disconnectFromServer()
    return ok


class RaiseServer(QObject):
    """Listens for second starts; ``window_getter()`` gives the window to raise."""

    def __init__(self, data_dir: Path, window_getter: Callable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window_getter = window_getter
        self.raised = 0
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        # We hold the data-folder lock, so a socket left under this name is a crashed run's.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.readAll().data().startswith(RAISE.strip()):
            return
        self.bring_to_front()
        socket.write(b"ok\n")
        socket.flush()

    def bring_to_front(self) -> None:
        window = self.window_getter()
        if window is None:
            return
        if window.isMinimized():
            from PySide6.QtCore import Qt  # not at import: the server starts before the frame is painted

            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.raised += 1
