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


def time_until_marker(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise RuntimeError(f"no window shown by {cmd}: exit {proc.returncode}")
    proc.wait(timeout=30)
    return elapsed * 1000


def measure(app_cmd: list[str], bare_cmd: list[str], env: dict, runs: int = RUNS) -> tuple[float, float]:
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved so machine load hits both alike
        bare_times.append(time_until_marker(bare_cmd, env))
        app_times.append(time_until_marker(app_cmd, env))
    return statistics.median(app_times), statistics.median(bare_times)


def startup() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="shopdesk-bench-") as tmp:
        data = Path(tmp) / "data"
        # What the installed `shopdesk` console script runs.
        entry = "import sys; from desktop.app import main; sys.exit(main())"
        app_cmd = [sys.executable, "-c", entry, "--data-dir", str(data), "--exit-when-shown"]
        time_until_marker(app_cmd, env)  # first start creates and migrates the empty database
        value, baseline = measure(app_cmd, [sys.executable, "-c", BARE], env)
    return {"name": "startup", "value": round(value, 1), "unit": "ms", "baseline": round(baseline, 1), "target": "ratio <= 1.5"}


BENCHMARKS = {"startup": startup}
