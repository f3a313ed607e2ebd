"""Start-up does not grow with 概览 first: QtCharts is imported only after the page's first frame."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services import shops
from desktop.services.session import open_session
from desktop.ui.shell.main_window import MainWindow
ctx = open_session(Path(tempfile.mkdtemp()))
shops.create_shop(ctx, "店", "10001", False)
window = MainWindow(ctx)
page = window.page("overview")
window.show()
before = "PySide6.QtCharts" in sys.modules
for _ in range(20):
    app.processEvents()
print(before, "PySide6.QtCharts" in sys.modules, page.charts is not None)
"""


def test_qtcharts_is_imported_after_the_first_frame(tmp_path):
    # HOME and the settings folder are temporary: the window saves its layout on the way out.
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "SHOPDESK_SETTINGS_DIR": str(tmp_path / "settings")}
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True", "True"]
