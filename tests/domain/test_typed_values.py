"""The strip-and-match reading shared by stock, weight, account IDs and platform shop IDs
(domain.text.pattern_error): blank, malformed and good input, each with its own message."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from desktop.domain import account_ids, shops
from desktop.domain.product_values import parse_stock, parse_weight
from desktop.domain.text import pattern_error


def test_pattern_error_makes_only_the_message_it_needs():
    made = []

    def empty():
        made.append("empty")
        return "空"

    def bad():
        made.append("bad")
        return "坏"

    digits = re.compile(r"^\d+$")
    assert pattern_error(" 12 ", digits, empty, bad) is None and made == []
    assert pattern_error(None, digits, empty, bad) == "空" and made == ["empty"]
    assert pattern_error("  \t", digits, empty, bad) == "空"
    assert pattern_error("1a", digits, empty, bad) == "坏" and made[-1] == "bad"


@pytest.mark.parametrize("typed, value, error", [
    ("", None, "请填写库存"), ("  ", None, "请填写库存"), (None, None, "请填写库存"),
    ("-1", None, "库存必须是 0 或正整数"), ("1.5", None, "库存必须是 0 或正整数"),
    (" 0 ", 0, None), ("１２", 12, None),  # full-width digits are digits (R-P-SKU)
])
def test_stock(typed, value, error):
    assert parse_stock(typed) == (value, error)


@pytest.mark.parametrize("typed, value, error", [
    ("", None, "请填写重量"), ("abc", None, "重量只能是数字"), ("1.", None, "重量只能是数字"),
    ("0", Decimal(0), "重量必须大于 0 且小于 10000"), ("10000", Decimal(10000), "重量必须大于 0 且小于 10000"),
    (" 0.25 ", Decimal("0.25"), None), ("٣.٥", Decimal("3.5"), None),
])
def test_weight(typed, value, error):
    assert parse_weight(typed) == (value, error)


def test_account_and_shop_ids_read_the_same_way():
    assert account_ids.account_code_error(" dy_official ") is None
    assert account_ids.account_code_error(" ") == "请输入账号 ID"
    assert account_ids.account_code_error("a b") == "账号 ID 只能包含字母、数字、下划线、点和连字符，长度 2–32"
    assert shops.platform_shop_id_error("10001") is None
    assert shops.platform_shop_id_error("") == "请输入平台店铺 ID"
    assert shops.platform_shop_id_error("12a") == "平台店铺 ID 只能是数字（最多 20 位）"
