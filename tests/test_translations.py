"""English (issue 10): every user-visible source string has a finished translation.

Fails when someone adds or changes a tr() string without running
`python -m desktop.i18n update` and translating it (see README → Translations).
"""
from __future__ import annotations

import re
import shutil
import time

from desktop import i18n

ROOT = i18n.package_dir().parent


def test_every_tr_string_has_a_finished_english_translation(tmp_path):
    # lupdate over today's code into a copy: a new or changed string shows up unfinished.
    ts = tmp_path / i18n.TS_NAME
    shutil.copy(i18n.translations_dir() / i18n.TS_NAME, ts)
    started = time.perf_counter()
    i18n.update(ts, compile_qm=False)
    missing = [f"[{m.context}] {m.source}" for m in i18n.missing(ts)]
    assert missing == [], "run `python -m desktop.i18n update` and translate:\n" + "\n".join(missing)
    assert time.perf_counter() - started < 60


def test_the_committed_translation_file_is_current_and_complete():
    assert i18n.missing() == []
    # The rule reasons (deny()/Decision() templates) are collected for lupdate.
    generated = ROOT / "desktop" / i18n.RULE_STRINGS
    assert generated.read_text(encoding="utf-8") == i18n.rule_strings_source()


def test_translations_keep_their_placeholders():
    for m in i18n.messages():
        holes = sorted(re.findall(r"\{[^}]*\}", m.source))
        assert holes == sorted(re.findall(r"\{[^}]*\}", m.translation)), (m.source, m.translation)


def test_no_f_string_inside_tr():
    """tr(f"…") can never be translated: its source changes with every value."""
    offenders = []
    for path in i18n.source_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(tr|translate)\((?:[^()]*,\s*)?f[\"']", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []


def test_no_tr_inside_an_f_string():
    """lupdate does not read inside f-strings: f"{tr('按键')}" was never collected and stayed Chinese in English."""
    import ast

    offenders = []
    for path in i18n.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                name = getattr(getattr(inner, "func", None), "id", None) or getattr(getattr(inner, "func", None), "attr", None)
                literal = isinstance(inner, ast.Call) and any(isinstance(a, ast.Constant) for a in inner.args)
                if name in ("tr", "translate") and literal:
                    offenders.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert offenders == []


def test_english_is_loaded_and_used(qapp):
    from desktop.ui.common import language

    try:
        assert language.install(qapp, language.ENGLISH) == language.ENGLISH
        assert qapp.translate("pages", "账号") == "Accounts"
        assert qapp.translate("rules", "官方账号一经绑定不可解绑或更换").startswith("Once bound")
    finally:
        language.install(qapp, language.CHINESE)


# English never shows full-width punctuation (：；，（）。「」、 and the ideographic space): it is Chinese
# typography, and an English reader sees it as a glitch. Chinese characters appear in English only where
# the user must find the very same Chinese label elsewhere: the 抖店 backend's and 罗盘's own menu items
# (each followed by an English gloss) and the app's Chinese name.
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff01-\uff5e]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
KEPT_CHINESE = {"小店管家", "营销中心", "直播卖货", "账号管理", "新增绑定账号", "店铺设置", "店铺官方账号", "立即绑定",
                "完成并去申请权限", "接受绑定", "解除绑定"}
# Constants the collection finds that are never shown as English (header names matched in imported
# files, samples that only measure a column's width, a pattern, the language's own name).
NEVER_SHOWN = {"小林家居旗舰店（示例）", "Ag 规则", "简体中文", "¥￥,，  元"}


def _never_shown(source: str) -> bool:
    from desktop.domain import gmv_parsing

    aliases = {a for names in gmv_parsing.ALIASES.values() for a in names}
    return source in NEVER_SHOWN or source in aliases or source.startswith("^")


def test_english_has_no_full_width_punctuation_and_no_stray_chinese():
    bad = []
    for m in i18n.messages():
        if m.translation == m.source and _never_shown(m.source):
            continue
        stray = set(_CJK_RUN.findall(m.translation)) - KEPT_CHINESE
        if _FULL_WIDTH.search(m.translation) or stray:
            bad.append(f"[{m.context}] {m.source!r} -> {m.translation!r}")
    assert bad == [], "English with full-width punctuation or Chinese:\n" + "\n".join(bad)


def test_the_english_check_catches_full_width_punctuation_and_chinese():
    # The two checks above, on texts that must fail them.
    assert _FULL_WIDTH.search("Status：bound") and _FULL_WIDTH.search("a；b") and _FULL_WIDTH.search("x\u3000y")
    assert set(_CJK_RUN.findall("State: 审核未通过")) - KEPT_CHINESE
    assert not _FULL_WIDTH.search("Status: bound (R-CH-4); e.g. S, M, L")
