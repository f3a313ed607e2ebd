"""Export to XLSX/CSV, one row per SKU, with formula protection (issue 4 §7)."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from desktop.services import product_export as ex
from desktop.services import products as svc
from desktop.services.errors import ServiceError
from tests.services.product_fixtures import valid_draft

DANGEROUS = ["=HYPERLINK(\"http://x\")", "+1+2", "-3+4", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture
def product_ids(ctx, shop_id):
    d = valid_draft(ctx, title="=cmd|' /C calc'!A0 标题很长很长")
    for sku, code in zip(d.skus, DANGEROUS):
        sku.code = code
    first = svc.save_draft(ctx, shop_id, d).value
    plain = valid_draft(ctx, title="普通标题的商品一件两件三件", specs=False)
    second = svc.save_draft(ctx, shop_id, plain).value
    return [first, second]


def test_xlsx_dangerous_text_is_a_string_cell(ctx, product_ids, tmp_path):
    target = tmp_path / "out.xlsx"
    assert ex.export_products(ctx, product_ids, target) == 5  # 4 SKUs + 1
    ws = load_workbook(target).active
    rows = list(ws.iter_rows(min_row=2))
    title_cell = rows[0][1]
    assert title_cell.value.startswith("=cmd")
    assert title_cell.data_type == "s" and title_cell.quotePrefix
    codes = [r[5] for r in rows[:4]]
    assert [c.value for c in codes] == DANGEROUS[:4]
    assert all(c.data_type == "s" and c.quotePrefix for c in codes)
    assert rows[4][1].data_type == "s" and not rows[4][1].quotePrefix  # harmless text stays plain
    assert rows[0][6].data_type == "n" and rows[0][6].value == 50.0  # prices stay numbers
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_csv_dangerous_text_gets_an_apostrophe(ctx, product_ids, tmp_path):
    target = tmp_path / "out.csv"
    ex.export_products(ctx, product_ids, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig for Excel
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(ex.HEADERS)
    assert rows[1][1].startswith("'=cmd")
    assert [r[5] for r in rows[1:5]] == ["'" + c for c in DANGEROUS[:4]]
    assert rows[5][1] == "普通标题的商品一件两件三件"
    assert rows[1][4] == "颜色:红；尺码:S"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_dangerous_prefix(prefix):
    assert ex.csv_safe(prefix + "x") == "'" + prefix + "x"
    assert ex.csv_safe("x" + prefix) == "x" + prefix
    assert ex.csv_safe(12.5) == 12.5


def test_cancel_leaves_no_file(ctx, product_ids, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(ServiceError):
        ex.export_products(ctx, product_ids, out / "out.xlsx", is_cancelled=lambda: True)
    assert list(out.iterdir()) == []
