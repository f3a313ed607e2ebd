"""A smaller ICU data library for the Linux bundle (used by build.spec).

PySide6's Linux wheel links Qt Core against ICU 73, whose data library
(libicudata.so.73) is 31 MB: locale data for ~800 locales, ~200 legacy code
pages, names of currencies, units, regions and languages in every language.
Qt itself keeps its own CLDR tables for QLocale; what it asks ICU for is
collation (QCollator: the tables sort locale-aware, 拼音 order for Chinese),
non-UTF code pages (QStringConverter) and time-zone display names. The app
ships Chinese and English only.

This module rewrites the data package ("CmnD" common data, the format ICU's
icupkg writes: a header, a table of contents of (name offset, data offset)
pairs sorted by name, the names, then the items, 16-byte aligned) with only
the items the app can reach, and links it into a data-only shared library with
binutils' `as` and `ld` (already needed by PyInstaller), under the same soname
and symbol (icudt73_dat), so libicuuc loads it unchanged.

Kept: every non-locale item (normalization, properties, break rules and
dictionaries, collation base ucadata, time-zone rules, supplemental data), the
root, Chinese and English locales of the locale trees ICU opens for Qt
(top level, coll/, brkitr/, zone/), and the Chinese and Windows code pages.
Dropped: every other locale, the trees Qt never opens (curr, lang, region,
unit, rbnf, translit), the other code pages. ucol_open("zh_CN") still finds
its 拼音 tailoring: the frozen self-test checks it (desktop/app.py).
"""
from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("zh", "en")
DROPPED_TREES = {"curr", "lang", "region", "unit", "rbnf", "translit"}
# Code pages a Chinese shop's files come in (GBK/GB18030, Big5) and the Windows ones.
KEPT_CODE_PAGES = ("gb18030", "ibm-1386", "ibm-5348", "windows-")
ALWAYS = {"res_index.res", "root.res", "pool.res"}
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_ALIGN = 16


def wanted(item: str) -> bool:
    """item: a ToC name without the package prefix, e.g. 'coll/zh.res'."""
    parts = item.split("/")
    name = parts[-1]
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    if name.endswith(".cnv"):
        return name.startswith(KEPT_CODE_PAGES)
    if name in ALWAYS:
        return True
    match = _LOCALE.match(name)
    return match is None or match.group(1) in KEEP_LANGUAGES


def read_items(blob: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """(header, [(full name, item bytes)]) of a little-endian ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((toc[name_at:toc.index(b"\0", name_at)], toc[data_at:end]))
    return blob[:header_size], items


def write_items(header: bytes, items: list[tuple[bytes, bytes]]) -> bytes:
    """The package again, items in the given (sorted) order."""
    names_at = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    data_at = _aligned(names_at + len(names))
    toc, body, name_pos = [struct.pack("<I", len(items))], bytearray(), names_at
    for name, data in items:
        toc.append(struct.pack("<II", name_pos, data_at + len(body)))
        name_pos += len(name) + 1
        body += data + b"\0" * (_aligned(len(data)) - len(data))
    head = b"".join(toc) + names
    return header + head + b"\0" * (data_at - len(head)) + bytes(body)


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def trimmed(blob: bytes) -> tuple[bytes, int, int]:
    """(smaller package, items kept, items dropped)."""
    header, items = read_items(blob)
    kept = [(name, data) for name, data in items if wanted(name.decode("ascii").split("/", 1)[1])]
    return write_items(header, kept), len(kept), len(items) - len(kept)


def data_symbol(library: Path) -> tuple[str, bytes]:
    """(symbol name, package bytes) of an ICU data library (its one exported object)."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size = int(fields[0], 16), int(fields[1], 16)
            return fields[3], _read_at(library, address, size)
    raise ValueError(f"{library.name}: no icudt*_dat symbol")


def _read_at(library: Path, address: int, size: int) -> bytes:
    """Bytes at a virtual address, through the section that holds it."""
    out = subprocess.run(["objdump", "-h", "-w", str(library)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) > 6 and fields[0].isdigit():
            vma, file_off, length = int(fields[3], 16), int(fields[5], 16), int(fields[2], 16)
            if vma <= address < vma + length:
                with open(library, "rb") as fh:
                    fh.seek(file_off + address - vma)
                    return fh.read(size)
    raise ValueError(f"{library.name}: address {address:#x} in no section")


def build_library(source: Path, target: Path) -> tuple[int, int]:
    """Write a trimmed copy of the ICU data library `source` to `target`.

    Returns (items kept, items dropped). Same soname and symbol as the source.
    """
    symbol, blob = data_symbol(source)
    smaller, kept, dropped = trimmed(blob)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shopdesk-icu-") as tmp:
        dat, asm, obj = Path(tmp) / "icu.dat", Path(tmp) / "icu.s", Path(tmp) / "icu.o"
        dat.write_bytes(smaller)
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f"{symbol}:\n\t.incbin \"{dat}\"\n\t.size {symbol}, .-{symbol}\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n",
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", source.name, "-o", str(target), str(obj)], check=True)
    return kept, dropped


def slim_entry(entry: tuple, folder: Path) -> tuple:
    """A PyInstaller TOC entry (dest, source, kind): the ICU data library swapped for
    its trimmed copy built in `folder`; any other entry unchanged."""
    dest, source, kind = entry
    name = Path(dest).name
    if kind != "BINARY" or not re.fullmatch(r"libicudata\.so\.\d+", name):
        return entry
    target = folder / name
    kept, dropped = build_library(Path(source), target)
    print(f"build.spec: {name} trimmed to {target.stat().st_size // 2**20} MB ({kept} ICU items kept, {dropped} dropped)")
    return dest, str(target), kind
