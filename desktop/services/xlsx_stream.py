"""The first worksheet of an .xlsx file, streamed row by row within the limits of ``sheet_files``.

Read straight from the zip with defusedxml's incremental parser (no DTD, no
entities) feeding a small event handler, so no tree is ever built: memory stays
flat whatever the sheet's size, and every limit is checked as the data arrives.
"""
from __future__ import annotations

import re
import zipfile
from pyexpat import ExpatError
from pathlib import Path, PurePosixPath
from typing import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser, fromstring

from desktop.services.sheet_files import (
    CHUNK, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_SHARED_CHARS, MAX_SHARED_STRINGS, MAX_SMALL_PART,
    MAX_UNCOMPRESSED, Cancelled, FileRefused, Progress, _open_binary, _stop_if,
)

_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_DATE_FORMAT_IDS = set(range(14, 23)) | {27, 30, 36, 45, 46, 47, 50, 57}
_DATE_CODE = re.compile(r"[dmyhs]", re.I)
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class XlsxBook:
    """The first sheet of an .xlsx file, checked and ready to stream."""

    def __init__(self, path: Path, cancelled: Cancelled = None) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(_open_binary(path))
        except (zipfile.BadZipFile, OSError, ValueError):
            raise FileRefused("无法读取该 XLSX 文件：文件已损坏或不是 Excel 文件") from None
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
            raise FileRefused(f"XLSX 文件解压后有 {total / 1048576:,.0f} MB，超过上限 "
                              f"{MAX_UNCOMPRESSED // 1048576} MB，可能是恶意构造的文件，未读取")

    def _small_xml(self, name: str):
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_SMALL_PART:
            raise FileRefused(f"XLSX 文件的 {name} 部分过大，未读取")
        try:
            return fromstring(self.zip.read(name), forbid_dtd=True)
        except (DefusedXmlException, SyntaxError, zipfile.BadZipFile, ValueError):
            raise FileRefused(f"XLSX 文件的 {name} 部分已损坏或含有不允许的内容，未读取") from None

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
        raise FileRefused("XLSX 文件里没有工作表")

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
            raise FileRefused(f"XLSX 文件的共享字符串超过 {MAX_SHARED_STRINGS:,} 个，超过上限，未读取")
        target = _SharedStrings()
        for _ in _feed(self.zip, name, target, cancelled):
            pass
        return target.strings

    # -- rows

    def dimension_rows(self) -> int | None:
        """Rows the sheet declares in <dimension ref="A1:F2000">, read from its start only."""
        with self.zip.open(self.sheet) as f:
            head = f.read(4096).decode("utf-8", "replace")
        m = re.search(r'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]{1,3})(\d+)"', head)
        if not m:
            return None
        if column_index(m.group(1)) >= MAX_COLUMNS or int(m.group(2)) > MAX_ROWS:
            raise FileRefused(f"工作表声明的范围（到 {m.group(1)}{m.group(2)}）超过上限 "
                              f"{MAX_ROWS:,} 行、{MAX_COLUMNS} 列，未读取")
        return int(m.group(2))

    def count_rows(self, cancelled: Cancelled = None) -> int:
        """<row> elements in the sheet, by a byte scan (fast, in C): refuses a rows bomb before parsing."""
        rows = count_tags(self.zip, self.sheet, (b"<row ", b"<row>"), cancelled)
        if rows > MAX_ROWS:
            raise FileRefused(f"工作表有 {rows:,} 行，超过上限 {MAX_ROWS:,} 行，未读取")
        return rows

    def rows(self, cancelled: Cancelled = None, progress: Progress = None) -> Iterator[tuple[int, list]]:
        """(row number, cells) in file order; empty rows are simply absent."""
        target = _SheetRows(self)
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
                    raise FileRefused(f"XLSX 文件中有单元格文字超过 {MAX_CELL_CHARS:,} 个字符，未读取")
                window = tail + chunk
                count += sum(window.count(p) for p in patterns)
                tail = window[-keep:]
                count -= sum(tail.count(p) for p in patterns)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        raise FileRefused(f"XLSX 文件的 {name} 部分已损坏（{type(exc).__name__}），未读取") from None
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
    except (DefusedXmlException, SyntaxError, ExpatError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise FileRefused(f"XLSX 文件的 {name} 部分已损坏或含有不允许的内容（{type(exc).__name__}），未读取") from None
    if rows:
        yield from target.ready
        target.ready.clear()


_NAMESPACES = ("", "http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
               "http://purl.oclc.org/ooxml/spreadsheetml/main}")


def _by_tag(handlers: dict) -> dict:
    """Local name -> handler, keyed by every namespaced form expat reports (one dict lookup per event)."""
    return {ns + local: h for ns in _NAMESPACES for local, h in handlers.items()}


class _SharedStrings:
    """Collects <si> texts (phonetic runs left out), within count and size limits."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.chars = 0
        self._parts: list[str] = []
        self._in_text = False
        self._skip = 0  # inside <rPh> (phonetic guide)
        self._len = 0
        self._starts = _by_tag({"t": self._start_text, "rPh": self._start_phonetic, "sst": self._start_table})
        self._ends = _by_tag({"t": self._end_text, "rPh": self._end_phonetic, "si": self._end_item})

    def start(self, tag, attrib) -> None:
        handler = self._starts.get(tag)
        if handler is not None:
            handler(attrib)

    def end(self, tag) -> None:
        handler = self._ends.get(tag)
        if handler is not None:
            handler()

    def _start_table(self, attrib) -> None:
        declared = attrib.get("uniqueCount", "")
        if declared.isascii() and declared.isdigit() and int(declared) > MAX_SHARED_STRINGS:
            raise FileRefused(f"XLSX 文件声明了 {int(declared):,} 个共享字符串，超过上限 {MAX_SHARED_STRINGS:,}，未读取")

    def _start_text(self, attrib) -> None:
        self._in_text = self._skip == 0

    def _end_text(self) -> None:
        self._in_text = False

    def _start_phonetic(self, attrib) -> None:
        self._skip += 1

    def _end_phonetic(self) -> None:
        self._skip -= 1

    def _end_item(self) -> None:
        parts = self._parts
        self.strings.append(parts[0] if len(parts) == 1 else "".join(parts))
        parts.clear()
        self._len = 0
        if len(self.strings) > MAX_SHARED_STRINGS:
            raise FileRefused(f"XLSX 文件的共享字符串超过 {MAX_SHARED_STRINGS:,} 个，超过上限，未读取")

    def data(self, text) -> None:
        if self._in_text:
            self._parts.append(text)
            self._len += len(text)
            self.chars += len(text)
            if self._len > MAX_CELL_CHARS:
                raise FileRefused(f"XLSX 文件中有单元格文字超过 {MAX_CELL_CHARS:,} 个字符，未读取")
            if self.chars > MAX_SHARED_CHARS:
                raise FileRefused(f"XLSX 文件的共享字符串共超过 {MAX_SHARED_CHARS:,} 个字符，超过上限，未读取")

    def close(self) -> None:
        return None


class _SheetRows:
    """Turns a worksheet's parse events into rows; refuses past the row and column limits."""

    def __init__(self, book: XlsxBook) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

        self.shared = book.shared
        self.date_styles = book.date_styles
        self.epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        self.from_excel = from_excel
        self.ready: list[tuple[int, list]] = []
        self.row_number = 0
        self.rows_seen = 0
        self.cells: list = []
        self.col = 0
        self.kind = "n"
        self.style = 0
        self.parts: list[str] = []
        self.size = 0
        self.collect = False
        self.in_inline = False
        self._columns: dict[str, int] = {}
        self._dates: dict[float, object] = {}
        self._starts = _by_tag({"c": self._start_cell, "v": self._start_value, "t": self._start_text,
                                "is": self._start_inline, "row": self._start_row})
        self._ends = _by_tag({"c": self._end_cell, "v": self._end_value, "t": self._end_value,
                              "is": self._end_inline, "row": self._end_row})

    def start(self, tag, attrib) -> None:
        handler = self._starts.get(tag)
        if handler is not None:
            handler(attrib)

    def end(self, tag) -> None:
        handler = self._ends.get(tag)
        if handler is not None:
            handler()

    def _start_row(self, attrib) -> None:
        ref = attrib.get("r")
        self.row_number = int(ref) if ref and ref.isascii() and ref.isdigit() else self.row_number + 1
        self.rows_seen += 1
        if self.row_number > MAX_ROWS or self.rows_seen > MAX_ROWS:
            raise FileRefused(f"工作表超过 {MAX_ROWS:,} 行，超过上限，未读取")
        self.cells = []
        self.col = 0

    def _start_cell(self, attrib) -> None:
        ref = attrib.get("r")
        col = self.col if not ref else self._column(ref)
        if col >= MAX_COLUMNS:
            raise FileRefused(f"工作表第 {self.row_number} 行有数据在第 {col + 1:,} 列，超过上限 {MAX_COLUMNS} 列，未读取")
        self.col = col
        self.kind = attrib.get("t", "n")
        style = attrib.get("s")
        self.style = int(style) if style and style.isascii() and style.isdigit() else 0
        self.parts = []
        self.size = 0

    def _column(self, ref: str) -> int:
        letters = ref.rstrip("0123456789")
        col = self._columns.get(letters)
        if col is None:
            m = _CELL_REF.match(ref)
            col = column_index(m.group(1)) if m else self.col
            if len(self._columns) < 4096:
                self._columns[letters] = col
        return col

    def _start_value(self, attrib) -> None:
        self.collect = True

    def _start_text(self, attrib) -> None:
        self.collect = self.in_inline

    def _start_inline(self, attrib) -> None:
        self.in_inline = True

    def _end_value(self) -> None:
        self.collect = False

    def _end_inline(self) -> None:
        self.in_inline = False

    def _end_row(self) -> None:
        if self.cells:
            self.ready.append((self.row_number, self.cells))

    def data(self, text) -> None:
        if self.collect:
            self.parts.append(text)
            self.size += len(text)
            if self.size > MAX_CELL_CHARS:
                raise FileRefused(f"工作表第 {self.row_number} 行有单元格超过 {MAX_CELL_CHARS:,} 个字符，未读取")

    def _end_cell(self) -> None:
        parts = self.parts
        value = self._value(parts[0] if len(parts) == 1 else "".join(parts))
        if value is not None:
            cells = self.cells
            if len(cells) <= self.col:
                cells.extend([None] * (self.col + 1 - len(cells)))
            cells[self.col] = value
        self.col += 1

    def _value(self, text: str):
        kind = self.kind
        if kind == "n":
            return self._number(text) if text else None
        if kind == "s":
            if not (text.isascii() and text.isdigit()) or int(text) >= len(self.shared):
                raise FileRefused(f"工作表第 {self.row_number} 行引用了不存在的共享字符串，文件可能已损坏")
            return self.shared[int(text)]
        if kind in ("inlineStr", "str", "e", "d"):
            return text
        if kind == "b":
            return text == "1" if text else None
        return text or None

    def _number(self, text: str):
        try:
            number = int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            return text
        if self.style not in self.date_styles:
            return number
        hit = self._dates.get(number)
        if hit is None:
            try:
                hit = self.from_excel(number, self.epoch)
            except (ValueError, OverflowError, TypeError):
                hit = number
            if len(self._dates) < 100_000:
                self._dates[number] = hit
        return hit
