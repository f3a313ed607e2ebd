"""Messages made by the services and the domain read in English (issue 10).

Each case of the corpus makes a real failure (a service call or a domain check) and renders it the
way the UI does (errors.message_for for an exception, texts.translated for a message): in English it
has no Chinese character but the user data the case put in on purpose; in Chinese it is unchanged.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from desktop.domain.decisions import deny
from desktop.domain.messages import joined, text
from desktop.services.errors import InvalidInput, RuleRefused
from desktop.ui.common import language
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.errors import message_for
from desktop.ui.common.texts import translated

_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


@pytest.fixture
def english(qapp):
    assert language.install(qapp, language.ENGLISH) == language.ENGLISH
    yield qapp
    language.install(qapp, language.CHINESE)


def rendered(made) -> str:
    return message_for(made) if isinstance(made, BaseException) else translated(made)


def chinese_left(shown: str, data: tuple[str, ...] = ()) -> list[str]:
    """The Chinese characters in ``shown`` once the user data put in on purpose is taken out."""
    for value in data:
        shown = shown.replace(value, "")
    return _CJK.findall(shown)


def check_case(qapp, make, data=()):
    """``make(ctx)`` -> the exception or message; returns (English, Chinese) renderings."""
    made = make()
    chinese = rendered(made)
    language.install(qapp, language.ENGLISH)
    try:
        english = rendered(made)
    finally:
        language.install(qapp, language.CHINESE)
    assert rendered(made) == chinese
    assert english.strip(), made
    assert chinese_left(english, data) == [], f"Chinese left in English: {english!r} (from {made!r})"
    if isinstance(made, BaseException) and getattr(made, "message", None):
        assert chinese == made.message  # the Chinese rendering is the message the service made
    return english, chinese


# --- how a Text is translated (with a translator of our own, independent of the .ts) --------------

class _Dictionary(QTranslator):
    def __init__(self, entries):
        super().__init__()
        self.entries = entries

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's virtual
        return self.entries.get((context, source))

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def dictionary(qapp):
    installed = []

    def install(entries):
        t = _Dictionary(entries)
        qapp.installTranslator(t)
        installed.append(t)

    yield install
    for t in installed:
        qapp.removeTranslator(t)


def test_a_text_is_translated_with_its_params_translated_too(dictionary):
    dictionary({("messages", "{field}最多 {n:,} 个字"): "{field}: at most {n:,} characters",
                ("messages", "标题"): "Title",
                ("messages", "；"): "; "})
    t = text("{field}最多 {n:,} 个字", field=text("标题"), n=12000)
    assert t == "标题最多 12,000 个字"
    assert translated(t) == "Title: at most 12,000 characters"
    both = joined("；", [t, text("标题")])
    assert translated(both) == "Title: at most 12,000 characters; Title"
    assert translated(joined("\n", [t, "小店"])) == "Title: at most 12,000 characters\n小店"


def test_a_plain_param_is_user_data_and_is_not_translated(dictionary):
    dictionary({("messages", "店铺「{shop}」已存在"): "Shop “{shop}” already exists", ("messages", "标题"): "Title"})
    assert translated(text("店铺「{shop}」已存在", shop="标题")) == "Shop “标题” already exists"


def test_a_broken_translation_falls_back_to_the_chinese_template(dictionary):
    dictionary({("messages", "最多 {n} 个规格"): "At most {count} specs"})
    assert translated(text("最多 {n} 个规格", n=20)) == "最多 20 个规格"


def test_an_untranslated_text_shows_its_chinese(qapp):
    assert translated(text("一条还没有译文的消息 {n}", n=3)) == "一条还没有译文的消息 3"


def test_service_errors_are_rendered_from_their_text_with_the_rule(dictionary):
    dictionary({("messages", "最多 {n} 个规格"): "At most {n} specs", ("rules", "{text}（{rule}）"): "{text} ({rule})"})
    exc = InvalidInput(text("最多 {n} 个规格", n=20), "specs", rule="R-P-SKU")
    assert message_for(exc) == "At most 20 specs (R-P-SKU)"


def test_a_decision_param_that_is_a_text_is_translated(dictionary):
    dictionary({("rules", "有 {n} 处不符合规则：{errors}"): "{n} problems: {errors}",
                ("messages", "缺少标题"): "No title", ("messages", "；"): "; ",
                ("rules", "{text}（{rule}）"): "{text} ({rule})"})
    decision = deny("R-P-1", "有 {n} 处不符合规则：{errors}", n=2,
                    errors=joined("；", [text("缺少标题"), text("缺少标题")]))
    assert decision.message == "有 2 处不符合规则：缺少标题；缺少标题"
    assert decision_text(decision) == "2 problems: No title; No title (R-P-1)"
    assert message_for(RuleRefused(decision)) == "2 problems: No title; No title (R-P-1)"


# --- the corpus: real failures of the services and the domain -------------------------------------

def test_english_is_available(english):
    assert english.translate("pages", "账号") == "Accounts"
