"""store.integrity.host_name: the computer's name written in the crash marker,
compared for a foreign WAL, and kept in history rows (ServiceContext.computer_name).
It is read without the socket module at start (issue 8), and must stay what
socket.gethostname() says, or markers written by older versions would look foreign."""
from __future__ import annotations

import json
import socket

from desktop.services.context import ServiceContext
from desktop.store import integrity


def test_it_is_what_socket_says():
    assert integrity.host_name() == socket.gethostname()


def test_the_crash_marker_and_the_history_name_it(tmp_path):
    db_file = tmp_path / "shopdesk.db"
    integrity.mark_open(db_file)
    assert json.loads(integrity.marker_path(db_file).read_text(encoding="utf-8"))["host"] == socket.gethostname()
    assert ServiceContext(db=None, data_dir=tmp_path).computer_name == socket.gethostname()
