"""Product rules (R-P-*): title units, prices, weight, attributes, specs and SKUs.

Everything the user types is kept as text here, so one function,
``validate_product``, can say what is wrong with each field while the user is
still typing (editor) and again before anything is submitted (service).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Sequence

from desktop.domain import money
from desktop.domain.decisions import Decision, deny, with_rule
from desktop.domain.messages import Text, joined, text
from desktop.domain.text import control_chars
# The numbers (prices, stock, weight) are read in product_values; re-exported
# here because every caller knows them as product rules.
from desktop.domain.product_values import (  # noqa: F401
    MAX_SALE_FEN,
    WEIGHT_LIMIT,
    ParsedSku,
    original_price_error,
    parse_sku,
    parse_stock,
    parse_weight,
    weight_text,
    sale_price_error,
)

PRODUCT_TYPES = {"normal": "普通商品", "virtual": "虚拟商品"}
PAYMENT_METHODS = {"online": "在线支付", "cod": "货到付款", "both": "在线支付和货到付款"}
STOCK_MODES = {"order": "拍下减库存", "pay": "付款减库存"}
WEIGHT_UNITS = ("kg", "g")

TITLE_MIN_UNITS = 16
TITLE_MAX_UNITS = 60
MAX_IMAGES = 5
MAX_SPECS = 3

_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"

# Emoji blocks plus the joiners/selectors that build emoji sequences. CJK
# punctuation and full-width forms are outside these ranges, so Chinese text
# with （）、。 passes.
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),  # mahjong .. symbols & pictographs extended-A (incl. flags)
    (0x2600, 0x27BF),  # misc symbols, dingbats
    (0x2300, 0x23FF),  # ⌚ ⏰ …
    (0x2B05, 0x2B55),  # ⬅ ⭐ ⭕
    (0x1FB00, 0x1FBFF),
    (0xFE0F, 0xFE0F),  # emoji presentation selector
    (0x200D, 0x200D),  # zero-width joiner
    (0xE0020, 0xE007F),  # tag sequences
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
)


@dataclass(frozen=True)
class FieldError:
    """One broken rule on one field. ``field`` names the input it belongs to:
    ``title``, ``remark``, ``weight``, ``category``, ``product_type``,
    ``attr:<property_id>``, ``images``, ``specs``, ``spec:<i>:name``, ``spec:<i>:values``,
    ``skus``, ``sku:<i>:sale|original|stock``."""

    field: str
    rule: str
    message: str  # a Text (desktop.domain.messages): the editor shows it in the user's language

    @property
    def text(self) -> str:
        return with_rule(self.message, self.rule)


@dataclass
class SpecDim:
    name: str
    values: list[str] = field(default_factory=list)


@dataclass
class SkuInput:
    """One SKU as typed: prices in 元 and stock as text, exactly what the user sees."""

    values: tuple[str, ...]
    sale: str = ""
    original: str = ""
    stock: str = ""
    code: str = ""


@dataclass
class ProductDraft:
    category_id: int | None = None
    product_type: str = "normal"
    title: str = ""
    remark: str = ""
    weight: str = ""
    weight_unit: str = "kg"
    # attribute property_id -> str (text/single/number/date) or list[str] (multi)
    attributes: dict[str, Any] = field(default_factory=dict)
    payment: str = "online"
    stock_mode: str = "order"
    images: list[str] = field(default_factory=list)  # sha256, first is the main image
    specs: list[SpecDim] = field(default_factory=list)
    skus: list[SkuInput] = field(default_factory=lambda: [SkuInput(())])


# ---------------------------------------------------------------- text rules


def title_units(text: str) -> int:
    """R-P-TITLE: an ASCII character is 1 unit, anything else 2."""
    return sum(1 if ord(c) < 128 else 2 for c in text)


# One character class for the ranges: a C-speed scan (a platform pull checks 10,000 titles at once).
_EMOJI_RE = re.compile("[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _EMOJI_RANGES) + "]")


def has_emoji(text: str) -> bool:
    return _EMOJI_RE.search(text) is not None


def has_line_break(text: str) -> bool:
    return any(c in _LINE_BREAKS for c in text)


def title_errors(title: str) -> list[FieldError]:
    errors = []
    units = title_units(title)
    if not TITLE_MIN_UNITS <= units <= TITLE_MAX_UNITS:
        errors.append(
            FieldError(
                "title",
                "R-P-TITLE",
                text("标题需 {min}–{max} 个字符单位（汉字算 2，字母数字算 1），现在是 {units}",
                     min=TITLE_MIN_UNITS, max=TITLE_MAX_UNITS, units=units),
            )
        )
    if has_line_break(title):
        errors.append(FieldError("title", "R-P-TITLE", text("标题不能换行")))
    other = [c for c in control_chars(title) if chr(int(c[2:], 16)) not in _LINE_BREAKS]
    if other:
        errors.append(FieldError("title", "R-P-TITLE",
                                 text("标题不能包含控制字符（发现 {found}）", found=joined("、", other[:3]))))
    if has_emoji(title):
        errors.append(FieldError("title", "R-P-TITLE", text("标题不能包含表情符号")))
    return errors


def remark_errors(remark: str) -> list[FieldError]:
    if has_emoji(remark):
        return [FieldError("remark", "R-P-REMARK", text("推荐语不能包含表情符号"))]
    return []


# ---------------------------------------------------------------- attributes


def _is_number(value: Any) -> bool:
    try:
        Decimal(str(value).strip())
    except InvalidOperation:
        return False
    return True


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


# Attribute type -> (does the value fit, what to say when it does not).
_ATTRIBUTE_CHECKS = {
    "text": (lambda attr, v: isinstance(v, str), lambda name: text("“{name}”应为文字", name=name)),
    "single": (lambda attr, v: v in list(attr.options), lambda name: text("“{name}”请从选项中选择一项", name=name)),
    "multi": (lambda attr, v: isinstance(v, (list, tuple)) and all(x in list(attr.options) for x in v),
              lambda name: text("“{name}”请从选项中选择", name=name)),
    "number": (lambda attr, v: _is_number(v), lambda name: text("“{name}”应为数字", name=name)),
    "date": (lambda attr, v: _is_date(v), lambda name: text("“{name}”应为日期（年-月-日）", name=name)),
}


def attribute_value_error(attr, value: Any) -> Text | None:
    """R-P-ATTR: ``attr`` is a categories.AttributeDef (duck-typed: no import needed)."""
    empty = value is None or value == "" or value == [] or (isinstance(value, str) and not value.strip())
    if empty:
        return text("“{name}”为必填属性", name=attr.name) if attr.required else None
    check = _ATTRIBUTE_CHECKS.get(attr.type)
    if check is None or check[0](attr, value):
        return None
    return check[1](attr.name)


# ---------------------------------------------------------------- specs & SKUs


def clean_specs(specs: Sequence[SpecDim]) -> list[SpecDim]:
    """Drop fully empty rows and blank values: what the grid is generated from."""
    out = []
    for dim in specs:
        values = [v.strip() for v in dim.values if v.strip()]
        if dim.name.strip() or values:
            out.append(SpecDim(dim.name.strip(), values))
    return out


def combinations(specs: Sequence[SpecDim]) -> list[tuple[str, ...]]:
    """R-P-SKU: one key per combination of values, first dimension outermost.
    No spec dimensions -> one SKU with the empty key."""
    dims = [list(dict.fromkeys(d.values)) for d in clean_specs(specs)]
    if not dims:
        return [()]
    return [tuple(c) for c in itertools.product(*dims)]


def regenerate_skus(specs: Sequence[SpecDim], old: Iterable[SkuInput]) -> list[SkuInput]:
    """The grid after a spec change: exactly the combinations, keeping what was
    typed for every combination that still exists."""
    by_key = {s.values: s for s in old}
    return [by_key.get(key) or SkuInput(key) for key in combinations(specs)]


def spec_errors(specs: Sequence[SpecDim]) -> list[FieldError]:
    errors = []
    if len(specs) > MAX_SPECS:
        errors.append(FieldError("specs", "R-P-SKU", text("最多 {n} 个规格", n=MAX_SPECS)))
    seen_names: set[str] = set()
    for i, dim in enumerate(specs):
        name = dim.name.strip()
        values = [v.strip() for v in dim.values if v.strip()]
        if not name and not values:
            continue
        if not name:
            errors.append(FieldError(f"spec:{i}:name", "R-P-SKU", text("请填写规格名称")))
        elif name in seen_names:
            errors.append(FieldError(f"spec:{i}:name", "R-P-SKU", text("规格名称“{name}”重复", name=name)))
        seen_names.add(name)
        if not values:
            errors.append(FieldError(f"spec:{i}:values", "R-P-SKU", text("请至少填写一个规格值")))
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            errors.append(FieldError(f"spec:{i}:values", "R-P-SKU",
                                     text("规格值重复：{values}", values=joined("、", dupes))))
    return errors


def sku_errors(specs: Sequence[SpecDim], skus: Sequence[SkuInput],
               parsed: Sequence[ParsedSku] | None = None) -> list[FieldError]:
    errors = []
    expected = combinations(specs)
    keys = [s.values for s in skus]
    if sorted(keys) != sorted(expected) or len(set(keys)) != len(keys):
        errors.append(FieldError("skus", "R-P-SKU", text("SKU 必须与规格值的组合一一对应，请重新生成")))
    for i, sku in enumerate(parsed if parsed is not None else [parse_sku(i, s) for i, s in enumerate(skus)]):
        errors += [FieldError(*problem) for problem in sku.problems]
    return errors


# ---------------------------------------------------------------- the whole product


@dataclass(frozen=True)
class ParsedDraft:
    """A draft read once: what the rule check needs and what the store keeps.

    ``skus`` has one entry per typed row (error positions follow the grid);
    ``stored_skus`` keeps the first row of each combination.
    """

    draft: ProductDraft
    specs: list[SpecDim]
    images: list[str]
    weight: Decimal | None
    weight_error: Text | None
    skus: list[ParsedSku]
    # The choices as stored: an unknown value falls back to the default (the rule check reports it).
    product_type: str = "normal"
    weight_unit: str = "kg"
    payment: str = "online"
    stock_mode: str = "order"

    @property
    def storable_weight(self) -> Decimal | None:
        return self.weight if self.weight_error is None else None

    @property
    def stored_skus(self) -> list[ParsedSku]:
        first: dict[tuple[str, ...], ParsedSku] = {}
        for sku in self.skus:
            first.setdefault(sku.values, sku)
        return list(first.values())


_CHOICES = {"product_type": PRODUCT_TYPES, "weight_unit": WEIGHT_UNITS, "payment": PAYMENT_METHODS,
            "stock_mode": STOCK_MODES}


def parse_draft(draft: ProductDraft) -> ParsedDraft:
    weight, weight_error = parse_weight(draft.weight)
    return ParsedDraft(
        draft=draft,
        specs=clean_specs(draft.specs),
        images=list(dict.fromkeys(draft.images)),
        weight=weight,
        weight_error=weight_error,
        skus=[parse_sku(i, sku) for i, sku in enumerate(draft.skus)],
        **{name: getattr(draft, name) for name, allowed in _CHOICES.items() if getattr(draft, name) in allowed},
    )


def _weight_errors(draft: ProductDraft, parse_error: Text | None) -> list[FieldError]:
    """R-P-WEIGHT: a virtual product may leave the weight empty."""
    if not draft.weight.strip() and draft.product_type == "virtual":
        return []
    if parse_error or draft.weight_unit not in WEIGHT_UNITS:
        return [FieldError("weight", "R-P-WEIGHT", parse_error or text("请选择重量单位"))]
    return []


def validate_product(draft: ProductDraft, attributes: Sequence | None = None,
                     parsed: ParsedDraft | None = None) -> list[FieldError]:
    """Every rule error of ``draft`` (R-P-SUBMIT lists them all).

    ``attributes`` are the chosen leaf category's AttributeDefs (R-P-ATTR);
    None means the category is unknown or not a leaf. ``parsed``: the draft
    already read by parse_draft (so a save reads the numbers only once).
    """
    parsed = parsed if parsed is not None else parse_draft(draft)
    errors: list[FieldError] = []
    if draft.category_id is None or attributes is None:
        errors.append(FieldError("category", "R-P-SUBMIT", text("请选择一个末级类目")))
    if draft.product_type not in PRODUCT_TYPES:
        errors.append(FieldError("product_type", "R-P-SUBMIT", text("请选择商品类型")))
    errors += title_errors(draft.title)
    errors += remark_errors(draft.remark)
    errors += _weight_errors(draft, parsed.weight_error)
    for attr in attributes or ():
        err = attribute_value_error(attr, draft.attributes.get(str(attr.property_id)))
        if err:
            errors.append(FieldError(f"attr:{attr.property_id}", "R-P-ATTR", err))
    if draft.payment not in PAYMENT_METHODS:
        errors.append(FieldError("payment", "R-P-SUBMIT", text("请选择支付方式")))
    if draft.stock_mode not in STOCK_MODES:
        errors.append(FieldError("stock_mode", "R-P-SUBMIT", text("请选择库存计数方式")))
    n = len(draft.images)
    if not 1 <= n <= MAX_IMAGES:
        errors.append(FieldError("images", "R-P-IMG-1", text("主图需 1–{max} 张，现在是 {n} 张", max=MAX_IMAGES, n=n)))
    errors += spec_errors(draft.specs)
    errors += sku_errors(draft.specs, draft.skus, parsed.skus)
    return errors


def errors_by_field(errors: Iterable[FieldError]) -> dict[str, list[FieldError]]:
    out: dict[str, list[FieldError]] = {}
    for e in errors:
        out.setdefault(e.field, []).append(e)
    return out


# Field -> label, in the editor's order; for history rows that say what a save changed.
DRAFT_FIELD_LABELS = (
    ("category_id", "类目"), ("product_type", "商品类型"), ("title", "标题"), ("remark", "推荐语"),
    ("weight", "重量"), ("weight_unit", "重量单位"), ("attributes", "类目属性"), ("payment", "支付方式"),
    ("stock_mode", "库存计数"), ("images", "主图"), ("specs", "规格"), ("skus", "价格与库存"),
)


def changed_fields(old: ProductDraft, new: ProductDraft) -> list[str]:
    """Names of the draft fields that differ (the field, never its whole value)."""
    return [name for name, _ in DRAFT_FIELD_LABELS if getattr(old, name) != getattr(new, name)]
def submit_decision(state_decision: Decision, errors: Sequence[FieldError]) -> Decision:
    """R-P-SUBMIT: submitting needs the lifecycle to allow it (R-P-STATE) and no rule error.

    One wording, asked by the editor, the 商品 page and the service alike; the errors are listed
    one per line, each with its own rule."""
    if not state_decision.allowed:
        return state_decision
    if errors:
        listed = joined("\n", [text("· {message}（{rule}）", message=e.message, rule=e.rule) for e in errors])
        return deny("R-P-SUBMIT", "还有 {n} 处不符合规则，改好后才能提交审核：\n{errors}", n=len(errors), errors=listed)
    return state_decision

