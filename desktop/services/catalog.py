"""The category tree (product creation step 1): browse, search, the shipped sample, importing a real tree.

The tree lives in the ``category`` / ``category_attribute`` tables; the rules
about its shape are in ``desktop.domain.categories``. An import replaces the
whole tree in ONE transaction: a file that fails any check is refused with the
place of the problem and the current tree is left exactly as it was.
"""
from __future__ import annotations

import json
import logging
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop import paths as app_paths
from desktop.domain.messages import text
from desktop.domain import categories as dom
from desktop.domain.categories import AttributeDef, CategoryNode, CategorySearchIndex, TreeFormatError
from desktop.services import changes, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, ServiceError
from desktop.store import sqlcompat

log = logging.getLogger("shopdesk")

SAMPLE_TREE = ("categories", "sample_tree.json")
MAX_IMPORT_BYTES = 64 * 1024 * 1024
_CHUNK = 500


@dataclass(frozen=True)
class LeafInfo:
    id: int
    name: str
    path: list[str]
    attributes: list[AttributeDef]
    path_ids: list[int] = field(default_factory=list)

    @property
    def path_text(self) -> str:
        return dom.path_text(self.path)


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    is_leaf: bool
    has_children: bool


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    path_text: str


@dataclass(frozen=True)
class ImportResult:
    nodes: int
    leaves: int
    attributes: int
    hidden: int  # disabled by the platform (or under a disabled node)
    retired: int  # no longer in the tree but kept (hidden) because products use them


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(text("已取消导入，类目没有任何改动。"))


# ---------------------------------------------------------------- reading


@service
def get_leaf(ctx: ServiceContext, category_id: int) -> LeafInfo:
    """An enabled leaf with its path and attributes; InvalidInput otherwise (only leaves hold products)."""
    row = ctx.db.execute_sql(
        "SELECT id, parent_id, name, is_leaf, enabled FROM category WHERE id = ?", (category_id,)
    ).fetchone()
    if row is None:
        raise InvalidInput(text("类目 {category_id} 不存在，请重新选择类目。", category_id=category_id), "category")
    if not row[4]:
        raise InvalidInput(text("类目「{name}」已停用或已不在当前类目树中，请重新选择类目。", name=row[2]), "category")
    if not row[3]:
        raise InvalidInput(text("「{name}」不是叶子类目：只有最末级类目可以发布商品，请继续选择下级。", name=row[2]), "category")
    names, ids = [row[2]], [row[0]]
    parent = row[1]
    while parent is not None and len(ids) < dom.MAX_LEVEL:
        prow = ctx.db.execute_sql("SELECT id, parent_id, name FROM category WHERE id = ?", (parent,)).fetchone()
        if prow is None:
            break
        names.insert(0, prow[2])
        ids.insert(0, prow[0])
        parent = prow[1]
    return LeafInfo(row[0], row[2], names, attributes(ctx, row[0]), ids)


@service
def attributes(ctx: ServiceContext, category_id: int) -> list[AttributeDef]:
    rows = ctx.db.execute_sql(
        "SELECT id, property_id, name, required, type, options, unit FROM category_attribute"
        " WHERE category_id = ? ORDER BY position, id",
        (category_id,),
    ).fetchall()
    return [
        AttributeDef(r[0], _property_id(r[1]), r[2], bool(r[3]), r[4], json.loads(r[5]), r[6]) for r in rows
    ]


def _property_id(text: str) -> int | str:
    return int(text) if text.isascii() and text.isdigit() else text


@service
def children(ctx: ServiceContext, parent_id: int | None) -> list[CategoryRow]:
    """Visible children of a node (first level when None), in the platform's order."""
    where = "c.parent_id IS NULL" if parent_id is None else "c.parent_id = ?"
    args = () if parent_id is None else (parent_id,)
    rows = ctx.db.execute_sql(
        "SELECT c.id, c.name, c.is_leaf,"
        " EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id AND k.enabled = 1)"
        f" FROM category c WHERE {where} AND c.enabled = 1 ORDER BY c.id",
        args,
    ).fetchall()
    return [CategoryRow(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]


@service
def path_texts(ctx: ServiceContext, ids: list[int]) -> dict[int, str]:
    """Full paths for many categories at once (for tables of products)."""
    result: dict[int, str] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for cid, path in ctx.db.execute_sql(f"SELECT id, path FROM category WHERE id IN ({marks})", chunk):
            result[cid] = path
    return result


@service
def is_sample(ctx: ServiceContext) -> bool:
    """True when the tree in use is the shipped sample (the picker labels it 示例类目)."""
    row = ctx.db.execute_sql("SELECT 1 FROM category WHERE source = 'sample' AND enabled = 1 LIMIT 1").fetchone()
    return row is not None


# One prepared index per open database, rebuilt after the tree changes.
_indexes: "weakref.WeakKeyDictionary[object, CategorySearchIndex]" = weakref.WeakKeyDictionary()


@service
def search(ctx: ServiceContext, text: str, limit: int = 50) -> list[SearchHit]:
    """Enabled leaves whose name (or an ancestor's) contains ``text``, with their full path."""
    if not text.strip():
        return []
    return [SearchHit(m.id, m.name, m.path_text) for m in prepare_search(ctx).search(text, limit)]


@service
def prepare_search(ctx: ServiceContext) -> CategorySearchIndex:
    """Build the search index now (≈ 30 ms for 20,000 nodes) so no keystroke pays for it."""
    index = _indexes.get(ctx.db)
    if index is None:
        index = _build_index(ctx)
        _indexes[ctx.db] = index
    return index


def _build_index(ctx: ServiceContext) -> CategorySearchIndex:
    rows = ctx.db.execute_sql("SELECT id, name, path FROM category WHERE is_leaf = 1 AND enabled = 1").fetchall()
    return CategorySearchIndex(rows)


def _invalidate_index(ctx: ServiceContext) -> None:
    _indexes.pop(ctx.db, None)


# ---------------------------------------------------------------- writing


@service
def ensure_sample_tree(ctx: ServiceContext) -> Outcome:
    """Load the shipped 示例类目 when there is no tree at all (first start)."""
    if ctx.db.execute_sql("SELECT 1 FROM category LIMIT 1").fetchone():
        return Outcome()
    source = app_paths.resource_path(*SAMPLE_TREE)
    try:
        nodes = dom.parse_tree_text(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TreeFormatError) as exc:
        # A broken installation must not stop the app: the picker is just empty until an import.
        log.warning("sample category tree %s not loaded: %s", source, getattr(exc, "message", exc))
        return Outcome()
    with ctx.db.atomic("IMMEDIATE"):
        if ctx.db.execute_sql("SELECT 1 FROM category LIMIT 1").fetchone():
            return Outcome()  # another window got there first
        result = _replace_tree(ctx, nodes, "sample")
    _invalidate_index(ctx)
    return Outcome(frozenset({changes.CATEGORIES}), result)


@service
def import_tree_json(
    ctx: ServiceContext,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Outcome:
    """Replace the category tree with the one in an open-API JSON file.

    Malformed files are refused with the line/column (JSON syntax) or the node
    and field (shape); nothing is written then. Categories that products still
    use but the new tree lacks are kept, hidden, so those products stay valid
    data (their editor asks for a new category).
    """
    path = Path(path)
    nodes = read_tree_file(path, is_cancelled)
    return import_nodes(ctx, nodes, path.name, progress=progress, is_cancelled=is_cancelled)


@service
def import_nodes(
    ctx: ServiceContext,
    nodes: list[CategoryNode],
    subject: str,
    *,
    action: str = "category.import",
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Outcome:
    """Replace the tree with already parsed ``nodes`` (a file, or a pull from the platform), all or nothing."""
    try:
        dom.validate_tree(nodes)
    except TreeFormatError as exc:
        raise InvalidInput(text("类目树有问题，未导入，现有类目保持不变。\n{reason}", reason=exc.message), "file") from exc
    try:
        with ctx.db.atomic("IMMEDIATE"):
            # A damaged UNIQUE index (category_id, property_id) would let duplicates in.
            from desktop.services.check import ensure_tables_sound

            ensure_tables_sound(ctx, ("category", "category_attribute"))
            result = _replace_tree(ctx, nodes, "imported", progress, is_cancelled)
            history.record(
                ctx,
                action,
                subject=subject,
                detail=(
                    text("导入 {nodes} 个类目（{leaves} 个叶子类目，{attributes} 个属性，{hidden} 个停用）；{retired} 个旧类目因仍有商品使用而保留为停用",
                         nodes=result.nodes, leaves=result.leaves, attributes=result.attributes, hidden=result.hidden, retired=result.retired)
                ),
            )
    finally:
        _invalidate_index(ctx)
    prepare_search(ctx)  # on the importing (worker) thread, not on the user's first keystroke
    return Outcome(frozenset({changes.CATEGORIES, changes.HISTORY}), result)


def read_tree_file(path: Path, is_cancelled: Callable[[], bool] | None = None) -> list[CategoryNode]:
    """Read, parse and validate a category file without touching the database."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(text("无法读取类目文件 {name}：{reason}", name=path.name, reason=exc.strerror or exc), "file") from exc
    if size > MAX_IMPORT_BYTES:
        raise InvalidInput(text("类目文件 {name} 太大（{size:,} 字节，上限 64 MB）。", name=path.name, size=size), "file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(text("无法读取类目文件 {name}：{reason}", name=path.name, reason=exc.strerror or exc), "file") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            text("类目文件 {name} 不是 UTF-8 编码：第 {line} 行（第 {start} 字节）有无法识别的字符。",
                 name=path.name, line=line, start=exc.start), "file"
        ) from exc
    try:
        return dom.parse_tree_text(content, is_cancelled)
    except dom.TreeImportCancelled:
        raise ImportCancelled() from None
    except TreeFormatError as exc:
        raise InvalidInput(text("类目文件 {name} 有问题，未导入，现有类目保持不变。\n{reason}", name=path.name, reason=exc.message), "file") from exc


def _referencing_columns(ctx: ServiceContext) -> list[tuple[str, str]]:
    """(table, column) pairs with a foreign key to category, other than the tree's own tables."""
    return [(t, c) for t, c in sqlcompat.foreign_keys_to(ctx.db, "category") if t not in ("category", "category_attribute")]


def _in_use(ctx: ServiceContext) -> set[int]:
    used: set[int] = set()
    for table, column in _referencing_columns(ctx):
        rows = ctx.db.execute_sql(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
        used.update(r[0] for r in rows)
    return used


class _Steps:
    """Progress and cancellation between chunks of an import."""

    def __init__(self, total: int, progress=None, is_cancelled=None) -> None:
        self.total, self.done = total, 0
        self.progress, self.is_cancelled = progress, is_cancelled

    def __call__(self, count: int) -> None:
        self.done += count
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _used_leaving(ctx, existing: dict, new_ids: set) -> set[int]:
    """Used categories leaving the tree, with their ancestors: they stay (hidden) so FKs hold."""
    keep: set[int] = set()
    for cid in _in_use(ctx):
        while cid is not None and cid in existing and cid not in new_ids and cid not in keep:
            keep.add(cid)
            cid = existing[cid]
    return keep


def _clear_old_tree(ctx, existing: dict, new_ids: set, keep: set) -> None:
    ctx.db.execute_sql("DELETE FROM category_attribute")
    # Hide everything first: the triggers then check each node against its NEW parent only.
    ctx.db.execute_sql("UPDATE category SET enabled = 0 WHERE enabled = 1")
    stale = [(cid,) for cid in existing if cid not in new_ids and cid not in keep]
    for start in range(0, len(stale), _CHUNK):
        sqlcompat.executemany(ctx.db, "DELETE FROM category WHERE id = ?", stale[start:start + _CHUNK])


_UPSERT_CATEGORY = (
    "INSERT INTO category (id, parent_id, name, level, is_leaf, enabled, source, path)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name,"
    " level = excluded.level, is_leaf = excluded.is_leaf, enabled = excluded.enabled,"
    " source = excluded.source, path = excluded.path"
)


def _write_nodes(ctx, nodes, source, enabled: dict, step: _Steps) -> None:
    node_paths = dom.paths(nodes)
    ordered = dom.in_tree_order(nodes)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        rows = [(n.id, n.parent_id, n.name, n.level, int(n.is_leaf), int(enabled[n.id]), source,
                 dom.path_text(node_paths[n.id])) for n in chunk]
        sqlcompat.executemany(ctx.db, _UPSERT_CATEGORY, rows)
        step(len(chunk))


def _write_attributes(ctx, nodes) -> int:
    attr_rows = [
        (n.id, str(a.property_id), a.name, int(a.required), a.type,
         json.dumps(a.options, ensure_ascii=False), a.unit, pos)
        for n in nodes
        for pos, a in enumerate(n.attributes)
    ]
    for start in range(0, len(attr_rows), _CHUNK * 4):
        sqlcompat.executemany(
            ctx.db,
            "INSERT INTO category_attribute (category_id, property_id, name, required, type, options, unit, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            attr_rows[start:start + _CHUNK * 4],
        )
    return len(attr_rows)


def _replace_tree(ctx, nodes, source, progress=None, is_cancelled=None) -> ImportResult:
    """Swap the tree inside the caller's transaction."""
    total = len(nodes)
    step = _Steps(total, progress, is_cancelled)
    new_ids = {n.id for n in nodes}
    existing = dict(ctx.db.execute_sql("SELECT id, parent_id FROM category").fetchall())
    keep = _used_leaving(ctx, existing, new_ids)
    _clear_old_tree(ctx, existing, new_ids, keep)
    enabled = dom.effective_enabled(nodes)
    _write_nodes(ctx, nodes, source, enabled, step)
    attributes = _write_attributes(ctx, nodes)
    step(0)
    return ImportResult(
        nodes=total,
        leaves=sum(1 for n in nodes if n.is_leaf and enabled[n.id]),
        attributes=attributes,
        hidden=sum(1 for v in enabled.values() if not v),
        retired=len(keep),
    )
