"""自营账号 panel and 达人数据 page (R-SELF-1..7 in the UI)."""
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop.services import gmv, shops
from desktop.services import self_operated as svc
from desktop.ui.accounts.self_panel import SelfOperatedPanel


def add(ctx, shop_id, code, shop_fen, total_fen, days_ago=0):
    gmv.save_gmv(ctx, shop_id, "douyin", code, code, ctx.today() - timedelta(days=days_ago), shop_fen, total_fen)
    return ctx.db.execute_sql("SELECT id FROM account WHERE account_code = ?", (code,)).fetchone()[0]


@pytest.fixture
def panel(qtbot, ctx, shop_id):
    p = SelfOperatedPanel(ctx)
    qtbot.addWidget(p)
    return p


def select(panel, codes):
    sel = panel.table.selectionModel()
    sel.clearSelection()
    for r in range(panel.proxy.rowCount()):
        src = panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        if src.account_code in codes:
            sel.select(panel.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_models_pass_model_tester(qtmodeltester, panel, ctx, shop_id):
    add(ctx, shop_id, "acc_one", 60, 100)
    add(ctx, shop_id, "acc_two", 10, 100)
    panel.set_shop(shop_id)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_candidates_show_share_and_eligibility(panel, ctx, shop_id):
    add(ctx, shop_id, "acc_half", 5000, 10000)
    add(ctx, shop_id, "acc_below", 4999, 10000)
    panel.set_shop(shop_id)
    texts = {}
    for r in range(panel.model.rowCount()):
        row = [panel.model.index(r, c).data() for c in range(panel.model.columnCount())]
        texts[row[1]] = row
    assert texts["acc_half"][5] == "50.00%" and texts["acc_half"][6] == "符合"
    assert texts["acc_below"][5] == "49.99%" and texts["acc_below"][6] == "不符合"
    assert "R-SELF-1" in texts["acc_below"][9]


def test_forbidden_mark_is_disabled_with_reason(panel, ctx, shop_id):
    other = shops.create_shop(ctx, "别家小店", "10002", False).value
    aid = add(ctx, shop_id, "acc_taken", 90, 100)
    add(ctx, other, "acc_taken", 90, 100)
    svc.mark_self_operated(ctx, other, aid)
    add(ctx, shop_id, "acc_low", 10, 100)
    panel.set_shop(shop_id)
    messages = []
    panel.status_reason.connect(messages.append)
    select(panel, {"acc_taken"})
    assert panel.act_mark.isVisible() and not panel.act_mark.isEnabled()
    assert "R-SELF-4" in panel.act_mark.toolTip() and "别家小店" in panel.act_mark.toolTip()
    assert messages and "R-SELF-4" in messages[-1]
    select(panel, {"acc_low"})
    assert not panel.act_mark.isEnabled() and "R-SELF-1" in panel.act_mark.toolTip()
    assert not panel.act_unmark.isEnabled() and "R-SELF-6" in panel.act_unmark.toolTip()
    select(panel, set())
    assert not panel.act_mark.isEnabled() and panel.act_mark.toolTip()


def test_mark_then_authorize_via_actions(panel, ctx, shop_id):
    add(ctx, shop_id, "acc_good", 90, 100)
    panel.set_shop(shop_id)
    select(panel, {"acc_good"})
    assert panel.act_mark.isEnabled()
    panel.act_mark.trigger()
    row = panel.model.rows()[0]
    assert row.state == "awaiting_auth"
    select(panel, {"acc_good"})  # reload keeps the selection
    assert panel.act_agree.isEnabled() and not panel.act_mark.isEnabled()
    panel.act_agree.trigger()
    assert panel.model.rows()[0].state == "self_operated"
    assert "100.00%" in panel.summary.text()  # R-SELF-7: all of the shop's GMV now comes from a self-operated account


def test_batch_marking_reports_per_account(qtbot, qtmodeltester, panel, ctx, shop_id):
    add(ctx, shop_id, "acc_ok1", 90, 100)
    add(ctx, shop_id, "acc_ok2", 50, 100)
    add(ctx, shop_id, "acc_low", 49, 100)
    panel.set_shop(shop_id)
    select(panel, {"acc_ok1", "acc_ok2", "acc_low"})
    assert not panel.act_mark.isEnabled() and panel.act_batch.isEnabled()
    panel.act_batch.trigger()
    qtbot.waitUntil(lambda: panel.last_batch_dialog is not None, timeout=5000)
    dlg = panel.last_batch_dialog
    qtmodeltester.check(dlg.model)
    results = {i.label.split("（")[0]: i for i in dlg.items}
    assert results["acc_ok1"].marked and results["acc_ok2"].marked
    assert not results["acc_low"].marked and results["acc_low"].rule == "R-SELF-1"
    shown = [[dlg.model.index(r, c).data() for c in range(4)] for r in range(dlg.model.rowCount())]
    assert any(row[2] == "R-SELF-1" and "49.00%" in row[3] for row in shown)
    assert "已标记 2 个账号" in dlg.summary.text()
    states = {r.account_code: r.state for r in panel.model.rows()}
    assert states == {"acc_ok1": "awaiting_auth", "acc_ok2": "awaiting_auth", "acc_low": None}
    dlg.close()


def test_filter_by_mode_and_text(panel, ctx, shop_id):
    add(ctx, shop_id, "acc_ok1", 90, 100)
    add(ctx, shop_id, "acc_low", 10, 100)
    panel.set_shop(shop_id)
    panel.mode.setCurrentIndex(panel.mode.findData("eligible"))
    assert panel.proxy.rowCount() == 1
    panel.mode.setCurrentIndex(panel.mode.findData("all"))
    panel.filter.setText("low")
    assert panel.proxy.rowCount() == 1
    assert "显示 1 / 共 2 个" in panel.count.text()


def test_influencers_page(qtbot, qtmodeltester, ctx, shop_id):
    from desktop.ui.influencers.page import InfluencersPage

    add(ctx, shop_id, "acc_ok1", 90, 100)
    add(ctx, shop_id, "acc_old", 90, 100, days_ago=60)
    page = InfluencersPage(ctx)
    qtbot.addWidget(page)
    page.set_shop(shop_id)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1  # 近30天
    page.range.setCurrentIndex(page.range.findData(None))
    assert page.model.rowCount() == 2
    assert not page.act_delete.isEnabled() and page.act_delete.toolTip()


def test_propose_all_and_unmark_via_actions(qtbot, panel, ctx, shop_id, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    add(ctx, shop_id, "acc_ok1", 90, 100)
    add(ctx, shop_id, "acc_low", 10, 100)
    panel.set_shop(shop_id)
    assert panel.act_propose.isEnabled()
    panel.act_propose.trigger()
    qtbot.waitUntil(lambda: panel.last_batch_dialog is not None, timeout=5000)
    assert [(i.label.split("（")[0], i.marked) for i in panel.last_batch_dialog.items] == [("acc_ok1", True)]
    panel.last_batch_dialog.close()
    assert not panel.act_propose.isEnabled() and "R-SELF-1" in panel.act_propose.toolTip()
    select(panel, {"acc_ok1"})
    panel.act_agree.trigger()
    select(panel, {"acc_ok1"})
    assert panel.act_unmark.isEnabled()
    panel.act_unmark.trigger()
    assert {r.account_code: r.state for r in panel.model.rows()}["acc_ok1"] == "unmarked"
    codes = [r[0] for r in ctx.db.execute_sql("SELECT action FROM history WHERE action LIKE 'self.%' ORDER BY id")]
    assert codes == ["self.mark", "self.authorize", "self.unmark"]


def test_hidden_panel_loads_when_shown(qtbot, ctx, shop_id):
    from PySide6.QtWidgets import QTabWidget, QWidget

    add(ctx, shop_id, "acc_ok1", 90, 100)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "first")
    panel = SelfOperatedPanel(ctx)
    tabs.addTab(panel, "self")
    tabs.show()
    qtbot.waitExposed(tabs)
    panel.set_shop(shop_id)
    assert panel.model.rowCount() == 0  # behind another tab: not loaded yet
    tabs.setCurrentWidget(panel)
    assert panel.model.rowCount() == 1
