"""The category tree service: the shipped sample, browsing, search, and whole-tree import."""
from __future__ import annotations

import json

import pytest
from peewee import IntegrityError

from desktop.services import catalog, history
from desktop.services.errors import InvalidInput
from tests.domain.test_categories_rules import node, small_tree


def all_leaves(ctx, parent=None):
    found = []
    for row in catalog.children(ctx, parent):
        if row.is_leaf:
            found.append(row)
        else:
            found.extend(all_leaves(ctx, row.id))
    return found


def tree_snapshot(ctx):
    return (
        ctx.db.execute_sql("SELECT * FROM category ORDER BY id").fetchall(),
        ctx.db.execute_sql("SELECT * FROM category_attribute ORDER BY id").fetchall(),
    )


def write(tmp_path, payload, name="tree.json") -> object:
    path = tmp_path / name
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def test_sample_tree_is_loaded_at_start_and_labelled(ctx):
    assert catalog.is_sample(ctx)
    first = catalog.children(ctx, None)
    assert len(first) >= 12
    names = {r.name for r in first}
    assert {"服饰内衣", "美妆", "食品饮料", "母婴", "家居日用", "数码", "家电", "图书", "宠物"} <= names
    leaves = all_leaves(ctx)
    assert len(leaves) >= 80
    required_somewhere = 0
    for leaf in leaves:
        info = catalog.get_leaf(ctx, leaf.id)
        assert 2 <= len(info.attributes) <= 6, info.path_text
        assert 2 <= len(info.path) <= 4
        required_somewhere += any(a.required for a in info.attributes)
        for attr in info.attributes:
            assert attr.type in ("text", "single", "multi", "number", "date")
            assert bool(attr.options) == (attr.type in ("single", "multi"))
            assert (attr.unit is not None) == (attr.type == "number")
    assert required_somewhere >= len(leaves) // 2
    types = {a.type for leaf in leaves for a in catalog.get_leaf(ctx, leaf.id).attributes}
    assert types == {"text", "single", "multi", "number", "date"}


def test_ensure_sample_tree_does_nothing_when_a_tree_exists(ctx):
    before = tree_snapshot(ctx)
    assert catalog.ensure_sample_tree(ctx).changes == frozenset()
    assert tree_snapshot(ctx) == before


def test_disabled_sample_nodes_stay_hidden(ctx):
    disabled = ctx.db.execute_sql("SELECT id, name, is_leaf FROM category WHERE enabled = 0").fetchall()
    assert disabled, "the sample includes disabled nodes"
    visible_ids = {r.id for r in catalog.children(ctx, None)} | {r.id for r in all_leaves(ctx)}
    for cid, name, is_leaf in disabled:
        assert cid not in visible_ids
        assert not any(h.id == cid for h in catalog.search(ctx, name))
        if is_leaf:
            with pytest.raises(InvalidInput, match="停用"):
                catalog.get_leaf(ctx, cid)


def test_get_leaf_refuses_non_leaf_and_unknown(ctx):
    top = catalog.children(ctx, None)[0]
    with pytest.raises(InvalidInput, match="不是叶子类目"):
        catalog.get_leaf(ctx, top.id)
    with pytest.raises(InvalidInput, match="不存在"):
        catalog.get_leaf(ctx, 123)


def test_search_by_part_of_a_name_returns_full_paths(ctx):
    hits = catalog.search(ctx, "连衣")
    assert [h.path_text for h in hits] == ["服饰内衣 > 女装 > 裙装 > 连衣裙"]
    leaf = catalog.get_leaf(ctx, hits[0].id)
    assert leaf.path == ["服饰内衣", "女装", "裙装", "连衣裙"] and len(leaf.path_ids) == 4
    assert all(" > " in h.path_text for h in catalog.search(ctx, "茶"))
    assert catalog.search(ctx, "") == []
    assert catalog.path_texts(ctx, [hits[0].id]) == {hits[0].id: "服饰内衣 > 女装 > 裙装 > 连衣裙"}


def test_import_replaces_the_tree_in_one_go(ctx, tmp_path):
    outcome = catalog.import_tree_json(ctx, write(tmp_path, {"code": 10000, "data": small_tree()}))
    assert outcome.value.nodes == 7 and outcome.value.leaves == 2 and outcome.value.hidden == 2
    assert not catalog.is_sample(ctx)
    assert [r.name for r in catalog.children(ctx, None)] == ["服饰内衣", "食品饮料"]
    assert [h.path_text for h in catalog.search(ctx, "裙")] == ["服饰内衣 > 女装 > 连衣裙"]
    assert catalog.search(ctx, "半身裙") == []  # the sample's leaves are gone
    leaf = catalog.get_leaf(ctx, 3)
    assert [a.name for a in leaf.attributes] == ["品牌", "材质", "衣长", "上市时间", "适用季节"]
    logged = ctx.db.execute_sql("SELECT action, subject, outcome FROM history").fetchall()
    assert ("category.import", "tree.json", "ok") in logged
    assert history.action_label("category.import") == "导入类目"


@pytest.mark.parametrize(
    "payload, expected",
    [
        # The missing comma: line 2, at the column where "level" starts (counted from 1).
        ('{"data": [\n  {"id": 1, "name": "A" "level": 1}\n]}',
         "第 2 行第 {} 列".format('  {"id": 1, "name": "A" "level": 1}'.index('"level"') + 1)),
        ({"data": [node(1, "A", 1), {"id": 2, "level": 2, "parent_id": 1, "is_leaf": True}]},
         "第 2 个类目节点（id=2），字段 name"),
        ({"data": [node(1, "一", 1), node(2, "二", 2, 1), node(3, "三", 3, 2), node(4, "四", 4, 3),
                   node(5, "五", 5, 4, leaf=True)]}, "类目最多 4 级"),
        ({"data": []}, "没有类目节点"),
    ],
)
def test_malformed_import_is_refused_and_the_tree_stays(ctx, tmp_path, payload, expected):
    before = tree_snapshot(ctx)
    with pytest.raises(InvalidInput) as err:
        catalog.import_tree_json(ctx, write(tmp_path, payload))
    assert expected in err.value.message and "现有类目保持不变" in err.value.message
    assert tree_snapshot(ctx) == before
    assert catalog.is_sample(ctx)


def test_undecodable_and_missing_files(ctx, tmp_path):
    bad = tmp_path / "gbk.json"
    bad.write_bytes('{"data": []}\n"类目"'.encode("gbk"))
    with pytest.raises(InvalidInput, match="UTF-8.*第 2 行"):
        catalog.import_tree_json(ctx, bad)
    with pytest.raises(InvalidInput, match="无法读取"):
        catalog.import_tree_json(ctx, tmp_path / "missing.json")


def test_cancelled_import_leaves_the_tree(ctx, tmp_path):
    before = tree_snapshot(ctx)
    seen = []
    with pytest.raises(catalog.ImportCancelled):
        catalog.import_tree_json(
            ctx, write(tmp_path, small_tree()), progress=lambda d, t: seen.append((d, t)), is_cancelled=lambda: True
        )
    assert tree_snapshot(ctx) == before
    assert catalog.search(ctx, "半身裙")  # the index was not left pointing at the aborted tree


def dangling_refs(ctx) -> int:
    return ctx.db.execute_sql(
        "SELECT COUNT(*) FROM test_ref r WHERE NOT EXISTS (SELECT 1 FROM category c WHERE c.id = r.category_id)"
    ).fetchone()[0]


def test_reimport_keeps_used_categories_hidden(ctx, tmp_path):
    # Any table with a foreign key to category counts as "in use" (products do this in m0004).
    ctx.db.execute_sql("CREATE TABLE test_ref (category_id INTEGER REFERENCES category(id))")
    used = catalog.search(ctx, "连衣裙")[0].id
    ctx.db.execute_sql("INSERT INTO test_ref (category_id) VALUES (?)", (used,))
    outcome = catalog.import_tree_json(ctx, write(tmp_path, small_tree()))
    assert outcome.value.retired == 4  # the used leaf and its three ancestors
    row = ctx.db.execute_sql("SELECT enabled FROM category WHERE id = ?", (used,)).fetchone()
    assert row == (0,)
    with pytest.raises(InvalidInput, match="停用"):
        catalog.get_leaf(ctx, used)
    assert dangling_refs(ctx) == 0
    # The same file again: nothing new to retire, still consistent.
    catalog.import_tree_json(ctx, write(tmp_path, small_tree()))
    assert dangling_refs(ctx) == 0


def test_import_can_move_nodes_and_turn_a_parent_into_a_leaf(ctx, tmp_path):
    catalog.import_tree_json(ctx, write(tmp_path, small_tree()))
    moved = [
        node(1, "服饰内衣", 1),
        node(2, "女装", 2, 1, leaf=True),  # was a parent of 3
        node(4, "食品饮料", 1),
        node(8, "饮品", 2, 4),
        node(3, "连衣裙（新位置）", 3, 8, leaf=True),
    ]
    catalog.import_tree_json(ctx, write(tmp_path, moved, "moved.json"))
    assert catalog.get_leaf(ctx, 3).path == ["食品饮料", "饮品", "连衣裙（新位置）"]
    assert catalog.get_leaf(ctx, 2).path == ["服饰内衣", "女装"]


def test_store_triggers_guard_the_shape(ctx):
    leaf = catalog.search(ctx, "连衣裙")[0].id
    with pytest.raises(IntegrityError), ctx.db.atomic():
        ctx.db.execute_sql(
            "INSERT INTO category (id, parent_id, name, level, is_leaf, enabled, source, path)"
            " VALUES (1, ?, '子', 5, 1, 1, 'imported', 'x')", (leaf,))
    with pytest.raises(IntegrityError), ctx.db.atomic():
        ctx.db.execute_sql(
            "INSERT INTO category (id, parent_id, name, level, is_leaf, enabled, source, path)"
            " VALUES (1, ?, '子', 4, 1, 1, 'imported', 'x')", (leaf,))  # under a leaf
    top = catalog.children(ctx, None)[0].id
    with pytest.raises(IntegrityError), ctx.db.atomic():
        ctx.db.execute_sql("UPDATE category SET is_leaf = 1 WHERE id = ?", (top,))
    with pytest.raises(IntegrityError), ctx.db.atomic():
        ctx.db.execute_sql(
            "INSERT INTO category_attribute (category_id, property_id, name, required, type, options)"
            " VALUES (?, 'p', '颜色', 1, 'single', '[]')", (leaf,))


def test_missing_sample_file_does_not_stop_the_app(data_dir, clock, monkeypatch, tmp_path):
    from desktop import paths
    from desktop.services.session import open_session

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere")
    ctx = open_session(data_dir, clock=clock)
    try:
        assert catalog.children(ctx, None) == [] and not catalog.is_sample(ctx)
        assert catalog.search(ctx, "裙") == []
    finally:
        ctx.db.close()


def test_unicode_digit_ids_refused_with_the_place_and_tree_kept(ctx, tmp_path):
    """"²" is a digit to Python but not an ID: refused clearly, nothing written (was a bare ValueError)."""
    before = tree_snapshot(ctx)
    for field, where in (("id", "字段 id"), ("property_id", "字段 property_id")):
        tree = small_tree()
        if field == "id":
            tree[4]["id"] = "²"
        else:
            tree[2]["properties"][0]["property_id"] = "²"
        with pytest.raises(InvalidInput) as exc:
            catalog.import_tree_json(ctx, write(tmp_path, tree))
        assert where in exc.value.message and "0–9" in exc.value.message
    assert tree_snapshot(ctx) == before


def test_a_stored_non_ascii_property_id_does_not_break_the_leaf(ctx, tmp_path):
    catalog.import_tree_json(ctx, write(tmp_path, small_tree()))
    with ctx.db.atomic():  # as an older version could have stored it
        ctx.db.execute_sql("UPDATE category_attribute SET property_id = '²' WHERE category_id = 3 AND position = 0")
    leaf = catalog.get_leaf(ctx, 3)
    assert leaf.attributes[0].property_id == "²"


def test_import_cancelled_while_checking_the_file_changes_nothing(ctx, tmp_path):
    before = tree_snapshot(ctx)
    big = [node(1, "根", 1)] + [node(i, f"类目{i}", 2, 1, leaf=True) for i in range(2, 5002)]
    with pytest.raises(catalog.ImportCancelled):
        catalog.import_tree_json(ctx, write(tmp_path, big), is_cancelled=lambda: True)
    assert tree_snapshot(ctx) == before
