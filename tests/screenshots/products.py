"""Screenshots of the 商品 page, each editor step with errors, the state actions
and the review dialog: `python tests/screenshots/products.py` (offscreen)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMenu

    app = QApplication([])
    from desktop.services import shops
    from desktop.services.products_demo import fill_products
    from desktop.services.session import open_session
    from desktop.ui.products.page import ProductsPage
    from desktop.ui.products.editor import ProductEditor
    from desktop.ui.products.review_dialog import ReviewDialog

    OUT.mkdir(parents=True, exist_ok=True)
    ctx = open_session(Path(tempfile.mkdtemp()))
    ids = [shops.create_shop(ctx, n, c, False).value for n, c in (("文具店", "80012345"), ("山野茶舍（示例）", "80023456"), ("家居店", "80034567"))]
    fill_products(ctx, ids)
    shop = ids[1]

    def settle():
        for _ in range(5):
            app.processEvents()

    page = ProductsPage(ctx)
    page.resize(1100, 560)
    page.set_shop(shop)
    page.show()
    settle()
    page.grab().save(str(OUT / "products_page.png"))

    # A pending product selected: 删除/下线 visible but disabled, with the reason.
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 5).data() == "待审核":
            page.table.selectRow(row)
    settle()
    menu = QMenu(page)
    for act in page.actions_by_name.values():
        menu.addAction(act)
    menu.setToolTipsVisible(True)
    menu.popup(page.mapToGlobal(page.table.geometry().center()))
    settle()
    shot = page.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(shot)
    painter.drawPixmap(page.table.geometry().center().x() - 80, page.table.geometry().top() + 40, menu.grab())
    painter.end()
    shot.save(str(OUT / "products_state_actions.png"))
    menu.close()

    # Editor steps, on the incomplete 碧螺春 draft: every step shows its errors.
    draft_id = ctx.db.execute_sql("SELECT id FROM product WHERE state = 'draft' AND shop_id = ?", (shop,)).fetchone()[0]
    editor = ProductEditor(ctx, shop, draft_id)
    editor.resize(1000, 680)
    editor.basic.remark.setText("好喝😋")
    editor.specs.names[0].setText("规格")
    editor.specs.values[0].setText("100g，100g，250g")
    editor.specs.regenerate()
    m = editor.specs.model
    for r, (sale, orig, stock) in enumerate((("29.999", "", "10"), ("30.00", "300.00", "-1"))):
        for c, v in zip((1, 2, 3), (sale, orig, stock)):
            if r < m.rowCount():
                m.setData(m.index(r, c), v)
    editor.show()
    editor.revalidate()
    fresh = ProductEditor(ctx, shop, None)
    fresh.resize(1000, 680)
    fresh.show()
    settle()
    fresh.grab().save(str(OUT / "product_editor_1_category.png"))
    for i, name in enumerate(("category", "basic", "images", "specs")):
        if i == 0:
            continue
        editor.tabs.setCurrentIndex(i)
        settle()
        editor.grab().save(str(OUT / f"product_editor_{i + 1}_{name}.png"))

    pending = ctx.db.execute_sql("SELECT id FROM product WHERE state = 'pending' AND shop_id = ?", (shop,)).fetchone()[0]
    dialog = ReviewDialog(ctx, pending)
    dialog.group.button(2).setChecked(True)
    dialog.add_reason_row("标题", "标题含有极限用语“最”")
    dialog.add_reason_row("主图", "")
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "product_review_dialog.png"))
    print("saved to", OUT)


if __name__ == "__main__":
    main()
