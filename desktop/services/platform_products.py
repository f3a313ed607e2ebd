"""Pull products and their review states from the 抖店开放平台 (issue 13).

``product.listV2`` pages (``page`` from 1, ``size`` up to 100, page*size at most
10,000: Go SDK ``api/product_listV2/request``), then ``product.detail`` for each
product whose ``update_time`` changed since the last pull. Everything is
fetched first and written in ONE transaction, so a failed or cancelled pull
writes nothing (only its line in 同步记录).

Local products are linked by the platform's ``product_id``. A linked product
follows the platform's state (R-P-STATE, walking only allowed transitions) and
title, unless it was edited here since the last sync: then the platform's
version is kept as a conflict for the user to choose (never overwritten silently).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from functools import cached_property

import peewee

from desktop.domain.messages import joined, text
from desktop.domain import platform_details as details
from desktop.domain import platform_states as ps
from desktop.domain import product_states as st
from desktop.platform.client import DoudianClient
from desktop.platform.errors import PlatformError
from desktop.services import changes, history, platform_records
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.platform_connection import PLATFORM
from desktop.services.platform_sync import Cancelled, Progress, Pull, Steps
from desktop.store import sqlcompat

PAGE_SIZE = 100
MAX_LISTED = 10_000  # page * size may not pass this (listV2)


@dataclass(frozen=True)
class PlatformProduct:
    product_id: str
    name: str
    status: int
    check_status: int
    local_state: str | None
    category_id: int | None
    min_price_fen: int | None
    max_price_fen: int | None
    total_stock: int
    pics: tuple[str, ...]
    platform_updated: str
    # From product.detail only (domain/platform_details.py); empty for a version read
    # back from the stored mirror, which keeps the hash it was stored with instead.
    specs: tuple = ()
    skus: tuple = ()
    attributes: tuple = ()
    weight: float | None = None  # in weight_unit (kg or g); None when the platform gives none
    weight_unit: str = "kg"
    stored_hash: str = field(default="", compare=False)

    @cached_property  # asked for the counts, the mirror row and the link: computed once
    def content_hash(self) -> str:
        if self.stored_hash:
            return self.stored_hash
        figures = [self.name, self.status, self.check_status, self.category_id, self.min_price_fen,
                   self.max_price_fen, list(self.pics)]
        if self.skus:  # stock, specs and attributes count too (a detail always has its SKUs)
            figures += [self.total_stock, self.specs, self.skus, self.attributes]
        if self.weight is not None:  # so a product without weight keeps the hash it had before weight was mapped
            figures.append([self.weight, self.weight_unit])
        return hashlib.sha256(platform_records.json_text(figures).encode("utf-8")).hexdigest()

    @property
    def state_text(self) -> str:
        return ps.describe(self.status, self.check_status)


def _category_id(cats: dict) -> int | None:
    """The deepest category the detail names (fourth level first)."""
    for key in ("fourth_cid", "third_cid", "second_cid", "first_cid"):
        if cats.get(key):
            return int(cats[key])
    return None


def _sku_figures(specs: list) -> tuple[list[int], int]:
    rows = [s for s in specs if isinstance(s, dict)]
    prices = [int(s["price"]) for s in rows if s.get("price")]
    return prices, sum(int(s.get("stock_num") or 0) for s in rows)


def _from_detail(d: dict, listed_update: str) -> PlatformProduct:
    if not isinstance(d, dict) or "product_id" not in d:
        raise PlatformError("malformed", code="JSON", method="product.detail")
    prices, stock = _sku_figures(d.get("spec_prices") or [])
    pics = d.get("pic") or []
    if isinstance(pics, str):
        pics = [p for p in pics.split("|") if p]
    status, check = int(d.get("status", 0)), int(d.get("check_status", 0))
    specs, skus = details.specs_and_skus(d)
    return PlatformProduct(str(d["product_id"]), str(d.get("name") or ""), status, check,
                           ps.local_state(status, check), _category_id(d.get("category_detail") or d),
                           min(prices) if prices else None, max(prices) if prices else None, stock,
                           tuple(str(p) for p in pics[:5]), listed_update, specs, skus, details.attributes(d),
                           *details.weight(d))


def _stored_updates(ctx: ServiceContext, shop_id: int) -> dict[str, str]:
    """What was pulled before. Left out, so that its detail is fetched again and it is created
    (platform_records): a product with no local product that the schema can now hold (e.g. its
    category arrived with a pull of the categories since)."""
    return dict(ctx.db.execute_sql(
        "SELECT pp.product_id, pp.platform_updated FROM platform_product pp WHERE pp.shop_id = ? AND NOT ("
        " pp.local_state IS NOT NULL AND NOT EXISTS (SELECT 1 FROM platform_product_link l"
        " WHERE l.shop_id = pp.shop_id AND l.platform_product_id = pp.product_id) AND ("
        " pp.local_state IN ('draft', 'rejected') OR (pp.min_price_fen IS NOT NULL AND pp.pics_json <> '[]'"
        " AND EXISTS (SELECT 1 FROM category c WHERE c.id = pp.category_id))))", (shop_id,)).fetchall())


def _fetch(client: DoudianClient, steps: Steps, known: dict[str, str], run) -> list[PlatformProduct]:
    """Every listed product, with details only for what changed."""
    fetched: list[PlatformProduct] = []
    page, total = 1, None
    while total is None or (page - 1) * PAGE_SIZE < min(total, MAX_LISTED):
        data = client.call("product.listV2", {"page": page, "size": PAGE_SIZE})
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise PlatformError("malformed", code="JSON", method="product.listV2")
        total = int(data.get("total") or 0)
        if not items:
            break
        for item in items:
            pid, updated = str(item.get("product_id")), str(item.get("update_time") or "")
            run.fetched += 1
            if known.get(pid) == updated and updated:
                run.unchanged += 1
                continue
            detail = client.call("product.detail", {"product_id": pid})
            fetched.append(_from_detail(detail, updated))
            steps.check()
        steps.report(min(page * PAGE_SIZE, total), min(total, MAX_LISTED))
        page += 1
    return fetched


@service
def pull_products(ctx: ServiceContext, shop_id: int, *, client: DoudianClient | None = None,
                  progress: Progress | None = None, is_cancelled: Cancelled | None = None) -> Outcome:
    steps = Steps(progress, is_cancelled)
    with Pull(ctx, shop_id, "products", client) as (run, client):
        products = _fetch(client, steps, _stored_updates(ctx, shop_id), run)
        steps.check()  # the last chance to cancel: after this the write is one transaction
        run.not_created, run.local_created = [], 0
        touched = _write(ctx, shop_id, products, run)
        run.summary = text("商品 {n} 个：新增 {created}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}；"
                           "建立本地商品 {local} 个", n=run.fetched, created=run.created, updated=run.updated,
                           unchanged=run.unchanged, conflicts=run.conflicts, local=run.local_created)
        if run.not_created:
            reasons = joined("、", sorted({why for _, why in run.not_created}))
            run.summary = text("{summary}，未建立 {n} 个（{reasons}）", summary=run.summary, n=len(run.not_created),
                               reasons=reasons)
    topics = {PLATFORM}
    if touched:
        topics |= {changes.PRODUCTS, changes.HISTORY}
    return Outcome(frozenset(topics), run)


def _write(ctx: ServiceContext, shop_id: int, products: list[PlatformProduct], run) -> int:
    touched = 0
    now = ctx.now_iso()
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        old = dict(ctx.db.execute_sql("SELECT product_id, content_hash FROM platform_product WHERE shop_id = ?",
                                      (shop_id,)).fetchall())
        rows = []
        for p in products:
            if p.product_id not in old:
                run.created += 1
            elif old[p.product_id] != p.content_hash:
                run.updated += 1
            else:
                run.unchanged += 1
            rows.append((shop_id, p.product_id, p.name, p.status, p.check_status, p.local_state, p.category_id,
                         p.min_price_fen, p.max_price_fen, p.total_stock, json.dumps(list(p.pics)),
                         p.platform_updated, p.content_hash, now))
        sqlcompat.executemany(
            ctx.db,
            "INSERT INTO platform_product (shop_id, product_id, name, status, check_status, local_state, category_id,"
            " min_price_fen, max_price_fen, total_stock, pics_json, platform_updated, content_hash, synced_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shop_id, product_id) DO UPDATE SET"
            " name = excluded.name, status = excluded.status, check_status = excluded.check_status,"
            " local_state = excluded.local_state, category_id = excluded.category_id,"
            " min_price_fen = excluded.min_price_fen, max_price_fen = excluded.max_price_fen,"
            " total_stock = excluded.total_stock, pics_json = excluded.pics_json,"
            " platform_updated = excluded.platform_updated, content_hash = excluded.content_hash,"
            " synced_at = excluded.synced_at", rows)
        # Linked products whose platform version differs from the one last reconciled
        # (a new link has an empty base): from the stored mirror, so unchanged
        # listings (no detail fetched this time) are covered too.
        links = ctx.db.execute_sql(
            "SELECT l.product_id, l.local_updated_at, p.updated_at, " + _PP_COLUMNS +
            " FROM platform_product_link l JOIN product p ON p.id = l.product_id"
            " JOIN platform_product pp ON pp.shop_id = l.shop_id AND pp.product_id = l.platform_product_id"
            " WHERE l.shop_id = ? AND pp.content_hash <> l.base_hash", (shop_id,)).fetchall()
        by_id = {p.product_id: p for p in products}
        for local_id, local_seen, local_now, *pp in links:
            p = by_id.get(pp[0]) or _row_product(pp)
            if local_now != local_seen:
                run.conflicts += _record_conflict(ctx, local_id, p)
                continue
            try:
                with ctx.db.savepoint():  # a product the schema refuses becomes a conflict
                    _apply(ctx, shop_id, local_id, p)
                touched += 1
            except peewee.IntegrityError:
                run.conflicts += _record_conflict(ctx, local_id, p)
        run.local_created = platform_records.create_missing(ctx, shop_id, products, run)
        touched += run.local_created
        if run.created or run.updated:
            history.record(ctx, "platform.products", shop_id=shop_id, subject=text("抖店商品"),
                           detail=text("新增 {created} 个，更新 {updated} 个（共 {n} 个）", created=run.created,
                                       updated=run.updated, n=run.fetched))
            touched += 1
    return touched


def _record_conflict(ctx: ServiceContext, local_id: int, p: PlatformProduct) -> int:
    # The fields only (not content_hash cached beside them): the text resolve_conflict rebuilds from.
    stored = json.dumps({f.name: getattr(p, f.name) for f in fields(p)}, ensure_ascii=False, sort_keys=True)
    open_row = ctx.db.execute_sql("SELECT id, platform_json FROM platform_conflict WHERE product_id = ?"
                                  " AND resolved_at IS NULL", (local_id,)).fetchone()
    if open_row and open_row[1] == stored:
        return 1  # already shown to the user; nothing new
    if open_row:
        ctx.db.execute_sql("UPDATE platform_conflict SET platform_json = ?, found_at = ? WHERE id = ?",
                           (stored, ctx.now_iso(), open_row[0]))
    else:
        ctx.db.execute_sql("INSERT INTO platform_conflict (product_id, platform_product_id, platform_json, found_at)"
                           " VALUES (?, ?, ?, ?)", (local_id, p.product_id, stored, ctx.now_iso()))
    history.record(ctx, "platform.conflict", product_id=local_id, subject=p.name or p.product_id,
                   detail=text("本地修改过，抖店也有变化（{state}）：等待选择保留哪一边", state=p.state_text))
    return 1


def _apply(ctx: ServiceContext, shop_id: int, local_id: int, p: PlatformProduct) -> None:
    """Bring a linked local product to the platform's state and title (one history row)."""
    state, title, main_image = ctx.db.execute_sql("SELECT state, title, main_image FROM product WHERE id = ?",
                                                  (local_id,)).fetchone()
    notes = []
    target = p.local_state
    if target is not None and target != state:
        path = ps.state_path(state, target)
        if path is None:
            notes.append(text("本地为「{state}」，按商品状态规则无法变为「{target}」", state=text(st.STATE_LABELS[state]),
                               target=text(st.STATE_LABELS[target])))
        else:
            now = ctx.now_iso()
            for step in path:
                ctx.db.execute_sql("UPDATE product SET state = ?, updated_at = ? WHERE id = ?", (step, now, local_id))
            notes.append(text("状态 {state} → {target}", state=text(st.STATE_LABELS[state]),
                               target=text(st.STATE_LABELS[target])))
    if p.name and p.name != title:
        ctx.db.execute_sql("UPDATE product SET title = ?, updated_at = ? WHERE id = ?", (p.name, ctx.now_iso(), local_id))
        notes.append(text("标题改为「{title}」", title=p.name))
    if platform_records.is_record(main_image):
        notes.append(platform_records.apply_content(ctx, local_id, p) or "")
    updated_at = ctx.db.execute_sql("SELECT updated_at FROM product WHERE id = ?", (local_id,)).fetchone()[0]
    ctx.db.execute_sql("UPDATE platform_product_link SET base_hash = ?, local_updated_at = ? WHERE product_id = ?",
                       (p.content_hash, updated_at, local_id))
    history.record(ctx, "platform.product", shop_id=shop_id, product_id=local_id, subject=p.name or p.product_id,
                   detail=joined("；", [n for n in notes if n]) if any(notes) else text("抖店：{state}", state=p.state_text))


# ---------------------------------------------------------------- links and conflicts


@service
def link_product(ctx: ServiceContext, product_id: int, platform_product_id: str) -> Outcome:
    """Link a local product to a pulled platform product (same shop); the next pull keeps them in step."""
    pid = str(platform_product_id).strip()
    row = ctx.db.execute_sql("SELECT shop_id, title, updated_at FROM product WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        raise NotFound(text("商品不存在或已删除"))
    shop_id, title, updated_at = row
    pp = ctx.db.execute_sql("SELECT name FROM platform_product WHERE shop_id = ? AND product_id = ?",
                            (shop_id, pid)).fetchone()
    if pp is None:
        raise InvalidInput(text("本店没有抖店商品 {id}：请先拉取商品。", id=pid), "product_id")
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        taken = ctx.db.execute_sql("SELECT product_id FROM platform_product_link WHERE shop_id = ?"
                                   " AND platform_product_id = ?", (shop_id, pid)).fetchone()
        if taken and taken[0] != product_id:
            raise InvalidInput(text("抖店商品 {id} 已关联到本地商品 #{local}。", id=pid, local=taken[0]), "product_id")
        # base_hash empty: the first pull after linking compares and applies (or reports a conflict).
        ctx.db.execute_sql(
            "INSERT INTO platform_product_link (product_id, shop_id, platform_product_id, base_hash,"
            " local_updated_at, linked_at) VALUES (?, ?, ?, '', ?, ?) ON CONFLICT (product_id) DO UPDATE SET"
            " platform_product_id = excluded.platform_product_id, base_hash = '',"
            " local_updated_at = excluded.local_updated_at, linked_at = excluded.linked_at",
            (product_id, shop_id, pid, updated_at, ctx.now_iso()))
        history.record(ctx, "platform.link", shop_id=shop_id, product_id=product_id, subject=title or text("商品 #{id}", id=product_id),
                       detail=text("关联抖店商品 {id}（{name}）", id=pid, name=pp[0]))
    return Outcome(frozenset({changes.PRODUCTS, changes.HISTORY, PLATFORM}))


@dataclass(frozen=True)
class ConflictRow:
    id: int
    product_id: int
    local_title: str
    local_state: str
    platform_product_id: str
    platform_name: str
    platform_state: str | None
    platform_state_text: str
    found_at: str


@service
def list_conflicts(ctx: ServiceContext, shop_id: int) -> list[ConflictRow]:
    rows = ctx.db.execute_sql(
        "SELECT c.id, c.product_id, p.title, p.state, c.platform_product_id, c.platform_json, c.found_at"
        " FROM platform_conflict c JOIN product p ON p.id = c.product_id"
        " WHERE p.shop_id = ? AND c.resolved_at IS NULL ORDER BY c.id", (shop_id,)).fetchall()
    out = []
    for r in rows:
        d = json.loads(r[5])
        out.append(ConflictRow(r[0], r[1], r[2], r[3], r[4], d.get("name", ""), d.get("local_state"),
                               ps.describe(d.get("status"), d.get("check_status")), r[6]))
    return out


@service
def resolve_conflict(ctx: ServiceContext, conflict_id: int, keep: str) -> Outcome:
    """``keep="local"``: this copy stays as it is; ``keep="platform"``: take the platform's state and title."""
    if keep not in ("local", "platform"):
        raise InvalidInput(text("请选择保留本地还是采用抖店"), "keep")
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        row = ctx.db.execute_sql(
            "SELECT c.product_id, c.platform_json, p.shop_id, p.updated_at FROM platform_conflict c"
            " JOIN product p ON p.id = c.product_id WHERE c.id = ? AND c.resolved_at IS NULL", (conflict_id,)).fetchone()
        if row is None:
            raise NotFound(text("冲突已处理或不存在"))
        local_id, stored, shop_id, updated_at = row
        d = json.loads(stored)
        d["pics"] = tuple(d.get("pics") or ())
        d["specs"] = tuple((n, tuple(v)) for n, v in d.get("specs") or ())
        d["skus"] = tuple((tuple(c), *rest) for c, *rest in d.get("skus") or ())
        d["attributes"] = tuple((k, tuple(v)) for k, v in d.get("attributes") or ())
        p = PlatformProduct(**d)
        if keep == "platform":
            _apply(ctx, shop_id, local_id, p)
        else:
            ctx.db.execute_sql("UPDATE platform_product_link SET base_hash = ?, local_updated_at = ?"
                               " WHERE product_id = ?", (p.content_hash, updated_at, local_id))
            history.record(ctx, "platform.conflict", shop_id=shop_id, product_id=local_id, subject=p.name,
                           detail="保留本地版本，不采用抖店的变化")
        ctx.db.execute_sql("UPDATE platform_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
                           (ctx.now_iso(), keep, conflict_id))
    return Outcome(frozenset({changes.PRODUCTS, changes.HISTORY, PLATFORM}))


_PP_COLUMNS = ("pp.product_id, pp.name, pp.status, pp.check_status, pp.local_state, pp.category_id,"
               " pp.min_price_fen, pp.max_price_fen, pp.total_stock, pp.pics_json, pp.platform_updated,"
               " pp.content_hash")


def _row_product(r) -> PlatformProduct:
    return PlatformProduct(*r[:9], tuple(json.loads(r[9])), r[10], stored_hash=r[11])


@service
def list_platform_products(ctx: ServiceContext, shop_id: int, limit: int = 20000) -> list[PlatformProduct]:
    rows = ctx.db.execute_sql(
        f"SELECT {_PP_COLUMNS} FROM platform_product pp WHERE pp.shop_id = ? ORDER BY pp.product_id LIMIT ?",
        (shop_id, limit)).fetchall()
    return [_row_product(r) for r in rows]
