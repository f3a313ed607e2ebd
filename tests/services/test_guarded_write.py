"""The one guarded-write helper: the decision is asked inside the IMMEDIATE
transaction, a refusal rolls back what was written and is logged (R-LOG-1),
and the database's own constraints report as the given rule."""
from __future__ import annotations

import peewee
import pytest

from desktop.domain.decisions import allow, deny
from desktop.domain.products import ProductDraft, SkuInput
from desktop.services import changes as ch
from desktop.services import products
from desktop.services.errors import RuleRefused
from desktop.services.guarded import Written, guarded_write
from desktop.store.models import History, Shop


def _rows(ctx, action):
    return ctx.db.execute_sql("SELECT outcome, rule_id, detail, shop_id, subject FROM history WHERE action = ? "
                              "ORDER BY id", (action,)).fetchall()


def _rename(ctx, shop_id, decision, name="新名字", fail=None):
    def write(shop):
        shop.name = name
        shop.save()
        if fail is not None:
            raise fail
        return Written(shop.id, f"改名为 {name}")

    return guarded_write(ctx, "test.rename", load=lambda: Shop.get_by_id(shop_id),
                         about=lambda s: dict(shop_id=s.id, subject=s.name), decide=lambda s: decision,
                         write=write, changes=frozenset({ch.SHOPS, ch.HISTORY}), integrity=deny("R-X", "撞了约束"))


def test_allowed_change_is_written_and_logged_with_the_new_subject(ctx, shop_id):
    outcome = _rename(ctx, shop_id, allow())
    assert outcome.value == shop_id and outcome.changes == frozenset({ch.SHOPS, ch.HISTORY})
    assert _rows(ctx, "test.rename") == [("ok", None, "改名为 新名字", shop_id, "新名字")]


def test_refusal_writes_nothing_and_logs_the_refusal(ctx, shop_id):
    with pytest.raises(RuleRefused) as exc:
        _rename(ctx, shop_id, deny("R-TEST", "不行"))
    assert exc.value.rule == "R-TEST"
    assert Shop.get_by_id(shop_id).name == "测试小店"
    assert _rows(ctx, "test.rename") == [("refused", "R-TEST", "不行", shop_id, "测试小店")]


def test_constraint_failure_rolls_back_and_reports_the_rule(ctx, shop_id):
    with pytest.raises(RuleRefused) as exc:
        _rename(ctx, shop_id, allow(), fail=peewee.IntegrityError("unique"))
    assert exc.value.rule == "R-X"
    assert Shop.get_by_id(shop_id).name == "测试小店"
    assert [r[0] for r in _rows(ctx, "test.rename")] == ["refused"]
    assert History.select().where(History.outcome == "ok", History.action == "test.rename").count() == 0


def test_a_product_draft_is_parsed_once_per_save(ctx, shop_id, monkeypatch):
    """R-P-PRICE-1: the prices of a saved draft are read once (domain), then written (service)."""
    from desktop.domain import money

    calls = []
    real = money.parse_field
    monkeypatch.setattr(money, "parse_field", lambda text: calls.append(text) or real(text))
    draft = ProductDraft(title="测试商品", weight="1", skus=[SkuInput((), sale="19.90", original="29.90", stock="5")])
    pid = products.save_draft(ctx, shop_id, draft).value
    assert sorted(calls) == ["19.90", "29.90"]
    sku = products.get_product(ctx, pid).draft.skus[0]
    assert (sku.sale, sku.original, sku.stock) == ("19.90", "29.90", "5")
