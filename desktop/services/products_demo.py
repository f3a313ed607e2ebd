"""Sample products for --demo: tea and home goods in every review state (R-P-*).

Images are drawn with Pillow (plain colour cards, 800×800) and go through the
same content checks as a user's files (R-P-IMG-2).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.domain import product_states as st
from desktop.domain.products import ProductDraft, SkuInput, SpecDim, combinations
from desktop.services import catalog, images, products
from desktop.services.context import ServiceContext, service
from desktop.services.errors import ServiceError

COLORS = ("#6b8e23", "#8b4513", "#2f4f4f", "#b22222", "#4682b4", "#daa520", "#708090", "#556b2f")

# (shop index, leaf id, title, remark, weight, unit, specs, base price 元, final state, rejection)
SAMPLES = (
    (0, 910078, "桌面文具收纳盒多格大容量办公整理盒", "笔、便签、胶带一盒收纳", "0.4", "kg",
     [("颜色", ["白色", "薄荷绿"])], 25, st.ONLINE, None),
    (0, 910078, "学生笔袋大容量简约帆布文具袋", "", "150", "g", [], 19, st.WAREHOUSE, None),
    (1, 910046, "明前龙井绿茶2026新茶春茶罐装250g", "豆香清雅，回甘持久", "0.3", "kg",
     [("规格", ["125g", "250g"])], 128, st.ONLINE, None),
    (1, 910047, "正山小种红茶武夷山桐木关散装500g", "松烟香，适合冷泡", "500", "g",
     [("包装", ["散装", "礼盒"])], 89, st.WAREHOUSE, None),
    (1, 910048, "云南普洱熟茶饼七子饼茶357g", "", "357", "g", [], 168, st.PENDING, None),
    (1, 910049, "安溪铁观音乌龙茶清香型浓香型", "兰花香高扬", "0.25", "kg",
     [("香型", ["清香型", "浓香型"]), ("规格", ["100g", "250g"])], 76, st.REJECTED,
     [("标题", "标题中“清香型浓香型”与规格重复，请精简"), ("主图", "主图需展示产品实物")]),
    (1, 910046, "碧螺春绿茶", "", "", "kg", [], 0, st.DRAFT, None),  # an incomplete draft
    (1, 910047, "滇红金芽红茶特级蜜香型古树红茶", "", "0.2", "kg", [], 198, st.OFFLINE, None),
    (2, 910078, "透明收纳箱加厚大号衣物整理箱带盖", "可叠放，防尘防潮", "1.2", "kg",
     [("容量", ["35L", "55L", "80L"])], 39, st.ONLINE, None),
    (2, 910086, "家用合金筷子防滑防霉10双装", "耐高温，可进洗碗机", "300", "g",
     [("颜色", ["黑色", "米白"])], 29, st.BLOCKED, None),
)


def _attr_value(attr):
    return {"text": "山野", "single": attr.options[0] if attr.options else "", "multi": list(attr.options[:1]),
            "number": "250", "date": "2026-04-01"}[attr.type]


def _make_images(ctx: ServiceContext, n: int, seed: int) -> list[str]:
    from PIL import Image, ImageDraw

    shas = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            color = COLORS[(seed + i) % len(COLORS)]
            img = Image.new("RGB", (800, 800), color)
            draw = ImageDraw.Draw(img)
            draw.ellipse((200, 200, 600, 600), fill="#f5f5dc")
            draw.rectangle((330, 330, 470, 470), fill=color)
            path = Path(tmp) / f"demo{seed}_{i}.png"
            img.save(path, "PNG", optimize=True)
            shas.append(images.add_image(ctx, path).sha256)
    return shas


def _draft(ctx, leaf_id, title, remark, weight, unit, specs, price, seed) -> ProductDraft:
    leaf = catalog.get_leaf(ctx, leaf_id)
    dims = [SpecDim(n, list(v)) for n, v in specs]
    skus = [
        SkuInput(k, sale=f"{price + 10 * i}.00" if price else "", original=f"{int((price + 10 * i) * 1.5)}.00" if price else "",
                 stock=str(20 + 7 * i) if price else "", code=f"D{seed:02d}{i:02d}")
        for i, k in enumerate(combinations(dims))
    ]
    return ProductDraft(
        category_id=leaf.id, title=title, remark=remark, weight=weight, weight_unit=unit,
        attributes={str(a.property_id): _attr_value(a) for a in leaf.attributes if a.required},
        images=_make_images(ctx, 2 if price else 0, seed), specs=dims, skus=skus,
    )


@service
def fill_products(ctx: ServiceContext, shop_ids: list[int]) -> None:
    try:
        catalog.ensure_sample_tree(ctx)
    except ServiceError:
        return
    for seed, (shop_i, leaf_id, title, remark, weight, unit, specs, price, state, reasons) in enumerate(SAMPLES):
        if shop_i >= len(shop_ids):
            continue
        draft = _draft(ctx, leaf_id, title, remark, weight, unit, specs, price, seed)
        if state == st.DRAFT:
            products.save_draft(ctx, shop_ids[shop_i], draft)
            continue
        if state == st.PENDING:
            from desktop.services.overview_demo import backdated

            with backdated(ctx, 5):  # in review for five days: time to follow up
                products.submit(ctx, None, draft, shop_id=shop_ids[shop_i])
            continue
        pid = products.submit(ctx, None, draft, shop_id=shop_ids[shop_i]).value
        outcome = {st.ONLINE: st.OUTCOME_ONLINE, st.OFFLINE: st.OUTCOME_ONLINE, st.WAREHOUSE: st.OUTCOME_WAREHOUSE,
                   st.REJECTED: st.OUTCOME_REJECTED, st.BLOCKED: st.OUTCOME_BLOCKED}[state]
        products.record_review(ctx, pid, outcome, reasons or ())
        if state == st.OFFLINE:
            products.take_offline(ctx, pid)
