"""Hostile but plausible input (issue 11, finding 9): control characters in names, search keywords
that are not numbers, and history that records a change without copying huge texts."""
from __future__ import annotations

import pytest

from desktop.domain import products as rules
from desktop.domain.products import ProductDraft
from desktop.services import gmv, products, products_query as pq, shops
from desktop.services.errors import InvalidInput


@pytest.mark.parametrize("bad", ["茶\x00香", "茶香\x1b[31m", "\x7f茶香", "茶\u0085香"])
def test_control_characters_refused_in_shop_names(ctx, bad):
    with pytest.raises(InvalidInput) as exc:
        shops.create_shop(ctx, bad, "20001", False)
    assert "控制字符" in exc.value.message and exc.value.field == "name"
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM shop WHERE platform_shop_id = '20001'").fetchone()[0] == 0


def test_control_characters_refused_in_nicknames(ctx, shop_id):
    with pytest.raises(InvalidInput) as exc:
        gmv.save_gmv(ctx, shop_id, "douyin", "lin_tea", "林\x00小茶", ctx.today(), 100, 200)
    assert "昵称不能包含控制字符" in exc.value.message and "U+0000" in exc.value.message
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM account WHERE account_code = 'lin_tea'").fetchone()[0] == 0
    # Surrounding whitespace is trimmed as before, not refused.
    gmv.save_gmv(ctx, shop_id, "douyin", "lin_tea", "  林小茶\n", ctx.today(), 100, 200)
    assert ctx.db.execute_sql("SELECT nickname FROM account WHERE account_code = 'lin_tea'").fetchone()[0] == "林小茶"


def test_control_characters_are_a_title_error():
    errs = rules.title_errors("春季新茶明前龙井\x00特级礼盒装")
    assert [(e.field, e.rule) for e in errs] == [("title", "R-P-TITLE")] and "U+0000" in errs[0].message
    # A line break keeps its own message, not a second one.
    assert [e.message for e in rules.title_errors("春季新茶明前龙井\n特级礼盒装")] == ["标题不能换行"]


@pytest.mark.parametrize("keyword", ["12345678901234567890", "²", "٣", "99999999999999999999999", "0"])
def test_search_keywords_that_are_not_product_ids_search_titles(ctx, shop_id, keyword):
    pid = products.save_draft(ctx, shop_id, ProductDraft(title=f"明前龙井 {keyword} 礼盒")).value
    ids = list(pq.query_ids(ctx, pq.ProductQuery(shop_id, keyword=keyword)))
    assert ids == [pid]


def test_search_by_product_id_still_works(ctx, shop_id):
    pid = products.save_draft(ctx, shop_id, ProductDraft(title="明前龙井")).value
    assert list(pq.query_ids(ctx, pq.ProductQuery(shop_id, keyword=str(pid)))) == [pid]


@pytest.mark.parametrize("keyword", ["x" * (pq.MAX_KEYWORD + 1), "龙井\x00"])
def test_search_keyword_bounded_and_validated(ctx, shop_id, keyword):
    with pytest.raises(InvalidInput) as exc:
        pq.query_ids(ctx, pq.ProductQuery(shop_id, keyword=keyword))
    assert exc.value.field == "keyword"


def test_history_records_what_changed_not_huge_copies(ctx, shop_id):
    huge = "龙" * 1_000_000
    pid = products.save_draft(ctx, shop_id, ProductDraft(title="明前龙井")).value
    for n in range(3):
        products.save_draft(ctx, shop_id, ProductDraft(title=huge + str(n)), pid)
    products.save_draft(ctx, shop_id, ProductDraft(title=huge + "2", remark="清香"), pid)
    rows = ctx.db.execute_sql(
        "SELECT subject, detail FROM history WHERE product_id = ? ORDER BY id", (pid,)).fetchall()
    assert max(len(s) + len(d) for s, d in rows) < 2_000
    assert "改动：标题「明前龙井」→「" in rows[1][1] and "1,000,001 字" in rows[1][1] and "SHA-256" in rows[1][1]
    assert rows[2][1] != rows[3][1]  # the hash tells the two long titles apart
    assert rows[-1][1].endswith("改动：推荐语")
    size = ctx.db.execute_sql("SELECT SUM(length(subject) + length(detail)) FROM history").fetchone()[0]
    assert size < 10_000
