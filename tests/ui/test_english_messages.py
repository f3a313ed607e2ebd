"""Messages made by the services and the domain read in English (issue 10).

Each case of the corpus makes a real failure (a service call or a domain check) and renders it the
way the UI does (errors.message_for for an exception, texts.translated for a message): in English it
has no Chinese character but the user data the case put in on purpose; in Chinese it is unchanged.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QTranslator

from desktop.domain.decisions import deny, with_rule
from desktop.domain.messages import Text, joined, text
from desktop.services.errors import InvalidInput, RuleRefused
from desktop.ui.common import language
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.errors import message_for
from desktop.ui.common.texts import translated

START_DAY = date(2026, 11, 20)
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
        decision = getattr(made, "decision", None)
        said = with_rule(decision.message, decision.rule) if decision is not None else made.message
        assert chinese == said  # the Chinese rendering is the message the service made
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


def raised(fn, *args, **kwargs) -> BaseException:
    with pytest.raises(Exception) as info:
        fn(*args, **kwargs)
    return info.value


def _file(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


GMV_HEADER = "达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）\n"


def _duplicate_rows_report(ctx, shop_id, tmp_path):
    from desktop.services import gmv_import

    path = _file(tmp_path, "gmv.csv", (GMV_HEADER + "dy_lin,lin,2026-11-20,1,2\ndy_lin,lin,2026-11-20,1,2\n").encode())
    source = gmv_import.open_source(path)
    report = gmv_import.check(ctx, source, gmv_import.suggest_mapping(source.headers))
    assert report.errors, report
    return joined("\n", [e.reason for e in report.errors])


def _check_database_finding(ctx, shop_id, tmp_path):
    from desktop.services import check

    ctx.db.execute_sql("DROP TRIGGER IF EXISTS history_no_update")
    names = [r[0] for r in ctx.db.execute_sql("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")]
    ctx.db.execute_sql(f'DROP INDEX "{names[0]}"')
    report = check.check_database(ctx)
    assert report.findings
    return joined("\n", [f.text for f in report.findings])


def _channel_over_limit(ctx, shop_id, tmp_path):
    from desktop.services import channels

    for i in range(5):
        channels.start_channel_binding(ctx, shop_id, "douyin", f"acc{i:02d}", f"n{i}")
    return raised(channels.start_channel_binding, ctx, shop_id, "douyin", "acc99", "n99")


def _cancelled_import():
    from desktop.services.gmv_import import ImportCancelled
    from desktop.ui.common.runner import failed

    return failed(ImportCancelled(), cancel_requested=True).message


CORPUS = {
    # name: (make(ctx, shop_id, tmp_path), user data that may stay as typed)
    "shop id taken": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.shops", fromlist=["x"]).create_shop, ctx, "Another", "10001"), ()),
    "shop missing": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.shops", fromlist=["x"]).get_shop, ctx, 999), ()),
    "team settings": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.team", fromlist=["x"]).validate_config, "db.local", "99999", "shopdesk", "me"), ()),
    "negative GMV": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.gmv", fromlist=["x"]).save_gmv, ctx, shop, "douyin", "dy_lin", "lin",
        START_DAY, -100, 200), ()),
    "GMV duplicate rows": (_duplicate_rows_report, ()),
    "GMV file too wide": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.gmv_import", fromlist=["x"]).open_source,
        _file(tmp, "wide.csv", (",".join(["a"] * 5000) + "\n").encode())), ()),
    "GMV file wrong type": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.gmv_import", fromlist=["x"]).open_source, _file(tmp, "gmv.xls", b"x")), ()),
    "GMV file missing": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.gmv_import", fromlist=["x"]).open_source, tmp / "gone.csv"), ()),
    "XLSX not a workbook": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.gmv_import", fromlist=["x"]).open_source, _file(tmp, "gmv.xlsx", b"PK\x03\x04bad")), ()),
    "category file not UTF-8": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.catalog", fromlist=["x"]).read_tree_file, _file(tmp, "tree.json", b'{"a": "\xff\xfe"}')),
        ()),
    "category missing": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.catalog", fromlist=["x"]).get_leaf, ctx, 123456), ()),
    "backup not a database": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.backups", fromlist=["x"]).verify_backup, _file(tmp, "b.db", b"not a database" * 100)),
        ("not a database",)),
    "export file not ours": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.transfer", fromlist=["x"]).inspect_export, _file(tmp, "x.shopdesk", b"PK junk")), ()),
    "keyword too long": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.products_query", fromlist=["x"]).keyword_text, "k" * 500), ()),
    "product missing": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.products", fromlist=["x"]).get_product, ctx, 999), ()),
    "account missing": (lambda ctx, shop, tmp: raised(
        __import__("desktop.services.account_registry", fromlist=["x"]).get_account, ctx, 999), ()),
    "channel limit (a rule)": (_channel_over_limit, ()),
    "check database findings": (_check_database_finding, ()),
    "cancelled import": (lambda ctx, shop, tmp: _cancelled_import(), ()),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_service_messages_read_in_english(qapp, ctx, shop_id, tmp_path, name):
    make, data = CORPUS[name]
    made = make(ctx, shop_id, tmp_path)
    if isinstance(made, str) and not isinstance(made, Text):  # already rendered (the runner's own words)
        language.install(qapp, language.ENGLISH)
        try:
            english = make(ctx, shop_id, tmp_path)
        finally:
            language.install(qapp, language.CHINESE)
        assert chinese_left(english, data) == [], english
        return
    english, chinese = check_case(qapp, lambda: made, data)
    if isinstance(made, Text):
        assert chinese == made
