"""Parse-event handlers for the XLSX reader (``xlsx_stream``): shared strings and worksheet rows.

Each handler gets expat's start/end/data events directly and keeps only what a
row needs, checking every limit as the data arrives.
"""
from __future__ import annotations

import re

from desktop.domain.messages import text
from desktop.services.sheet_files import (
    MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_SHARED_CHARS, MAX_SHARED_STRINGS, FileRefused,
)

_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


_NAMESPACES = ("", "http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
               "http://purl.oclc.org/ooxml/spreadsheetml/main}")


def _by_tag(handlers: dict) -> dict:
    """Local name -> handler, keyed by every namespaced form expat reports (one dict lookup per event)."""
    return {ns + local: h for ns in _NAMESPACES for local, h in handlers.items()}


class _TagHandler:
    """expat target that sends each start/end event to the handler registered for its tag."""

    _starts: dict
    _ends: dict

    def start(self, tag, attrib) -> None:
        handler = self._starts.get(tag)
        if handler is not None:
            handler(attrib)

    def end(self, tag) -> None:
        handler = self._ends.get(tag)
        if handler is not None:
            handler()


class SharedStrings(_TagHandler):
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

    def _start_table(self, attrib) -> None:
        declared = attrib.get("uniqueCount", "")
        if declared.isascii() and declared.isdigit() and int(declared) > MAX_SHARED_STRINGS:
            raise FileRefused(text("XLSX 文件声明了 {declared:,} 个共享字符串，超过上限 {max_shared_strings:,}，未读取",
                                   declared=int(declared), max_shared_strings=MAX_SHARED_STRINGS))

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
            raise FileRefused(text("XLSX 文件的共享字符串超过 {max_shared_strings:,} 个，超过上限，未读取",
                                   max_shared_strings=MAX_SHARED_STRINGS))

    def data(self, chunk) -> None:
        if self._in_text:
            self._parts.append(chunk)
            self._len += len(chunk)
            self.chars += len(chunk)
            if self._len > MAX_CELL_CHARS:
                raise FileRefused(text("XLSX 文件中有单元格文字超过 {max_cell_chars:,} 个字符，未读取", max_cell_chars=MAX_CELL_CHARS))
            if self.chars > MAX_SHARED_CHARS:
                raise FileRefused(text("XLSX 文件的共享字符串共超过 {max_shared_chars:,} 个字符，超过上限，未读取",
                                       max_shared_chars=MAX_SHARED_CHARS))

    def close(self) -> None:
        return None


class SheetRows(_TagHandler):
    """Turns a worksheet's parse events into rows; refuses past the row and column limits."""

    def __init__(self, book) -> None:
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

    def _start_row(self, attrib) -> None:
        ref = attrib.get("r")
        self.row_number = int(ref) if ref and ref.isascii() and ref.isdigit() else self.row_number + 1
        self.rows_seen += 1
        if self.row_number > MAX_ROWS or self.rows_seen > MAX_ROWS:
            raise FileRefused(text("工作表超过 {max_rows:,} 行，超过上限，未读取", max_rows=MAX_ROWS))
        self.cells = []
        self.col = 0

    def _start_cell(self, attrib) -> None:
        ref = attrib.get("r")
        col = self.col if not ref else self._column(ref)
        if col >= MAX_COLUMNS:
            raise FileRefused(text("工作表第 {row_number} 行有数据在第 {col:,} 列，超过上限 {max_columns} 列，未读取",
                                   row_number=self.row_number, col=col + 1, max_columns=MAX_COLUMNS))
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

    def data(self, chunk) -> None:
        if self.collect:
            self.parts.append(chunk)
            self.size += len(chunk)
            if self.size > MAX_CELL_CHARS:
                raise FileRefused(text("工作表第 {row_number} 行有单元格超过 {max_cell_chars:,} 个字符，未读取",
                                       row_number=self.row_number, max_cell_chars=MAX_CELL_CHARS))

    def _end_cell(self) -> None:
        parts = self.parts
        value = self._value(parts[0] if len(parts) == 1 else "".join(parts))
        if value is not None:
            cells = self.cells
            if len(cells) <= self.col:
                cells.extend([None] * (self.col + 1 - len(cells)))
            cells[self.col] = value
        self.col += 1

    def _value(self, raw: str):
        kind = self.kind
        if kind == "n":
            return self._number(raw) if raw else None
        if kind == "s":
            if not (raw.isascii() and raw.isdigit()) or int(raw) >= len(self.shared):
                raise FileRefused(text("工作表第 {row_number} 行引用了不存在的共享字符串，文件可能已损坏", row_number=self.row_number))
            return self.shared[int(raw)]
        if kind in ("inlineStr", "str", "e", "d"):
            return raw
        if kind == "b":
            return raw == "1" if raw else None
        return raw or None

    def _number(self, raw: str):
        try:
            number = int(raw) if raw.lstrip("-").isdigit() else float(raw)
        except ValueError:
            return raw
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
