"""Start-up does only the work its window needs (issue 8, `startup_ready` in
tests/benchmarks/bench_startup.py). These run the app as the benchmark does
(`--exit-when-shown`, first start then a second start on the same folder) and
look at what was built before it said "shopdesk-ready"."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Records each Python enum PySide creates (a Qt type's enums are made when the
# type is first used) and says which existed when the window was ready.
PROBE = r"""
import builtins, enum, gc, inspect, sys
created = []
read = []  # modules whose source PySide read to look for "PySide6"
_getsource = inspect.getsource
def _record_read(obj):
    read.append(getattr(obj, "__name__", "?"))
    return _getsource(obj)
inspect.getsource = _record_read
_create = enum.EnumType._create_
def _record(cls, name, names, *args, **kwargs):
    created.append(name)
    return _create(cls, name, names, *args, **kwargs)
enum.EnumType._create_ = _record
_print = builtins.print
def _probe_print(*args, **kwargs):
    _print(*args, **kwargs)
    if args and args[0] == "shopdesk-ready":
        _print("probe-enums", " ".join(created), flush=True)
        _print("probe-read", " ".join(read), flush=True)
        _print("probe-gc-at-ready", "on" if gc.isenabled() else "off", flush=True)
        _print("probe-deferred-at-ready", _deferred(), flush=True)
        _print("probe-steps-at-ready", " ".join(sorted(m for m in sys.modules if m.startswith("desktop.store.migrations.m"))) or "none", flush=True)
builtins.print = _probe_print
def _deferred():
    from desktop.ui.shell import deferred_modules as d
    return " ".join(f"{name}={'ran' if d.is_loaded(name) else 'waiting'}" for name in d.DEFERRED)
import atexit, gc
atexit.register(lambda: _print("probe-gc", "on" if gc.isenabled() else "off", flush=True))
atexit.register(lambda: _print("probe-deferred-at-exit", _deferred(), flush=True))
from desktop.app import main
sys.exit(main())
"""


def start(data_dir: Path, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "SHOPDESK_SETTINGS_DIR": str(tmp_path / "settings")}
    out = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--exit-when-shown"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if line.startswith("probe-"))
    assert "shopdesk-ready" in out.stdout
    return lines


def test_the_first_start_window_does_not_build_the_qt_namespace(tmp_path):
    # Its first use creates ~90 enums at once (Qt.Key alone has 471 members): 30-45 ms
    # that the frame of a first start (navigation, menus, tool bar, 新建店铺 page) does not need.
    data = tmp_path / "data"
    start(data, tmp_path)  # creates and migrates the database
    enums = start(data, tmp_path)["probe-enums"].split()
    assert "StandardKey" in enums  # the probe sees PySide's enums (QKeySequence's, for the shortcuts)
    assert "WidgetAttribute" not in enums and "Key" not in enums, "the Qt namespace was built before the window was ready"


def test_pyside_reads_no_module_source_at_start(tmp_path):
    # PySide6 looks for "PySide6" in the source of each module imported after it
    # (its __feature__ switches); ShopDesk selects none, and the answers are given
    # up front (ui/shell/feature_probe.py): ~110 files not read at each start.
    lines = start(tmp_path / "data", tmp_path)
    read = [name for name in lines.get("probe-read", "").split() if not name.startswith(("PySide6", "shiboken6"))]
    assert read == []  # PySide's own are left to it (its extension modules have no source to read)


def test_the_answers_are_what_the_probe_would_say():
    from desktop.ui.shell import feature_probe

    assert feature_probe._answer("desktop.ui.shell.frame") == 0  # ours use PySide, select no feature
    assert feature_probe._answer("peewee") == -1 and feature_probe._answer("json.decoder") == -1


def test_garbage_collection_is_off_while_starting_and_on_after(tmp_path):
    # What a start allocates lives as long as the window: collecting among it found nothing (15-20 ms).
    lines = start(tmp_path / "data", tmp_path)
    assert lines["probe-gc-at-ready"] == "off"
    assert lines["probe-gc"] == "on"


def test_peewee_s_unused_imports_run_after_the_window_is_ready(tmp_path):
    # uuid (with platform), hashlib (OpenSSL), calendar (locale) and socket (~400 enum members): ~20 ms that
    # `import peewee` spent before the shops could be shown (ui/shell/deferred_modules.py).
    data = tmp_path / "data"
    start(data, tmp_path)
    lines = start(data, tmp_path)
    assert lines["probe-deferred-at-ready"] == "uuid=waiting hashlib=waiting calendar=waiting socket=waiting"
    # ... and they ran on the UI thread right after, before any worker could meet them half-made.
    assert lines["probe-deferred-at-exit"] == "uuid=ran hashlib=ran calendar=ran socket=ran"


def test_a_current_database_loads_no_migration_step(tmp_path):
    # The file is at migrations.LATEST: the 14 step modules (their DDL) are not imported.
    data = tmp_path / "data"
    assert start(data, tmp_path)["probe-steps-at-ready"] != "none"  # the first start creates the file with them
    assert start(data, tmp_path)["probe-steps-at-ready"] == "none"
