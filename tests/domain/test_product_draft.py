"""A product draft read once (R-P-PRICE-1, R-P-PRICE-2, R-P-SKU, R-P-WEIGHT): the values the
service stores and the rule errors come from the same parse."""
from decimal import Decimal

from desktop.domain import products as p
from desktop.domain.products import ProductDraft, SkuInput, SpecDim


def test_parse_draft_gives_storable_values_and_keeps_typed_text():
    draft = ProductDraft(
        weight="abc", payment="nonsense",
        specs=[SpecDim("颜色", ["红", "蓝"])],
        skus=[SkuInput(("红",), sale="19.9", original="199", stock="5"),
              SkuInput(("蓝",), sale="1.234", original="9", stock="x"),
              SkuInput(("红",), sale="29.9", stock="1")],
    )
    parsed = p.parse_draft(draft)
    assert parsed.weight_error and parsed.storable_weight is None
    assert parsed.payment == "online" and parsed.product_type == "normal"
    red, blue = parsed.stored_skus  # the first row of each combination
    assert (red.sale_fen, red.original_fen, red.stock, red.typed) == (1990, None, 5, {"original": "199"})
    assert (blue.sale_fen, blue.original_fen, blue.stock) == (None, None, None)
    assert blue.typed == {"sale": "1.234", "original": "9", "stock": "x"}
    rules = {e.rule for e in p.validate_product(draft, [], parsed)}
    assert {"R-P-PRICE-1", "R-P-PRICE-2", "R-P-SKU", "R-P-WEIGHT"} <= rules
    assert p.validate_product(draft, []) == p.validate_product(draft, [], parsed)


def test_valid_numbers_are_stored_as_read():
    parsed = p.parse_draft(ProductDraft(weight="0.5", skus=[SkuInput((), sale="¥1,000", original="1500", stock="0")]))
    (sku,) = parsed.stored_skus
    assert parsed.storable_weight == Decimal("0.5")
    assert (sku.sale_fen, sku.original_fen, sku.stock, sku.typed, sku.problems) == (100000, 150000, 0, {}, ())
