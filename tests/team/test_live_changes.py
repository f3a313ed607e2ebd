"""Seeing others' changes: a commit on one computer reaches the other's feed
within 2 s; a rolled-back change sends nothing; SQLite has no feed (no-op)."""
from __future__ import annotations

import time

import pytest

from desktop.services import live, shops
from desktop.services.session import open_server_session, open_session
from desktop.store.server import ServerProblem


def _wait_for(feed, seconds=2.0) -> set:
    deadline = time.monotonic() + seconds
    seen: set = set()
    while time.monotonic() < deadline and not seen:
        seen |= feed.poll()
        time.sleep(0.05)
    return seen


@pytest.mark.postgres_only
def test_other_computer_sees_a_commit_within_two_seconds(ctx, pg_server, server_db, tmp_path):
    other = open_server_session(pg_server.config(server_db), None, tmp_path / "pc2")
    feed = live.feed_for(ctx)
    try:
        feed.poll()
        started = time.monotonic()
        sid = shops.create_shop(other, "二号机的店", "5050", False).value
        assert _wait_for(feed) == {sid}
        assert time.monotonic() - started < 2.0
        with pytest.raises(RuntimeError):  # a change that is rolled back is never announced
            with other.db.atomic():
                other.db.execute_sql("INSERT INTO history (at, action, outcome) VALUES ('x', 'test', 'ok')")
                raise RuntimeError("roll back")
        assert _wait_for(feed, 0.5) == set()
    finally:
        feed.close()
        other.db.close()


@pytest.mark.postgres_only
def test_feed_reports_a_lost_server(ctx, pg_server):
    feed = live.feed_for(ctx)
    pid = feed.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(ServerProblem) as err:
        for _ in range(20):
            feed.poll()
            time.sleep(0.05)
    assert err.value.kind == "lost"
    feed.connect()  # and comes back
    assert feed.poll() == set()
    feed.close()


def test_sqlite_has_no_feed(data_dir, clock):
    ctx = open_session(data_dir, clock=clock)
    try:
        assert live.feed_for(ctx) is None
    finally:
        ctx.db.close()
