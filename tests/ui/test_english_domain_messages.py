"""The corpus of domain and platform failures, read in English (issue 10).

Category files, product drafts, GMV rows and amounts, shop/account/correction checks, product-state
refusals and every kind of platform error, made for real and rendered the way the UI renders them
(tests/ui/test_english_messages.py has the checks): in English no Chinese is left but the user data
the case put in on purpose, and the Chinese rendering is the message the domain made.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain import accounts, account_ids, corrections, money, shops
from desktop.domain import categories as cat
from desktop.domain import product_states as ps
from desktop.domain import products as rules
from desktop.domain.gmv_parsing import BadValue, RowParser, mapping_problems
from desktop.domain.messages import joined
from desktop.platform.errors import KeychainUnavailable, PlatformCancelled, PlatformError, api_error
from desktop.ui.common import language
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.texts import translated
from desktop.ui.platform.messages import platform_message
from desktop.ui.products.fields import error_text
from tests.ui.test_english_messages import check_case, chinese_left

TODAY = date(2026, 11, 30)


def both(qapp, render, data=()):
    """(English, Chinese) of ``render()`` (a function that renders in the current language); the Chinese
    is the same before and after, and the English has no Chinese but ``data``."""
    chinese = render()
    language.install(qapp, language.ENGLISH)
    try:
        english = render()
    finally:
        language.install(qapp, language.CHINESE)
    assert render() == chinese and english.strip()
    assert chinese_left(english, data) == [], f"Chinese left in English: {english!r} (Chinese: {chinese!r})"
    return english, chinese


def _tree_error(document) -> cat.TreeFormatError:
    with pytest.raises(cat.TreeFormatError) as caught:
        cat.parse_tree_text(document if isinstance(document, str) else json.dumps(document, ensure_ascii=False))
    return caught.value


def _node(**over):
    return {"id": 10, "name": "女装", "level": 1, "parent_id": 0, "is_leaf": False, **over}


LEAF = {"id": 11, "name": "连衣裙", "level": 2, "parent_id": 10, "is_leaf": True}
BAD_CATEGORY_FILES = {
    "json syntax": '[{"id": 1,, }]',
    "not a tree": {"code": 10000, "data": "x"},
    "empty": [],
    "node not an object": [1],
    "bad id": [_node(id="abc")],
    "level too deep": [_node(level=5)],
    "bad flag": [_node(is_leaf="maybe")],
    "name with control character": [_node(name="女\x07装")],
    "properties on a non-leaf": [_node(properties=[{"property_id": 1}])],
    "property not an object": [_node(), {**LEAF, "properties": ["品牌"]}],
    "property type": [_node(), {**LEAF, "properties": [{"property_id": 1, "property_name": "品牌", "type": "x"}]}],
    "select without options": [_node(), {**LEAF, "properties": [
        {"property_id": 1, "property_name": "材质", "type": "select", "required": 1}]}],
    "option repeated": [_node(), {**LEAF, "properties": [
        {"property_id": 1, "property_name": "材质", "type": "select", "options": [{"name": "棉"}, {"name": "棉"}]}]}],
    "measure without unit": [_node(), {**LEAF, "properties": [
        {"property_id": 1, "property_name": "净含量", "type": "measure"}]}],
    "property repeated": [_node(), {**LEAF, "properties": [
        {"property_id": 1, "property_name": "品牌", "type": "text"},
        {"property_id": 1, "property_name": "品牌", "type": "text"}]}],
    "duplicate id": [_node(), _node()],
    "missing parent": [_node(), {**LEAF, "parent_id": 99}],
    "parent is a leaf": [_node(), LEAF, {**LEAF, "id": 12, "level": 3, "parent_id": 11}],
    "level skips": [_node(), {**LEAF, "level": 3}],
    "first level with a parent": [_node(parent_id=7)],
}


@pytest.mark.parametrize("case", sorted(BAD_CATEGORY_FILES))
def test_bad_category_files_read_in_english(qapp, case):
    english, chinese = check_case(qapp, lambda: _tree_error(BAD_CATEGORY_FILES[case]).message, data=("女\x07装", "棉"))
    assert "（" not in english and "：" not in english
    assert chinese == _tree_error(BAD_CATEGORY_FILES[case]).message


def test_a_category_file_error_names_the_node_and_field_in_english(qapp):
    english, chinese = check_case(qapp, lambda: _tree_error([_node(), {**LEAF, "parent_id": 99}]).message)
    assert english == "Category node 2 (id=11), field parent_id: the parent category 99 is not in the file"
    assert chinese == "第 2 个类目节点（id=11），字段 parent_id：上级类目 99 不在文件中"


BAD_DRAFT = rules.ProductDraft(
    category_id=None, product_type="x", title="短\n标题😀\x07", remark="好看😀", weight="-1", weight_unit="kg",
    payment="x", stock_mode="x", images=[],
    specs=[rules.SpecDim("颜色", ["红", "红"]), rules.SpecDim("", ["S"]), rules.SpecDim("颜色", []),
           rules.SpecDim("尺码", ["M"])],
    skus=[rules.SkuInput(("红",), sale="abc", original="-1", stock="x"), rules.SkuInput(("蓝",), sale="0")],
)
USER_DATA = ("颜色", "红", "蓝", "尺码", "品牌", "材质")


def test_every_error_of_a_bad_product_draft_reads_in_english(qapp):
    attribute = cat.AttributeDef(0, 1, "品牌", True, "text")
    choice = cat.AttributeDef(0, 2, "材质", False, "single", ["棉"])
    errors = rules.validate_product(BAD_DRAFT, [attribute, choice])
    assert len(errors) >= 15
    for index, error in enumerate(errors):
        english, chinese = both(qapp, lambda: error_text(errors[index]), data=USER_DATA)
        assert chinese == error.text  # the editor's Chinese line is the rule's own, with its rule ID
        assert english.endswith(f" ({error.rule})")
    bad_choice = rules.attribute_value_error(choice, "丝")
    check_case(qapp, lambda: bad_choice, data=USER_DATA)


def test_the_submit_refusal_lists_the_draft_errors_in_english(qapp):
    errors = rules.validate_product(BAD_DRAFT, None)
    decision = rules.submit_decision(ps.decide(ps.DRAFT, ps.SUBMIT), errors)
    english, chinese = both(qapp, lambda: decision_text(decision), data=USER_DATA)
    assert chinese == f"{decision.message}（R-P-SUBMIT）"
    assert english.count("\n· ") == len(errors) and "(R-P-TITLE)" in english


GOOD_ROW = ["douyin_001", "小林", "抖音", "2026-11-27", "10.00", "20.00"]
BAD_GMV_ROWS = {
    "account id": ["??", *GOOD_ROW[1:]],
    "nickname": [GOOD_ROW[0], "x" * 40, *GOOD_ROW[2:]],
    "platform": [*GOOD_ROW[:2], "微博", *GOOD_ROW[3:]],
    "empty date": [*GOOD_ROW[:3], "", *GOOD_ROW[4:]],
    "bad date": [*GOOD_ROW[:3], "昨天", *GOOD_ROW[4:]],
    "future date": [*GOOD_ROW[:3], "2027-01-01", *GOOD_ROW[4:]],
    "negative": [*GOOD_ROW[:4], "-5", GOOD_ROW[5]],
    "too fine": [*GOOD_ROW[:4], "1.234", GOOD_ROW[5]],
    "not an amount": [*GOOD_ROW[:4], "十元", GOOD_ROW[5]],
    "empty amount": [*GOOD_ROW[:5], ""],
    "total below shop": [*GOOD_ROW[:4], "30", "20"],
}
MAPPING = {"account_code": 0, "nickname": 1, "platform": 2, "day": 3, "shop_gmv": 4, "total_gmv": 5}


def _row_reason(cells):
    with pytest.raises(BadValue) as caught:
        RowParser(MAPPING, TODAY).parse(cells)
    return caught.value.args[0]  # what the import report's 原因 column shows


@pytest.mark.parametrize("case", sorted(BAD_GMV_ROWS))
def test_bad_gmv_rows_read_in_english(qapp, case):
    check_case(qapp, lambda: _row_reason(BAD_GMV_ROWS[case]), data=("微博", "昨天", "十元"))


def test_gmv_column_mapping_and_typed_amounts_read_in_english(qapp):
    english, _ = check_case(qapp, lambda: joined("；", mapping_problems({"account_code": 0, "day": 0})))
    assert "Shop GMV" in english and "two fields" in english
    for typed in ("", "-1", "1.234", "abc"):
        check_case(qapp, lambda: money.parse_field(typed)[1])
        with pytest.raises(money.MoneyError) as caught:
            money.parse_fen(typed)
        check_case(qapp, lambda: caught.value.args[0], data=("abc",))


CHECKS = {
    "shop name empty": lambda: shops.name_error(" "),
    "shop name long": lambda: shops.name_error("店" * 61),
    "shop name control": lambda: shops.name_error("小店\x1b"),
    "shop id": lambda: shops.platform_shop_id_error("12a"),
    "account id": lambda: account_ids.account_code_error("a"),
    "nickname control": lambda: account_ids.nickname_error("小林\x00"),
    "platform": lambda: account_ids.platform_error("weibo"),
    "correction reason short": lambda: corrections.reason_error("a"),
    "correction reason long": lambda: corrections.reason_error("因" * 201),
    "correction reason control": lambda: corrections.reason_error("录错\x07了"),
    "correction future date": lambda: decision_text(corrections.date_decision(
        "channel", "bound", False, date(2026, 1, 1), date(2027, 1, 1), TODAY)),
    "correction same date": lambda: decision_text(corrections.date_decision(
        "channel", "bound", False, date(2026, 1, 1), date(2026, 1, 1), TODAY)),
    "void a self mark": lambda: decision_text(corrections.void_decision("self", "self_operated", False)),
    "product state": lambda: decision_text(ps.decide(ps.REJECTED, ps.REVIEW)),
    "product offline": lambda: decision_text(ps.decide(ps.DRAFT, ps.TAKE_OFFLINE)),
    "official pending": lambda: decision_text(accounts.official_start_decision("awaiting_scan")),
    "channel platform": lambda: decision_text(accounts.channel_error("huoshan", "douyin")),
}


@pytest.mark.parametrize("case", sorted(CHECKS))
def test_shop_account_correction_and_state_checks_read_in_english(qapp, case):
    made = CHECKS[case]
    if "decision_text" in made.__code__.co_names:  # a refusal: rendered with its rule, in each language
        english, chinese = both(qapp, made)
        assert english.endswith(")") and chinese.endswith("）")
    else:
        check_case(qapp, made, data=("店", "小店", "小林", "录错", "因"))


PLATFORM_ERRORS = {
    "40003 signature": (lambda: api_error("product.listV2", 40003, "isv.signature-invalid", "签名错误", ""), "40003"),
    "30001 permission": (lambda: api_error("product.listV2", 30001, "isv.permission-denied", "无权限", ""), "30001"),
    "token": (lambda: api_error("shop.getShopCategory", 40004, "isv.access-token-expired", "", ""), "40004"),
    "timestamp": (lambda: api_error("shop.getShopCategory", 40002, "isv.timestamp-invalid", "", ""), "40002"),
    "60000 rate limited": (lambda: PlatformError("rate_limited", code="60000", sub_code="isv.rate-limit", tries=3),
                           "60000"),
    "5xx": (lambda: PlatformError("server", code="HTTP 503", retryable=True, tries=3, method="product.listV2"),
            "HTTP 503"),
    "malformed": (lambda: PlatformError("malformed", code="JSON", method="product.listV2"), "JSON"),
    "other api error": (lambda: api_error("product.listV2", 50002, "isp.unknown", "", "service busy"), "50002"),
    "timeout": (lambda: PlatformError("timeout", code="timeout", method="product.listV2", seconds="20"), "20"),
    "network": (lambda: PlatformError("network", code="network", method="product.listV2",
                                      reason="[Errno 111] Connection refused"), "Errno 111"),
    "tls": (lambda: PlatformError("tls", code="TLS", method="product.listV2"), "TLS"),
    "too large": (lambda: PlatformError("too_large", method="product.listV2", limit=64), "64"),
    "shop mismatch": (lambda: PlatformError("shop_mismatch", got="123", want="456"), "456"),
    "no keychain": (lambda: KeychainUnavailable("no_keychain", backend="fail.Keyring"), "fail.Keyring"),
    "keychain failed": (lambda: PlatformError("keychain_failed", reason="locked"), "locked"),
    "no secret": (lambda: PlatformError("no_secret"), ""),
    "cancelled": (lambda: PlatformCancelled(), ""),
}


@pytest.mark.parametrize("case", sorted(PLATFORM_ERRORS))
def test_platform_errors_read_in_english_and_name_the_code(qapp, case):
    make, code = PLATFORM_ERRORS[case]
    english, chinese = check_case(qapp, make)
    assert code in english and code in chinese
    language.install(qapp, language.ENGLISH)
    try:
        assert platform_message(make()) == english  # the platform dialogs say the same
    finally:
        language.install(qapp, language.CHINESE)


def test_the_platform_s_own_words_stay_as_the_platform_wrote_them(qapp):
    # sub_msg is the platform's text (data): shown as given, inside an English sentence with the code.
    english, _ = check_case(qapp, lambda: api_error("product.addV2", 50001, "isv.bad-param", "", "类目不存在"),
                            data=("类目不存在",))
    assert english.startswith("The Douyin Open Platform returned an error (product.addV2, 50001 isv.bad-param)")


def test_english_platform_wording_without_a_translation_file(qapp):
    # No .qm loaded but an English locale: the error's own English column, still with the code.
    exc = api_error("product.listV2", 40003, "isv.signature-invalid", "", "")
    assert "40003" in exc.english and not any("\u4e00" <= c <= "\u9fff" for c in exc.english)
    assert translated(exc.reason) == exc.message


def test_the_sync_log_reads_in_english(qapp, ctx):
    # 同步记录 keeps what a run's error and summary were made of (m0016): a failed pull with code 40003
    # and a successful one read in English later, and in Chinese as written.
    from desktop.services import platform_runs
    from desktop.services.platform_runs import SyncRun
    from desktop.domain.messages import text
    with pytest.raises(PlatformError):
        with SyncRun(ctx, None, "products"):
            raise api_error("product.listV2", 40003, "isv.signature-invalid", "", "")
    with SyncRun(ctx, None, "categories") as run:
        run.summary = text("类目没有变化（{n} 个）", n=12)
    failed, done = sorted(platform_runs.list_runs(ctx), key=lambda r: r.id)
    assert failed.error == api_error("product.listV2", 40003, "isv.signature-invalid", "", "").message
    assert done.summary == "类目没有变化（12 个）"
    english, _ = both(qapp, lambda: translated(failed.error))
    assert "40003 isv.signature-invalid" in english
    assert both(qapp, lambda: translated(done.summary))[0] == "Categories unchanged (12)"
