"""Pull the category tree and a leaf's properties from the 抖店开放平台 (issue 13).

``shop.getShopCategory(cid)`` lists a node's children (``cid=0``: the first
level) as ``[{id, name, level, parent_id, is_leaf, enable}]`` (Go SDK
``api/shop_getShopCategory``); the whole tree is one call per non-leaf node.
``product.getCatePropertyV2(category_leaf_id)`` returns ``data.data`` with
``property_id, property_name, required, type, options[{name, value}]``
(``api/product_getCatePropertyV2``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from desktop.domain.messages import text
from desktop.domain import categories as dom
from desktop.domain.categories import TreeFormatError
from desktop.platform.client import DoudianClient
from desktop.platform.errors import PlatformError
from desktop.services import catalog, changes, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.services.platform_connection import PLATFORM, has_connection
from desktop.services.platform_sync import Cancelled, Progress, Pull, Steps
from desktop.services.shops import load_shop
from desktop.store import sqlcompat

PROPERTY_MAX_AGE = timedelta(days=7)
MAX_NODES = 200_000


@service
def pull_categories(ctx: ServiceContext, shop_id: int, *, client: DoudianClient | None = None,
                    progress: Progress | None = None, is_cancelled: Cancelled | None = None) -> Outcome:
    """The whole tree, then the all-or-nothing catalog import; cancel or failure writes nothing."""
    steps = Steps(progress, is_cancelled)
    shop = load_shop(shop_id)
    with Pull(ctx, shop_id, "categories", client) as (run, client):
        raw: list[dict] = []
        queue, seen = [0], {0}
        while queue:
            cid = queue.pop(0)
            children = client.call("shop.getShopCategory", {"cid": cid})
            if not isinstance(children, list):
                raise PlatformError("malformed", code="JSON", method="shop.getShopCategory")
            for node in children:
                if not isinstance(node, dict):
                    raise PlatformError("malformed", code="JSON", method="shop.getShopCategory")
                raw.append(node)
                node_id = node.get("id")
                if not node.get("is_leaf") and node_id not in seen:
                    seen.add(node_id)
                    queue.append(node_id)
            if len(raw) > MAX_NODES:
                raise InvalidInput(text("抖店返回的类目超过 {n} 个，已停止。", n=MAX_NODES), "categories")
            steps.report(len(raw) - len(queue), len(raw))
        try:
            nodes = dom.parse_tree_document(raw)
        except TreeFormatError as exc:
            raise InvalidInput(text("抖店返回的类目树有问题，未导入，现有类目保持不变。\n{reason}", reason=exc.message),
                               "categories") from exc
        run.fetched = len(nodes)
        if _same_tree(ctx, nodes):
            run.unchanged = len(nodes)
            run.summary = text("类目没有变化（{n} 个）", n=len(nodes))
            return Outcome(frozenset({PLATFORM}), None)
        with history.platform_source():
            outcome = catalog.import_nodes(ctx, nodes, text("抖店：{shop}", shop=shop.name), action="category.platform",
                                           progress=steps.report, is_cancelled=is_cancelled)
        run.updated = outcome.value.nodes
        run.summary = text("类目 {n} 个（叶子 {leaves} 个）", n=outcome.value.nodes, leaves=outcome.value.leaves)
    return Outcome(outcome.changes | {PLATFORM}, outcome.value)


def _same_tree(ctx: ServiceContext, nodes: list[dom.CategoryNode]) -> bool:
    """Re-running a pull of an unchanged tree changes nothing (and adds no history)."""
    if catalog.is_sample(ctx):
        return False
    rows = ctx.db.execute_sql("SELECT id, parent_id, name, level, is_leaf, enabled FROM category").fetchall()
    enabled = dom.effective_enabled(nodes)
    mine = {(n.id, n.parent_id, n.name, n.level, int(n.is_leaf), int(enabled[n.id])) for n in nodes}
    return mine == {tuple(r) for r in rows}


@service
def leaf_properties(ctx: ServiceContext, shop_id: int, category_id: int, *, client: DoudianClient | None = None,
                    max_age: timedelta = PROPERTY_MAX_AGE, refresh: bool = False) -> Outcome:
    """A leaf's 类目属性 for the editor: from the cache while fresh, else fetched and stored.

    The fetched properties replace the leaf's attributes in the local tree (so the
    editor and the rules use them) in one transaction, with the fetch date.
    """
    row = ctx.db.execute_sql("SELECT properties_json, fetched_at FROM platform_property_cache WHERE category_id = ?",
                             (category_id,)).fetchone()
    if row and not refresh and ctx.clock.now() - sqlcompat.moment(row[1]) < max_age:
        return Outcome(frozenset(), catalog.attributes(ctx, category_id))
    with Pull(ctx, shop_id, "properties", client) as (run, client):
        data = client.call("product.getCatePropertyV2", {"category_leaf_id": category_id})
        props = data.get("data") if isinstance(data, dict) else None
        if not isinstance(props, list):
            raise PlatformError("malformed", code="JSON", method="product.getCatePropertyV2")
        live = [p for p in props if isinstance(p, dict) and not p.get("status")]
        try:
            attrs = dom.parse_tree_document([{"id": category_id, "name": "x", "level": 1, "is_leaf": True,
                                              "properties": live}])[0].attributes
        except TreeFormatError as exc:
            raise InvalidInput(text("抖店返回的类目属性有问题：{reason}", reason=exc.message), "properties") from exc
        run.fetched = len(attrs)
        stored = json.dumps(live, ensure_ascii=False, sort_keys=True)
        with ctx.db.atomic("IMMEDIATE"), history.platform_source():
            ctx.db.execute_sql(
                "INSERT INTO platform_property_cache (category_id, properties_json, fetched_at) VALUES (?, ?, ?)"
                " ON CONFLICT (category_id) DO UPDATE SET properties_json = excluded.properties_json,"
                " fetched_at = excluded.fetched_at", (category_id, stored, ctx.now_iso()))
            changed = not row or row[0] != stored
            if changed and _is_leaf(ctx, category_id):
                ctx.db.execute_sql("DELETE FROM category_attribute WHERE category_id = ?", (category_id,))
                sqlcompat.executemany(
            ctx.db,
                    "INSERT INTO category_attribute (category_id, property_id, name, required, type, options, unit,"
                    " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(category_id, str(a.property_id), a.name, int(a.required), a.type,
                      json.dumps(a.options, ensure_ascii=False), a.unit, pos) for pos, a in enumerate(attrs)])
                history.record(ctx, "platform.properties", shop_id=shop_id, subject=text("类目 {id}", id=category_id),
                               detail=text("{n} 个类目属性", n=len(attrs)))
                run.updated = len(attrs)
            else:
                run.unchanged = len(attrs)
    topics = {PLATFORM, changes.CATEGORIES, changes.HISTORY} if run.updated else {PLATFORM}
    return Outcome(frozenset(topics), catalog.attributes(ctx, category_id))


def _is_leaf(ctx: ServiceContext, category_id: int) -> bool:
    row = ctx.db.execute_sql("SELECT is_leaf FROM category WHERE id = ?", (category_id,)).fetchone()
    return bool(row and row[0])


@dataclass(frozen=True)
class PropertySource:
    """Where the editor's 类目属性 for a leaf come from, before (or instead of) a fetch."""

    connected: bool  # the shop has a 平台连接: the editor fetches when the cache is not fresh
    fetched_at: str | None  # when the cached properties were fetched from the platform (ISO, UTC)
    fresh: bool  # cached within PROPERTY_MAX_AGE: no fetch needed


@service
def property_source(ctx: ServiceContext, shop_id: int, category_id: int,
                    max_age: timedelta = PROPERTY_MAX_AGE) -> PropertySource:
    """Quick (database only, no keychain): whether the editor should fetch ``category_id``'s properties."""
    row = ctx.db.execute_sql("SELECT fetched_at FROM platform_property_cache WHERE category_id = ?",
                             (category_id,)).fetchone()
    fetched_at = row[0] if row else None
    fresh = fetched_at is not None and ctx.clock.now() - sqlcompat.moment(fetched_at) < max_age
    return PropertySource(has_connection(ctx, shop_id), fetched_at, fresh)
