"""Messages made below the UI stay translatable (issue 10): text() / joined() and their rendering.

Below the UI (desktop/domain, store, services, platform) a user-visible Chinese message is built with
desktop.domain.messages.text("…{name}…", name=value), never by formatting Chinese text: an f-string,
"+", "%" or .format() bakes the values into the text and the UI can no longer translate it.
"""
from __future__ import annotations

import ast
import copy
import pickle
import re

import pytest

from desktop import i18n
from desktop.domain.messages import Text, joined, text

ROOT = i18n.package_dir()
LAYERS = ("domain/", "store/", "services/", "platform/")
_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
LOGGERS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
# A line may opt out with this marker when its Chinese is user data, not a message (e.g. demo names).
DATA_MARKER = "# i18n: data"

# Files whose messages are still being converted to text(). It only shrinks: empty when done.
NOT_YET_CONVERTED: set[str] = set()


def _chinese(node) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and _CJK.search(n.value)
               for n in ast.walk(node))


def _is_logger_call(node) -> bool:
    func = getattr(node, "func", None)
    return isinstance(func, ast.Attribute) and func.attr in LOGGERS and isinstance(func.value, ast.Name) \
        and func.value.id in {"log", "logger", "_log", "LOG", "logging"}


def _formatting(node) -> str | None:
    """What kind of formatting of Chinese text ``node`` is, or None."""
    if isinstance(node, ast.JoinedStr) and _chinese(node):
        return "f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)) and _chinese(node):
        return "'+'" if isinstance(node.op, ast.Add) else "'%'"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
            and _chinese(node.func.value):
        return ".format()"
    return None


# Exceptions and error records whose Chinese message argument must be a text() (a constant too).
_CARRIERS = re.compile(r"(Error|Refused|Cancelled|Problem|Unavailable|Failed|InvalidInput|NotFound|Fault|BadValue)$")


def _constant_message(node) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) or ""
    args = list(node.args) + [k.value for k in node.keywords if k.arg in ("message", "reason", "detail")]
    return bool(_CARRIERS.search(name)) and any(
        isinstance(a, ast.Constant) and isinstance(a.value, str) and _CJK.search(a.value) for a in args)


def offences(source: str) -> list[tuple[int, str]]:
    """(line, kind) of every Chinese text formatted outside text() in ``source``."""
    tree = ast.parse(source)
    lines = source.splitlines()
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_logger_call(node):
            exempt.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        kind = None if id(node) in exempt else _formatting(node)
        if not kind and _constant_message(node):
            kind = "constant message"
        if kind and DATA_MARKER not in lines[node.lineno - 1]:
            found.append((node.lineno, kind))
            exempt.update(id(n) for n in ast.walk(node))  # an f-string inside "+" counts once
    return sorted(found)


def _layer_files():
    for path in i18n.source_files(ROOT):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(LAYERS):
            yield rel, path


def test_no_chinese_text_is_formatted_below_the_ui():
    left = []
    for rel, path in _layer_files():
        if rel in NOT_YET_CONVERTED:
            continue
        left += [f"{rel}:{line}: {kind} with Chinese text (use text())"
                 for line, kind in offences(path.read_text(encoding="utf-8"))]
    assert left == []


def test_the_not_yet_converted_list_only_names_files_that_still_need_it():
    # A converted file leaves the list, so the list can only shrink (and ends empty).
    done = [rel for rel, path in _layer_files()
            if rel in NOT_YET_CONVERTED and not offences(path.read_text(encoding="utf-8"))]
    assert done == [], "remove these from NOT_YET_CONVERTED"
    known = {rel for rel, _ in _layer_files()}
    assert NOT_YET_CONVERTED <= known


def test_the_checker_finds_each_kind_of_formatting():
    source = '\n'.join([
        'a = f"最多 {n} 个"',
        'b = "第" + str(n)',
        'c = "%s 个" % n',
        'd = "{n} 个".format(n=n)',
        'e = text("最多 {n} 个", n=n)',
        'log.warning(f"导入 {n} 行")',
        'f = f"达人{i}"  # i18n: data',
        'g = f"{n} rows"',
        'raise InvalidInput("缺少商品内容", "content")',
        'raise InvalidInput(text("缺少商品内容"), "content")',
        'raise ValueError("bad value")',
    ])
    assert offences(source) == [(1, "f-string"), (2, "'+'"), (3, "'%'"), (4, ".format()"), (9, "constant message")]


# --- text() ---------------------------------------------------------------------------------------

def test_text_is_the_chinese_string_with_its_template_and_params():
    t = text("最多 {n} 个规格", n=20)
    assert isinstance(t, str) and isinstance(t, Text)
    assert t == "最多 20 个规格" and str(t) == "最多 20 个规格"
    assert t.template == "最多 {n} 个规格" and t.params == {"n": 20}
    assert f"{t}" == "最多 20 个规格" and t + "。" == "最多 20 个规格。"


def test_a_constant_text_is_its_template():
    t = text("缺少商品内容")
    assert t == t.template == "缺少商品内容" and t.params == {}


def test_format_specs_and_nested_texts():
    inner = text("标题")
    t = text("{field}：共 {n:,} 行", field=inner, n=12345)
    assert t == "标题：共 12,345 行"
    assert t.params["field"] is inner and t.params["field"].template == "标题"


def test_joined_keeps_each_part():
    parts = [text("第 {row} 行：缺少日期", row=2), text("缺少商品内容")]
    j = joined("\n", parts)
    assert j == "第 2 行：缺少日期\n缺少商品内容"
    assert j.parts == tuple(parts) and j.separator == "\n" and j.template == ""
    assert joined("；", []) == ""


def test_a_text_survives_copy_and_pickle():
    t = text("店铺「{shop}」已存在", shop="小店")
    for again in (copy.copy(t), copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert again == t and again.template == t.template and again.params == t.params


def test_service_error_keeps_the_text_and_the_chinese_message():
    from desktop.services.errors import InvalidInput

    reason = text("最多 {n} 个规格", n=20)
    exc = InvalidInput(reason, "specs", rule="R-P-SKU")
    assert exc.reason is reason
    assert exc.message == "最多 20 个规格（R-P-SKU）" == str(exc)
    assert exc.field == "specs" and exc.rule == "R-P-SKU"


def test_templates_are_collected_for_translation():
    source = i18n.rule_strings_source()
    assert "MESSAGES = (" in source
    # every text() template below the UI is in the generated file, in context "messages"
    for template in i18n.message_templates():
        assert f'QT_TRANSLATE_NOOP("messages", {template!r})' in source


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_templates_are_not_collected(tmp_path, bad):
    (tmp_path / "m.py").write_text(f'x = text({bad!r})\ny = text("有效消息")\n', encoding="utf-8")
    assert i18n.message_templates(tmp_path) == ["有效消息"]
