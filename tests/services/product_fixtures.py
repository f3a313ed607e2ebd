"""Helpers shared by the product tests: a sample leaf, stored images, a valid draft."""
from __future__ import annotations

import hashlib

from desktop.domain.products import ProductDraft, SkuInput, SpecDim
from desktop.services import catalog


def add_fake_images(ctx, n: int) -> list[str]:
    """image_blob rows without files: enough for product storage (R-P-IMG-1 counts)."""
    shas = []
    with ctx.db.atomic():
        for i in range(n):
            sha = hashlib.sha256(f"img{i}".encode()).hexdigest()
            ctx.db.execute_sql(
                "INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at)"
                " VALUES (?, 'PNG', 800, 800, 1000, '2026-11-27T10:00:00') ON CONFLICT (sha256) DO NOTHING",
                (sha,),
            )
            shas.append(sha)
    return shas


def sample_value(attr):
    return {
        "text": "示例品牌",
        "single": attr.options[0] if attr.options else "",
        "multi": list(attr.options[:1]),
        "number": "12",
        "date": "2026-01-01",
    }[attr.type]


def a_leaf(ctx):
    catalog.ensure_sample_tree(ctx)
    row = ctx.db.execute_sql(
        "SELECT c.id FROM category c WHERE c.is_leaf = 1 AND c.enabled = 1 AND EXISTS"
        " (SELECT 1 FROM category_attribute a WHERE a.category_id = c.id AND a.required = 1) ORDER BY c.id LIMIT 1"
    ).fetchone() or ctx.db.execute_sql("SELECT id FROM category WHERE is_leaf = 1 AND enabled = 1 LIMIT 1").fetchone()
    return catalog.get_leaf(ctx, row[0])


def valid_draft(ctx, title="纯棉短袖T恤男夏季宽松百搭", specs=True) -> ProductDraft:
    leaf = a_leaf(ctx)
    images = add_fake_images(ctx, 2)
    dims = [SpecDim("颜色", ["红", "黑"]), SpecDim("尺码", ["S", "M"])] if specs else []
    from desktop.domain.products import combinations

    skus = [SkuInput(k, sale=f"{50 + i}.00", original=f"{90 + i}.00", stock=str(10 * i), code=f"C{i}")
            for i, k in enumerate(combinations(dims))]
    return ProductDraft(
        category_id=leaf.id,
        title=title,
        weight="0.35",
        attributes={str(a.property_id): sample_value(a) for a in leaf.attributes if a.required},
        images=images,
        specs=dims,
        skus=skus,
    )


def three_priced_drafts(ctx, shop_id: int) -> list[int]:
    """Three saved drafts priced 30, 10 and 20 yuan (one SKU each, no specs), in that order."""
    from desktop.services import products

    ids = []
    for i, price in enumerate(["30.00", "10.00", "20.00"]):
        d = valid_draft(ctx, title=f"测试商品标题第{i}号款式ABC", specs=False)
        d.skus[0].sale, d.skus[0].original = price, ""
        ids.append(products.save_draft(ctx, shop_id, d).value)
    return ids
