"""Guard against the PySide6 6.12.0 crash on Python 3.11: the interpreter aborted
(`Fatal Python error: none_dealloc`) after ~5,000 calls of Qt methods returning
None. The dependency pin keeps 6.11.3; this proves the installed one is clean."""
import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
obj = QObject()
label = QLabel()
for i in range(20000):
    obj.setObjectName(f"o{i % 7}")
    label.setText("x")
    label.setToolTip("y")
print("soak ok")
"""


def test_20000_none_returning_qt_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "soak ok" in result.stdout
