"""Importing influencer GMV from the CSV/XLSX files shop owners export.

Steps the import dialog follows: ``open_source`` (read, detect the encoding,
headers and a preview) → ``suggest_mapping`` / the user's column mapping →
``check`` (every bad row with its row number and reason, nothing written) →
``commit`` (ONE transaction; rolled back if the file has errors and the user
did not choose to skip them, or if the user cancels). Re-importing a file
changes nothing: one record per shop, account and day (UPSERT with a WHERE
that skips identical figures).

Row numbers are the spreadsheet's: the header is row 1.
The write path is lean on purpose (1M rows, see bench_gmv): rows are parsed
once, account IDs are resolved from an in-memory map, and records go to
the database in batches inside the one transaction (desktop.services.gmv_writer).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from desktop.domain.messages import joined, text
from desktop.domain import gmv_parsing
from desktop.domain.gmv_parsing import BadValue, RowParser
from desktop.services import changes as ch
from desktop.services import check as db_check
from desktop.services import gmv_summary, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound, ServiceError
from desktop.services import sheet_files
from desktop.services.gmv_writer import writer_for
from desktop.services.xlsx_stream import XlsxBook

BATCH = 20_000
PREVIEW_ROWS = 8
MAX_ERRORS_LISTED = 1_000  # a file of a million bad rows reports them by count, not one object each
ENCODINGS = ("utf-8", "gb18030")  # gb18030 is a superset of GBK and GB2312

Progress = Callable[[int, int], None]  # (rows done, rows in file)
Cancelled = Callable[[], bool]


class ImportCancelled(sheet_files.ReadCancelled):
    def __init__(self) -> None:
        ServiceError.__init__(self, text("导入已取消，数据没有改动。"))


class ImportHasErrors(InvalidInput):
    """The file has bad rows and the user did not choose to skip them: nothing written."""

    def __init__(self, report: "CheckReport") -> None:
        super().__init__(text("文件中有 {bad:,} 行有错误，没有导入任何数据。", bad=report.bad))
        self.report = report


@dataclass
class ImportSource:
    path: Path
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    headers: list[str]
    preview: list[list[str]]
    row_estimate: int
    text: str | None = None
    delimiter: str = ","


@dataclass(frozen=True)
class RowError:
    row: int
    reason: str


@dataclass
class CheckReport:
    """What a check found. Only the first MAX_ERRORS_LISTED bad rows are kept; ``bad`` counts them all."""

    rows: int = 0  # data rows that were not blank
    good: int = 0
    blank: int = 0
    errors: list[RowError] = field(default_factory=list)
    bad: int = 0
    # The first and last day the rows name (None for none): the days a summary rebuild covers.
    days: tuple[str, str] | None = None

    @property
    def ok(self) -> bool:
        return not self.bad

    @property
    def errors_truncated(self) -> bool:
        return self.bad > len(self.errors)

    def add_error(self, row: int, reason: str) -> None:
        self.bad += 1
        if len(self.errors) < MAX_ERRORS_LISTED:
            self.errors.append(RowError(row, reason))


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    blank: int
    accounts_created: int


# ---------------------------------------------------------------- reading

def open_source(path: str | Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportSource:
    """Check the file and read its header and first rows; run it in a worker thread.

    Bounded (``sheet_files`` limits): a file over a limit or hostile is refused
    with a clear message; ``cancelled()`` stops the reading at once."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(text("找不到文件：{name}", name=path.name))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path, cancelled)
    if suffix in (".csv", ".txt", ""):
        return _open_csv(path, cancelled)
    raise InvalidInput(text("只支持 CSV 和 XLSX 文件（.xls 请先在表格软件中另存为 .xlsx）"), "path")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 with or without BOM, else GBK/GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for enc in ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise InvalidInput(text("无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV"), "path")


def _open_csv(path: Path, cancelled: Cancelled | None) -> ImportSource:
    encoding, newlines = sheet_files.detect_encoding(path, cancelled)
    delimiter = sheet_files.sniff_delimiter(path, encoding)
    rows = sheet_files.csv_rows(path, encoding, delimiter, cancelled)
    headers, preview = _head(rows)
    return ImportSource(path, "csv", encoding, headers, preview, max(0, newlines), None, delimiter)


def _open_xlsx(path: Path, cancelled: Cancelled | None) -> ImportSource:
    with XlsxBook(path, cancelled) as book:
        book.dimension_rows()  # a declared range past the limits is refused before any reading
        rows_in_sheet = book.count_rows(cancelled)
        headers, preview = _head(book.rows(cancelled))
    return ImportSource(path, "xlsx", None, headers, preview, max(0, rows_in_sheet - 1))


def _head(rows) -> tuple[list[str], list[list[str]]]:
    for _, header in rows:
        headers = [_cell_text(c).replace("\ufeff", "").strip() for c in header]
        break
    else:
        raise InvalidInput(text("文件是空的：没有表头行"), "path")
    preview = [[_cell_text(c) for c in row] for _, (_, row) in zip(range(PREVIEW_ROWS), rows)]
    return headers, preview


def _cell_text(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "hour"):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(sep=" ")
    return str(value)


def iter_rows(source: ImportSource, cancelled: Cancelled | None = None,
              progress: Progress | None = None) -> Iterator[tuple[int, list]]:
    """(row number, cells) after the header, in file order; rows past the limits refuse the file."""
    if source.kind == "csv":
        # The reader itself, not a generator around it: a layer less for each of a million rows.
        rows = sheet_files.csv_rows(source.path, source.encoding, source.delimiter, cancelled)
        next(rows, None)
        return rows
    return _xlsx_rows(source, cancelled, progress)


def _xlsx_rows(source: ImportSource, cancelled: Cancelled | None, progress: Progress | None):
    with XlsxBook(source.path, cancelled) as book:
        rows = book.rows(cancelled, progress)
        next(rows, None)
        yield from rows


suggest_mapping = gmv_parsing.suggest_mapping


def _check_mapping(source: ImportSource, mapping: dict[str, int | None]) -> None:
    problems = gmv_parsing.mapping_problems(mapping)
    if any(i is not None and not (0 <= i < len(source.headers)) for i in mapping.values()):
        problems.append(text("列映射超出了文件的列数"))
    if problems:
        raise InvalidInput(joined("；", problems), "mapping")


# ---------------------------------------------------------------- checking

def _reason(exc: Exception):
    """Why a row can't be used: a BadValue carries the message (a Text) as args[0]."""
    if isinstance(exc, BadValue) and exc.args:
        return exc.args[0]
    return text("无法读取这一行")


def _scan(source, mapping, today, report: CheckReport, progress, cancelled) -> Iterator[tuple]:
    """Good rows as parsed tuples; errors and blanks go into ``report``."""
    parser = RowParser(mapping, today)
    parse = parser.parse
    seen: dict[tuple, int] = {}
    total = max(source.row_estimate, 1)
    # XLSX reports progress itself, by bytes of the sheet read (its row count is a guess).
    by_rows = progress if source.kind == "csv" else None
    tick = BATCH
    rowno = 1  # the header's row; after the loop, the last row's
    read = 0  # rows the reader gave (an XLSX leaves empty rows out)
    try:
        rows = iter_rows(source, cancelled, None if by_rows else progress)
        for read, (rowno, cells) in enumerate(rows, start=1):
            if rowno > tick:
                tick += BATCH
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if by_rows is not None:
                    by_rows(min(rowno - 1, total), total)
            try:
                parsed = parse(cells)
            except (BadValue, TypeError, ValueError) as exc:
                if gmv_parsing.is_blank(cells):
                    report.blank += 1
                else:
                    report.add_error(rowno, _reason(exc))
                continue
            key = (parsed[0], parsed[1], parsed[3])
            first = seen.setdefault(key, rowno)
            if first != rowno:
                report.add_error(rowno, text("与第 {first} 行的账号和日期重复", first=first))
                continue
            yield parsed
    except sheet_files.ReadCancelled:
        raise ImportCancelled() from None
    report.blank += rowno - 1 - read  # the rows an XLSX left out were empty
    report.days = parser.day_range()
    report.rows = rowno - 1 - report.blank
    report.good = report.rows - report.bad
    if progress is not None:
        progress(total, total)


@service
def check(ctx: ServiceContext, source: ImportSource, mapping: dict[str, int | None],
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> CheckReport:
    """Validate every row without writing anything."""
    _check_mapping(source, mapping)
    report = CheckReport()
    for _ in _scan(source, mapping, ctx.today(), report, progress, cancelled):
        pass
    return report


# ---------------------------------------------------------------- writing

@service
def commit(ctx: ServiceContext, shop_id: int, source: ImportSource, mapping: dict[str, int | None],
           skip_bad: bool = False, progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> Outcome:
    """Write the file's good rows in one transaction (see module doc)."""
    _check_mapping(source, mapping)
    report = CheckReport()
    now = ctx.now_iso()
    with ctx.db.atomic("IMMEDIATE"):
        if ctx.db.execute_sql("SELECT 1 FROM shop WHERE id = ?", (shop_id,)).fetchone() is None:
            raise NotFound(text("店铺不存在"))
        # A damaged UNIQUE index would let duplicate days in (double-counting R-SELF-1).
        db_check.ensure_tables_sound(ctx, ("gmv_record", "account"))
        writer = writer_for(ctx)
        paused = gmv_summary.pause_for_bulk(ctx)
        before_rows = writer.query("SELECT COUNT(*) FROM gmv_record WHERE shop_id = ?", (shop_id,)).fetchone()[0]
        accounts = _AccountMap(writer, now)
        resolve = accounts.resolve
        batch: list[tuple] = []
        append = batch.append
        changed = 0
        for platform, code, nickname, day, shop_fen, total_fen in _scan(
            source, mapping, ctx.today(), report, progress, cancelled
        ):
            append((shop_id, resolve(platform, code, nickname), day, shop_fen, total_fen, "import", now))
            if len(batch) >= BATCH:
                changed += writer.flush(batch)
        changed += writer.flush(batch) + writer.finish()
        if paused is not None:
            gmv_summary.resume_after_bulk(ctx, paused, shop_id, *(report.days or (None, None)))
        if report.bad and not skip_bad:
            raise ImportHasErrors(report)  # rolls the transaction back
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        after_rows = writer.query("SELECT COUNT(*) FROM gmv_record WHERE shop_id = ?", (shop_id,)).fetchone()[0]
        inserted = after_rows - before_rows
        result = ImportResult(
            inserted=inserted,
            updated=changed - inserted,
            unchanged=report.good - changed,
            skipped=report.bad,
            blank=report.blank,
            accounts_created=accounts.created,
        )
        if changed or accounts.created:
            history.record(
                ctx, "gmv.import", shop_id=shop_id, subject=source.path.name,
                detail=(text("新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条，跳过错误行 {skipped} 条，新建账号 {accounts_created} 个",
                             inserted=result.inserted, updated=result.updated, unchanged=result.unchanged, skipped=result.skipped, accounts_created=result.accounts_created)),
            )
    return Outcome(frozenset({ch.GMV, ch.ACCOUNTS, ch.HISTORY}), result)


class _AccountMap:
    """(platform, account ID) -> account id, loaded once; new accounts created on first sight."""

    def __init__(self, writer, now: str) -> None:
        self.writer = writer
        self.now = now
        self.created = 0
        self.ids: dict[tuple[str, str], int] = {}
        self.names: dict[int, str] = {}
        for aid, platform, code, nickname in writer.query("SELECT id, platform, account_code, nickname FROM account"):
            self.ids[(platform, code)] = aid
            self.names[aid] = nickname

    def resolve(self, platform: str, code: str, nickname: str) -> int:
        aid = self.ids.get((platform, code))
        if aid is None:
            aid = self.writer.insert_account(platform, code, nickname, self.now)
            self.ids[(platform, code)] = aid
            self.names[aid] = nickname
            self.created += 1
        elif nickname and self.names[aid] != nickname:
            # Nicknames change; the account ID does not (same rule as ensure_account).
            self.writer.query("UPDATE account SET nickname = ? WHERE id = ?", (nickname, aid))
            self.names[aid] = nickname
        return aid


@service
def import_file(ctx: ServiceContext, shop_id: int, path: str | Path, mapping: dict[str, int | None] | None = None,
                skip_bad: bool = False, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Outcome:
    """Open, map by header names (unless ``mapping`` is given) and commit in one go."""
    source = open_source(path)
    return commit(ctx, shop_id, source, mapping or suggest_mapping(source.headers), skip_bad, progress, cancelled)
