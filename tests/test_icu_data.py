"""The Linux bundle's trimmed ICU data (.ci/icu_data.py, used by build.spec)."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".ci"))
import icu_data  # noqa: E402


def package(names: list[str]) -> bytes:
    """A tiny ICU common data package: a 32-byte header, then items named `names`."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += b"\0" * (32 - len(header))
    return icu_data.write_items(header, [(f"icudt73l/{n}".encode(), n.encode() * 3) for n in sorted(names)])


def test_only_chinese_english_and_shared_items_are_kept():
    keep = ["root.res", "res_index.res", "pool.res", "zh.res", "zh_Hans_CN.res", "en_GB.res", "coll/zh.res",
            "coll/root.res", "coll/ucadata.icu", "brkitr/cjdict.dict", "brkitr/line.brk", "zone/zh.res",
            "supplementalData.res", "likelySubtags.res", "nfkc.nrm", "gb18030.cnv", "windows-936-2000.cnv",
            "cnvalias.icu", "unames.icu"]
    drop = ["de.res", "fr_CA.res", "coll/de.res", "curr/zh.res", "lang/en.res", "unit/root.res",
            "region/zh.res", "rbnf/zh.res", "translit/en.res", "ibm-37_P100-1995.cnv", "zone/ja.res"]
    for name in keep:
        assert icu_data.wanted(name), name
    for name in drop:
        assert not icu_data.wanted(name), name


def test_trimmed_package_reads_back_with_aligned_items():
    names = ["root.res", "de.res", "zh.res", "coll/zh.res", "coll/fr.res", "lang/zh.res", "nfkc.nrm"]
    smaller, kept, dropped = icu_data.trimmed(package(names))
    assert (kept, dropped) == (4, 3)
    header, items = icu_data.read_items(smaller)
    assert header[12:16] == b"CmnD"
    assert [n for n, _ in items] == [f"icudt73l/{n}".encode() for n in sorted(["root.res", "zh.res", "coll/zh.res", "nfkc.nrm"])]
    for name, data in items:
        short = name.decode().split("/", 1)[1].encode()
        assert data.rstrip(b"\0") == short * 3  # each item padded to 16 bytes
        assert len(data) % 16 == 0


def test_not_an_icu_package_is_refused():
    with pytest.raises(ValueError):
        icu_data.read_items(b"\0" * 64)


def _venv_icu() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux") or _venv_icu() is None
                    or not all(shutil.which(t) for t in ("as", "ld", "nm", "objdump")),
                    reason="Linux PySide6 with ICU and binutils only")
def test_trimmed_library_still_sorts_chinese_in_pinyin_order(tmp_path):
    """Qt loads the trimmed library instead of its own (LD_LIBRARY_PATH wins over RUNPATH):
    zh_CN collation still puts 安 (ān) before 中 (zhōng); a dropped locale falls back to root."""
    source = _venv_icu()
    kept, dropped = icu_data.build_library(source, tmp_path / source.name)
    assert kept > 100 and dropped > 1000
    assert (tmp_path / source.name).stat().st_size < source.stat().st_size / 3
    script = ("from PySide6.QtCore import QCollator, QLocale\n"
              "print(QCollator(QLocale('zh_CN')).compare('安', '中'), QCollator(QLocale('en_US')).compare('b', 'A'))")
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "LD_DEBUG": "libs"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert f"{tmp_path}/{source.name}" in out.stderr  # the trimmed copy was the one loaded
    assert out.stdout.split() == ["-1", "1"]
