"""Start-up stays lazy about team mode: importing the app (and peewee) does not
load psycopg; the server code brings it in on first use."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = r"""
import sys
import desktop.services.session, desktop.store.models, peewee
loaded = sys.modules.get("psycopg") is not None
from desktop.store.server import load_driver
try:
    load_driver()
    driver = sys.modules.get("psycopg") is not None and peewee.psycopg is not None
except Exception:
    driver = "missing"
print(loaded, driver)
"""


def test_psycopg_is_loaded_only_for_a_server():
    out = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    loaded, driver = out.stdout.split()
    assert loaded == "False"
    assert driver in ("True", "missing")
