"""The services stay the guard (issues 11 and 12): while the data can't be written, every write is
refused at once with the plain reason (never queued), nothing changes, and writes work again after."""
from __future__ import annotations

import os

import pytest

from desktop.domain import writable
from desktop.services import channels, history, shops, write_state
from desktop.services.session import close_session, open_session
from desktop.store import faults
from desktop.store.write_guard import WriteBlocked


def history_count(ctx) -> int:
    return len(history.list_history(ctx))


def test_offline_server_refuses_writes_and_reconnect_allows_them(ctx, shop_id):
    assert write_state.write_decision(ctx).allowed
    before = (history_count(ctx), len(shops.list_shops(ctx)))
    assert write_state.set_online(ctx, False)  # changed
    decision = write_state.write_decision(ctx)
    assert not decision and decision.message.startswith("服务器连接已断开，正在重连")
    assert write_state.blocked(ctx) == writable.OFFLINE
    for write in (lambda: shops.create_shop(ctx, "离线新店", "40001"),
                  lambda: channels.start_channel_binding(ctx, shop_id, "douyin", "acc_off", "离线号")):
        with pytest.raises(WriteBlocked) as refused:
            write()
        assert refused.value.decision == decision and "正在重连" in refused.value.message
    # Reads still work (the last data), and nothing was written or queued — not even a refusal row.
    assert (history_count(ctx), len(shops.list_shops(ctx))) == before
    assert not write_state.set_online(ctx, False)  # no change
    assert write_state.set_online(ctx, True)
    shops.create_shop(ctx, "重连新店", "40002")
    assert len(shops.list_shops(ctx)) == before[1] + 1
    assert [s.name for s in shops.list_shops(ctx)].count("离线新店") == 0  # never queued


@pytest.mark.sqlite_only
def test_read_only_file_refuses_writes_with_the_read_only_reason(data_dir, clock):
    ctx = open_session(data_dir, clock=clock)
    shops.create_shop(ctx, "只读前", "50001")
    close_session(ctx)
    db = data_dir / "shopdesk.db"
    os.chmod(db, 0o444)
    ro = open_session(data_dir, clock=clock)
    try:
        assert write_state.blocked(ro) == writable.READ_ONLY
        assert write_state.write_decision(ro).message.startswith("数据库文件是只读的")
        with pytest.raises(WriteBlocked) as refused:
            shops.create_shop(ro, "只读时新建", "50002")
        assert faults.classify(refused.value).kind == faults.READ_ONLY
        assert [s.name for s in shops.list_shops(ro)] == ["只读前"]
    finally:
        ro.db.close()
        os.chmod(db, 0o644)
