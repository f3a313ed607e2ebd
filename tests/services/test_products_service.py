"""Products service: R-P-SUBMIT, R-P-STATE lifecycle, R-LOG-1 history."""
from __future__ import annotations

import pytest

from desktop.domain import product_states as st
from desktop.services import history
from desktop.services import products as svc
from desktop.services import products_query as q
from desktop.services.errors import InvalidInput, RuleRefused
from tests.services.product_fixtures import three_priced_drafts, valid_draft


def actions(ctx, product_id):
    return [(r.action, r.outcome, r.rule_id) for r in reversed(history.list_history(ctx)) if r.product_id == product_id]


def test_save_draft_with_errors_is_allowed_and_summarised(ctx, shop_id):
    draft = valid_draft(ctx, title="短")  # R-P-TITLE broken
    draft.skus[1].sale = "1.234"  # not storable as fen: no price, but the typed text is kept
    pid = svc.save_draft(ctx, shop_id, draft).value
    detail = svc.get_product(ctx, pid)
    assert detail.state == st.DRAFT
    assert detail.draft.title == "短"
    assert detail.draft.skus[1].sale == "1.234"
    assert detail.draft.skus[0].sale == "50.00"
    row = q.rows_for_ids(ctx, [pid])[0]
    assert (row.min_price_fen, row.max_price_fen, row.total_stock, row.sku_count) == (5000, 5300, 60, 4)
    assert row.main_image == draft.images[0]
    assert " > " in row.category_path
    assert actions(ctx, pid) == [("product.create", "ok", None)]


def test_draft_keeps_typed_text_that_is_not_a_valid_value(ctx, shop_id):
    """No input is lost: invalid prices, stock and weight come back as typed,
    with their rule errors (R-P-PRICE-1/2, R-P-SKU, R-P-WEIGHT), and copy along."""
    draft = valid_draft(ctx)
    draft.weight = "0"
    draft.skus[0].sale, draft.skus[0].original = "12.345", "abc"
    draft.skus[1].original = draft.skus[1].sale  # R-P-PRICE-2: not higher than the sale price
    draft.skus[2].stock = "-1"
    pid = svc.save_draft(ctx, shop_id, draft).value
    for product_id in (pid, svc.duplicate(ctx, pid).value):
        back = svc.get_product(ctx, product_id).draft
        assert back.weight == "0"
        assert (back.skus[0].sale, back.skus[0].original) == ("12.345", "abc")
        assert back.skus[1].original == draft.skus[1].sale
        assert back.skus[2].stock == "-1"
        rules = {e.rule for e in svc.validate(ctx, back)}
        assert {"R-P-PRICE-1", "R-P-PRICE-2", "R-P-WEIGHT"} <= rules
    # Valid text replaces the kept one on the next save.
    draft.weight = "0.5"
    svc.save_draft(ctx, shop_id, draft, pid)
    assert svc.get_product(ctx, pid).draft.weight == "0.5"


def test_submit_with_errors_is_refused_and_logged(ctx, shop_id):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx, title="太短的标题")).value
    with pytest.raises(RuleRefused) as exc:
        svc.submit(ctx, pid)
    assert exc.value.rule == "R-P-SUBMIT"
    assert "R-P-TITLE" in exc.value.message
    assert svc.get_product(ctx, pid).state == st.DRAFT
    assert actions(ctx, pid)[-1] == ("product.submit", "refused", "R-P-SUBMIT")


def test_lifecycle_to_online_offline_and_back(ctx, shop_id):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    svc.submit(ctx, pid)
    assert svc.get_product(ctx, pid).state == st.PENDING
    svc.record_review(ctx, pid, st.OUTCOME_ONLINE)
    assert svc.get_product(ctx, pid).state == st.ONLINE
    svc.take_offline(ctx, pid)
    assert svc.get_product(ctx, pid).state == st.OFFLINE
    svc.bring_online(ctx, pid)
    assert svc.get_product(ctx, pid).state == st.ONLINE
    assert [a for a, _, _ in actions(ctx, pid)] == [
        "product.create", "product.submit", "product.review", "product.offline", "product.online"]


def test_rejection_with_reasons_then_resubmit(ctx, shop_id):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    with pytest.raises(InvalidInput):
        svc.record_review(ctx, pid, st.OUTCOME_REJECTED, [])
    svc.record_review(ctx, pid, st.OUTCOME_REJECTED, [("标题", "含有夸大用语"), ("主图", "有水印")])
    detail = svc.get_product(ctx, pid)
    assert detail.state == st.REJECTED
    assert [(r.field, r.reason) for r in detail.rejections] == [("标题", "含有夸大用语"), ("主图", "有水印")]
    svc.submit(ctx, pid, detail.draft)
    detail = svc.get_product(ctx, pid)
    assert detail.state == st.PENDING and detail.rejections == ()


def test_editing_an_approved_product_sends_it_back_to_review(ctx, shop_id):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    svc.record_review(ctx, pid, st.OUTCOME_WAREHOUSE)
    draft = svc.get_product(ctx, pid).draft
    draft.title = "纯棉短袖T恤男夏季宽松百搭新款"
    with pytest.raises(RuleRefused) as exc:
        svc.save_draft(ctx, shop_id, draft, pid)  # an approved product is never a draft again
    assert exc.value.rule == "R-P-STATE"
    svc.submit(ctx, pid, draft)
    detail = svc.get_product(ctx, pid)
    assert detail.state == st.PENDING and detail.draft.title == draft.title
    assert actions(ctx, pid)[-1] == ("product.resubmit", "ok", None)


def test_refused_transitions_are_logged(ctx, shop_id):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    for op in (svc.take_offline, svc.bring_online):
        with pytest.raises(RuleRefused):
            op(ctx, pid)
    with pytest.raises(RuleRefused):
        svc.record_review(ctx, pid, st.OUTCOME_ONLINE)
    assert [o for _, o, _ in actions(ctx, pid)][-3:] == ["refused"] * 3


@pytest.mark.parametrize(
    "path, deletable",
    [([], True), (["submit"], False), (["submit", st.OUTCOME_REJECTED], True), (["submit", st.OUTCOME_ONLINE], False),
     (["submit", st.OUTCOME_BLOCKED], False), (["submit", st.OUTCOME_WAREHOUSE], False)],
)
def test_delete_only_draft_or_rejected(ctx, shop_id, path, deletable):
    pid = svc.save_draft(ctx, shop_id, valid_draft(ctx)).value
    for step in path:
        if step == "submit":
            svc.submit(ctx, pid)
        else:
            svc.record_review(ctx, pid, step, [("标题", "原因")])
    if deletable:
        svc.delete(ctx, pid)
        assert q.rows_for_ids(ctx, [pid]) == []
        assert actions(ctx, pid)[-1][:2] == ("product.delete", "ok")
    else:
        with pytest.raises(RuleRefused):
            svc.delete(ctx, pid)
        assert q.rows_for_ids(ctx, [pid])
        assert actions(ctx, pid)[-1][:2] == ("product.delete", "refused")


def test_schema_refuses_deleting_a_listed_product(ctx, shop_id):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    with pytest.raises(Exception):
        ctx.db.execute_sql("DELETE FROM product WHERE id = ?", (pid,))
    with pytest.raises(Exception):  # pending -> offline is no transition (R-P-STATE trigger)
        ctx.db.execute_sql("UPDATE product SET state = 'offline' WHERE id = ?", (pid,))


def test_duplicate_makes_a_draft(ctx, shop_id):
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    svc.record_review(ctx, pid, st.OUTCOME_ONLINE)
    copy = svc.duplicate(ctx, pid).value
    a, b = svc.get_product(ctx, pid), svc.get_product(ctx, copy)
    assert b.state == st.DRAFT and b.copied_from == pid and a.state == st.ONLINE
    assert b.draft == a.draft


def test_list_sort_and_filter_in_sql(ctx, shop_id):
    ids = three_priced_drafts(ctx, shop_id)
    svc.submit(ctx, ids[0])
    by_price = q.query_ids(ctx, q.ProductQuery(shop_id, sort_key="price", descending=False))
    assert list(by_price) == [ids[1], ids[2], ids[0]]
    assert list(q.query_ids(ctx, q.ProductQuery(shop_id, state=st.PENDING))) == [ids[0]]
    assert list(q.query_ids(ctx, q.ProductQuery(shop_id, keyword="第2号"))) == [ids[2]]
    assert list(q.query_ids(ctx, q.ProductQuery(shop_id, keyword="%"))) == []
    page = q.list_products(ctx, shop_id, sort_key="title", order="asc", offset=1, limit=1)
    assert [r.id for r in page] == [ids[1]]


def test_keyword_view_matches_the_plain_filter_in_every_order(ctx, shop_id):
    """The ids view (one JSON array parsed a slice at a time, keyword matched on the title index) has the same ids in the same
    order as the plain query, with and without a keyword."""
    ids = []
    for i, (price, title) in enumerate([("30.00", "纯棉短袖甲款式标题"), ("10.00", "加厚外套乙款式标题"),
                                        ("20.00", "纯棉长袖丙款式标题"), ("15.00", "纯棉_丁款式标题长一点")]):
        d = valid_draft(ctx, title=title, specs=False)
        d.skus[0].sale, d.skus[0].original = price, ""
        ids.append(svc.save_draft(ctx, shop_id, d).value)
    svc.submit(ctx, ids[2])
    for sort_key in q.SORT_COLUMNS:
        for descending in (False, True):
            for state, keyword in ((None, ""), (st.PENDING, ""), (None, "纯棉"), (None, "_"), (st.PENDING, "纯棉"),
                                   (None, str(ids[1]))):
                view = list(q.query_ids(ctx, q.ProductQuery(shop_id, state, keyword, sort_key, descending)))
                plain = [r.id for r in q.list_products(ctx, shop_id, state, keyword, sort_key,
                                                       "desc" if descending else "asc", limit=100)]
                assert view == plain, (sort_key, descending, state, keyword)
    assert set(q.query_ids(ctx, q.ProductQuery(shop_id, keyword="纯棉"))) == {ids[0], ids[2], ids[3]}
    assert list(q.query_ids(ctx, q.ProductQuery(shop_id, keyword="_"))) == [ids[3]]
    assert list(q.query_ids(ctx, q.ProductQuery(shop_id, keyword=str(ids[1])))) == [ids[1]]


def test_state_is_asked_again_inside_the_transaction(ctx, shop_id):
    """A stale window offers 下线 again: the service decides from the stored state, not the UI's."""
    pid = svc.submit(ctx, None, valid_draft(ctx), shop_id=shop_id).value
    svc.record_review(ctx, pid, st.OUTCOME_ONLINE)
    svc.take_offline(ctx, pid)
    with pytest.raises(RuleRefused) as exc:
        svc.take_offline(ctx, pid)
    assert exc.value.rule == "R-P-STATE"
    assert svc.get_product(ctx, pid).state == st.OFFLINE
