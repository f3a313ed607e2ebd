"""The numbers of a product draft — prices, stock, weight — read once.

A draft keeps what the user typed as text (so nothing typed is ever lost);
this module turns that text into the values the rules check and the store
keeps, with the reason for each one that cannot be used. The service writes
what ``parse_sku`` / ``parse_weight`` return; it never parses a second time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain import money
from desktop.domain.messages import Text, text
from desktop.domain.text import pattern_error

MAX_SALE_FEN = 100_000_000  # 1,000,000 元 (R-P-PRICE-1)
WEIGHT_LIMIT = Decimal(10000)

_DECIMAL_RE = re.compile(r"^\d+(\.\d+)?$")
_INT_RE = re.compile(r"^\d+$")



def sale_price_error(fen: int) -> Text | None:
    if fen <= 0:
        return text("售价必须大于 0")
    if fen > MAX_SALE_FEN:
        return text("售价不能超过 1,000,000 元")
    return None


def original_price_error(original_fen: int, sale_fen: int) -> Text | None:
    """R-P-PRICE-2: sale < original < 10 × sale."""
    if original_fen <= sale_fen:
        return text("原价必须高于售价")
    if original_fen >= 10 * sale_fen:
        return text("原价必须低于售价的 10 倍")
    return None


def parse_stock(typed: str) -> tuple[int | None, Text | None]:
    err = pattern_error(typed, _INT_RE, lambda: text("请填写库存"), lambda: text("库存必须是 0 或正整数"))
    return (None, err) if err else (int(typed.strip()), None)


def parse_weight(typed: str) -> tuple[Decimal | None, Text | None]:
    err = pattern_error(typed, _DECIMAL_RE, lambda: text("请填写重量"), lambda: text("重量只能是数字"))
    if err:
        return None, err
    value = Decimal(typed.strip())  # the pattern admits only digits Decimal reads (every Unicode \d)
    if not (0 < value < WEIGHT_LIMIT):
        return value, text("重量必须大于 0 且小于 10000")
    return value, None


def weight_text(weight: float | None) -> str:
    """A stored weight as the editor shows it (no trailing zeros); "" for none."""
    if weight is None:
        return ""
    return f"{weight:.3f}".rstrip("0").rstrip(".")




@dataclass(frozen=True)
class ParsedSku:
    """One SKU row read once. ``sale_fen``/``original_fen``/``stock`` are None
    when what was typed cannot be stored (a draft may be incomplete, never
    impossible); ``typed`` keeps that text so reopening shows it again.
    ``problems`` are (field, rule, message) for the rule check."""

    values: tuple[str, ...]
    sale_fen: int | None
    original_fen: int | None
    stock: int | None
    code: str
    typed: dict
    problems: tuple[tuple[str, str, str], ...]


def parse_sku(index: int, sku) -> ParsedSku:
    """``sku`` is a products.SkuInput (duck-typed: values, sale, original, stock, code)."""
    label = "/".join(sku.values) or text("默认")
    problems = []
    sale, err = money.parse_field(sku.sale)
    if err:
        problems.append((f"sku:{index}:sale", "R-P-PRICE-1", text("{label} 售价：{reason}", label=label, reason=err)))
    elif (err := sale_price_error(sale)) is not None:
        problems.append((f"sku:{index}:sale", "R-P-PRICE-1", text("{label}：{reason}", label=label, reason=err)))
        sale = None
    original = None
    if sku.original.strip():
        original, err = money.parse_field(sku.original)
        if err:
            problems.append((f"sku:{index}:original", "R-P-PRICE-1", text("{label} 原价：{reason}", label=label, reason=err)))
        elif sale is not None and (err := original_price_error(original, sale)) is not None:
            problems.append((f"sku:{index}:original", "R-P-PRICE-2", text("{label}：{reason}", label=label, reason=err)))
            original = None
        elif sale is None:
            original = None  # R-P-PRICE-2 cannot hold against a sale price that is not there
    stock, err = parse_stock(sku.stock)
    if err:
        problems.append((f"sku:{index}:stock", "R-P-SKU", text("{label}：{reason}", label=label, reason=err)))
    kept = (("sale", sku.sale, sale), ("original", sku.original, original), ("stock", sku.stock, stock))
    typed = {name: typed for name, typed, value in kept if value is None and typed.strip()}
    return ParsedSku(tuple(sku.values), sale, original, stock, sku.code.strip()[:64], typed, tuple(problems))
