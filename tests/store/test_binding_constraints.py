"""What SQLite itself holds for official and channel bindings (m0002): R-OFF-1, R-OFF-4, R-CH-6."""
import peewee
import pytest

NOW = "2026-11-27T10:00:00+08:00"


@pytest.fixture
def db(ctx, shop_id):
    ctx.db.execute_sql("INSERT INTO shop(id, name, platform_shop_id, created_at) VALUES (99, '第二家', '99', ?)", (NOW,))
    for i, code in enumerate(("a1", "a2", "a3"), start=1):
        ctx.db.execute_sql(
            "INSERT INTO account(id, platform, account_code, created_at) VALUES (?, 'douyin', ?, ?)", (i, code, NOW)
        )
    return ctx.db


def insert(db, shop, account, category, state, channel=None, bound_on=None):
    cur = db.execute_sql(
        "INSERT INTO binding(shop_id, account_id, category, state, channel, started_at, bound_on)"
        " VALUES (?,?,?,?,?,?,?) RETURNING id",
        (shop, account, category, state, channel, NOW, bound_on),
    )
    return cur.fetchone()[0]


def test_r_off_1_one_live_official_per_shop(db, shop_id):
    insert(db, shop_id, 1, "official", "awaiting_scan")
    with pytest.raises(peewee.IntegrityError):
        insert(db, shop_id, 2, "official", "awaiting_confirm")


def test_r_off_1_account_official_for_one_shop(db, shop_id):
    insert(db, shop_id, 1, "official", "bound", bound_on="2026-11-27")
    with pytest.raises(peewee.IntegrityError):
        insert(db, 99, 1, "official", "awaiting_scan")


def test_r_off_1_cancelled_rows_do_not_count(db, shop_id):
    insert(db, shop_id, 1, "official", "cancelled")
    insert(db, shop_id, 1, "official", "cancelled")
    insert(db, shop_id, 1, "official", "awaiting_scan")


def test_official_bound_needs_bound_on(db, shop_id):
    with pytest.raises(peewee.IntegrityError):
        insert(db, shop_id, 1, "official", "bound")


def test_r_off_4_trigger_blocks_unbind_and_delete(db, shop_id):
    bid = insert(db, shop_id, 1, "official", "bound", bound_on="2026-11-27")
    for sql in (
        "UPDATE binding SET state='cancelled' WHERE id=?",
        "UPDATE binding SET ended_at='2026-12-01' WHERE id=?",
        "UPDATE binding SET account_id=2 WHERE id=?",
        "UPDATE binding SET shop_id=99 WHERE id=?",
        "DELETE FROM binding WHERE id=?",
    ):
        with pytest.raises(peewee.IntegrityError, match="R-OFF-4"):
            db.execute_sql(sql, (bid,))
    assert db.execute_sql("SELECT state FROM binding WHERE id=?", (bid,)).fetchone()[0] == "bound"


def test_r_off_4_pending_official_can_still_be_cancelled(db, shop_id):
    bid = insert(db, shop_id, 1, "official", "awaiting_confirm")
    db.execute_sql("UPDATE binding SET state='cancelled', ended_at=? WHERE id=?", (NOW, bid))


def test_r_ch_6_same_account_once_per_shop_while_live(db, shop_id):
    insert(db, shop_id, 1, "channel", "pending", channel="douyin")
    with pytest.raises(peewee.IntegrityError):
        insert(db, shop_id, 1, "channel", "bound", channel="huoshan", bound_on="2026-11-27")
    insert(db, 99, 1, "channel", "pending", channel="douyin")  # another shop is fine


def test_r_ch_6_ended_rows_do_not_block(db, shop_id):
    bid = insert(db, shop_id, 1, "channel", "bound", channel="douyin", bound_on="2026-01-01")
    db.execute_sql("UPDATE binding SET state='unbound', ended_at=? WHERE id=?", (NOW, bid))
    insert(db, shop_id, 1, "channel", "pending", channel="douyin")


@pytest.mark.parametrize(
    "category, state, channel",
    [
        ("channel", "pending", None),  # a channel binding names its channel
        ("channel", "pending", "kuaishou"),  # R-CH-1
        ("channel", "awaiting_scan", "douyin"),
        ("official", "pending", None),
    ],
)
def test_checks_refuse_bad_rows(db, shop_id, category, state, channel):
    with pytest.raises(peewee.IntegrityError):
        insert(db, shop_id, 1, category, state, channel=channel)
