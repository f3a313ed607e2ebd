"""R-LOG-1 history in the user's language (issue 10, English): a row keeps what its subject and
detail were made of (m0015), so 操作记录 shows them in English, while the Chinese text stays as written."""
from __future__ import annotations

import json
from datetime import date

from desktop.domain.decisions import deny
from desktop.domain.messages import Text, is_text, joined, text
from desktop.services import history, history_texts
from desktop.store.models import History

UNBIND = "绑定满180天后可解绑：{date} 起，还需 {days} 天"


def _record(ctx, **kw):
    with ctx.db.atomic("IMMEDIATE"):
        history.record(ctx, "shop.rename", **kw)


def test_a_translatable_detail_is_kept_with_its_making(ctx, shop_id):
    detail = joined("；", [text("店铺：{name}", name="山野茶舍"), text("绑定日期 {day}", day=date(2026, 10, 1))])
    _record(ctx, shop_id=shop_id, subject=text("示例数据"), detail=detail)
    row = history.list_history(ctx)[0]
    assert row.detail == "店铺：山野茶舍；绑定日期 2026-10-01"  # the Chinese as written, unchanged
    assert is_text(row.detail) and [p.template for p in row.detail.parts] == ["店铺：{name}", "绑定日期 {day}"]
    assert row.detail.parts[0].params == {"name": "山野茶舍"}
    assert is_text(row.subject) and row.subject.template == "示例数据"


def test_a_refusal_keeps_the_rule_reason_for_translation(ctx, shop_id):
    decision = deny("R-CH-4", UNBIND, date=date(2026, 12, 10), days=10)
    history.refuse(ctx, decision, "channel.unbind", shop_id=shop_id)
    row = history.list_history(ctx)[0]
    assert (row.outcome, row.rule_id) == ("refused", "R-CH-4")
    assert row.detail == decision.message  # "…还需 10 天（R-CH-4）", as before
    assert row.detail.template == UNBIND and row.detail.context == "rules"
    assert row.detail.params == {"date": "2026-12-10", "days": 10}


def test_plain_and_oversized_texts_stay_as_written(ctx, shop_id):
    _record(ctx, shop_id=shop_id, subject="小林家居", detail="平台店铺 ID 1")
    _record(ctx, shop_id=shop_id, detail=text("标题：{title}", title="长" * 5000))  # kept compacted, not as JSON
    long_row, plain_row = history.list_history(ctx)[:2]
    assert not is_text(plain_row.detail) and plain_row.detail == "平台店铺 ID 1"
    assert not is_text(long_row.detail) and "SHA-256" in long_row.detail
    assert [h.texts for h in History.select().order_by(History.id.desc()).limit(2)] == [None, None]


def test_a_damaged_texts_column_falls_back_to_the_written_text():
    assert history_texts.decode("{not json", "对象", "说明") == ("对象", "说明")
    made = json.dumps({"detail": {"t": "共 {n:,} 条", "p": {"n": "x"}}})  # a value that does not fit the spec
    subject, detail = history_texts.decode(made, "对象", "共 3 条")
    assert subject == "对象" and detail == "共 3 条" and isinstance(detail, Text)
