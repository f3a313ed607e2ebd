"""商品 page, product table model, editor validation (R-P-SUBMIT) and review dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain import product_states as st
from desktop.services import products as svc
from desktop.services import products_query as pq
from desktop.ui.products.table_model import ID_ROLE, ProductProxy, ProductTableModel
from desktop.ui.products.page import ProductsPage
from desktop.ui.products.editor import ProductEditor
from desktop.ui.products.review_dialog import ReviewDialog
from desktop.ui.products.sku_model import SkuTableModel
from tests.services.product_fixtures import three_priced_drafts, valid_draft


@pytest.fixture
def three_products(ctx, shop_id):
    return three_priced_drafts(ctx, shop_id)


def make_model(ctx):
    return ProductTableModel(lambda q: pq.query_ids(ctx, q), lambda ids: pq.rows_for_ids(ctx, ids))


def test_product_table_model_passes_modeltester(ctx, shop_id, three_products, qtmodeltester):
    model = make_model(ctx)
    model.set_query(pq.ProductQuery(shop_id))
    qtmodeltester.check(model)
    proxy = ProductProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 3


def test_sorting_through_the_proxy_requeries_sql(ctx, shop_id, three_products):
    model = make_model(ctx)
    model.set_query(pq.ProductQuery(shop_id))
    proxy = ProductProxy()
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)  # 价格
    ids = [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(3)]
    assert ids == [three_products[1], three_products[2], three_products[0]]
    assert proxy.index(0, 3).data() == "10.00"
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 3).data() == "30.00"


def test_a_header_click_runs_the_sort_query_once(ctx, shop_id, three_products, qtbot):
    """QTableView.sortByColumn asks the model to sort twice; 100,000 rows must be queried once."""
    from PySide6.QtWidgets import QTableView

    queries = []
    model = ProductTableModel(lambda q: queries.append(q) or pq.query_ids(ctx, q), lambda ids: pq.rows_for_ids(ctx, ids))
    model.set_query(pq.ProductQuery(shop_id))
    proxy = ProductProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    queries.clear()
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [(q.sort_key, q.descending) for q in queries] == [("price", False)]
    assert proxy.index(0, 3).data() == "10.00"
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert len(queries) == 2 and proxy.index(0, 3).data() == "30.00"


def test_sku_model_passes_modeltester(qtmodeltester):
    from desktop.domain.products import SkuInput

    model = SkuTableModel()
    model.set_skus(["颜色"], [SkuInput(("红",), "1.00"), SkuInput(("黑",))])
    qtmodeltester.check(model)


def test_page_filters_and_disables_actions_with_reasons(ctx, shop_id, three_products, qtbot):
    svc.submit(ctx, three_products[0])
    page = ProductsPage(ctx)
    qtbot.addWidget(page)
    page.set_shop(shop_id)
    assert page.model.rowCount() == 3
    page.state_filter.setCurrentIndex(page.state_filter.findData(st.PENDING))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    delete = page.findChild(type(page.actions_by_name["productDeleteAction"]), "productDeleteAction")
    assert delete.isVisible() and not delete.isEnabled()
    assert "R-P-STATE" in delete.toolTip() and "待审核" in delete.toolTip()
    assert page.actions_by_name["productReviewAction"].isEnabled()
    page.state_filter.setCurrentIndex(0)
    page.keyword.setText("第2号")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text() == "共 1 个商品"


def test_editor_shows_error_beside_field_and_gates_submit(ctx, shop_id, qtbot):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    assert editor.submit_button.isEnabled()
    editor.basic.title.setText("太短")
    editor.revalidate()
    error = editor.findChild(type(editor.summary), "productTitleError")
    assert not error.isHidden() and "R-P-TITLE" in error.text()
    assert not editor.submit_button.isEnabled()
    assert "R-P-SUBMIT" in editor.submit_button.toolTip() and "R-P-TITLE" in editor.submit_button.toolTip()
    assert editor.save_button.isEnabled()  # a draft may be saved with errors
    editor.basic.title.setText("纯棉短袖T恤男夏季宽松百搭款")
    editor.revalidate()
    assert error.isHidden()  # hidden, its line still reserved (test_editor_comfort)
    assert editor.submit_button.isEnabled()


def test_editor_sku_price_error_in_grid_and_batch_fix(ctx, shop_id, qtbot):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    model = editor.specs.model
    sale_col = 2  # 颜色, 尺码, 售价
    model.setData(model.index(0, sale_col), "1.234")
    editor.revalidate()
    assert "R-P-PRICE-1" in model.index(0, sale_col).data(Qt.ItemDataRole.ToolTipRole)
    assert not editor.submit_button.isEnabled()
    editor.specs.batch_sale.setText("60.00")
    editor.specs.apply_batch()  # nothing selected: all SKUs
    editor.revalidate()
    assert [s.sale for s in model.skus()] == ["60.00"] * 4
    assert editor.submit_button.isEnabled()


def test_editor_regenerates_skus_when_specs_change(ctx, shop_id, qtbot):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    editor.specs.values[0].setText("红，白")
    editor.specs.regenerate()
    skus = editor.specs.model.skus()
    assert [s.values for s in skus] == [("红", "S"), ("红", "M"), ("白", "S"), ("白", "M")]
    assert skus[0].sale == "50.00" and skus[2].sale == ""
    editor.revalidate()
    assert not editor.submit_button.isEnabled()


def test_new_product_submit_disabled_until_complete(ctx, shop_id, qtbot):
    editor = ProductEditor(ctx, shop_id, None)
    qtbot.addWidget(editor)
    assert not editor.submit_button.isEnabled()
    assert editor.tabs.tabText(0).startswith("类目（")


def test_review_dialog_requires_reason_for_rejection(ctx, shop_id, qtbot):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    dialog = ReviewDialog(ctx, pid)
    qtbot.addWidget(dialog)
    dialog.group.button(2).setChecked(True)  # 审核未通过
    assert not dialog.ok.isEnabled()
    dialog.add_reason_row("主图", "图片有水印")
    assert dialog.ok.isEnabled()
    dialog.accept_outcome()
    detail = svc.get_product(ctx, pid)
    assert detail.state == st.REJECTED and detail.rejections[0].reason == "图片有水印"


def test_editor_for_approved_product_only_resubmits(ctx, shop_id, qtbot):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    svc.record_review(ctx, pid, st.OUTCOME_ONLINE)
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled() and "R-P-STATE" in editor.save_button.toolTip()
    assert editor.submit_button.isEnabled()
    editor.basic.remark.setText("新的推荐语")
    editor.submit()
    assert svc.get_product(ctx, pid).state == st.PENDING


def test_editor_for_pending_product_is_read_only(ctx, shop_id, qtbot):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    assert not editor.tabs.isEnabled()
    assert not editor.submit_button.isEnabled() and not editor.save_button.isEnabled()
    assert "R-P-STATE" in editor.banner.text()


def test_thumbnails_load_lazily_and_are_cached(ctx, shop_id, qtbot):
    from desktop.services import images, products_demo

    products_demo.fill_products(ctx, [shop_id, shop_id])
    model = ProductTableModel(lambda q: pq.query_ids(ctx, q), lambda ids: pq.rows_for_ids(ctx, ids),
                              lambda sha: images.image_file(ctx, sha))
    model.set_query(pq.ProductQuery(shop_id, state=st.ONLINE))
    idx = model.index(0, 0)
    assert idx.data(Qt.ItemDataRole.DecorationRole) is None  # first paint: queued, not decoded
    qtbot.waitUntil(lambda: idx.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert idx.data(Qt.ItemDataRole.DecorationRole).width() <= 40


def test_export_runs_in_a_worker_thread(ctx, shop_id, three_products, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.services import product_export
    from desktop.ui.products.export_runner import run_export

    threads, told = [], []
    real = product_export.export_products
    monkeypatch.setattr(product_export, "export_products",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    op = run_export(parent, ctx, three_products, tmp_path / "out.csv")
    with qtbot.waitSignal(op.finished, timeout=10000) as blocker:
        pass
    result = blocker.args[0]
    assert result.ok and result.value == 3
    assert threads and threads[0] is not threading.main_thread()
    assert (tmp_path / "out.csv").exists()
    assert "3" in told[0]


def test_editor_tracks_unsaved_changes(ctx, shop_id, qtbot):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    editor = ProductEditor(ctx, shop_id, pid)
    qtbot.addWidget(editor)
    assert not editor.dirty
    editor.basic.title.setText("纯棉短袖T恤男夏季宽松百搭款式")
    assert editor.dirty
    editor.save_draft()
    assert not editor.dirty
    assert svc.get_product(ctx, pid).draft.title == "纯棉短袖T恤男夏季宽松百搭款式"


def test_bad_keyword_empties_the_table_and_says_why(ctx, shop_id, three_products, qtbot):
    """Finding 9: a keyword that can't be searched never leaves the previous rows in the table."""
    page = ProductsPage(ctx)
    qtbot.addWidget(page)
    page.set_shop(shop_id)
    assert page.keyword.maxLength() == pq.MAX_KEYWORD
    page.keyword.setText("12345678901234567890")  # not an id: searched as title text
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count.text() == "共 0 个商品"
    page.keyword.setText("²")
    page.reload()
    assert page.model.rowCount() == 0
    page.keyword.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.keyword.setText("第\x00")  # pasted control character
    page.reload()
    assert page.model.rowCount() == 0 and "控制字符" in page.count.text()
