"""Issue 13's "Done when", end to end: ``python -m tests.fake_doudian`` in its own process, the app's
window and its 平台 menu (a scripted UI run). Connect through 平台连接 (测试连接), pull the category
tree, products with their states and the bound accounts; re-running changes nothing; push stays a dry
run and the UI says so (R-P-STATE, R-LOG-1)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import platform_states as ps
from desktop.services import history
from desktop.services.platform_runs import list_runs
from tests.fake_doudian.data import make_data
from tests.fake_doudian.server import free_port
from tests.platform.test_pull_services import table_counts

ROOT = Path(__file__).resolve().parents[2]
N = 120


@pytest.fixture
def fake_process(monkeypatch):
    """The fake platform as a merchant would start it; what it prints is what the user types."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tests.fake_doudian", "--port", str(port), "--products", str(N)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    printed = {}
    try:
        for _ in range(6):
            line = proc.stdout.readline()
            for part in line.split():
                key, _, value = part.partition("=")
                if value:
                    printed[key] = value
            if "app_key" in printed:
                break
        assert {"SHOPDESK_DOUDIAN_GATEWAY", "app_key", "app_secret", "shop_id"} <= set(printed), printed
        monkeypatch.setenv("SHOPDESK_DOUDIAN_GATEWAY", printed["SHOPDESK_DOUDIAN_GATEWAY"])
        yield printed
    finally:
        proc.terminate()
        proc.wait(10)


def _wait_menu(qtbot, menu) -> None:
    qtbot.waitUntil(lambda: menu.op is not None and not menu.op.is_running(), timeout=60000)


def _pull_all(qtbot, window, monkeypatch) -> list:
    from desktop.ui.platform import accounts_dialog

    shown = []
    monkeypatch.setattr(accounts_dialog.AccountsDiffDialog, "exec", lambda self: shown.append(self.diffs) or 0)
    menu = window.platform
    menu.update_actions()
    for name in ("platformPullCategoriesAction", "platformPullProductsAction", "platformPullAccountsAction"):
        assert menu.actions[name].isEnabled(), name
        menu.actions[name].trigger()
        _wait_menu(qtbot, menu)
    return shown[-1]


def test_connect_pull_everything_rerun_changes_nothing(qtbot, ctx, memory_keyring, fake_process, monkeypatch):
    from desktop.services import shops
    from desktop.ui.platform.connection_dialog import PlatformConnectionDialog
    from desktop.ui.shell.main_window import MainWindow

    shop = shops.create_shop(ctx, "抖店联调店", fake_process["shop_id"], False).value
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    # 平台连接: what the fake printed, then 测试连接
    dlg = PlatformConnectionDialog(ctx, shop, window)
    qtbot.addWidget(dlg)
    dlg.app_key.setText(fake_process["app_key"])
    dlg.secret.setText(fake_process["app_secret"])
    dlg.test_button.click()
    qtbot.waitUntil(lambda: dlg.test_button.isEnabled(), timeout=30000)
    assert "连接成功" in dlg.status.text(), dlg.status.text() + dlg.error.text()
    dlg.accept()

    diffs = _pull_all(qtbot, window, monkeypatch)
    assert [r.outcome for r in list_runs(ctx)[:3]] == ["ok", "ok", "ok"], [r.error for r in list_runs(ctx)[:3]]
    data = make_data(N)  # what the fake serves (deterministic)
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM category").fetchone()[0] == len(data.categories)
    states = dict(ctx.db.execute_sql(
        "SELECT l.platform_product_id, p.state FROM platform_product_link l JOIN product p ON p.id = l.product_id"
    ).fetchall())
    assert len(states) == N
    for pid, d in data.products.items():
        assert states[str(pid)] == ps.local_state(d["status"], d["check_status"])
    assert {d.kind for d in diffs} >= {"missing_local", "ordinary"} and len(diffs) == len(data.authors)

    # re-running every pull changes nothing: no row, no history
    before = table_counts(ctx)
    last_history = history.list_history(ctx, limit=1)[0].id
    _pull_all(qtbot, window, monkeypatch)
    assert table_counts(ctx) == before
    assert history.list_history(ctx, limit=1)[0].id == last_history
    runs = list_runs(ctx)[:3]
    assert [r.kind for r in runs] == ["accounts", "products", "categories"]
    assert runs[1].unchanged == N and runs[1].created == runs[1].updated == 0
    assert runs[2].unchanged == len(data.categories)

    # push stays a dry run, and the menu and the dialog say so
    from desktop.services import products as product_service
    from desktop.ui.platform import push_dialog
    from tests.services.product_fixtures import valid_draft

    local = product_service.save_draft(ctx, shop, valid_draft(ctx)).value
    window.platform._product_id = lambda: local  # as if selected on the 商品 page
    window.platform.update_actions()
    push = window.platform.actions["platformPushAction"]
    assert "预演" in push.text() and push.isEnabled()
    shown = []
    monkeypatch.setattr(push_dialog.PushDryRunDialog, "exec", lambda self: shown.append(self) or 0)
    push.trigger()
    assert "预演" in shown[0].windowTitle() and "未发送" in shown[0].windowTitle()
    notice = shown[0].findChild(type(dlg.status), "platformPushNotice").text()
    assert "没有发送到抖店" in notice and "素材中心" in notice
    assert list_runs(ctx)[0].kind == "push" and list_runs(ctx)[0].outcome == "dry_run"
