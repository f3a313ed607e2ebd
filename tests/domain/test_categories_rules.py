"""The category tree's shape (≤ 4 levels, products only on leaves), the import format, and search."""
from __future__ import annotations

import json

import pytest

from desktop.domain import categories as cat
from desktop.domain.categories import TreeFormatError


def node(id, name, level, parent=0, leaf=False, enable=True, props=None):
    d = {"id": id, "name": name, "level": level, "parent_id": parent, "is_leaf": leaf, "enable": enable}
    if props is not None:
        d["properties"] = props
    return d


def small_tree() -> list[dict]:
    return [
        node(1, "服饰内衣", 1),
        node(2, "女装", 2, 1),
        node(3, "连衣裙", 3, 2, leaf=True, props=[
            {"property_id": 11, "property_name": "品牌", "type": "text", "required": 1},
            {"property_id": 12, "property_name": "材质", "type": "select", "required": True,
             "options": [{"name": "棉", "value": "1"}, {"name": "真丝", "value": "2"}]},
            {"property_id": "13", "property_name": "衣长", "type": "measure", "unit": "cm"},
            {"property_id": 14, "property_name": "上市时间", "type": "timestamp"},
            {"property_id": 15, "property_name": "适用季节", "type": "multi_select",
             "options": [{"name": "春", "value": 1}, {"name": "夏", "value": 2}]},
        ]),
        node(4, "食品饮料", 1),
        node(5, "茶叶", 2, 4, leaf=True),
        node(6, "停用类目", 1, enable=False),
        node(7, "停用子类", 2, 6, leaf=True),
    ]


def parse(nodes, wrap=True) -> list[cat.CategoryNode]:
    return cat.parse_tree_text(json.dumps({"code": 10000, "data": nodes} if wrap else nodes, ensure_ascii=False))


def test_open_api_types_are_mapped():
    nodes = parse(small_tree())
    attrs = {str(a.property_id): a for a in nodes[2].attributes}
    assert [a.type for a in nodes[2].attributes] == ["text", "single", "number", "date", "multi"]
    assert attrs["11"].required and attrs["12"].required and not attrs["13"].required
    assert attrs["12"].options == ["棉", "真丝"]
    assert attrs["13"].unit == "cm" and attrs["13"].property_id == 13  # ASCII digit text → the integer
    assert attrs["11"].property_id == 11


def test_bare_list_and_nested_data_are_accepted():
    assert len(parse(small_tree(), wrap=False)) == 7
    text = json.dumps({"data": {"data": small_tree()}})
    assert len(cat.parse_tree_text(text)) == 7


def test_json_syntax_error_gives_line_and_column():
    text = '{\n  "data": [\n    {"id": 1, "name": "x",, "level": 1}\n  ]\n}'
    with pytest.raises(TreeFormatError) as err:
        cat.parse_tree_text(text)
    assert "第 3 行第 27 列" in err.value.message


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda t: t[1].pop("name"), "第 2 个类目节点（id=2），字段 name"),
        (lambda t: t[1].update(id="abc"), "第 2 个类目节点（id=abc），字段 id"),
        (lambda t: t[2].update(is_leaf="maybe"), "（id=3），字段 is_leaf"),
        (lambda t: t[4].update(parent_id=99), "（id=5），字段 parent_id：上级类目 99 不在文件中"),
        (lambda t: t[4].update(level=3), "（id=5），字段 level"),
        (lambda t: t[1].update(id=1), "（id=1），字段 id：与第 1 个节点重复"),
        (lambda t: t[0].update(parent_id=4), "（id=1），字段 parent_id：一级类目"),
        (lambda t: t[2]["properties"][1].update(options=[]), "（id=3），第 2 个属性，字段 options"),
        (lambda t: t[2]["properties"][2].pop("unit"), "（id=3），第 3 个属性，字段 unit"),
        (lambda t: t[2]["properties"][0].update(type="color"), "（id=3），第 1 个属性，字段 type"),
        (lambda t: t[2]["properties"][0].update(unit="kg"), "（id=3），第 1 个属性，字段 unit"),
        (lambda t: t[2]["properties"][4].update(property_id=11), "property_id 11 重复"),
        (lambda t: t[1].update(properties=[{"property_id": 1, "property_name": "x", "type": "text"}]),
         "（id=2），字段 properties：只有叶子类目"),
        (lambda t: t.append(node(8, "子类", 4, 3, leaf=True)), "（id=8），字段 parent_id：上级类目 3 是叶子类目"),
        (lambda t: t.__setitem__(0, "not a node"), "第 1 个类目节点不是对象"),
        (lambda t: t[0].update(id=2 ** 63), "字段 id：必须是 1 到"),
        (lambda t: t[0].update(id=0), "字段 id：必须是 1 到"),
        (lambda t: t[1].update(parent_id=-1), "（id=2），字段 parent_id"),
    ],
)
def test_shape_errors_name_the_node_and_field(mutate, expected):
    tree = small_tree()
    mutate(tree)
    with pytest.raises(TreeFormatError) as err:
        parse(tree)
    assert expected in err.value.message


def test_more_than_four_levels_refused():
    tree = [node(1, "一", 1), node(2, "二", 2, 1), node(3, "三", 3, 2), node(4, "四", 4, 3),
            node(5, "五", 5, 4, leaf=True)]
    with pytest.raises(TreeFormatError) as err:
        parse(tree)
    assert "（id=5），字段 level：类目最多 4 级" in err.value.message
    # Four levels is the maximum and is accepted.
    tree[3]["is_leaf"] = True
    assert len(parse(tree[:4])) == 4


def test_empty_file_refused():
    with pytest.raises(TreeFormatError, match="没有类目节点"):
        parse([])
    with pytest.raises(TreeFormatError, match="顶层"):
        cat.parse_tree_text('{"msg": "no data"}')


def test_disabled_parent_hides_its_subtree():
    nodes = parse(small_tree())
    enabled = cat.effective_enabled(nodes)
    assert enabled[1] and enabled[3]
    assert not enabled[6] and not enabled[7]  # 7 is enabled itself, but under a disabled node


def test_paths_are_full():
    nodes = parse(small_tree())
    assert cat.path_text(cat.paths(nodes)[3]) == "服饰内衣 > 女装 > 连衣裙"


def index_of(entries):
    return cat.CategorySearchIndex(entries)


def test_search_by_part_of_a_name_returns_full_paths_ranked():
    index = index_of([
        (1, "连衣裙", "服饰内衣 > 女装 > 连衣裙"),
        (2, "半身裙", "服饰内衣 > 女装 > 半身裙"),
        (3, "裙", "服饰内衣 > 童装 > 裙"),
        (4, "裙撑配件", "服饰内衣 > 配件 > 裙撑配件"),
        (5, "T恤", "服饰内衣 > 女装 > T恤"),
    ])
    hits = index.search("裙")
    assert hits[0].id == 3  # exact name first
    assert hits[1].id == 4  # then names starting with it
    assert {h.id for h in hits[2:]} == {1, 2}
    assert hits[0].path_text == "服饰内衣 > 童装 > 裙"
    assert [h.id for h in index.search("连衣")] == [1]


def test_search_matches_ancestor_names_after_leaf_names_and_is_case_insensitive():
    index = index_of([
        (1, "T恤", "服饰内衣 > 女装 > T恤"),
        (2, "女装T恤", "服饰内衣 > 童装 > 女装T恤"),
        (3, "茶叶", "食品饮料 > 茶叶"),
    ])
    assert [h.id for h in index.search("女装")] == [2, 1]
    assert [h.id for h in index.search("t恤")] == [1, 2]
    assert [h.id for h in index.search("女装 童装")] == [2]
    assert index.search("   ") == [] and index.search("咖啡") == []


def test_search_limit():
    index = index_of([(i, f"商品{i}", f"类目 > 商品{i}") for i in range(1, 200)])
    assert len(index.search("商品", limit=50)) == 50
    assert len(index.search("类目", limit=7)) == 7


def test_deeply_nested_json_is_refused_not_crashing():
    with pytest.raises(TreeFormatError, match="嵌套层次过深"):
        cat.parse_tree_text("[" * 100_000 + "]" * 100_000)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_names = st.text(alphabet="裙装女男茶叶abAB ", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_names, _names), min_size=1, max_size=40), _names)
def test_search_finds_exactly_the_matching_leaves(pairs, term):
    entries = [(i + 1, leaf, f"{parent} > {leaf}") for i, (parent, leaf) in enumerate(pairs)]
    hits = index_of(entries).search(term, limit=1000)
    words = term.casefold().split()
    expected = {e[0] for e in entries if all(w in e[2].casefold() for w in words)}  # the path includes the name
    assert {h.id for h in hits} == expected
    assert len(hits) == len({h.id for h in hits})  # no duplicates
    # Leaves whose own name holds the first word come before ancestor-only matches.
    name_flags = [words[0] in h.name.casefold() for h in hits]
    assert name_flags == sorted(name_flags, reverse=True)


# ---- IDs are ASCII digits within range; names have no control characters; checks are linear


@pytest.mark.parametrize("bad", ["²", "١٢", "１２", "-3", "9223372036854775808", "12a", "", 1.5, True])
def test_category_id_must_be_ascii_digits_in_range(bad):
    tree = small_tree()
    tree[0]["id"] = bad
    with pytest.raises(TreeFormatError, match="字段 id：必须是 1 到"):
        parse(tree)


@pytest.mark.parametrize("bad", ["²", "len", "１３", -1, "99999999999999999999", None])
def test_property_id_must_be_ascii_digits_in_range(bad):
    tree = small_tree()
    tree[2]["properties"][0]["property_id"] = bad
    with pytest.raises(TreeFormatError, match="property_id：必须是 0 到"):
        parse(tree)


def test_control_characters_refused_in_category_and_property_names():
    tree = small_tree()
    tree[1]["name"] = "女\x00装"
    with pytest.raises(TreeFormatError, match="name：不能包含控制字符"):
        parse(tree)
    tree = small_tree()
    tree[2]["properties"][0]["property_name"] = "品\x1b牌"
    with pytest.raises(TreeFormatError, match="property_name：不能包含控制字符"):
        parse(tree)


def test_many_options_checked_in_linear_time_and_duplicates_found():
    import time

    tree = small_tree()
    options = [{"name": f"选项{i}", "value": str(i)} for i in range(199_999)]
    tree[2]["properties"][1]["options"] = options
    started = time.perf_counter()
    nodes = parse(tree)
    assert len(nodes[2].attributes[1].options) == 199_999
    assert time.perf_counter() - started < 30  # was 177 s with the quadratic check; generous for a shared CI
    options.append({"name": "选项5", "value": "x"})
    with pytest.raises(TreeFormatError, match="选项「选项5」重复"):
        parse(tree)


def test_too_many_options_or_nodes_refused_clearly():
    tree = small_tree()
    tree[2]["properties"][1]["options"] = [{"name": str(i)} for i in range(cat.MAX_OPTIONS + 1)]
    with pytest.raises(TreeFormatError, match="超过上限"):
        parse(tree)
    with pytest.raises(TreeFormatError, match="超过上限"):
        cat.parse_tree_document([node(i, "n", 1) for i in range(1, cat.MAX_NODES + 2)])


def test_parsing_can_be_cancelled():
    tree = [node(i, f"类目{i}", 1) for i in range(1, 5001)]
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(cat.TreeImportCancelled):
        cat.parse_tree_text(json.dumps(tree), cancelled)
