"""The built wheel carries resources/ and runs outside the checkout.

Builds the wheel from this checkout (no build isolation, no dependencies: no
download), installs it into a fresh venv that borrows the test venv's
installed libraries (PySide6, peewee ...) through a path file, and runs
``shopdesk --self-test`` from a folder outside the repository: the sample
category tree must load from the installed package. Marked ``packaging``
(about half a minute); deselect with ``-m "not packaging"`` while iterating.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.packaging


def _run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = _run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation", "-w", str(out),
                   str(ROOT)])
    output = result.stdout + result.stderr
    assert "running bdist_wheel" in output  # -v shows what setuptools printed
    assert "project.license" not in output and "License classifiers are deprecated" not in output
    (found,) = out.glob("shopdesk-*.whl")
    return found


def test_wheel_contains_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desktop/resources/categories/sample_tree.json" in names
    assert "desktop/resources/icons/shopdesk.png" in names
    assert not [n for n in names if n.startswith("desktop/resources/") and n.endswith((".py", ".ts"))]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: LicenseRef-Proprietary" in text


def test_installed_wheel_self_tests_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)])
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # The test venv's libraries, after the new venv's own site-packages (so the wheel's
    # desktop wins; a plain path line does not run the checkout's editable-install hook).
    (site / "zz_test_venv_libs.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "SHOPDESK_DATA_DIR"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = _run([str(python), "-c", "import desktop, desktop.paths as p; print(desktop.__file__); "
                  "print(p.resources_dir())"], cwd=elsewhere, env=env).stdout.split()
    assert all(Path(w).is_relative_to(site) for w in where), where
    script = env_dir / ("Scripts/shopdesk.exe" if os.name == "nt" else "bin/shopdesk")
    result = _run([str(script), "--self-test"], cwd=elsewhere, env=env)
    assert "self-test ok" in result.stdout and "sample tree" in result.stdout
    assert "sample tree 0 " not in result.stdout
