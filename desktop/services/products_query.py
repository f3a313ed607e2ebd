"""Reading products for the 商品 page: sorted and filtered in SQL over indexes.

The page's model keeps only the ordered ids of the current view (an int
array: 100,000 ids are under 1 MB) and asks for rows a window at a time, so
opening, sorting and filtering 100,000 products never builds 100,000 rows.
"""
from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from typing import Sequence

from desktop.domain.messages import text
from desktop.domain import product_states as st
from desktop.domain.text import control_chars
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.store.sqlcompat import is_postgres

# Sort keys the page offers -> column (each has a (shop_id, column, id) index
# except category, which is rarely sorted and costs one scan).
SORT_COLUMNS = {
    "id": "id",
    "title": "title",
    "category": "category_path",
    "price": "min_price_fen",
    "stock": "total_stock",
    "state": "state",
    "updated": "updated_at",
}
# A keyword longer than any title (60 units) can't match one; product ids are SQLite integers.
MAX_KEYWORD = 100
MAX_PRODUCT_ID = 2 ** 63 - 1

ROW_COLUMNS = (
    "id, title, category_path, min_price_fen, max_price_fen, total_stock, state, updated_at, main_image, sku_count"
)


@dataclass(frozen=True)
class ProductRow:
    id: int
    title: str
    category_path: str
    min_price_fen: int | None
    max_price_fen: int | None
    total_stock: int
    state: str
    updated_at: str
    main_image: str | None
    sku_count: int

    @property
    def state_label(self) -> str:
        return st.STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class ProductQuery:
    shop_id: int
    state: str | None = None
    keyword: str = ""
    sort_key: str = "updated"
    descending: bool = True


def _where(q: ProductQuery, in_title_index: bool = False) -> tuple[str, list]:
    """The WHERE of the view; ``in_title_index`` matches the keyword on the (shop_id, title, id) index.

    A LIKE in the outer query makes SQLite read every product's table row in display
    order (random pages over the whole table) only to look at its title. Matched in a
    subquery, it reads the title index alone and then only the matching rows
    (keyword_filter: 2-3x less work on 100,000 products in one shop).
    """
    clauses, params = ["shop_id = ?"], [q.shop_id]
    if q.state:
        clauses.append("state = ?")
        params.append(q.state)
    kw = keyword_text(q.keyword)
    if kw:
        match, match_params = _keyword_match(kw)
        if in_title_index:
            match = f"id IN (SELECT id FROM product INDEXED BY product_shop_title WHERE shop_id = ? AND {match})"
            match_params = [q.shop_id, *match_params]
        clauses.append(match)
        params += match_params
    return " AND ".join(clauses), params


def _keyword_match(kw: str) -> tuple[str, list]:
    escaped = kw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    product_id = _as_product_id(kw)
    if product_id is not None:
        return "(title LIKE ? ESCAPE '\\' OR id = ?)", [f"%{escaped}%", product_id]
    return "title LIKE ? ESCAPE '\\'", [f"%{escaped}%"]


def keyword_text(keyword: str) -> str:
    """The keyword as searched: trimmed; too long or with control characters is refused clearly."""
    kw = keyword.strip()
    if len(kw) > MAX_KEYWORD:
        raise InvalidInput(text("查找内容太长（{count} 字），最多 {limit} 字", count=len(kw), limit=MAX_KEYWORD), "keyword")
    if control_chars(kw):
        raise InvalidInput(text("查找内容不能包含控制字符"), "keyword")
    return kw


def _as_product_id(kw: str) -> int | None:
    """A keyword that can be a product id: ASCII digits within SQLite's integer range ("²" is not)."""
    if not (kw.isascii() and kw.isdigit()) or len(kw) > 19:
        return None
    value = int(kw)
    return value if 0 < value <= MAX_PRODUCT_ID else None


def _order(q: ProductQuery) -> str:
    column = SORT_COLUMNS.get(q.sort_key, "updated_at")
    direction = "DESC" if q.descending else "ASC"
    return f"{column} {direction}, id {direction}"


@service
def query_ids(ctx: ServiceContext, q: ProductQuery) -> array:
    """The ids of every product the view shows, in display order."""
    if is_postgres(ctx.db):
        where, params = _where(q)
        # One array value instead of 100,000 one-column rows: a round trip and a
        # Python tuple per row were most of the time on a server.
        row = ctx.db.execute_sql(f"SELECT array_agg(id ORDER BY {_order(q)}) FROM product WHERE {where}",
                                 params).fetchone()
        return array("q", row[0] or ())
    # Sorted by title, or within one state, the outer index already narrows the rows read.
    where, params = _where(q, in_title_index=not q.state and q.sort_key != "title")
    # One JSON text instead of 100,000 one-column rows: a row tuple each was most of the time
    # (json.loads makes the ints in C). SQLite keeps a FROM subquery's ORDER BY when the outer
    # query uses an aggregate other than count/min/max, so the array is in display order.
    row = ctx.db.execute_sql(
        f"SELECT json_group_array(id) FROM (SELECT id FROM product WHERE {where} ORDER BY {_order(q)})",
        params).fetchone()
    return _ids_from_json(row[0])


def _ids_from_json(text: str, pieces: int = 8) -> array:
    """The ids of a JSON array, parsed a slice at a time: 100,000 int objects at once raised the
    page's memory high-water mark by ~1.7 MB, an eighth of them at a time does not."""
    ids = array("q")
    start, end = 1, len(text) - 1  # inside the brackets
    step = max(end // pieces, 1)
    while start < end:
        cut = text.find(",", min(start + step, end), end)
        cut = end if cut < 0 else cut
        ids.extend(json.loads(f"[{text[start:cut]}]"))
        start = cut + 1
    return ids


@service
def rows_for_ids(ctx: ServiceContext, ids: Sequence[int]) -> list[ProductRow]:
    """Rows for ``ids`` in the same order (missing ids are skipped)."""
    found: dict[int, ProductRow] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        for r in ctx.db.execute_sql(f"SELECT {ROW_COLUMNS} FROM product WHERE id IN ({marks})", part):
            found[r[0]] = ProductRow(*r)
    return [found[i] for i in ids if i in found]


@service
def list_products(
    ctx: ServiceContext,
    shop_id: int,
    state: str | None = None,
    keyword: str = "",
    sort_key: str = "updated",
    order: str = "desc",
    offset: int = 0,
    limit: int = 200,
) -> list[ProductRow]:
    q = ProductQuery(shop_id, state, keyword, sort_key, order == "desc")
    where, params = _where(q)
    sql = f"SELECT {ROW_COLUMNS} FROM product WHERE {where} ORDER BY {_order(q)} LIMIT ? OFFSET ?"
    return [ProductRow(*r) for r in ctx.db.execute_sql(sql, params + [limit, offset])]


@service
def count_by_state(ctx: ServiceContext, shop_id: int) -> dict[str, int]:
    sql = "SELECT state, COUNT(*) FROM product WHERE shop_id = ? GROUP BY state"
    return {s: n for s, n in ctx.db.execute_sql(sql, [shop_id])}


def state_choices() -> list[tuple[str, str]]:
    return [(s, st.STATE_LABELS[s]) for s in st.STATES]
