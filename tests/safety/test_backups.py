"""Build 3 and 4: verified online backups, pruning with a fake clock, restore."""
import os
import sqlite3
from datetime import datetime

import pytest

from desktop.services import backups, shops
from desktop.services.errors import InvalidInput
from desktop.services.session import close_session, open_session
from desktop.store import backups as store
from tests.safety.helpers import count_full_checks, dump, integrity


def test_backup_is_verified_complete_and_has_a_manifest(ctx, shop_id):
    entry = backups.backup_now(ctx)
    assert entry.path.parent == ctx.data_dir / "backups"
    assert integrity(entry.path) == ["ok"]
    assert entry.shops == 1 and entry.products == 0 and entry.schema_version >= 6
    assert not (entry.path.with_name(entry.path.name + "-wal")).exists()
    listed = backups.list_backups(ctx.data_dir)
    assert [e.path for e in listed] == [entry.path]
    assert listed[0].shops == 1


def test_killed_backup_leaves_no_listed_file(ctx, shop_id):
    def cancel(done, total):
        raise KeyboardInterrupt  # like a kill in the middle of the copy

    with pytest.raises(KeyboardInterrupt):
        store.make_backup(ctx.data_dir / "shopdesk.db", ctx.data_dir / "backups", "manual", ctx.clock.now(),
                          progress=cancel, step_pages=1)
    assert backups.list_backups(ctx.data_dir) == []
    # A partial file left by a real kill has the temporary name and is never listed.
    (ctx.data_dir / "backups" / ".tmp-shopdesk-20260101-000000-auto.db").write_bytes(b"SQLite format 3\x00partial")
    assert backups.list_backups(ctx.data_dir) == []


def test_fresh_database_with_nothing_made_is_not_backed_up(ctx):
    assert backups.backup_if_changed(ctx, reason="close") is None
    assert backups.list_backups(ctx.data_dir) == []


def test_backup_if_changed_only_after_changes(ctx, shop_id, clock):
    first = backups.backup_if_changed(ctx)
    assert first is not None
    clock.advance(minutes=30)
    assert backups.backup_if_changed(ctx) is None
    shops.create_shop(ctx, "第二家", "10002")
    clock.advance(minutes=30)
    assert backups.backup_if_changed(ctx) is not None


def test_images_are_listed_by_hash_not_copied(ctx, shop_id, tmp_path):
    from desktop.services import products
    from tests.safety.helpers import draft_with_real_images

    draft = draft_with_real_images(ctx, tmp_path)
    products.save_draft(ctx, shop_id, draft)
    entry = backups.backup_now(ctx)
    assert sorted(entry.images) == sorted(set(draft.images))
    assert [p.suffix for p in (ctx.data_dir / "backups").iterdir()] == [".db", ".json"]


def test_pruning_with_a_fake_clock(ctx, shop_id, clock):
    for _ in range(40):  # 40 days of one backup a day
        shops.update_shop(ctx, shop_id, f"店{clock.now().day}", "10001", False)
        backups.backup_now(ctx, reason="auto")
        clock.advance(days=1)
    kept = [e for e in backups.list_backups(ctx.data_dir) if e.kind == "backup"]
    assert len(kept) < 40
    assert len(kept) <= 10 + 7 + 4 + 12
    names = set(os.listdir(ctx.data_dir / "backups"))
    assert all((e.path.name + ".json") in names for e in kept)
    assert len(names) == 2 * len(kept)


def test_refused_files_are_listed_and_never_pruned(ctx, shop_id, clock):
    refused = ctx.data_dir / "shopdesk.db.refused-20250101-000000"
    refused.write_bytes(b"old")
    for _ in range(15):
        backups.backup_now(ctx)
        clock.advance(minutes=1)
    entries = backups.list_backups(ctx.data_dir)
    assert refused in [e.path for e in entries if e.kind == "refused"]
    assert refused.exists()


def test_restore_verifies_keeps_current_and_swaps(data_dir, clock):
    ctx = open_session(data_dir, clock=clock)
    shops.create_shop(ctx, "备份时的店", "10001")
    entry = backups.backup_now(ctx)
    before = dump(entry.path)
    shops.create_shop(ctx, "备份后的店", "10002")
    close_session(ctx)
    clock.advance(minutes=5)
    kept = backups.restore(data_dir, data_dir / "shopdesk.db", entry.path, clock.now())
    assert kept is not None and kept.shops == 2 and kept.reason == "before-restore"
    ctx = open_session(data_dir, clock=clock)
    assert [s.name for s in shops.list_shops(ctx)] == ["备份时的店"]
    close_session(ctx)
    assert dump(data_dir / "shopdesk.db") == before


def test_restore_runs_one_integrity_check_on_the_copy_it_puts_in_place(data_dir, clock, monkeypatch):
    ctx = open_session(data_dir, clock=clock)
    shops.create_shop(ctx, "备份时的店", "10001")
    entry = backups.backup_now(ctx)
    shops.create_shop(ctx, "备份后的店", "10002")
    close_session(ctx)
    checked = count_full_checks(monkeypatch)
    backups.restore(data_dir, data_dir / "shopdesk.db", entry.path, clock.now())
    assert [os.path.basename(name) for name in checked] == [".tmp-restore-shopdesk.db"]
    assert not list(data_dir.glob(".tmp-restore-*"))
    assert oct(os.stat(data_dir / "shopdesk.db").st_mode & 0o777) == "0o600"
    assert dump(data_dir / "shopdesk.db") == dump(entry.path)


def test_a_cancel_during_the_restore_check_stops_it_and_leaves_no_copy(data_dir, clock):
    ctx = open_session(data_dir, clock=clock)
    shops.create_shop(ctx, "店", "10001")
    entry = backups.backup_now(ctx)
    polls = []

    def cancelled() -> bool:  # false for the copy's one step, true from the check on
        polls.append(1)
        return len(polls) > 1

    with pytest.raises(backups.BackupCancelled):
        backups.check_restore(ctx, entry.path, None, cancelled)
    close_session(ctx)
    assert not list(data_dir.glob(".tmp-restore-*"))


def test_the_full_check_stops_when_cancelled_and_is_not_called_damage(tmp_path):
    from desktop.store.database import inspect_file

    path = tmp_path / "big.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x TEXT UNIQUE)")
    conn.executemany("INSERT INTO t VALUES (?)", ((f"row {i}",) for i in range(20000)))
    conn.commit()
    conn.close()
    with pytest.raises(backups.BackupCancelled):
        inspect_file(path, full=True, cancelled=lambda: True)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(data_dir, clock):
    ctx = open_session(data_dir, clock=clock)
    shops.create_shop(ctx, "店", "10001")
    entry = backups.backup_now(ctx)
    close_session(ctx)
    data = bytearray(entry.path.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)
    entry.path.write_bytes(bytes(data))
    current = (data_dir / "shopdesk.db").read_bytes()
    with pytest.raises(InvalidInput):
        backups.restore(data_dir, data_dir / "shopdesk.db", entry.path, clock.now())
    assert (data_dir / "shopdesk.db").read_bytes() == current
    assert not list(data_dir.glob(".tmp-restore-*"))
    assert [e.reason for e in backups.list_backups(data_dir)] == ["manual"]  # no before-restore made


def test_backup_on_a_full_disk_says_so(ctx, shop_id, monkeypatch):
    from desktop.store import faults

    monkeypatch.setattr(faults, "free_bytes", lambda folder: 4096)
    with pytest.raises(faults.StorageFault) as info:
        backups.backup_now(ctx)
    assert info.value.fault.kind == faults.DISK_FULL and info.value.fault.needed_bytes > 0
    monkeypatch.undo()
    assert backups.list_backups(ctx.data_dir) == []
