"""On the server: history is append-only; a dropped connection rolls back with
a clear message; the password never reaches logs, history or settings."""
from __future__ import annotations

import logging

import peewee
import pytest

from desktop.services import history, shops, team
from desktop.services.session import open_server_session

pytestmark = pytest.mark.postgres_only


def test_history_refuses_update_delete_and_truncate(ctx, shop_id):
    for sql in ("UPDATE history SET detail = 'x'", "DELETE FROM history", "TRUNCATE history"):
        with pytest.raises(peewee.IntegrityError, match="R-LOG-1"):
            with ctx.db.atomic():
                ctx.db.execute_sql(sql)
    assert history.list_history(ctx)[0].action == "shop.create"


def test_history_names_the_user_and_the_computer(ctx, shop_id):
    row = ctx.db.execute_sql("SELECT user_name, computer_name FROM history ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(row) == (ctx.user_name, ctx.computer_name) and row[1]


def test_dropped_connection_mid_operation_rolls_back(ctx, pg_server, monkeypatch):
    from desktop.ui.common.errors import message_for

    real = history.record

    def cut_then_record(c, *args, **kwargs):
        pid = c.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return real(c, *args, **kwargs)

    monkeypatch.setattr(history, "record", cut_then_record)
    with pytest.raises(peewee.DatabaseError) as err:
        shops.create_shop(ctx, "断线小店", "777", False)
    text = message_for(err.value)
    assert "服务器" in text and "没有保存" in text
    monkeypatch.setattr(history, "record", real)
    # The next operation reconnects by itself; the cut one left nothing behind.
    assert [s.name for s in shops.list_shops(ctx)] == []
    shops.create_shop(ctx, "恢复后", "778", False)
    assert [s.name for s in shops.list_shops(ctx)] == ["恢复后"]


def test_password_never_in_logs_history_or_settings(pg_server, server_db, data_dir, caplog):
    from tests.memory_keyring import install

    install()
    secret = "Mi-Ma_4_the-NAS"
    pg_server.admin.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shopdesk_pw') THEN "
        "CREATE ROLE shopdesk_pw LOGIN; END IF; END $$"
    )
    pg_server.admin.execute(f"ALTER ROLE shopdesk_pw PASSWORD '{secret}'")
    pg_server.admin.execute("ALTER ROLE shopdesk_pw SUPERUSER")  # owns nothing in the test database
    cfg = pg_server.config(server_db, user="shopdesk_pw")
    caplog.set_level(logging.DEBUG)  # peewee logs every query at DEBUG
    team.save_settings(data_dir, team.TeamSettings(True, cfg), secret)
    assert team.test_connection(cfg, "not-it").kind == "auth"
    ctx = open_server_session(cfg, team.password_for(cfg), data_dir)
    try:
        shops.create_shop(ctx, "密码小店", "888", False)
        rows = ctx.db.execute_sql("SELECT * FROM history").fetchall()
    finally:
        ctx.db.close()
    assert rows and secret not in repr(rows)
    assert secret not in caplog.text
    for f in data_dir.rglob("*"):
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
