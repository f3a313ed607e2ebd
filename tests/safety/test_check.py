"""Build 5: 检查数据库 finds damage and broken invariants, repairs only what is safe, a second run finds nothing."""
import hashlib

from desktop.services import check, gmv_import, shops
from desktop.services.session import close_session, open_session
from tests.safety.helpers import damage_index, dump

CSV = "达人抖音号,达人昵称,日期,本店GMV（元）,总GMV（元）\ndy_lin,小林,2026-11-20,100,200\n"


def test_healthy_database_has_no_findings(ctx, shop_id):
    assert check.check_database(ctx).ok


def test_missing_history_trigger_is_found_and_recreated(ctx, shop_id):
    ctx.db.execute_sql("DROP TRIGGER history_no_update")
    report = check.check_database(ctx)
    assert [f.code for f in report.findings] == ["schema"] and report.findings[0].repairable
    assert "history_no_update" in report.findings[0].text
    before = dump(ctx.data_dir / "shopdesk.db")
    fresh = check.repair(ctx, report)
    assert fresh.ok and fresh.repaired and fresh.backup
    assert dump(ctx.data_dir / "shopdesk.db") == before  # nothing of the user's changed
    assert check.check_database(ctx).ok  # a second run finds nothing


def test_damaged_gmv_index_refuses_import_until_repaired(data_dir, clock, tmp_path):
    """Finding 3 (R-SELF-1): a damaged unique index must not let a re-import double the GMV."""
    ctx = open_session(data_dir, clock=clock)
    shop_id = shops.create_shop(ctx, "店", "10001").value
    path = tmp_path / "gmv.csv"
    path.write_text(CSV, encoding="utf-8")
    gmv_import.import_file(ctx, shop_id, path)
    ctx.db.execute_sql("INSERT INTO gmv_record(shop_id, account_id, day, shop_gmv_fen, total_gmv_fen, updated_at)"
                       " SELECT shop_id, account_id, '2026-11-19', 1, 2, 'x' FROM gmv_record")
    close_session(ctx)
    damage_index(data_dir / "shopdesk.db", "sqlite_autoindex_gmv_record_1",
                 "DELETE FROM gmv_record WHERE day = '2026-11-19'",
                 unique_clause="UNIQUE (shop_id, account_id, day)")
    # The damaged file is refused at open (full check); the owner's check runs on it anyway.
    from desktop.store.database import make_database
    from desktop.services.context import ServiceContext
    db = make_database(data_dir / "shopdesk.db")
    db.connect()
    ctx = ServiceContext(db=db, data_dir=data_dir, clock=clock)
    try:
        gmv_import.import_file(ctx, shop_id, path)
        raise AssertionError("import went ahead on a damaged index")
    except check.DamagedIndex:
        pass
    report = check.check_database(ctx)
    assert any(f.code == "integrity" and f.repairable for f in report.findings)
    fresh = check.repair(ctx, report)
    assert fresh.ok, [f.text for f in fresh.findings]
    gmv_import.import_file(ctx, shop_id, path)
    rows = db.execute_sql("SELECT COUNT(*) FROM gmv_record WHERE day = '2026-11-20'").fetchone()[0]
    assert rows == 1
    assert check.check_database(ctx).ok
    db.close()


def test_rule_invariants_in_plain_words(ctx, shop_id):
    # Written around the database's own guards (as an old version or a damaged index might have).
    ctx.db.execute_sql("DROP INDEX binding_self_one_shop")
    other = shops.create_shop(ctx, "第二家", "10002").value
    ctx.db.execute_sql("INSERT INTO account(platform, account_code, created_at) VALUES ('douyin', 'dy_x', 'x')")
    acc = ctx.db.execute_sql("SELECT id FROM account WHERE account_code = 'dy_x'").fetchone()[0]
    for s in (shop_id, other):
        ctx.db.execute_sql("INSERT INTO binding(shop_id, account_id, category, state, started_at)"
                           " VALUES (?, ?, 'self', 'self_operated', 'x')", (s, acc))
    report = check.check_database(ctx)
    codes = {f.code for f in report.findings}
    assert "self" in codes and "schema" in codes
    text = next(f.text for f in report.findings if f.code == "self")
    assert "dy_x" in text and "R-SELF-4" in text
    fresh = check.repair(ctx, report)  # the unique index can't be rebuilt over two rows: left, not forced
    assert any(f.code == "self" for f in fresh.findings)
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM binding WHERE account_id = ?", (acc,)).fetchone()[0] == 2


def test_missing_or_changed_image_is_reported(ctx, shop_id, tmp_path):
    from desktop.services import images, products
    from tests.safety.helpers import draft_with_real_images

    draft = draft_with_real_images(ctx, tmp_path)
    products.save_draft(ctx, shop_id, draft)
    sha = draft.images[0]
    path = images.image_file(ctx, sha)
    assert check.check_database(ctx).ok
    path.write_bytes(b"changed")
    report = check.check_database(ctx)
    assert any(f.code == "image" and "指纹" in f.text for f in report.findings)
    path.unlink()
    assert any(f.code == "image" and "不见了" in f.text for f in check.check_database(ctx).findings)
    assert hashlib.sha256(b"").hexdigest()


def test_official_and_channel_limits_found_when_guards_were_bypassed(ctx, shop_id):
    """R-OFF-1 and R-CH-2 findings, for rows written around the database's guards."""
    ctx.db.execute_sql("DROP INDEX binding_official_one_per_shop")
    ctx.db.execute_sql("DROP INDEX binding_official_one_per_account")
    for i in range(8):
        ctx.db.execute_sql("INSERT INTO account(platform, account_code, created_at) VALUES ('douyin', ?, 'x')",
                           (f"dy_{i}",))
    ids = [r[0] for r in ctx.db.execute_sql("SELECT id FROM account ORDER BY id").fetchall()]
    for acc in ids[:2]:
        ctx.db.execute_sql("INSERT INTO binding(shop_id, account_id, category, state, started_at)"
                           " VALUES (?, ?, 'official', 'awaiting_scan', 'x')", (shop_id, acc))
    for acc in ids[2:8]:
        ctx.db.execute_sql("INSERT INTO binding(shop_id, account_id, category, state, channel, started_at)"
                           " VALUES (?, ?, 'channel', 'pending', 'douyin', 'x')", (shop_id, acc))
    texts = {f.code: f.text for f in check.check_database(ctx).findings}
    assert "R-OFF-1" in texts["official"] and "2 个官方账号" in texts["official"]
    assert "R-CH-2" in texts["channel"] and "6 个渠道号" in texts["channel"]
