"""startup_frozen: the frozen app (PyInstaller bundle from build.spec), process
start -> main window shown, against a bare PySide6 QMainWindow frozen through the
same build.spec (same exclusions, same bootloader) in the same run. Target ratio
<= 1.5. bundle_size: the app bundle on disk (Linux target: <= 140 MB).

Bundles are cached under build/bench-frozen/ and rebuilt only when build.spec,
the app's sources/resources or PyInstaller change; with no bundle there they are
built from scratch (about a minute each).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import BARE, MARKER

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
CACHE = ROOT / "build" / "bench-frozen"
APP_NAME = "ShopDesk"
BARE_NAME = "BareWindow"
RUNS = 11
SIZE_TARGET_MB = 140
READY = "shopdesk-ready"  # printed once the window shows the database's data


def time_markers(cmd: list[str], env: dict) -> dict[str, float]:
    """Milliseconds from process start to each of MARKER and READY it prints."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen = {}
    for line in proc.stdout:
        if line.strip() in (MARKER, READY):
            seen.setdefault(line.strip(), (time.perf_counter() - start) * 1000)
    proc.wait(timeout=60)
    if MARKER not in seen:
        raise RuntimeError(f"{cmd} exited {proc.returncode} without printing {MARKER}")
    return seen


def _inputs_digest(paths: list[Path], extra: str) -> str:
    import PyInstaller

    digest = hashlib.sha256(f"{extra}\0{PyInstaller.__version__}\0{sys.version}".encode())
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def executable(dist: Path, name: str) -> Path:
    return dist / name / (f"{name}.exe" if sys.platform == "win32" else name)


def build(name: str, digest: str, spec_args: list[str]) -> Path:
    """The bundle's folder, from the cache when its inputs have not changed."""
    where = CACHE / name
    dist, stamp = where / "dist", where / "inputs.sha256"
    exe = executable(dist, name)
    if exe.exists() and stamp.exists() and stamp.read_text().strip() == digest:
        return exe.parent
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(where / "work"), str(SPEC)]
    if spec_args:
        cmd += ["--", *spec_args]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0 or not exe.exists():
        raise RuntimeError(f"pyinstaller failed for {name}:\n{done.stderr[-3000:]}")
    stamp.write_text(digest)
    return exe.parent


def build_app() -> Path:
    sources = [*ROOT.joinpath("desktop").rglob("*"), *ROOT.joinpath("resources").rglob("*"), SPEC]
    return build(APP_NAME, _inputs_digest(sources, "app"), [])


def build_bare() -> Path:
    script_dir = CACHE / "bare-src"
    script_dir.mkdir(parents=True, exist_ok=True)
    script = script_dir / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    return build(BARE_NAME, _inputs_digest([SPEC], BARE),
                 ["--entry", str(script), "--name", BARE_NAME])


def folder_mb(folder: Path) -> float:
    """Size as `du` counts it (symlinks once, not their targets)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_symlink() or p.is_file())
    return round(total / 1024 / 1024, 1)


def startup_frozen() -> list[dict]:
    app_dir, bare_dir = build_app(), build_bare()
    app_exe, bare_exe = executable(app_dir.parent, APP_NAME), executable(bare_dir.parent, BARE_NAME)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SHOPDESK_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="shopdesk-frozen-bench-") as tmp:
        app_cmd = [str(app_exe), "--data-dir", str(Path(tmp) / "data"), "--exit-when-shown"]
        time_markers(app_cmd, env)  # first start creates and migrates the empty database
        time_markers([str(bare_exe)], env)  # both bundles' files now in the page cache
        app_runs, bare_ms = [], []
        for _ in range(RUNS):  # interleaved so machine load hits both alike
            bare_ms.append(time_markers([str(bare_exe)], env)[MARKER])
            app_runs.append(time_markers(app_cmd, env))
    baseline = round(statistics.median(bare_ms), 1)
    results = [{"name": "startup_frozen", "value": round(statistics.median(r[MARKER] for r in app_runs), 1),
                "unit": "ms", "baseline": baseline, "target": "ratio <= 1.5", "runs": RUNS}]
    if all(READY in r for r in app_runs):
        results.append({"name": "startup_frozen_ready", "value": round(statistics.median(r[READY] for r in app_runs), 1),
                        "unit": "ms", "baseline": baseline, "note": "window shows the empty database's data"})
    # Not a floor (no ratio target): the bare bundle's size only shows what Qt alone costs.
    results.append({"name": "bundle_size", "value": folder_mb(app_dir), "unit": "MB",
                    "target": f"<= {SIZE_TARGET_MB} (Linux)", "platform": sys.platform,
                    "bare_window_bundle": folder_mb(bare_dir)})
    return results


BENCHMARKS = {"startup_frozen": startup_frozen}
