"""m0008's summaries stay equal to what they summarise (gmv_daily, gmv_window_sum, product_count),
through inserts, updates, deletes and the window moving day by day or jumping."""
from __future__ import annotations

import random
from datetime import timedelta

from desktop.domain import eligibility
from desktop.services import gmv_summary, shops


def _direct_window(ctx, ref):
    start, end = eligibility.window(ref)
    return {(s, a): (x, y) for s, a, x, y in ctx.db.execute_sql(
        "SELECT shop_id, account_id, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM gmv_record "
        "WHERE day BETWEEN ? AND ? GROUP BY shop_id, account_id", (start.isoformat(), end.isoformat()))}


def _summary_window(ctx):
    return {(s, a): (x, y) for s, a, x, y in ctx.db.execute_sql(
        "SELECT shop_id, account_id, shop_fen, total_fen FROM gmv_window_sum WHERE shop_fen <> 0 OR total_fen <> 0")}


def _check(ctx, ref):
    direct_daily = ctx.db.execute_sql(
        "SELECT shop_id, day, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM gmv_record GROUP BY shop_id, day").fetchall()
    daily = ctx.db.execute_sql(
        "SELECT shop_id, day, shop_fen, total_fen FROM gmv_daily WHERE total_fen <> 0 ORDER BY shop_id, day").fetchall()
    assert sorted(direct_daily) == daily
    assert gmv_summary.window_ready(ctx, ref)
    assert _summary_window(ctx) == {k: v for k, v in _direct_window(ctx, ref).items() if v != (0, 0)}


def test_r_self_1_window_summary_follows_writes_and_days(ctx):
    rnd = random.Random(3)
    shop_ids = [shops.create_shop(ctx, f"店{i}", f"1000{i}", False).value for i in range(3)]
    with ctx.db.atomic():
        for code in range(8):
            ctx.db.execute_sql("INSERT INTO account (platform, account_code, nickname, created_at) "
                               "VALUES ('douyin', ?, '', 'x')", (f"acct{code}",))
    accounts = [r[0] for r in ctx.db.execute_sql("SELECT id FROM account")]
    today = ctx.today()
    gmv_summary.ensure_window(ctx, today)

    def prev(col: str) -> str:  # the day before, in each backend's SQL
        return f"to_char({col}::date - 1, 'YYYY-MM-DD')" if ctx.is_server else f"date({col}, '-1 day')"

    def write_some():
        with ctx.db.atomic():
            for _ in range(60):
                day = (ctx.today() - timedelta(days=rnd.randrange(0, 45))).isoformat()
                total = rnd.randrange(0, 1000)
                ctx.db.execute_sql(
                    "INSERT INTO gmv_record (shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 'x') ON CONFLICT (shop_id, account_id, day) DO UPDATE SET "
                    "shop_gmv_fen = excluded.shop_gmv_fen, total_gmv_fen = excluded.total_gmv_fen",
                    (rnd.choice(shop_ids), rnd.choice(accounts), day, rnd.randrange(0, total + 1), total))
            ctx.db.execute_sql("DELETE FROM gmv_record WHERE id IN (SELECT id FROM gmv_record ORDER BY random() LIMIT 5)")
            ctx.db.execute_sql(f"UPDATE gmv_record SET day = {prev('day')} WHERE id IN "
                               "(SELECT id FROM gmv_record ORDER BY random() LIMIT 3) AND NOT EXISTS (SELECT 1 "
                               "FROM gmv_record g WHERE g.shop_id = gmv_record.shop_id AND "
                               f"g.account_id = gmv_record.account_id AND g.day = {prev('gmv_record.day')})")

    write_some()
    _check(ctx, today)
    for step in (1, 1, 2, 15, 16, 40, -3):  # shifts, a rebuild, and the clock going back
        ctx.clock.advance(days=step)
        write_some()
        assert gmv_summary.ensure_window(ctx, ctx.today())
        _check(ctx, ctx.today())
        assert not gmv_summary.ensure_window(ctx, ctx.today())


def test_window_source_falls_back_to_the_records_when_not_built(ctx):
    sql, params = gmv_summary.window_source(ctx, ctx.today())
    assert "gmv_record" in sql and len(params) == 2
    gmv_summary.ensure_window(ctx, ctx.today())
    assert gmv_summary.window_source(ctx, ctx.today()) == ("gmv_window_sum", ())


def test_product_count_follows_inserts_state_changes_and_deletes(ctx):
    shop = shops.create_shop(ctx, "店", "10001", False).value
    now = ctx.now_iso()
    with ctx.db.atomic():
        for _ in range(4):
            ctx.db.execute_sql("INSERT INTO product (shop_id, state, created_at, updated_at) VALUES (?, 'draft', ?, ?)",
                               (shop, now, now))
        ctx.db.execute_sql("UPDATE product SET state = 'pending', category_id = NULL WHERE 1 = 0")  # no-op update
        ctx.db.execute_sql("DELETE FROM product WHERE id = 3")
        other = shops.create_shop(ctx, "别家", "10002", False).value
        ctx.db.execute_sql("UPDATE product SET shop_id = ? WHERE id = 1", (other,))
    direct = ctx.db.execute_sql("SELECT shop_id, state, COUNT(*) FROM product GROUP BY shop_id, state").fetchall()
    counted = ctx.db.execute_sql("SELECT shop_id, state, n FROM product_count WHERE n > 0 ORDER BY shop_id, state").fetchall()
    assert sorted(direct) == counted


def test_r_self_1_bulk_import_rebuilds_the_summaries_it_paused(ctx, tmp_path):
    """A GMV import pauses the row triggers (m0014) and rebuilds the rows it touched:
    new days, changed days, another shop's rows and a window already built all stay right."""
    from desktop.services import gmv_import

    shop, other = (shops.create_shop(ctx, f"店{i}", f"2000{i}", False).value for i in range(2))
    today = ctx.today()
    gmv_summary.ensure_window(ctx, today)

    def write_csv(name, rows):
        path = tmp_path / name
        lines = ["达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）"]
        lines += [f"{code},,{(today - timedelta(days=back)).isoformat()},{s},{t}" for code, back, s, t in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    rnd = random.Random(5)
    first = [(f"dy_{a}", back, rnd.randrange(0, 50), 50) for a in range(6) for back in range(0, 40, 3)]
    gmv_import.import_file(ctx, other, write_csv("other.csv", first))
    gmv_import.import_file(ctx, shop, write_csv("a.csv", first))
    # Again with some days changed, some new: the upsert path under the pause.
    second = [(code, back, min(50, s + 7), 50) for code, back, s, _ in first[::2]] + [("dy_new", 1, 3, 4)]
    gmv_import.import_file(ctx, shop, write_csv("b.csv", second))
    _check(ctx, today)
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM gmv_summary_pause").fetchone()[0] == 0
    # The triggers run again for the next single write.
    ctx.db.execute_sql("UPDATE gmv_record SET shop_gmv_fen = 0 WHERE id = (SELECT MIN(id) FROM gmv_record)")
    _check(ctx, today)
