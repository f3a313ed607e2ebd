"""GMV import: encodings, XLSX, bad rows, skip, re-import, cancel (R-SELF-1 data; long operations cancel without partial data)."""
import codecs
from datetime import date

import pytest

from desktop.services import gmv, gmv_import
from desktop.services.gmv_import import ImportCancelled, ImportHasErrors

HEADER = "达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）\n"
GOOD = (
    "dy_lin,小林,2026-11-20,\"￥1,234.50\",\"¥2,000.00\"\n"
    "dy_lin,小林,2026-11-21,100,100\n"
    "dy_wang,王姐,2026/11/22,0,50.5\n"
)


def dump(ctx):
    return ctx.db.execute_sql(
        "SELECT shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, source, updated_at FROM gmv_record ORDER BY id"
    ).fetchall()


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    if encoding == "gbk":
        text = text.replace("¥", "￥")  # GBK has only the full-width yuan sign
    data = text.encode(encoding)
    if encoding == "utf-16-be":  # Excel's "Unicode text" starts with a byte-order mark; BE has to be told
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-be"])
def test_import_each_encoding(ctx, shop_id, tmp_path, encoding):
    path = write(tmp_path, "gmv.csv", HEADER + GOOD, encoding)
    result = gmv_import.import_file(ctx, shop_id, path).value
    assert (result.inserted, result.updated, result.unchanged, result.accounts_created) == (3, 0, 0, 2)
    rows = gmv.list_gmv(ctx, shop_id)
    by_day = {r.day: r for r in rows}
    assert by_day["2026-11-20"].shop_gmv_fen == 123450 and by_day["2026-11-20"].total_gmv_fen == 200000
    assert by_day["2026-11-22"].nickname == "王姐" and by_day["2026-11-22"].total_gmv_fen == 5050


def test_encoding_detected(tmp_path):
    assert gmv_import.open_source(write(tmp_path, "a.csv", HEADER, "utf-8-sig")).encoding == "utf-8-sig"
    assert gmv_import.open_source(write(tmp_path, "b.csv", HEADER, "gbk")).encoding == "gb18030"
    src = gmv_import.open_source(write(tmp_path, "c.csv", HEADER + GOOD, "utf-8-sig"))
    assert src.headers[0] == "达人抖音号"  # BOM stripped
    assert len(src.preview) == 3


def test_second_import_changes_nothing(ctx, shop_id, tmp_path):
    path = write(tmp_path, "gmv.csv", HEADER + GOOD)
    gmv_import.import_file(ctx, shop_id, path)
    before = dump(ctx)
    history_before = ctx.db.execute_sql("SELECT COUNT(*) FROM history").fetchone()[0]
    result = gmv_import.import_file(ctx, shop_id, path).value
    assert (result.inserted, result.updated, result.unchanged) == (0, 0, 3)
    assert dump(ctx) == before
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM history").fetchone()[0] == history_before


def test_changed_figure_updates_one_record(ctx, shop_id, tmp_path):
    gmv_import.import_file(ctx, shop_id, write(tmp_path, "a.csv", HEADER + GOOD))
    changed = GOOD.replace("100,100", "100,300")
    result = gmv_import.import_file(ctx, shop_id, write(tmp_path, "b.csv", HEADER + changed)).value
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 2)
    assert len(dump(ctx)) == 3


BAD = (
    HEADER
    + "dy_lin,小林,2026-11-20,100,200\n"  # row 2 good
    + "dy_lin,小林,2026-11-21,300,200\n"  # row 3 total < shop
    + ",,,,\n"  # row 4 blank: ignored
    + "dy_wang,王姐,2026-11-28,1,2\n"  # row 5 future
    + "dy_wang,王姐,2026-11-20,-5,2\n"  # row 6 negative
    + "dy lin,x,2026-11-20,1,2\n"  # row 7 bad ID
    + "dy_lin,小林,2026-11-20,100,200\n"  # row 8 duplicate of row 2
    + "\n"  # row 9 blank
    + "dy_zhao,赵,2026-11-19,¥12.00,¥15.00\n"  # row 10 good
)


def test_bad_rows_reported_with_row_numbers_and_nothing_written(ctx, shop_id, tmp_path):
    path = write(tmp_path, "bad.csv", BAD)
    source = gmv_import.open_source(path)
    report = gmv_import.check(ctx, source, gmv_import.suggest_mapping(source.headers))
    assert [(e.row, e.reason) for e in report.errors] == [
        (3, "总 GMV 小于本店 GMV"),
        (5, "日期 2026-11-28 在未来"),
        (6, "本店 GMV不能为负数"),
        (7, "账号 ID 只能包含字母、数字、下划线、点和连字符，长度 2–32"),
        (8, "与第 2 行的账号和日期重复"),
    ]
    assert (report.good, report.blank) == (2, 2)
    accounts_before = ctx.db.execute_sql("SELECT COUNT(*) FROM account").fetchone()[0]
    with pytest.raises(ImportHasErrors) as exc:
        gmv_import.import_file(ctx, shop_id, path)
    assert len(exc.value.report.errors) == 5
    assert dump(ctx) == []
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM account").fetchone()[0] == accounts_before


def test_skip_bad_rows_writes_only_good_ones(ctx, shop_id, tmp_path):
    result = gmv_import.import_file(ctx, shop_id, write(tmp_path, "bad.csv", BAD), skip_bad=True).value
    assert (result.inserted, result.skipped, result.blank) == (2, 5, 2)
    assert sorted((r.account_code, r.day) for r in gmv.list_gmv(ctx, shop_id)) == [
        ("dy_lin", "2026-11-20"), ("dy_zhao", "2026-11-19")]


def test_cancelled_import_leaves_database_unchanged(ctx, shop_id, tmp_path, monkeypatch):
    monkeypatch.setattr(gmv_import, "BATCH", 10)
    gmv_import.import_file(ctx, shop_id, write(tmp_path, "a.csv", HEADER + GOOD))
    before = dump(ctx)
    lines = [f"acc_{i:04d},n{i},2026-11-{1 + i % 27:02d},{i},{i * 2}\n" for i in range(100)]
    path = write(tmp_path, "big.csv", HEADER + "".join(lines))
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(ImportCancelled):
        gmv_import.import_file(ctx, shop_id, path, progress=progress, cancelled=lambda: len(seen) >= 3)
    assert dump(ctx) == before
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM account WHERE account_code LIKE 'acc_%'").fetchone()[0] == 0
    assert seen  # progress was reported before the cancel


def test_headers_that_differ_need_a_mapping(ctx, shop_id, tmp_path):
    path = write(tmp_path, "odd.csv", "ID,when,ours,all\ndy_lin,2026-11-20,1,2\n")
    source = gmv_import.open_source(path)
    mapping = gmv_import.suggest_mapping(source.headers)
    with pytest.raises(gmv_import.InvalidInput):
        gmv_import.commit(ctx, shop_id, source, mapping)
    mapping = {"account_code": 0, "nickname": None, "platform": None, "day": 1, "shop_gmv": 2, "total_gmv": 3}
    assert gmv_import.commit(ctx, shop_id, source, mapping).value.inserted == 1


def test_xlsx_import(ctx, shop_id, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["达人抖音号", "达人昵称", "日期", "本店GMV", "总GMV"])
    ws.append(["dy_lin", "小林", datetime(2026, 11, 20), 1234.5, 2000])
    ws.append([None, None, None, None, None])
    ws.append([12345678, "数字号", "2026-11-21", "¥1,000.00", "¥1,000.00"])
    ws.append(["dy_bad", "坏", "2026-11-21", 5, 1])
    path = tmp_path / "gmv.xlsx"
    wb.save(path)
    source = gmv_import.open_source(path)
    report = gmv_import.check(ctx, source, gmv_import.suggest_mapping(source.headers))
    assert [(e.row, e.reason) for e in report.errors] == [(5, "总 GMV 小于本店 GMV")]
    result = gmv_import.import_file(ctx, shop_id, path, skip_bad=True).value
    assert (result.inserted, result.skipped, result.blank) == (2, 1, 1)
    rows = {r.account_code: r for r in gmv.list_gmv(ctx, shop_id)}
    assert rows["dy_lin"].shop_gmv_fen == 123450 and rows["dy_lin"].day == "2026-11-20"
    assert rows["12345678"].total_gmv_fen == 100000


def test_unreadable_files_are_refused_cleanly(ctx, shop_id, tmp_path):
    with pytest.raises(gmv_import.InvalidInput):
        gmv_import.open_source(write(tmp_path, "empty.csv", ""))
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(gmv_import.InvalidInput):
        gmv_import.open_source(bad)
    with pytest.raises(gmv_import.InvalidInput):
        gmv_import.open_source(write(tmp_path, "x.pdf", "x"))


def test_manual_save_validates_and_upserts(ctx, shop_id):
    from desktop.services.errors import InvalidInput

    gmv.save_gmv(ctx, shop_id, "douyin", "dy_lin", "小林", date(2026, 11, 27), 100, 200)
    gmv.save_gmv(ctx, shop_id, "douyin", "dy_lin", "小林", date(2026, 11, 27), 150, 200)
    rows = gmv.list_gmv(ctx, shop_id)
    assert len(rows) == 1 and rows[0].shop_gmv_fen == 150
    for args, field in [
        ((date(2026, 11, 28), 1, 2), "day"),
        ((date(2026, 11, 27), -1, 2), "shop_gmv"),
        ((date(2026, 11, 27), 3, 2), "total_gmv"),
    ]:
        with pytest.raises(InvalidInput) as exc:
            gmv.save_gmv(ctx, shop_id, "douyin", "dy_lin", "", *args)
        assert exc.value.field == field
    with pytest.raises(InvalidInput):
        gmv.save_gmv(ctx, shop_id, "douyin", "bad id!", "", date(2026, 11, 27), 1, 2)


@pytest.mark.parametrize("good_rows", [1, 20])  # in the preview, and past it
def test_unreadable_csv_line_is_a_message_not_a_crash(ctx, shop_id, tmp_path, good_rows):
    path = tmp_path / "huge_field.csv"  # a field over csv's size limit makes the reader itself fail
    good = "".join(f"dy_lin,小林,2026-11-{i + 1:02d},1,2\n" for i in range(good_rows))
    path.write_bytes((HEADER + good + "dy_x,\"" + "长" * 140_000 + "\",2026-11-20,1,2\n")
                     .encode("utf-8"))
    with pytest.raises(gmv_import.InvalidInput) as exc:
        gmv_import.import_file(ctx, shop_id, path)
    assert f"第 {good_rows + 2} 行" in exc.value.message
    assert dump(ctx) == []
