"""A ``product.detail`` turned into local product values (issue 13).

Shapes, from the public SDKs' response types (Go wrapper ``bububa/jinritemai-go``
``requests/product`` ``ProductDetail``; official Go SDK ``api/product_detail``):

- ``spec_prices``: ``[{sku_id, spec_detail_ids, price (fen), stock_num, code}]``;
- ``specs``: ``[{id, name, values: [{id, name}]}]`` — a SKU's ``spec_detail_ids``
  are value ids of these dimensions;
- ``product_format_new``: JSON (often a string) ``{property_id: [{value, name}]}``;
  the older ``product_format`` is ``名|值^名|值``;
- ``weight_value`` ("重量数值") and ``weight_unit`` ("重量单位，0-kg, 1-g"): Go SDK
  ``api/product_detail/response/product_detail_response.go`` (``ProductDetailData``).
  The requests name the number ``weight`` with the same unit codes ("重量单位，0-kg, 1-g",
  ``api/product_addV2/request/product_addV2_request.go`` and ``api/product_editV2/...``);
  the PHP SDK's ``ProductAddV2Param``/``ProductEditV2Param`` have ``$weight`` and
  ``$weight_unit`` without comments.

Everything here is plain values (tuples, so a PlatformProduct stays frozen and
hashable); a shape this module does not understand degrades to a plain list of
SKUs named by their code, never to an exception.
"""
from __future__ import annotations

import json
from typing import Any

from desktop.domain.product_values import WEIGHT_LIMIT  # R-P-WEIGHT: 0 < weight < 10000 in its unit

MAX_SPECS = 3  # same limit as the local product (R-P-SKU)
MAX_PRICE_FEN = 100_000_000  # the schema's bound on a SKU price
MAX_CODE = 64
WEIGHT_UNIT_CODES = {0: "kg", 1: "g"}  # weight_unit, both SDK directions (see above)

# (combo values, price in fen or None, stock, code)
Sku = tuple[tuple[str, ...], "int | None", int, str]
Spec = tuple[str, tuple[str, ...]]


def _int(value: Any, default: int | None = None) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _price(value: Any) -> int | None:
    fen = _int(value)
    return fen if fen is not None and 1 <= fen <= MAX_PRICE_FEN else None


def _dimensions(raw: Any) -> tuple[list[Spec], dict[int, tuple[int, str]]]:
    """The spec dimensions and, per value id, (dimension index, value name)."""
    dims: list[Spec] = []
    by_id: dict[int, tuple[int, str]] = {}
    for d, spec in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(spec, dict):
            return [], {}
        values = []
        for v in spec.get("values") or []:
            if isinstance(v, dict) and _int(v.get("id")) is not None and str(v.get("name") or "").strip():
                by_id[_int(v["id"])] = (d, str(v["name"]).strip())
                values.append(str(v["name"]).strip())
        dims.append((str(spec.get("name") or "").strip() or f"规格{d + 1}", tuple(values)))  # i18n: data
    return dims, by_id


def _combo(row: dict, by_id: dict[int, tuple[int, str]], n_dims: int) -> tuple[str, ...] | None:
    ids = row.get("spec_detail_ids") or []
    if isinstance(ids, str):
        ids = [i for i in ids.split("|") if i]
    found = sorted(by_id[_int(i)] for i in ids if _int(i) in by_id)
    if len(found) != n_dims or [d for d, _ in found] != list(range(n_dims)):
        return None
    return tuple(name for _, name in found)


def _sku(combo: tuple[str, ...], row: dict) -> Sku:
    return combo, _price(row.get("price")), max(0, _int(row.get("stock_num"), 0) or 0), str(row.get("code") or "")[:MAX_CODE]


def specs_and_skus(detail: dict) -> tuple[tuple[Spec, ...], tuple[Sku, ...]]:
    """The local spec dimensions and SKUs for a detail (prices in fen)."""
    rows = [r for r in (detail.get("spec_prices") or []) if isinstance(r, dict)]
    dims, by_id = _dimensions(detail.get("specs"))
    combos = [_combo(r, by_id, len(dims)) for r in rows] if dims and len(dims) <= MAX_SPECS else []
    if not combos or None in combos or len(set(combos)) != len(combos):
        dims, combos = _fallback(rows)
    skus = tuple(_sku(combo, r) for combo, r in zip(combos, rows))
    used = [tuple(dict.fromkeys(c[d] for c in combos)) for d in range(len(dims))]
    return tuple((name, values) for (name, _), values in zip(dims, used)), skus


def _fallback(rows: list[dict]) -> tuple[list[Spec], list[tuple[str, ...]]]:
    """One SKU: no spec; several: one 规格 dimension named by code (or SKU id)."""
    if len(rows) <= 1:
        return [], [()] * len(rows)
    names = [str(r.get("code") or "").strip() for r in rows]
    if len(set(names)) != len(names) or "" in names:
        names = [f"SKU {r.get('sku_id') or k + 1}" for k, r in enumerate(rows)]
    if len(set(names)) != len(names):
        names = [f"SKU {k + 1}" for k in range(len(rows))]
    return [("规格", tuple(names))], [(n,) for n in names]


def _names(entries: Any) -> tuple[str, ...]:
    entries = entries if isinstance(entries, list) else [entries]
    names = (str(e.get("name") or e.get("value") or "") if isinstance(e, dict) else str(e) for e in entries)
    return tuple(n.strip() for n in names if n.strip())


def _format_old(text: str) -> list[tuple[str, tuple[str, ...]]]:
    pairs = []
    for part in text.split("^"):
        name, _, value = part.partition("|")
        if name.strip():
            pairs.append((name.strip(), tuple(v.strip() for v in value.split(",") if v.strip())))
    return pairs


def attributes(detail: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(property id or name, option/value names) pairs as the platform gives them."""
    raw = detail.get("product_format_new")
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if raw.strip() else {}
        except ValueError:
            raw = {}
    if isinstance(raw, dict) and raw:
        return tuple(sorted((str(pid), _names(entries)) for pid, entries in raw.items()))
    old = detail.get("product_format")
    return tuple(sorted(_format_old(old))) if isinstance(old, str) else ()


def weight(detail: dict) -> tuple[float | None, str]:
    """(weight, local unit ``kg``/``g``) from a detail; (None, "kg") when the platform gives none,
    an unknown unit code, or a number R-P-WEIGHT (and the schema) would refuse."""
    unit = WEIGHT_UNIT_CODES.get(_int(detail.get("weight_unit"), 0))
    try:
        value = float(detail.get("weight_value"))
    except (TypeError, ValueError):
        return None, "kg"
    if unit is None or not 0 < value < WEIGHT_LIMIT:
        return None, "kg"
    return value, unit


def attribute_values(pairs, leaf_attributes=()) -> dict[str, Any]:
    """The local ``attributes`` dict: keyed by the leaf's property id (matched by id or name).

    A multi-choice attribute's value is a list of option names; others are one
    text. Properties the leaf does not know are kept under the platform's key.
    """
    known: dict[str, Any] = {}
    for attr in leaf_attributes or ():
        known[str(attr.property_id)] = attr
        known.setdefault(attr.name, attr)
    out: dict[str, Any] = {}
    for key, names in pairs:
        attr = known.get(str(key))
        multi = attr.type == "multi" if attr is not None else len(names) > 1
        out[str(attr.property_id) if attr is not None else str(key)] = (
            list(names) if multi else (names[0] if names else ""))
    return out
