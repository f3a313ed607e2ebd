"""Money as integer fen (R-P-PRICE-1: at most two decimals): one parser, one formatter, no Qt."""
import pytest

from desktop.domain import money


@pytest.mark.parametrize(
    "value, fen",
    [("¥1,234.50", 123450), ("￥1,234.5", 123450), ("1234", 123400), ("1234.5", 123450), ("0", 0), ("0.01", 1),
     (" 12.3 ", 1230), ("1，000元", 100000), ("+7", 700), ("1234.", 123400), (12, 1200), (12.5, 1250), (0.1, 10),
     ("12.34", 1234)],
)
def test_parse_accepts_what_owners_type_and_exports_carry(value, fen):
    assert money.parse_fen(value) == fen
    if isinstance(value, str):
        assert money.parse_field(value) == (fen, None)


@pytest.mark.parametrize(
    "value, kind, words",
    [("1.234", money.TOO_FINE, "两位小数"), ("12.345", money.TOO_FINE, "两位小数"), ("-1", money.NEGATIVE, "负数"),
     ("¥-3.00", money.NEGATIVE, "负数"), ("(5)", money.NEGATIVE, "负数"), (-5, money.NEGATIVE, "负数"),
     ("", money.EMPTY, "为空"), ("   ", money.EMPTY, "为空"), (None, money.EMPTY, "为空"),
     ("abc", money.INVALID, "不是有效金额"), ("1.2.3", money.INVALID, "不是有效金额"), (True, money.INVALID, "不是有效金额")],
)
def test_parse_refuses_with_a_reason_naming_the_amount(value, kind, words):
    with pytest.raises(money.MoneyError) as exc:
        money.parse_fen(value, "本店 GMV")
    assert exc.value.kind == kind
    assert words in str(exc.value) and "本店 GMV" in str(exc.value)


def test_field_wording_for_an_input_box():
    assert money.parse_field("") == (None, "请填写")
    assert money.parse_field(None) == (None, "请填写")
    assert money.parse_field("12.345") == (None, "最多两位小数（精确到分）")
    assert money.parse_field("abc") == (None, "只能填数字，例如 19.90")
    assert money.parse_field("-1")[0] is None


def test_format_for_display_and_for_editing():
    assert money.format_fen(123450) == "1,234.50"
    assert money.format_fen(5) == "0.05"
    assert money.format_fen(-123450) == "-1,234.50"
    assert money.format_fen(123450, grouped=False) == "1234.50"
    assert money.format_fen(60000, whole=True) == "600"
    assert money.format_fen(60050, whole=True) == "600.50"
    assert money.edit_text(None) == "" and money.edit_text(1990) == "19.90"
    assert money.range_text(None, None) == "—"
    assert money.range_text(1990, 1990) == "19.90"
    assert money.range_text(1990, 299000) == "19.90 – 2,990.00"
    assert money.yuan_number(1990) == 19.9 and money.yuan_number(None) is None


@pytest.mark.parametrize("fen", [0, 1, 99, 100, 123450, 100_000_000, 987_654_321])
def test_round_trip(fen):
    assert money.parse_fen(money.format_fen(fen)) == fen
    assert money.parse_field(money.edit_text(fen)) == (fen, None)


@pytest.mark.parametrize(
    "value, fen",
    [("0", 0), ("7", 700), ("0.05", 5), ("0.5", 50), ("12.3", 1230), ("12.30", 1230), ("007.09", 709),
     ("123456789012.99", 12345678901299), ("1.234", None), ("1.", None), (".5", None), ("¥1", None),
     ("１２", None), ("1.２", None), ("-1", None), ("1,000", None), ("", None)],
)
def test_fast_path_agrees_with_the_full_parser_or_leaves_it_the_cell(value, fen):
    """The import's fast path (two a row) gives the full parser's fen for plain text, None otherwise."""
    assert money.fast_fen(value) == fen
    if fen is not None:
        assert money.parse_fen(value) == fen
