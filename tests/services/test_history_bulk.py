"""R-LOG-1: a bulk change's history rows are the same rows one ``record`` each would write (both backends)."""
from __future__ import annotations

from desktop.services import history
from desktop.store import sqlcompat

COLUMNS = "at, shop_id, account_id, product_id, subject, action, outcome, rule_id, detail, source, user_name, computer_name"


def _rows(ctx, action):
    return [tuple(r) for r in ctx.db.execute_sql(
        f"SELECT {COLUMNS} FROM history WHERE action = ? ORDER BY id", (action,)).fetchall()]


def test_record_many_writes_the_rows_record_would(ctx, shop_id):
    long = "很长的说明" * 1000  # compacted the same way (start, length, hash)
    entries = [{"shop_id": shop_id, "product_id": 7, "subject": "甲", "detail": "一"},
               {"shop_id": shop_id, "subject": "乙" * 500, "detail": long, "outcome": "ok"},
               {"account_id": 3, "rule_id": "R-CH-4", "detail": "规则"}]
    with ctx.db.atomic("IMMEDIATE"), history.platform_source():
        for e in entries:
            history.record(ctx, "platform.create", **e)
        assert history.record_many(ctx, [{"action": "platform.product", **e} for e in entries]) == 3
        assert history.record_many(ctx, []) == 0
    one_by_one, bulk = _rows(ctx, "platform.create"), _rows(ctx, "platform.product")
    assert len(bulk) == 3 and {r[9] for r in bulk} == {"platform"}
    assert [r[:5] + r[6:] for r in one_by_one] == [r[:5] + r[6:] for r in bulk]


def test_reserved_ids_are_fresh_and_usable(ctx, shop_id):
    with ctx.db.atomic("IMMEDIATE"):
        ids = sqlcompat.reserve_ids(ctx.db, "history", 3)
        assert len(set(ids)) == 3 and sqlcompat.reserve_ids(ctx.db, "history", 0) == []
        sqlcompat.executemany(ctx.db, "INSERT INTO history (id, at, action, outcome) VALUES (?, ?, 'x', 'ok')",
                              [(i, "2026-01-01") for i in ids])
        history.record(ctx, "shop.rename", shop_id=shop_id)  # the next automatic id does not collide
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM history WHERE action = 'x'").fetchone()[0] == 3
