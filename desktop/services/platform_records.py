"""Platform products with no local product become local records (issue 13).

A pulled product that no local product is linked to is created here, inside
the pull's one transaction (all or nothing per run), with one history row
(source=platform) each. It is a *record of the platform's truth*, not a draft
prepared here:

- its state is the platform's (docs/platform.md, status/check_status table),
  written directly at creation — no local transition is walked, because the
  product already went through review on the platform;
- prices and stock per SKU in fen, the spec dimensions, the category (path
  from the local tree when the leaf is there), the attributes and the weight
  (``weight_value`` + ``weight_unit`` 0-kg/1-g: domain/platform_details.py) are copied;
- images stay on the platform: the local model holds images as files by
  SHA-256, so no image is downloaded. ``main_image`` keeps the first platform
  URL as a reference (the schema wants a main image for a product past 未提交)
  and the local image list is empty, so such a product does not pass the
  local publish rules (R-P-IMG-1): the 商品 list shows its rule errors count;
- a platform product deleted there (status 2) is not created, nor is one the
  schema cannot hold (past 未提交 without a price, or with a category the local
  tree does not have — pull the categories first): the run's
  summary counts them as 未建立, and the next pull tries again.

Later pulls keep a record in step with the platform — state, title, SKUs,
prices, stock, category and attributes — unless it was edited here since
the last sync (then it is a conflict, never overwritten silently).
"""
from __future__ import annotations

import json

from desktop.domain.messages import text
from desktop.domain import money
from desktop.domain import platform_details as details
from desktop.domain import product_states as st
from desktop.domain import products as rules
from desktop.services import history
from desktop.services.context import ServiceContext, service
from desktop.store import sqlcompat

URL_PREFIXES = ("http://", "https://")
# json.dumps(..., ensure_ascii=False) builds an encoder per call; a pull encodes ~40,000 values.
json_text = json.JSONEncoder(ensure_ascii=False).encode


def is_record(main_image: str | None) -> bool:
    """A product whose main image is a platform URL was created from the platform."""
    return bool(main_image) and main_image.startswith(URL_PREFIXES)


def _known_categories(ctx: ServiceContext, ids) -> set[int]:
    """Which of ``ids`` the local tree has (one query per 500 ids, not one per product)."""
    wanted = sorted({int(i) for i in ids if i is not None})
    known: set[int] = set()
    for at in range(0, len(wanted), 500):
        chunk = wanted[at:at + 500]
        known.update(r[0] for r in ctx.db.execute_sql(
            f"SELECT id FROM category WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
    return known


class _Leaves:
    """The categories one pull needs, each looked up once."""

    def __init__(self, ctx: ServiceContext, ids) -> None:
        self.ctx = ctx
        self.known = _known_categories(ctx, ids)
        self._info: dict[int, object] = {}

    def category(self, category_id: int | None) -> int | None:
        """The category id when the local tree has it (the product's category must exist)."""
        return category_id if category_id in self.known else None

    def leaf(self, category_id: int | None):
        from desktop.services.products import leaf_info

        if category_id is None:
            return None
        if category_id not in self._info:
            self._info[category_id] = leaf_info(self.ctx, category_id)
        return self._info[category_id]


def _why_missing(p, leaves: _Leaves) -> str | None:
    if p.local_state is None:
        return text("抖店已删除")
    if p.local_state in (st.DRAFT, st.REJECTED):
        return None
    if leaves.category(p.category_id) is None:
        return text("类目不在本地类目树，请先拉取类目")
    if p.min_price_fen is None or not any(s[1] for s in p.skus):
        return text("没有价格")
    if not p.pics:
        return text("没有主图")
    return None


@service
def missing_reason(ctx: ServiceContext, p) -> str | None:
    """Why the schema could not hold ``p`` as a local product (None: it can)."""
    return _why_missing(p, _Leaves(ctx, [p.category_id]))


def _title(p) -> str:
    return " ".join(p.name.split())  # the schema refuses line breaks in a title past 未提交


def _content(ctx: ServiceContext, p, leaves: _Leaves) -> dict:
    """The product row's columns for ``p`` (the leaf's path and attributes when it is in the local tree)."""
    category_id = leaves.category(p.category_id)
    leaf = leaves.leaf(category_id)
    attrs = details.attribute_values(p.attributes, leaf.attributes if leaf else ())
    skus = [s for s in p.skus]
    prices = [s[1] for s in skus if s[1] is not None]
    draft = rules.ProductDraft(
        category_id=category_id, title=_title(p), attributes=attrs, weight=rules.weight_text(p.weight),
        weight_unit=p.weight_unit,
        specs=[rules.SpecDim(name, list(values)) for name, values in p.specs],
        skus=[rules.SkuInput(tuple(c), sale=money.edit_text(fen), stock=str(stock), code=code)
              for c, fen, stock, code in skus] or [rules.SkuInput(())])
    errors = rules.validate_product(draft, leaf.attributes if leaf else None)
    return {
        "category_id": category_id, "category_path": " > ".join(leaf.path) if leaf else "",
        "title": draft.title, "attributes_json": json_text(attrs),
        "specs_json": json_text([{"name": n, "values": list(v)} for n, v in p.specs]),
        "main_image": p.pics[0] if p.pics else None, "weight": p.weight, "weight_unit": p.weight_unit,
        "min_price_fen": min(prices) if prices else None, "max_price_fen": max(prices) if prices else None,
        "total_stock": sum(s[2] for s in skus), "sku_count": len(skus), "rule_errors": len(errors),
        "updated_at": ctx.now_iso(),
    }


def _sku_rows(local_id: int, p) -> list[tuple]:
    return [(local_id, pos, json_text(list(c)), fen, stock, code)
            for pos, (c, fen, stock, code) in enumerate(p.skus)]


_INSERT_SKU = "INSERT INTO sku (product_id, position, combo_key, sale_fen, stock, code) VALUES (?, ?, ?, ?, ?, ?)"


def _write_skus(ctx: ServiceContext, local_id: int, p) -> None:
    ctx.db.execute_sql("DELETE FROM sku WHERE product_id = ?", (local_id,))
    sqlcompat.executemany(ctx.db, _INSERT_SKU, _sku_rows(local_id, p))


def _figures(p):
    price = money.range_text(p.min_price_fen, p.max_price_fen)
    pics = text("图片 {n} 张留在抖店（本地只存链接）", n=len(p.pics)) if p.pics else text("没有图片")
    return text("{state}；价格 {price} 元，库存 {stock}，SKU {skus} 个；{pics}", state=p.state_text, price=price,
                stock=p.total_stock, skus=len(p.skus), pics=pics)


CHUNK = 500  # products per bulk insert: few round trips, and the rows of one chunk in memory at a time


@service
def create_missing(ctx: ServiceContext, shop_id: int, fetched: list, run) -> int:
    """Create local records for the fetched, unlinked platform products. Inside the caller's transaction.

    In bulk: the ids are reserved first (``sqlcompat.reserve_ids``) so that the
    products, their SKUs, the links and the history rows (one per product, as
    ``history.record`` would write it) each go in as one ``executemany`` per chunk."""
    linked = {r[0] for r in ctx.db.execute_sql(
        "SELECT platform_product_id FROM platform_product_link WHERE shop_id = ?", (shop_id,)).fetchall()}
    # A product listed twice (the listing moved between pages) is created once, from its last copy.
    candidates = list({p.product_id: p for p in fetched if p.product_id not in linked}.values())
    leaves = _Leaves(ctx, (p.category_id for p in candidates))
    ready = []
    for p in candidates:
        why = _why_missing(p, leaves)
        if why is None:
            ready.append(p)
        else:
            run.not_created.append((p.product_id, why))
    ids = sqlcompat.reserve_ids(ctx.db, "product", len(ready))
    for at in range(0, len(ready), CHUNK):
        chunk = ready[at:at + CHUNK]
        _insert(ctx, shop_id, ids[at:at + CHUNK], chunk, [_content(ctx, p, leaves) for p in chunk])
    return len(ready)


def _insert(ctx: ServiceContext, shop_id: int, ids: list[int], chunk: list, contents: list[dict]) -> None:
    now = ctx.now_iso()
    rows = list(zip(ids, chunk, contents))
    columns = ["id", "shop_id", "state", "created_at", *contents[0]]
    sqlcompat.executemany(
        ctx.db, f"INSERT INTO product ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [(local_id, shop_id, p.local_state, now, *values.values()) for local_id, p, values in rows])
    sqlcompat.executemany(ctx.db, _INSERT_SKU, [row for local_id, p, _ in rows for row in _sku_rows(local_id, p)])
    sqlcompat.executemany(
        ctx.db, "INSERT INTO platform_product_link (product_id, shop_id, platform_product_id, base_hash,"
        " local_updated_at, linked_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(local_id, shop_id, p.product_id, p.content_hash, values["updated_at"], now) for local_id, p, values in rows])
    history.record_many(ctx, ({"action": "platform.create", "shop_id": shop_id, "product_id": local_id,
                               "subject": values["title"] or p.product_id,
                               "detail": text("从抖店商品 {id} 建立：{figures}", id=p.product_id, figures=_figures(p))} for local_id, p, values in rows))


@service
def apply_content(ctx: ServiceContext, local_id: int, p) -> str | None:
    """Bring a record's content (not its state) to the platform's; what changed, or None."""
    if not p.skus:
        return None  # a version from the stored mirror has no SKUs: nothing to compare
    values = _content(ctx, p, _Leaves(ctx, [p.category_id]))
    values.pop("title")  # the title is _apply's
    old = ctx.db.execute_sql(f"SELECT {', '.join(values)} FROM product WHERE id = ?", (local_id,)).fetchone()
    skus_before = ctx.db.execute_sql("SELECT combo_key, sale_fen, stock, code FROM sku WHERE product_id = ?"
                                     " ORDER BY position", (local_id,)).fetchall()
    skus_now = [(json_text(list(c)), fen, stock, code) for c, fen, stock, code in p.skus]
    changed = [k for k, v in zip(values, old) if k not in ("updated_at", "rule_errors") and values[k] != v]
    if not changed and [tuple(r) for r in skus_before] == skus_now:
        return None
    ctx.db.execute_sql(f"UPDATE product SET {', '.join(k + ' = ?' for k in values)} WHERE id = ?",
                       (*values.values(), local_id))
    _write_skus(ctx, local_id, p)
    return text("价格、库存、规格按抖店更新（{figures}）", figures=_figures(p))
