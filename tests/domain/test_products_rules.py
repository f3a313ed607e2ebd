"""Product rules at their boundaries (R-P-*), one block per rule ID."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop.domain import products as p
from desktop.domain.products import ProductDraft, SkuInput, SpecDim


@dataclass
class Attr:
    id: int
    property_id: str
    name: str
    required: bool
    type: str
    options: list
    unit: str | None = None


def rules(errors, field=None):
    return [e.rule for e in errors if field is None or e.field == field]


def valid_draft(**kw) -> ProductDraft:
    base = dict(
        category_id=1,
        title="纯棉短袖T恤男夏季宽松",  # 10 汉字 (20) + 1 ASCII
        weight="0.3",
        images=["a" * 64],
        skus=[SkuInput((), sale="59.00", original="99.00", stock="10")],
    )
    base.update(kw)
    return ProductDraft(**base)


def test_valid_draft_has_no_errors():
    assert p.validate_product(valid_draft(), attributes=[]) == []


# ---- R-P-TITLE


def test_title_units_chinese_counts_two():
    assert p.title_units("汉字ab") == 6


@pytest.mark.parametrize(
    "title, ok",
    [
        ("a" * 15, False),
        ("a" * 16, True),
        ("汉" * 7 + "a", False),  # 15 units
        ("汉" * 8, True),  # 16 units
        ("汉" * 30, True),  # 60 units
        ("汉" * 30 + "a", False),  # 61 units
        ("a" * 60, True),
        ("a" * 61, False),
    ],
)
def test_title_length_boundaries(title, ok):
    assert (rules(p.title_errors(title)) == []) is ok
    assert all(r == "R-P-TITLE" for r in rules(p.title_errors(title)))


def test_title_line_break_refused():
    errs = p.title_errors("第一行标题内容很长\n第二行")
    assert any("换行" in e.message and e.rule == "R-P-TITLE" for e in errs)


def test_title_emoji_refused_but_cjk_punctuation_allowed():
    assert any("表情" in e.message for e in p.title_errors("夏季新款短袖T恤男宽松🔥"))
    assert p.title_errors("夏季新款（纯棉）短袖T恤、宽松。") == []


# ---- R-P-REMARK


def test_remark_emoji_refused():
    assert rules(p.remark_errors("好看😀")) == ["R-P-REMARK"]
    assert p.remark_errors("舒适透气，百搭") == []


# ---- R-P-PRICE-1 / R-P-PRICE-2


def sku_rules(sale, original="", stock="1"):
    draft = valid_draft(skus=[SkuInput((), sale=sale, original=original, stock=stock)])
    return [e.rule for e in p.validate_product(draft, attributes=[])]


def test_sale_price_limits():
    assert sku_rules("1000000.00") == []
    assert sku_rules("1000000.01") == ["R-P-PRICE-1"]
    assert sku_rules("0") == ["R-P-PRICE-1"]
    assert sku_rules("0.01") == []
    assert sku_rules("1.001") == ["R-P-PRICE-1"]


def test_original_price_between_sale_and_ten_times():
    assert sku_rules("10.00", "10.00") == ["R-P-PRICE-2"]  # equal
    assert sku_rules("10.00", "10.01") == []
    assert sku_rules("10.00", "100.00") == ["R-P-PRICE-2"]  # exactly 10 x
    assert sku_rules("10.00", "99.99") == []  # just below
    assert sku_rules("10.00", "") == []  # 原价 optional


# ---- R-P-WEIGHT


@pytest.mark.parametrize("weight, ok", [("0", False), ("0.01", True), ("9999.99", True), ("10000", False), ("", False), ("x", False)])
def test_weight_boundaries(weight, ok):
    errs = p.validate_product(valid_draft(weight=weight), attributes=[])
    assert (rules(errs, "weight") == []) is ok
    assert set(rules(errs)) <= {"R-P-WEIGHT"}


def test_virtual_product_needs_no_weight():
    assert p.validate_product(valid_draft(product_type="virtual", weight=""), attributes=[]) == []


# ---- R-P-IMG-1


@pytest.mark.parametrize("n, ok", [(0, False), (1, True), (5, True), (6, False)])
def test_image_count(n, ok):
    errs = p.validate_product(valid_draft(images=[f"{i:064x}" for i in range(n)]), attributes=[])
    assert (errs == []) is ok
    assert set(rules(errs)) <= {"R-P-IMG-1"}


# ---- R-P-ATTR


ATTRS = [
    Attr(1, "p_brand", "品牌", True, "text", []),
    Attr(2, "p_material", "材质", True, "single", ["棉", "麻"]),
    Attr(3, "p_season", "季节", True, "multi", ["春", "夏"]),
    Attr(4, "p_len", "衣长", True, "number", [], "cm"),
    Attr(5, "p_date", "上市时间", True, "date", []),
    Attr(6, "p_note", "备注", False, "text", []),
]
GOOD = {"p_brand": "无", "p_material": "棉", "p_season": ["夏"], "p_len": "68.5", "p_date": "2026-03-01"}


def test_required_attributes_of_their_type():
    assert p.validate_product(valid_draft(attributes=dict(GOOD)), ATTRS) == []
    errs = p.validate_product(valid_draft(attributes={}), ATTRS)
    assert sorted(e.field for e in errs) == sorted(f"attr:{a.property_id}" for a in ATTRS if a.required)
    assert set(rules(errs)) == {"R-P-ATTR"}


@pytest.mark.parametrize(
    "prop, bad", [("p_material", "丝"), ("p_season", ["冬"]), ("p_len", "长"), ("p_date", "2026-13-01")]
)
def test_attribute_wrong_type(prop, bad):
    values = dict(GOOD, **{prop: bad})
    errs = p.validate_product(valid_draft(attributes=values), ATTRS)
    assert [e.field for e in errs] == [f"attr:{prop}"]


def test_no_leaf_category_is_an_error():
    errs = p.validate_product(valid_draft(category_id=None), attributes=None)
    assert [e.field for e in errs] == ["category"]


# ---- R-P-SKU


SPECS = [SpecDim("颜色", ["红", "黑"]), SpecDim("尺码", ["S", "M"])]


def test_combinations():
    assert p.combinations(SPECS) == [("红", "S"), ("红", "M"), ("黑", "S"), ("黑", "M")]
    assert p.combinations([]) == [()]


def test_regeneration_keeps_typed_values_for_remaining_combinations():
    skus = p.regenerate_skus(SPECS, [])
    skus[0].sale, skus[0].stock, skus[0].code = "10.00", "5", "R-S"
    skus[3].sale = "12.00"
    new_specs = [SpecDim("颜色", ["红", "白"]), SpecDim("尺码", ["S", "M"])]
    regenerated = p.regenerate_skus(new_specs, skus)
    assert [s.values for s in regenerated] == [("红", "S"), ("红", "M"), ("白", "S"), ("白", "M")]
    assert (regenerated[0].sale, regenerated[0].stock, regenerated[0].code) == ("10.00", "5", "R-S")
    assert all(s.sale == "" for s in regenerated[2:])  # 黑/M dropped with 黑


def test_duplicate_spec_values_and_names_refused():
    errs = p.spec_errors([SpecDim("颜色", ["红", "红"]), SpecDim("颜色", ["S"])])
    assert {(e.field, e.rule) for e in errs} == {("spec:0:values", "R-P-SKU"), ("spec:1:name", "R-P-SKU")}


def test_more_than_three_specs_refused():
    errs = p.spec_errors([SpecDim(f"规格{i}", ["a"]) for i in range(4)])
    assert rules(errs, "specs") == ["R-P-SKU"]


def test_skus_must_be_exactly_the_combinations():
    skus = [SkuInput(k, sale="1", stock="1") for k in p.combinations(SPECS)]
    draft = valid_draft(specs=SPECS, skus=skus)
    assert p.validate_product(draft, []) == []
    draft.skus = skus[:-1]
    assert rules(p.validate_product(draft, []), "skus") == ["R-P-SKU"]
    draft.skus = skus + [skus[0]]
    assert rules(p.validate_product(draft, []), "skus") == ["R-P-SKU"]


@pytest.mark.parametrize("stock, ok", [("0", True), ("7", True), ("-1", False), ("1.5", False), ("", False)])
def test_stock_is_integer_not_negative(stock, ok):
    assert (sku_rules("1.00", stock=stock) == []) is ok
