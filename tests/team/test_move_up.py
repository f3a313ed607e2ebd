"""迁移到服务器 keeps every row, its ids and timestamps, and leaves the local file untouched."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop import paths
from desktop.services import demo, history, move_up, self_operated, shops
from desktop.services.session import open_server_session, open_session
from desktop.store.server import ServerProblem
from tests.image_factory import png_bytes

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def local(tmp_path, clock):
    """A local data folder with the demo shops, plus an ended self-operated marking and an image."""
    data = tmp_path / "local"
    ctx = open_session(data, clock=clock)
    demo.fill_if_empty(ctx)
    from desktop.services import images

    pic = tmp_path / "pic.png"
    pic.write_bytes(png_bytes(800, 800, noise=True))
    images.add_image(ctx, pic)
    # An ended marking: its row must be copied although a NEW row may not start ended (R-SELF-2).
    for shop in shops.list_shops(ctx):
        for cand in self_operated.list_candidates(ctx, shop.id):
            if cand.state is None and cand.other_shop is None and cand.eligibility.allowed:
                bid = self_operated.mark_self_operated(ctx, shop.id, cand.account_id).value
                self_operated.record_authorization(ctx, bid, False)
                break
    ended = ctx.db.execute_sql("SELECT COUNT(*) FROM binding WHERE state IN ('refused', 'unmarked')").fetchone()[0]
    assert ended > 0
    ctx.db.close()
    return data


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(conn, tables) -> dict:
    return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_move_keeps_every_row_and_the_local_file(local, pg_server, tmp_path, clock):
    db_file = paths.db_path(local)
    before = _sha(db_file)
    shared = tmp_path / "nas-images"
    target = pg_server.migrated()
    cfg = pg_server.config(target, images_dir=str(shared))

    outcome = move_up.move_to_server(db_file, cfg, None, shared)
    result = outcome.value

    assert _sha(db_file) == before  # untouched, kept as the backup
    src = sqlite3.connect(str(db_file))
    tables = [t.table for t in result.tables]
    assert {"shop", "history", "binding", "product", "sku", "gmv_record", "image_blob"} <= set(tables)
    counts = _counts(src, tables)
    assert {t.table: t.rows for t in result.tables} == counts
    assert counts["history"] > 0 and counts["gmv_record"] > 0 and counts["product"] > 0

    ctx = open_server_session(cfg, None, tmp_path / "team-data", clock=clock)
    try:
        pg = ctx.db.connection()
        assert _counts(pg, tables) == counts
        for t in tables:  # the same rows, byte for byte, on both sides
            assert move_up.table_check(pg, t) == move_up.table_check(src, t), t
        # History keeps its original timestamps and authors.
        assert pg.execute("SELECT at, action FROM history ORDER BY id").fetchall() == [
            tuple(r) for r in src.execute("SELECT at, action FROM history ORDER BY id")]
        # Images by hash in the shared folder; the database names only hashes.
        for (sha,) in src.execute("SELECT sha256 FROM image_blob"):
            found = list((shared / sha[:2]).glob(sha + ".*"))
            assert len(found) == 1 and _sha(found[0]) == sha
        assert str(shared) not in repr(pg.execute("SELECT * FROM product").fetchall())
        # New rows continue after the copied ids.
        new = shops.create_shop(ctx, "团队新店", "990001", False).value
        assert new > max(r[0] for r in src.execute("SELECT id FROM shop"))
        assert history.list_history(ctx)[0].action == "shop.create"
    finally:
        ctx.db.close()
        src.close()


def test_move_refuses_a_server_database_with_data(local, ctx, pg_server, server_db, shop_id, tmp_path):
    with pytest.raises(ServerProblem) as err:
        move_up.move_to_server(paths.db_path(local), pg_server.config(server_db), None, None)
    assert err.value.kind == "not_empty"
    assert [s.id for s in shops.list_shops(ctx)] == [shop_id]
