"""Reading GMV amounts, dates, headers and rows as shop owners export them."""
from datetime import date

import pytest

from desktop.domain import gmv_parsing as p

TODAY = date(2026, 11, 27)


def test_amount_cells_to_fen_or_row_reason():
    # The parsing itself is desktop.domain.money (tests/domain/test_money.py); rows get a BadValue.
    assert p.parse_amount("¥1,234.50") == 123450
    with pytest.raises(p.BadValue) as exc:
        p.parse_amount("1.234", "本店 GMV")
    assert "本店 GMV最多两位小数" in str(exc.value)


@pytest.mark.parametrize("text", ["2026-11-27", "2026/11/27", "2026.11.27", "20261127", "2026年11月27日",
                                  "2026-11-27 00:00:00"])
def test_dates(text):
    assert p.parse_day(text) == TODAY


def test_bad_and_future_dates():
    with pytest.raises(p.BadValue):
        p.parse_day("2026-02-30")
    with pytest.raises(p.BadValue):
        p.parse_day("")
    assert p.day_error(TODAY, TODAY) is None
    assert "未来" in p.day_error(date(2026, 11, 28), TODAY)


def test_headers_matched_by_name():
    m = p.suggest_mapping(["\ufeff达人抖音号", "达人昵称", "日期", "本店GMV（元）", "总 GMV (元)"])
    assert m == {"account_code": 0, "nickname": 1, "platform": None, "day": 2, "shop_gmv": 3, "total_gmv": 4}
    assert p.mapping_problems(m) == []


def test_unknown_headers_need_mapping():
    m = p.suggest_mapping(["ID", "when", "a", "b"])
    problems = p.mapping_problems(m)
    assert len(problems) == 4
    assert "同一列" in p.mapping_problems({"account_code": 0, "day": 0, "shop_gmv": 1, "total_gmv": 2})[0]


MAPPING = {"account_code": 0, "nickname": 1, "platform": None, "day": 2, "shop_gmv": 3, "total_gmv": 4}


def test_row_parser_good_row():
    parser = p.RowParser(MAPPING, TODAY)
    assert parser.parse(["dy_001", "小林", "2026-11-01", "¥1,234.50", "2000"]) == (
        "douyin", "dy_001", "小林", "2026-11-01", 123450, 200000)


@pytest.mark.parametrize(
    "row, words",
    [(["dy_001", "", "2026-11-01", "300", "200"], "总 GMV 小于本店 GMV"),
     (["dy 001", "", "2026-11-01", "1", "2"], "账号 ID"),
     (["dy_001", "", "2026-11-28", "1", "2"], "未来"),
     (["dy_001", "", "2026-11-01", "-1", "2"], "负数"),
     (["dy_001", "", "2026-11-01", "1"], "总 GMV为空")],
)
def test_row_parser_bad_rows(row, words):
    with pytest.raises(p.BadValue) as exc:
        p.RowParser(MAPPING, TODAY).parse(row)
    assert words in str(exc.value)


def test_total_equal_to_shop_is_fine():
    assert p.RowParser(MAPPING, TODAY).parse(["dy_001", "", "2026-11-01", "5", "5"])[4:] == (500, 500)


def test_blank_rows():
    assert p.is_blank([]) and p.is_blank(["", "  ", None])
    assert not p.is_blank(["", "x"])


def test_platform_names():
    assert p.parse_platform("抖音") == "douyin" and p.parse_platform("") == "douyin"
    assert p.parse_platform("火山") == "huoshan"
    with pytest.raises(p.BadValue):
        p.parse_platform("快手")


def test_common_export_headers_are_recognised():
    """Issue 10: headers as 抖店 and influencer analytics export them."""
    m = p.suggest_mapping(["达人UID", "达人名称", "支付日期", "成交金额", "达人总成交金额(元)"])
    assert m == {"account_code": 0, "nickname": 1, "platform": None, "day": 2, "shop_gmv": 3, "total_gmv": 4}
    m = p.suggest_mapping(["抖音号", "日期", "本店GMV", "带货GMV"])
    assert (m["shop_gmv"], m["total_gmv"]) == (2, 3)


def test_remembered_mapping_is_found_again_for_the_same_headers():
    headers = ["ID", "when", "ours", "all"]
    sig = p.header_signature(headers)
    assert sig == p.header_signature(["all ", "ours", "when", "id"])  # order, case and spaces ignored
    assert sig != p.header_signature(headers + ["extra"])
    saved = p.mapping_by_name(headers, {"account_code": 0, "nickname": None, "platform": None,
                                       "day": 1, "shop_gmv": 2, "total_gmv": 3})
    assert p.remembered_mapping(["ours", "ID", "when", "all"], saved)["account_code"] == 1
    assert p.remembered_mapping(["ID", "when", "ours"], saved) is None
