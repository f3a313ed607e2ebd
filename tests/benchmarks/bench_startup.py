"""startup: process start -> main window shown, empty database, against a bare
PySide6 QMainWindow started the same way (same interpreter, same flags)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "shopdesk-window-shown"
READY = "shopdesk-ready"
RUNS = 7

BARE = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1180, 760)
w.show()
def shown():
    print("{MARKER}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def time_until_marker(cmd: list[str], env: dict, markers=(MARKER,)) -> list[float]:
    """Milliseconds from process start to each marker line, in order."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times, pending = [], list(markers)
    for line in proc.stdout:
        if pending and line.strip() == pending[0]:
            times.append((time.perf_counter() - start) * 1000)
            pending.pop(0)
            if not pending:
                break
    proc.wait(timeout=30)
    if pending:
        raise RuntimeError(f"{cmd} exited {proc.returncode} before printing {pending}")
    return times


def startup() -> list[dict]:
    """`startup`: until the main window is on screen. `startup_ready`: until
    the database is open and the window shows its data (the first page usable)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed app starts from compiled bytecode (pip compiles a wheel on
    # install, PyInstaller bundles .pyc). With PYTHONDONTWRITEBYTECODE set (as in
    # some shells) every run would compile our sources again while PySide6's
    # come precompiled, and the ratio would measure the compiler. The warm-up
    # run below writes the bytecode; the measured runs read it, like a user's.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="shopdesk-bench-") as tmp:
        data = Path(tmp) / "data"
        # What the installed `shopdesk` console script runs.
        entry = "import sys; from desktop.app import main; sys.exit(main())"
        app_cmd = [sys.executable, "-c", entry, "--data-dir", str(data), "--exit-when-shown"]
        markers = (MARKER, READY)
        time_until_marker(app_cmd, env, markers)  # first start creates and migrates the empty database
        shown, ready, bare = [], [], []
        for _ in range(RUNS):  # interleaved so machine load hits both alike
            bare += time_until_marker([sys.executable, "-c", BARE], env)
            s, r = time_until_marker(app_cmd, env, markers)
            shown.append(s)
            ready.append(r)
    baseline = round(statistics.median(bare), 1)
    return [
        {"name": "startup", "value": round(statistics.median(shown), 1), "unit": "ms", "baseline": baseline, "target": "ratio <= 1.5"},
        {"name": "startup_ready", "value": round(statistics.median(ready), 1), "unit": "ms", "baseline": baseline, "note": "window shows the shops of the empty database"},
    ]


BENCHMARKS = {"startup": startup}
