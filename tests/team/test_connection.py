"""测试连接 and opening a server: one clear case per failure (issue 12)."""
from __future__ import annotations

import pytest

from desktop.services import team
from desktop.services.session import open_server_session
from desktop.store import migrations, server

pytestmark = pytest.mark.postgres_only

PASSWORD = "Zh3ngQue-mima!"


@pytest.fixture
def pw_role(pg_server):
    """A role that must give its password (the test cluster's pg_hba asks for it)."""
    pg_server.admin.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shopdesk_pw') THEN "
        "CREATE ROLE shopdesk_pw LOGIN; END IF; END $$"
    )
    pg_server.admin.execute(f"ALTER ROLE shopdesk_pw SUPERUSER PASSWORD '{PASSWORD}'")
    return "shopdesk_pw"


def test_ok_on_an_empty_database(ctx, pg_server, server_db):
    report = team.test_connection(pg_server.config(server_db), None)
    assert report.ok and report.server_version >= server.MIN_SERVER_VERSION
    assert report.schema_version == migrations.latest_version()


def test_wrong_password(ctx, pg_server, server_db, pw_role):
    cfg = pg_server.config(server_db, user=pw_role)
    assert team.test_connection(cfg, "wrong").kind == "auth"
    assert team.test_connection(cfg, None).kind == "auth"
    assert team.test_connection(cfg, PASSWORD).ok


def test_database_missing(ctx, pg_server):
    assert team.test_connection(pg_server.config("no_such_shop_db"), None).kind == "no_database"


def test_server_not_reachable(ctx, pg_server, tmp_path):
    cfg = pg_server.config("postgres", host=str(tmp_path / "nobody-listens"))
    assert team.test_connection(cfg, None).kind == "unreachable"


def test_server_too_old(ctx, pg_server, server_db, monkeypatch):
    # This machine has only PostgreSQL 15: pretend the app needs a newer one.
    monkeypatch.setattr(server, "MIN_SERVER_VERSION", 990000)
    report = team.test_connection(pg_server.config(server_db), None)
    assert report.kind == "too_old" and report.server_version >= 150000


def test_newer_schema_is_refused_untouched(ctx, pg_server, server_db, data_dir):
    ctx.db.execute_sql("INSERT INTO schema_version(version) VALUES (999)")
    cfg = pg_server.config(server_db)
    assert team.test_connection(cfg, None).kind == "newer_schema"
    with pytest.raises(server.ServerProblem) as err:
        open_server_session(cfg, None, data_dir)
    assert err.value.kind == "newer_schema" and err.value.found == 999
    versions = [r[0] for r in ctx.db.execute_sql("SELECT version FROM schema_version ORDER BY version")]
    assert versions[-1] == 999 and len(versions) == len(migrations.STEPS) + 1


def test_someone_elses_database_is_refused(pg_server, data_dir):
    name = pg_server.create()
    try:
        conn = pg_server.psycopg.connect(**{**pg_server.params, "dbname": name}, autocommit=True)
        conn.execute("CREATE TABLE invoices (id int)")
        conn.close()
        assert team.test_connection(pg_server.config(name), None).kind == "not_shopdesk"
    finally:
        pg_server.drop(name)


def test_settings_keep_the_password_in_the_keychain_only(data_dir, pg_server):
    from tests.memory_keyring import install

    ring = install()
    cfg = team.validate_config("nas.local", "5432", "shopdesk", "operator", "require", "/mnt/nas/shopdesk-images")
    team.save_settings(data_dir, team.TeamSettings(True, cfg), PASSWORD)
    assert team.load_settings(data_dir) == team.TeamSettings(True, cfg)
    assert team.password_for(cfg) == PASSWORD
    assert PASSWORD in ring.items.values()
    for f in data_dir.rglob("*"):
        if f.is_file():
            assert PASSWORD.encode() not in f.read_bytes(), f
