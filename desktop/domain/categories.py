"""The category tree (product creation step 1): its shape, the open-API import format, and search.

Plain Python: no Qt, no database. The services load the tree from the store
and ask this module whether an imported file is a valid tree.

Import format (the shape the platform's open API returns, flattened into one
file): either a JSON list of category nodes, or an object whose ``data`` is
that list (``{"code": 10000, "data": [...]}``; a nested ``data.data`` or
``data.list`` is accepted too). Each node::

    {"id": 20000, "name": "女装", "level": 2, "parent_id": 10000,
     "is_leaf": false, "enable": true,
     "properties": [                       # leaves only, optional
        {"property_id": 1687, "property_name": "品牌", "type": "text", "required": 1},
        {"property_id": 1688, "property_name": "材质", "type": "select", "required": 1,
         "options": [{"name": "棉", "value": "1"}, {"name": "真丝", "value": "2"}]},
        {"property_id": 1690, "property_name": "净含量", "type": "measure", "unit": "g",
         "required": 0}]}

``parent_id`` is 0 (or null) for a first-level node. Types map to the app's
attribute types: text→text, select→single, multi_select→multi,
timestamp/timerange→date, and ``measure`` (a number with a unit, carried in the
property's ``unit`` field) → number. A disabled node (``enable`` false) and
everything under it is kept but hidden.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

# The leaf search lives in category_search.py; re-exported for the catalog service and tests.
from desktop.domain.category_search import CategorySearchIndex, SearchMatch  # noqa: F401
from desktop.domain import messages
from desktop.domain.messages import Text, text
from desktop.domain.text import CONTROL

MAX_LEVEL = 4
PATH_SEPARATOR = " > "
MAX_NAME_LENGTH = 100
MAX_ID = 2 ** 63 - 1  # SQLite INTEGER
MAX_NODES = 200_000  # the platform's real tree has tens of thousands
MAX_OPTIONS = 200_000  # per attribute
_CHECK_EVERY = 1_000  # nodes between two looks at the cancel flag

ATTRIBUTE_TYPES = ("text", "single", "multi", "number", "date")
# Open-API property type -> the app's attribute type.
OPEN_API_TYPES = {
    "text": "text",
    "select": "single",
    "multi_select": "multi",
    "timestamp": "date",
    "timerange": "date",
    "measure": "number",
}


@dataclass(frozen=True)
class AttributeDef:
    """A 类目属性 of a leaf category."""

    id: int  # the stored row's id (0 for an attribute just parsed from a file)
    property_id: int | str
    name: str
    required: bool
    type: str  # text / single / multi / number / date
    options: list[str] = field(default_factory=list)
    unit: str | None = None  # only for type "number"


@dataclass(frozen=True)
class CategoryNode:
    id: int
    parent_id: int | None
    name: str
    level: int
    is_leaf: bool
    enabled: bool  # the platform's own flag; see effective_enabled()
    attributes: tuple[AttributeDef, ...] = ()


class TreeFormatError(ValueError):
    """An import file that is not a valid category tree; ``message`` says where."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message  # a Text: the UI translates it (desktop.ui.common.texts)


# ---------------------------------------------------------------- parsing


def parse_tree_text(text: str, cancelled: Callable[[], bool] | None = None) -> list[CategoryNode]:
    """Parse and validate an open-API category file; raise TreeFormatError with the position.

    ``cancelled()`` is asked every thousand nodes; when it says so, TreeImportCancelled is raised."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TreeFormatError(
            messages.text("类目文件不是有效的 JSON：第 {line} 行第 {column} 列，{reason}",
                          line=exc.lineno, column=exc.colno, reason=_json_reason(exc.msg))
        ) from exc
    except RecursionError as exc:
        raise TreeFormatError(messages.text("类目文件的嵌套层次过深，不是类目数据")) from exc
    nodes = parse_tree_document(document, cancelled)
    validate_tree(nodes, cancelled)
    return nodes


class TreeImportCancelled(Exception):
    """The user cancelled while the file was being checked."""


def _check_cancel(index: int, cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and index % _CHECK_EVERY == 0 and cancelled():
        raise TreeImportCancelled()


def _json_reason(msg: str) -> Text | str:
    known = {"Expecting value": text("缺少值"), "Expecting ',' delimiter": text("缺少逗号"),
             "Expecting ':' delimiter": text("缺少冒号"),
             "Expecting property name enclosed in double quotes": text("属性名必须用双引号"),
             "Unterminated string starting at": text("字符串没有结束"), "Extra data": text("多余的内容"),
             "Invalid control character at": text("非法控制字符")}
    return known.get(msg, msg)


def parse_tree_document(document: Any, cancelled: Callable[[], bool] | None = None) -> list[CategoryNode]:
    raw = _node_list(document)
    if not raw:
        raise TreeFormatError(text("类目文件里没有类目节点"))
    if len(raw) > MAX_NODES:
        raise TreeFormatError(text("类目文件有 {count:,} 个类目节点，超过上限 {limit:,}，不是一棵类目树",
                                   count=len(raw), limit=MAX_NODES))
    nodes = []
    for i, item in enumerate(raw, start=1):
        _check_cancel(i, cancelled)
        nodes.append(_parse_node(i, item))
    return nodes


def _node_list(document: Any) -> list:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        data = document.get("data")
        if isinstance(data, list):
            return data
        if isinstance(data, dict):
            for key in ("data", "list", "categories"):
                if isinstance(data.get(key), list):
                    return data[key]
    raise TreeFormatError(text("类目文件的顶层应是类目节点列表，或带 data 列表的对象"))


def _where(index: int, node: Any) -> Text:
    node_id = node.get("id") if isinstance(node, dict) else None
    if node_id is None:
        return text("第 {index} 个类目节点", index=index)
    return text("第 {index} 个类目节点（id={id}）", index=index, id=node_id)


def _parse_node(index: int, node: Any) -> CategoryNode:
    if not isinstance(node, dict):
        raise TreeFormatError(text("第 {index} 个类目节点不是对象", index=index))
    # Where a message points is built only when there is a message: a 20,000-node import has none.
    def where() -> Text:
        return _where(index, node)

    def fail(field_name: str, reason: Text) -> TreeFormatError:
        return TreeFormatError(text("{where}，字段 {field}：{reason}", where=where(), field=field_name, reason=reason))

    node_id = _as_int(node.get("id"))
    if node_id is None or not 0 < node_id <= MAX_ID:
        raise fail("id", text("必须是 1 到 {max} 之间的整数（只用 0–9 数字）", max=MAX_ID))
    name = _name(node.get("name"), "name", fail)
    level = _as_int(node.get("level"))
    if level is None or level < 1:
        raise fail("level", text("必须是 1 到 4 的整数"))
    if level > MAX_LEVEL:
        raise fail("level", text("类目最多 {max} 级，这里是第 {level} 级", max=MAX_LEVEL, level=level))
    parent_id = _parent_id(node.get("parent_id"), fail)
    is_leaf = _flag(node.get("is_leaf"), "is_leaf", fail)
    enabled = True if "enable" not in node else _flag(node.get("enable"), "enable", fail)
    props = node.get("properties") or []
    if not isinstance(props, list):
        raise fail("properties", text("必须是列表"))
    if props and not is_leaf:
        raise fail("properties", text("只有叶子类目可以有类目属性"))
    return CategoryNode(node_id, parent_id, name, level, is_leaf, enabled, _attributes(where, props))


def _parent_id(raw: Any, fail) -> int | None:
    parent_id = None if raw is None else _as_int(raw)
    if raw is not None and (parent_id is None or not 0 <= parent_id <= MAX_ID):
        raise fail("parent_id", text("必须是整数（一级类目为 0）"))
    return parent_id or None


def _flag(raw: Any, field_name: str, fail) -> bool:
    if (value := _as_bool(raw)) is None:
        raise fail(field_name, text("必须是 true/false 或 1/0"))
    return value


def _name(value: Any, field_name: str, fail) -> str:
    """A node's or a property's name: non-empty text, at most 100 characters, no control characters."""
    if not isinstance(value, str) or not value.strip():
        raise fail(field_name, text("必须是非空文字"))
    name = value.strip()
    if len(name) > MAX_NAME_LENGTH:
        raise fail(field_name, text("不能超过 {max} 个字", max=MAX_NAME_LENGTH))
    if CONTROL.search(name):
        raise fail(field_name, text("不能包含控制字符"))
    return name


def _attributes(where: Callable[[], Text], props: list) -> tuple[AttributeDef, ...]:
    attributes = []
    seen: set[str] = set()
    for p_index, prop in enumerate(props, start=1):
        attribute = _parse_property(where, p_index, prop)
        key = str(attribute.property_id)
        if key in seen:
            raise TreeFormatError(text("{where}，第 {index} 个属性：property_id {id} 重复", where=where(), index=p_index, id=key))
        seen.add(key)
        attributes.append(attribute)
    return tuple(attributes)


def _parse_property(where: Callable[[], Text], index: int, prop: Any) -> AttributeDef:
    def prefix() -> Text:
        return text("{where}，第 {index} 个属性", where=where(), index=index)

    if not isinstance(prop, dict):
        raise TreeFormatError(text("{where}不是对象", where=prefix()))

    def fail(field_name: str, reason: Text) -> TreeFormatError:
        return TreeFormatError(text("{where}，字段 {field}：{reason}", where=prefix(), field=field_name, reason=reason))

    property_id = _as_int(prop.get("property_id"))
    if property_id is None or not 0 <= property_id <= MAX_ID:
        raise fail("property_id", text("必须是 0 到 {max} 之间的整数（只用 0–9 数字）", max=MAX_ID))
    name = _name(prop.get("property_name"), "property_name", fail)
    kind = OPEN_API_TYPES.get(prop.get("type"))
    if kind is None:
        raise fail("type", text("只能是 {types}", types="/".join(OPEN_API_TYPES)))
    required = _as_bool(prop.get("required", False))
    if required is None:
        raise fail("required", text("必须是 true/false 或 1/0"))
    options = _parse_options(prop.get("options"), fail)
    if kind in ("single", "multi") and not options:
        raise fail("options", text("单选/多选属性至少要有一个选项"))
    unit = prop.get("unit")
    if kind == "number":
        if not isinstance(unit, str) or not unit.strip():
            raise fail("unit", text("measure 类型必须给出单位"))
        unit = unit.strip()
    elif unit not in (None, ""):
        raise fail("unit", text("只有 measure 类型可以带单位"))
    else:
        unit = None
    return AttributeDef(0, property_id, name, required, kind, options, unit)


def _parse_options(raw: Any, fail) -> list[str]:
    if raw in (None, ""):
        return []
    if not isinstance(raw, list):
        raise fail("options", text("必须是 [{{name, value}}] 列表"))
    if len(raw) > MAX_OPTIONS:
        raise fail("options", text("选项有 {count:,} 个，超过上限 {limit:,}", count=len(raw), limit=MAX_OPTIONS))
    names: dict[str, None] = {}  # hashed: 200,000 options are checked in one pass, not n²
    for i, option in enumerate(raw, start=1):
        name = option.get("name") if isinstance(option, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise fail("options", text("第 {index} 个选项缺少 name", index=i))
        if (name := name.strip()) in names:
            raise fail("options", text("选项「{name}」重复", name=name[:50]))
        names[name] = None
    return list(names)


def _as_int(value: Any) -> int | None:
    """An int, or text of ASCII digits ("²" and "١٢" are digits to Python, not IDs); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 19:
            return int(text)
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (0, 1) and not isinstance(value, float):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "0", "1"):
        return value.strip().lower() in ("true", "1")
    return None


# ---------------------------------------------------------------- shape rules


def validate_tree(nodes: list[CategoryNode], cancelled: Callable[[], bool] | None = None) -> None:
    """≤ 4 levels, each child one level below a non-leaf parent; raise TreeFormatError."""
    by_id: dict[int, tuple[int, CategoryNode]] = {}
    for index, node in enumerate(nodes, start=1):
        _check_cancel(index, cancelled)
        if node.id in by_id:
            raise TreeFormatError(text("第 {index} 个类目节点（id={id}），字段 id：与第 {other} 个节点重复",
                                       index=index, id=node.id, other=by_id[node.id][0]))
        by_id[node.id] = (index, node)
    for index, node in enumerate(nodes, start=1):
        problem = _parent_problem(node, by_id)
        if problem is not None:  # where it points is built only for the node that has a problem
            where = text("第 {index} 个类目节点（id={id}）", index=index, id=node.id)
            raise TreeFormatError(text("{where}，{problem}", where=where, problem=problem))


def _parent_problem(node: CategoryNode, by_id: dict[int, tuple[int, CategoryNode]]) -> Text | None:
    if node.level == 1:
        return text("字段 parent_id：一级类目的 parent_id 应为 0") if node.parent_id is not None else None
    if node.parent_id is None:
        return text("字段 parent_id：第 {level} 级类目必须有上级类目", level=node.level)
    found = by_id.get(node.parent_id)
    if found is None:
        return text("字段 parent_id：上级类目 {parent} 不在文件中", parent=node.parent_id)
    parent = found[1]
    if parent.level != node.level - 1:
        return text("字段 level：应比上级类目（id={parent}，第 {level} 级）低一级", parent=parent.id, level=parent.level)
    if parent.is_leaf:
        return text("字段 parent_id：上级类目 {parent} 是叶子类目，不能有下级", parent=parent.id)
    return None


def in_tree_order(nodes: Iterable[CategoryNode]) -> list[CategoryNode]:
    """Parents before children (by level), so inserts never reference a missing parent."""
    return sorted(nodes, key=lambda n: n.level)


def effective_enabled(nodes: list[CategoryNode]) -> dict[int, bool]:
    """A node is usable only if it and every ancestor is enabled (disabled nodes stay hidden)."""
    result: dict[int, bool] = {}
    for node in in_tree_order(nodes):
        parent_ok = True if node.parent_id is None else result.get(node.parent_id, False)
        result[node.id] = node.enabled and parent_ok
    return result


def paths(nodes: list[CategoryNode]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for node in in_tree_order(nodes):
        parent_path = [] if node.parent_id is None else result.get(node.parent_id, [])
        result[node.id] = [*parent_path, node.name]
    return result


def path_text(names: Iterable[str]) -> str:
    return PATH_SEPARATOR.join(names)
