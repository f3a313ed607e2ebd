"""Reading the CSV and XLSX files users import, streamed and bounded (XLSX: ``xlsx_stream``).

A hostile or broken file must be refused quickly and clearly, never read into
memory whole: a zip "bomb" that inflates to gigabytes, a sheet with millions of
empty rows or a cell at column XFD, a shared-strings part of millions of
entries, a CSV line of a million columns, an XML entity bomb.

- XLSX is read straight from the zip with an incremental XML parser
  (defusedxml: no DTD, no entities), one row at a time; shared strings are
  loaded once, within limits. Dates are recognised by their number format.
- CSV is decoded as a stream (UTF-8, UTF-8 BOM, UTF-16 BOM, else GB18030) and
  read line by line with a bound on line length.

Rows come out as ``(row number, cells)``; the header is row 1. ``cancelled()``
is asked as the file is read, so a worker thread can stop at once.
"""
from __future__ import annotations

import codecs
import csv
import functools
from pathlib import Path
from typing import Callable, Iterator

from desktop.domain.messages import text
from desktop.services.errors import InvalidInput, ServiceError

MAX_ROWS = 1_048_576  # Excel's own sheet limit
MAX_COLUMNS = 200
MAX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_SHARED_STRINGS = 1_048_576
MAX_SHARED_CHARS = 32_000_000
MAX_CELL_CHARS = 32_767  # Excel's own cell limit
MAX_SMALL_PART = 16 * 1024 * 1024  # workbook, relationships and styles parts
MAX_CSV_BYTES = MAX_UNCOMPRESSED
MAX_LINE_BYTES = 1024 * 1024  # a GMV row is well under 1 KB
CANCEL_EVERY = 4096  # rows between two questions to ``cancelled``
CHUNK = 256 * 1024

Cancelled = Callable[[], bool] | None
Progress = Callable[[int, int], None] | None


class ReadCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(text("已取消读取文件，数据没有改动。"))


class FileRefused(InvalidInput):
    """The file is over a limit, damaged, or not what it claims to be."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "path")


def _stop_if(cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ReadCancelled()


# ---------------------------------------------------------------- CSV

def detect_encoding(path: Path, cancelled: Cancelled = None) -> tuple[str, int]:
    """(encoding, line count), reading the file once in chunks; a line over MAX_LINE_BYTES
    refuses the file here, so the reader needs no check of its own for each line."""
    size = _size(path)
    if size > MAX_CSV_BYTES:
        raise FileRefused(text("文件太大（{size:,.0f} MB），上限 {limit} MB",
                               size=size / 1048576, limit=MAX_CSV_BYTES // 1048576))
    with _open_binary(path) as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "gb18030")  # gb18030 is a superset of GBK and GB2312
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)()
        newlines = returns = 0  # "\n" and "\r": a file ends its lines with one or both
        run = 0  # bytes since the last line end
        try:
            with _open_binary(path) as f:
                while chunk := f.read(_SCAN_CHUNK):
                    _stop_if(cancelled)
                    decoder.decode(chunk)
                    run = _line_run(chunk, run, max(newlines, returns))
                    newlines += chunk.count(b"\n")
                    if not newlines:  # only an old Mac file ends its lines with "\r" alone
                        returns += chunk.count(b"\r")
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding, max(newlines, returns)
    raise FileRefused(text("无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV"))


_SCAN_CHUNK = CHUNK * 4  # not above MAX_LINE_BYTES: only a run across chunks can be too long


def _line_run(chunk: bytes, run: int, lines_before: int) -> int:
    """The bytes since the last line end after ``chunk``, given ``run`` before it; a run longer
    than MAX_LINE_BYTES refuses the file (a line end inside one chunk bounds the runs between)."""
    first = min((i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0), default=-1)
    if first >= 0:
        run += first
    else:
        run += len(chunk)
    if run > MAX_LINE_BYTES:
        raise FileRefused(text("第 {number} 行长度超过 {limit} MB，不像是数据表，未读取",
                               number=lines_before + 1, limit=MAX_LINE_BYTES // 1048576))
    if first < 0:
        return run
    return len(chunk) - 1 - max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))


def _open_text(path: Path, encoding: str):
    try:
        return open(path, encoding=encoding, newline="")
    except OSError as exc:
        raise FileRefused(text("无法读取文件：{reason}", reason=exc.strerror or exc)) from None


def _lines(f) -> Iterator[str]:
    """Physical lines, as readline(newline="") ends them, iterated in C (a Python generator cost a
    million-row import ~0.25 s). detect_encoding checked their length; the limit given to readline
    keeps memory bounded even if the file changed since."""
    return iter(functools.partial(f.readline, MAX_LINE_BYTES + 1), "")


def sniff_delimiter(path: Path, encoding: str) -> str:
    with _open_text(path, encoding) as f:
        first = next(_lines(f), "")
    return "\t" if first.count("\t") > first.count(",") else ","


def csv_rows(path: Path, encoding: str, delimiter: str, cancelled: Cancelled = None) -> Iterator[tuple[int, list]]:
    """(row number, cells); more than MAX_COLUMNS cells or MAX_ROWS rows refuses the file."""
    with _open_text(path, encoding) as f:
        reader = csv.reader(_lines(f), delimiter=delimiter)
        try:
            stop_at = CANCEL_EVERY  # the next row that asks ``cancelled`` (and MAX_ROWS)
            for row in enumerate(reader, start=1):  # the (number, cells) pair made in C
                if len(row[1]) > MAX_COLUMNS or row[0] > stop_at:  # a call only now and then
                    _check_row(row[0], len(row[1]))
                    _stop_if(cancelled)
                    stop_at = min(row[0] + CANCEL_EVERY, MAX_ROWS + 1)
                yield row
        except csv.Error as exc:
            raise FileRefused(text("第 {line_num} 行无法读取（{reason}），请检查文件格式",
                                   line_num=reader.line_num, reason=exc)) from None


def _check_row(number: int, width: int) -> None:
    if width > MAX_COLUMNS:
        raise FileRefused(text("第 {number} 行有 {width:,} 列，超过上限 {max_columns} 列，未读取",
                               number=number, width=width, max_columns=MAX_COLUMNS))
    if number > MAX_ROWS + 1:
        raise FileRefused(text("文件超过 {max_rows:,} 行数据，超过上限，未读取", max_rows=MAX_ROWS))


def _open_binary(path: Path):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise FileRefused(text("无法读取文件：{reason}", reason=exc.strerror or exc)) from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise FileRefused(text("无法读取文件：{reason}", reason=exc.strerror or exc)) from None
