"""The first worksheet of an .xlsx file, streamed row by row within the limits of ``sheet_files``.

Read straight from the zip with defusedxml's incremental parser (no DTD, no
entities) feeding a small event handler, so no tree is ever built: memory stays
flat whatever the sheet's size, and every limit is checked as the data arrives.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pyexpat import ExpatError
from pathlib import Path, PurePosixPath
from typing import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser, fromstring

from desktop.domain.messages import text
from desktop.services.xlsx_events import SharedStrings, SheetRows, column_index
from desktop.services.sheet_files import (
    CHUNK, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS, MAX_SMALL_PART,
    MAX_UNCOMPRESSED, Cancelled, FileRefused, Progress, _open_binary, _stop_if,
)

_DATE_FORMAT_IDS = set(range(14, 23)) | {27, 30, 36, 45, 46, 47, 50, 57}
_DATE_CODE = re.compile(r"[dmyhs]", re.I)
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def _forbidden(name: str) -> FileRefused:
    """DTD or entity declarations (defusedxml refused them): in words, never the exception's name."""
    return FileRefused(text("XLSX 文件的 {name} 部分含有不允许的内容（XML 的 DTD 或实体声明），可能是恶意构造的文件，未读取",
                            name=name))


def _damaged(name: str) -> FileRefused:
    return FileRefused(text("XLSX 文件的 {name} 部分已损坏或含有不允许的内容，未读取", name=name))


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class XlsxBook:
    """The first sheet of an .xlsx file, checked and ready to stream."""

    def __init__(self, path: Path, cancelled: Cancelled = None) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(_open_binary(path))
        except (zipfile.BadZipFile, OSError, ValueError):
            raise FileRefused(text("无法读取该 XLSX 文件：文件已损坏或不是 Excel 文件")) from None
        try:
            self._check_sizes()
            self.sheet = self._first_sheet()
            self.date1904, self.date_styles = self._workbook_facts()
            self.shared = self._shared_strings(cancelled)
            self.sheet_bytes = self.zip.getinfo(self.sheet).file_size
        except BaseException:
            self.zip.close()
            raise

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> "XlsxBook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- structure

    def _check_sizes(self) -> None:
        infos = self.zip.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED or len(infos) > 10_000:
            raise FileRefused(text("XLSX 文件解压后有 {total:,.0f} MB，超过上限 {max_uncompressed} MB，可能是恶意构造的文件，未读取",
                                   total=total / 1048576, max_uncompressed=MAX_UNCOMPRESSED // 1048576))

    def _small_xml(self, name: str):
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_SMALL_PART:
            raise FileRefused(text("XLSX 文件的 {name} 部分过大，未读取", name=name))
        try:
            return fromstring(self.zip.read(name), forbid_dtd=True)
        except DefusedXmlException:
            raise _forbidden(name) from None
        except (SyntaxError, zipfile.BadZipFile, ValueError, EOFError, zlib.error):
            raise _damaged(name) from None

    def _first_sheet(self) -> str:
        book, rels = self._small_xml("xl/workbook.xml"), self._small_xml("xl/_rels/workbook.xml.rels")
        target = None
        if book is not None and rels is not None:
            rid = next((v for s in book.iter() if _local(s.tag) == "sheet"
                        for k, v in s.attrib.items() if _local(k) == "id"), None)
            target = next((r.get("Target") for r in rels.iter() if r.get("Id") == rid), None)
        if target:
            name = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            if name in self.zip.NameToInfo:
                return name
        if "xl/worksheets/sheet1.xml" in self.zip.NameToInfo:
            return "xl/worksheets/sheet1.xml"
        raise FileRefused(text("XLSX 文件里没有工作表"))

    def _workbook_facts(self) -> tuple[bool, set[int]]:
        book = self._small_xml("xl/workbook.xml")
        date1904 = book is not None and any(
            _local(e.tag) == "workbookPr" and e.get("date1904") in ("1", "true") for e in book.iter())
        styles = self._small_xml("xl/styles.xml")
        if styles is None:
            return date1904, set()
        custom = {int(e.get("numFmtId", -1)): e.get("formatCode", "") for e in styles.iter()
                  if _local(e.tag) == "numFmt"}
        xfs = next((e for e in styles.iter() if _local(e.tag) == "cellXfs"), None)
        dates = set()
        for i, xf in enumerate([] if xfs is None else list(xfs)):
            fmt = int(xf.get("numFmtId", 0) or 0)
            code = _FORMAT_NOISE.sub("", custom.get(fmt, ""))
            if fmt in _DATE_FORMAT_IDS or (fmt in custom and _DATE_CODE.search(code)):
                dates.add(i)
        return date1904, dates

    def _shared_strings(self, cancelled: Cancelled) -> list[str]:
        name = "xl/sharedStrings.xml"
        if name not in self.zip.NameToInfo:
            return []
        if count_tags(self.zip, name, (b"<si>", b"<si "), cancelled) > MAX_SHARED_STRINGS:
            raise FileRefused(text("XLSX 文件的共享字符串超过 {max_shared_strings:,} 个，超过上限，未读取",
                                   max_shared_strings=MAX_SHARED_STRINGS))
        target = SharedStrings()
        for _ in _feed(self.zip, name, target, cancelled):
            pass
        return target.strings

    # -- rows

    def dimension_rows(self) -> int | None:
        """Rows the sheet declares in <dimension ref="A1:F2000">, read from its start only."""
        try:
            with self.zip.open(self.sheet) as f:
                head = f.read(4096).decode("utf-8", "replace")
        except (zipfile.BadZipFile, EOFError, zlib.error):
            raise _damaged(self.sheet) from None
        m = re.search(r'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]{1,3})(\d+)"', head)
        if not m:
            return None
        if column_index(m.group(1)) >= MAX_COLUMNS or int(m.group(2)) > MAX_ROWS:
            raise FileRefused(text("工作表声明的范围（到 {cell}）超过上限 {max_rows:,} 行、{max_columns} 列，未读取",
                                   cell=m.group(1) + m.group(2), max_rows=MAX_ROWS, max_columns=MAX_COLUMNS))
        return int(m.group(2))

    def count_rows(self, cancelled: Cancelled = None) -> int:
        """<row> elements in the sheet, by a byte scan (fast, in C): refuses a rows bomb before parsing."""
        rows = count_tags(self.zip, self.sheet, (b"<row ", b"<row>"), cancelled)
        if rows > MAX_ROWS:
            raise FileRefused(text("工作表有 {rows:,} 行，超过上限 {max_rows:,} 行，未读取", rows=rows, max_rows=MAX_ROWS))
        return rows

    def rows(self, cancelled: Cancelled = None, progress: Progress = None) -> Iterator[tuple[int, list]]:
        """(row number, cells) in file order; empty rows are simply absent."""
        target = SheetRows(self)
        yield from _feed(self.zip, self.sheet, target, cancelled, progress, rows=True)


def count_tags(zf, name: str, patterns: tuple[bytes, ...], cancelled: Cancelled = None) -> int:
    """How often ``patterns`` occur in a zip member, streamed (a tag split across two chunks still counts).

    A 4 MB stretch with no markup at all is one text far over the cell limit: refused at once."""
    count, tail = 0, b""
    keep = max(len(p) for p in patterns) - 1
    try:
        with zf.open(name) as f:
            while chunk := f.read(CHUNK * 16):
                _stop_if(cancelled)
                if len(chunk) == CHUNK * 16 and b"<" not in chunk:
                    raise FileRefused(text("XLSX 文件中有单元格文字超过 {max_cell_chars:,} 个字符，未读取",
                                           max_cell_chars=MAX_CELL_CHARS))
                window = tail + chunk
                count += sum(window.count(p) for p in patterns)
                tail = window[-keep:]
                count -= sum(tail.count(p) for p in patterns)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, zlib.error):
        raise _damaged(name) from None
    return count


def _feed(zf, name, target, cancelled, progress=None, rows=False):
    """Stream one zip member through a defused incremental parser into ``target``.

    defusedxml's parser refuses DTDs and entities; its expat handlers for elements
    and text are pointed straight at ``target`` (no ElementTree layer per event:
    several times faster on a million rows)."""
    parser = XMLParser(forbid_dtd=True)
    expat = parser.parser
    expat.ordered_attributes = 0
    expat.StartElementHandler = target.start
    expat.EndElementHandler = target.end
    expat.CharacterDataHandler = target.data
    total = max(zf.getinfo(name).file_size, 1)
    done = 0
    try:
        with zf.open(name) as f:
            while chunk := f.read(CHUNK):
                _stop_if(cancelled)
                parser.feed(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                if rows and target.ready:
                    yield from target.ready
                    target.ready.clear()
            expat.Parse(b"", True)  # the end: refuses a truncated document
    except DefusedXmlException:  # (a ValueError: caught first) no exception name reaches the user
        raise _forbidden(name) from None
    except (SyntaxError, ExpatError, zipfile.BadZipFile, EOFError, ValueError, zlib.error):
        raise _damaged(name) from None
    if rows:
        yield from target.ready
        target.ready.clear()
