"""m0005: the database refuses self-operated marking transitions the rules do not allow (R-SELF-2, R-SELF-6)."""
import peewee
import pytest

from desktop.store.migrations import STEPS, m0005_self_transitions


@pytest.fixture
def db(ctx, shop_id):
    assert m0005_self_transitions in STEPS
    ctx.db.execute_sql("INSERT INTO account (platform, account_code, created_at) VALUES ('douyin', 'acc_x', 'x')")
    return ctx.db


def insert(db, shop_id, state):
    return db.execute_sql(
        "INSERT INTO binding (shop_id, account_id, category, state, started_at) VALUES (?, 1, 'self', ?, 'x') RETURNING id",
        (shop_id, state)).fetchone()[0]


def set_state(db, bid, state):
    db.execute_sql("UPDATE binding SET state = ? WHERE id = ?", (state, bid))


@pytest.mark.parametrize("state", ["refused", "unmarked"])
def test_marking_cannot_start_ended(db, shop_id, state):
    with pytest.raises(peewee.IntegrityError):
        insert(db, shop_id, state)


def test_allowed_path(db, shop_id):
    bid = insert(db, shop_id, "awaiting_auth")
    set_state(db, bid, "self_operated")
    set_state(db, bid, "unmarked")
    bid = insert(db, shop_id, "awaiting_auth")
    set_state(db, bid, "refused")


@pytest.mark.parametrize(
    "start, path, bad",
    [("awaiting_auth", [], "unmarked"), ("self_operated", [], "refused"), ("self_operated", [], "awaiting_auth"),
     ("awaiting_auth", ["refused"], "self_operated"), ("self_operated", ["unmarked"], "self_operated")],
)
def test_forbidden_transitions(db, shop_id, start, path, bad):
    bid = insert(db, shop_id, start)
    for state in path:
        set_state(db, bid, state)
    with pytest.raises(peewee.IntegrityError):
        set_state(db, bid, bad)
