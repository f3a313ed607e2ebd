"""Imports are bounded (issue 11, finding 5): hostile XLSX/CSV files are refused quickly with a
clear message and without eating memory; error rows are listed up to a cap with a total count."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.services import gmv_import, sheet_files
from desktop.services.errors import InvalidInput
from tests.services import xlsx_bombs as bombs

ROOT = Path(__file__).resolve().parents[2]


def refused_in_child(path: Path, stage: str = "check") -> dict:
    """Open (and check) ``path`` in a fresh process: elapsed seconds, RSS growth (MB), message."""
    code = textwrap.dedent(f"""
        import json, resource, sys, time
        from datetime import date
        from desktop.services import gmv_import
        from desktop.services.errors import ServiceError
        import defusedxml.ElementTree, openpyxl.utils.datetime  # imports are not the file's cost
        def rss():
            r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return r / 1024 / (1024 if sys.platform == "darwin" else 1)
        import peewee
        class Ctx:
            db = peewee.SqliteDatabase(":memory:")  # check() reads nothing from it
            def today(self): return date(2026, 11, 30)
        before, start, message = rss(), time.perf_counter(), None
        try:
            src = gmv_import.open_source({str(path)!r})
            if {stage!r} == "check":
                gmv_import.check(Ctx(), src, gmv_import.suggest_mapping(src.headers))
        except ServiceError as exc:
            message = exc.message
        print(json.dumps({{"seconds": time.perf_counter() - start, "rss_mb": rss() - before,
                          "message": message}}))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def assert_refused_fast(result: dict, *words: str) -> None:
    assert result["message"], "the file was accepted"
    for word in words:
        assert word in result["message"]
    assert "Traceback" not in result["message"] and "Error" not in result["message"]
    # no exception name (DTDForbidden, BadZipFile): no CamelCase word
    assert not re.search(r"[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]{2,}", result["message"]), result
    assert result["seconds"] <= 5, result
    assert result["rss_mb"] <= 200, result


def test_zip_bomb_over_500_mb_uncompressed_refused(tmp_path):
    path = bombs.xlsx(tmp_path / "big.xlsx", bombs.good_rows(10))
    bombs.declare_size(path, "xl/worksheets/sheet1.xml", 600 * 1024 * 1024)
    assert_refused_fast(refused_in_child(path), "超过上限", "500 MB")


def test_rows_bomb_of_many_small_rows_refused_at_open(tmp_path):
    rows = (bombs.HEADER_ROW, ('<row r="2"><c r="A2"><v>1</v></c></row>' * 100_000 for _ in range(12)))
    path = bombs.xlsx(tmp_path / "many.xlsx", (r for part in rows for r in ([part] if isinstance(part, str) else part)))
    assert_refused_fast(refused_in_child(path, "open"), "1,048,576 行")


def test_rows_bomb_refused(tmp_path):
    rows = bombs.HEADER_ROW + bombs.GOOD_ROW.format(n=2, m=1) + '<row r="5000000"><c r="A5000000"><v>1</v></c></row>'
    assert_refused_fast(refused_in_child(bombs.xlsx(tmp_path / "rows.xlsx", rows)), "1,048,576 行")


def test_declared_dimension_past_the_limits_refused_at_open(tmp_path):
    path = bombs.xlsx(tmp_path / "dim.xlsx", bombs.good_rows(3), dimension="A1:XFD1048576")
    assert_refused_fast(refused_in_child(path, "open"), "超过上限")


def test_column_bomb_refused_at_open(tmp_path):
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="XFD1"><v>1</v></c></row>'
    assert_refused_fast(refused_in_child(bombs.xlsx(tmp_path / "cols.xlsx", rows), "open"), "200 列")


@pytest.mark.parametrize("declare", [True, False])
def test_shared_strings_count_bomb_refused(tmp_path, declare):
    path = bombs.xlsx(tmp_path / "sst.xlsx", bombs.good_rows(3), bombs.shared_strings_many(3_000_000, declare))
    assert_refused_fast(refused_in_child(path, "open"), "共享字符串", "超过上限")


def test_shared_string_size_bomb_refused(tmp_path):
    path = bombs.xlsx(tmp_path / "huge.xlsx", bombs.good_rows(3), bombs.shared_strings_huge(400_000_000))
    assert_refused_fast(refused_in_child(path, "open"), "字符")


def test_entity_bomb_refused(tmp_path):
    path = bombs.xlsx(tmp_path / "laughs.xlsx", bombs.good_rows(3), bombs.LAUGHS)
    assert_refused_fast(refused_in_child(path, "open"), "不允许的内容", "DTD 或实体声明")


def test_sheet_without_dimension_opens_without_reading_it_all(tmp_path):
    """A 1M-row sheet with no <dimension>: opening reads the header and a preview only (was 17.5 s)."""
    path = bombs.xlsx(tmp_path / "million.xlsx", bombs.good_rows(1_000_000))
    result = refused_in_child(path, "open")
    assert result["message"] is None and result["seconds"] <= 5 and result["rss_mb"] <= 200
    src = gmv_import.open_source(path)
    assert src.headers == ["达人抖音号", "日期", "本店GMV", "总GMV"] and len(src.preview) == gmv_import.PREVIEW_ROWS
    assert src.row_estimate == 1_000_000  # counted by a byte scan, for the progress bar


def test_csv_header_of_a_million_columns_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1,2\n", encoding="utf-8")
    assert_refused_fast(refused_in_child(path, "open"), "超过")


def test_csv_rows_past_200_columns_refused_with_the_row(ctx, tmp_path):
    path = tmp_path / "wide.csv"
    good = "".join(f"acc{i},2026-11-01,1,2\n" for i in range(20))
    path.write_text("达人抖音号,日期,本店GMV,总GMV\n" + good + ",".join(["x"] * 201) + "\n", encoding="utf-8")
    src = gmv_import.open_source(path)
    with pytest.raises(InvalidInput) as exc:
        gmv_import.check(ctx, src, gmv_import.suggest_mapping(src.headers))
    assert "第 22 行有 201 列" in exc.value.message


def test_error_rows_listed_up_to_a_cap_with_the_total(ctx, tmp_path):
    path = tmp_path / "bad.csv"
    lines = ["达人抖音号,日期,本店GMV,总GMV"] + [f"acc{i},2026-11-01,9,1" for i in range(5_000)] + ["ok,2026-11-01,1,2"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    src = gmv_import.open_source(path)
    report = gmv_import.check(ctx, src, gmv_import.suggest_mapping(src.headers))
    assert report.bad == 5_000 and len(report.errors) == gmv_import.MAX_ERRORS_LISTED and report.errors_truncated
    assert report.errors[0].row == 2 and report.good == 1 and not report.ok


def test_cancel_while_opening_stops_at_once(ctx, tmp_path):
    path = bombs.xlsx(tmp_path / "million.xlsx", bombs.good_rows(200_000))
    with pytest.raises(sheet_files.ReadCancelled):
        gmv_import.open_source(path, cancelled=lambda: True)
    src = gmv_import.open_source(path)
    with pytest.raises(gmv_import.ImportCancelled):
        gmv_import.check(ctx, src, gmv_import.suggest_mapping(src.headers), cancelled=lambda: True)


def test_damaged_compressed_sheet_is_refused_in_plain_words(tmp_path):
    """A sheet whose deflate stream is damaged raised zlib.error ("程序遇到意外错误"); now a plain refusal."""
    from tests.safety.helpers import damage_zip_member

    path = bombs.xlsx(tmp_path / "ok.xlsx", bombs.good_rows(20_000))
    damaged = damage_zip_member(path, "xl/worksheets/sheet1.xml", tmp_path / "damaged.xlsx", skip=200, length=400)
    assert_refused_fast(refused_in_child(damaged, "open"), "已损坏")


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("where", ["alone", "across_chunks"])
def test_csv_line_over_1_mb_refused_with_its_number(tmp_path, ending, where):
    """A line is checked while the encoding is detected, so the reader needs no check a line."""
    path = tmp_path / "long.csv"
    lines = ["达人抖音号,日期,本店GMV,总GMV", "a,2026-11-01,1,2"]
    if where == "across_chunks":  # the long line starts near the end of the first chunk read
        lines += [f"p{i},2026-11-01,1,2" for i in range(60_000)]
    number = len(lines) + 1
    lines += ["b,2026-11-01,1," + "9" * (sheet_files.MAX_LINE_BYTES + 5), "c,2026-11-01,1,2"]
    path.write_bytes(ending.join(lines).encode())
    with pytest.raises(InvalidInput) as exc:
        gmv_import.open_source(path)
    assert f"第 {number} 行长度超过 1 MB" in exc.value.message


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_csv_lines_ended_any_way_read_the_same_and_under_the_limit_pass(ctx, tmp_path, ending):
    path = tmp_path / "ok.csv"
    # Eight unmapped columns of 120,000 characters (under csv's field limit): a line just under 1 MB.
    near_limit = ",".join(["x" * 120_000] * 8)
    lines = ["达人抖音号,日期,本店GMV,总GMV" + ",备注" * 8] + [
        f"acc{i},2026-11-01,1,2," + (near_limit if i == 3 else ",,,,,,,") for i in range(9_000)]
    path.write_bytes(ending.join(lines).encode() + ending.encode())
    src = gmv_import.open_source(path)
    assert src.row_estimate == 9_001
    report = gmv_import.check(ctx, src, gmv_import.suggest_mapping(src.headers))
    assert (report.good, report.bad, report.blank) == (9_000, 0, 0)


def test_cancel_while_checking_a_csv_stops_within_a_few_thousand_rows(ctx, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("达人抖音号,日期,本店GMV,总GMV\n" + "".join(f"a{i},2026-11-01,1,2\n" for i in range(50_000)),
                    encoding="utf-8")
    src = gmv_import.open_source(path)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(gmv_import.ImportCancelled):
        gmv_import.check(ctx, src, gmv_import.suggest_mapping(src.headers), cancelled=cancelled)
