"""Platform products with no local product become local records (issue 13).

A pulled product that no local product is linked to is created here, inside
the pull's one transaction (all or nothing per run), with one history row
(source=platform) each. It is a *record of the platform's truth*, not a draft
prepared here:

- its state is the platform's (docs/platform.md, status/check_status table),
  written directly at creation — no local transition is walked, because the
  product already went through review on the platform;
- prices and stock per SKU in fen, the spec dimensions, the category (path
  from the local tree when the leaf is there) and the attributes are copied;
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


def is_record(main_image: str | None) -> bool:
    """A product whose main image is a platform URL was created from the platform."""
    return bool(main_image) and main_image.startswith(URL_PREFIXES)


def _known_category(ctx: ServiceContext, category_id: int | None) -> int | None:
    """The category id when the local tree has it (the product's category must exist)."""
    if category_id is None:
        return None
    row = ctx.db.execute_sql("SELECT id FROM category WHERE id = ?", (category_id,)).fetchone()
    return row[0] if row else None


@service
def missing_reason(ctx: ServiceContext, p) -> str | None:
    """Why the schema could not hold ``p`` as a local product (None: it can)."""
    if p.local_state is None:
        return text("抖店已删除")
    if p.local_state in (st.DRAFT, st.REJECTED):
        return None
    if _known_category(ctx, p.category_id) is None:
        return text("类目不在本地类目树，请先拉取类目")
    if p.min_price_fen is None or not any(s[1] for s in p.skus):
        return text("没有价格")
    if not p.pics:
        return text("没有主图")
    return None


def _title(p) -> str:
    return " ".join(p.name.split())  # the schema refuses line breaks in a title past 未提交


def _content(ctx: ServiceContext, p) -> dict:
    """The product row's columns for ``p`` (the leaf's path and attributes when it is in the local tree)."""
    from desktop.services.products import leaf_info

    category_id = _known_category(ctx, p.category_id)
    leaf = leaf_info(ctx, category_id)
    attrs = details.attribute_values(p.attributes, leaf.attributes if leaf else ())
    skus = [s for s in p.skus]
    prices = [s[1] for s in skus if s[1] is not None]
    draft = rules.ProductDraft(
        category_id=category_id, title=_title(p), attributes=attrs,
        specs=[rules.SpecDim(name, list(values)) for name, values in p.specs],
        skus=[rules.SkuInput(tuple(c), sale=money.edit_text(fen), stock=str(stock), code=code)
              for c, fen, stock, code in skus] or [rules.SkuInput(())])
    errors = rules.validate_product(draft, leaf.attributes if leaf else None)
    return {
        "category_id": category_id, "category_path": " > ".join(leaf.path) if leaf else "",
        "title": draft.title, "attributes_json": json.dumps(attrs, ensure_ascii=False),
        "specs_json": json.dumps([{"name": n, "values": list(v)} for n, v in p.specs], ensure_ascii=False),
        "main_image": p.pics[0] if p.pics else None,
        "min_price_fen": min(prices) if prices else None, "max_price_fen": max(prices) if prices else None,
        "total_stock": sum(s[2] for s in skus), "sku_count": len(skus), "rule_errors": len(errors),
        "updated_at": ctx.now_iso(),
    }


def _write_skus(ctx: ServiceContext, local_id: int, p) -> None:
    ctx.db.execute_sql("DELETE FROM sku WHERE product_id = ?", (local_id,))
    sqlcompat.executemany(
            ctx.db,
        "INSERT INTO sku (product_id, position, combo_key, sale_fen, stock, code) VALUES (?, ?, ?, ?, ?, ?)",
        [(local_id, pos, json.dumps(list(c), ensure_ascii=False), fen, stock, code)
         for pos, (c, fen, stock, code) in enumerate(p.skus)])


def _figures(p):
    price = money.range_text(p.min_price_fen, p.max_price_fen)
    pics = text("图片 {n} 张留在抖店（本地只存链接）", n=len(p.pics)) if p.pics else text("没有图片")
    return text("{state}；价格 {price} 元，库存 {stock}，SKU {skus} 个；{pics}", state=p.state_text, price=price,
                stock=p.total_stock, skus=len(p.skus), pics=pics)


@service
def create_missing(ctx: ServiceContext, shop_id: int, fetched: list, run) -> int:
    """Create local records for the fetched, unlinked platform products. Inside the caller's transaction."""
    linked = {r[0] for r in ctx.db.execute_sql(
        "SELECT platform_product_id FROM platform_product_link WHERE shop_id = ?", (shop_id,)).fetchall()}
    created = 0
    for p in fetched:
        if p.product_id in linked:
            continue
        why = missing_reason(ctx, p)
        if why is not None:
            run.not_created.append((p.product_id, why))
            continue
        now = ctx.now_iso()
        values = _content(ctx, p)
        columns = ["shop_id", "state", "created_at", *values]
        row = ctx.db.execute_sql(
            f"INSERT INTO product ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) RETURNING id",
            (shop_id, p.local_state, now, *values.values())).fetchone()
        local_id = row[0]
        _write_skus(ctx, local_id, p)
        ctx.db.execute_sql(
            "INSERT INTO platform_product_link (product_id, shop_id, platform_product_id, base_hash,"
            " local_updated_at, linked_at) VALUES (?, ?, ?, ?, ?, ?)",
            (local_id, shop_id, p.product_id, p.content_hash, values["updated_at"], now))
        history.record(ctx, "platform.create", shop_id=shop_id, product_id=local_id, subject=values["title"] or p.product_id,
                       detail=text("从抖店商品 {id} 建立：{figures}", id=p.product_id, figures=_figures(p)))
        created += 1
    return created


@service
def apply_content(ctx: ServiceContext, local_id: int, p) -> str | None:
    """Bring a record's content (not its state) to the platform's; what changed, or None."""
    if not p.skus:
        return None  # a version from the stored mirror has no SKUs: nothing to compare
    values = _content(ctx, p)
    values.pop("title")  # the title is _apply's
    old = ctx.db.execute_sql(f"SELECT {', '.join(values)} FROM product WHERE id = ?", (local_id,)).fetchone()
    skus_before = ctx.db.execute_sql("SELECT combo_key, sale_fen, stock, code FROM sku WHERE product_id = ?"
                                     " ORDER BY position", (local_id,)).fetchall()
    skus_now = [(json.dumps(list(c), ensure_ascii=False), fen, stock, code) for c, fen, stock, code in p.skus]
    changed = [k for k, v in zip(values, old) if k not in ("updated_at", "rule_errors") and values[k] != v]
    if not changed and [tuple(r) for r in skus_before] == skus_now:
        return None
    ctx.db.execute_sql(f"UPDATE product SET {', '.join(k + ' = ?' for k in values)} WHERE id = ?",
                       (*values.values(), local_id))
    _write_skus(ctx, local_id, p)
    return text("价格、库存、规格按抖店更新（{figures}）", figures=_figures(p))
