"""账号 page, 官方账号 and 渠道号 sections: actions follow the rule engine (R-OFF-*, R-CH-*)."""
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services import changes as ch
from desktop.services import channels, official, shops
from desktop.store.models import Binding, History
from desktop.ui.accounts.models import ChannelTableModel, OfficialTableModel
from desktop.ui.accounts.channel_bind_dialog import RECORD, START, ChannelBindDialog
from desktop.ui.accounts.official_bind_dialog import OfficialBindDialog
from desktop.ui.accounts.official_confirm_dialog import OfficialConfirmDialog
from desktop.ui.accounts.page import AccountsPage


@pytest.fixture
def page(qtbot, ctx, shop_id):
    p = AccountsPage(ctx)
    p.setObjectName("accountsPage")
    qtbot.addWidget(p)
    p.set_shop(shop_id)
    p.resize(1000, 600)
    p.show()
    return p


def select(panel, binding_id):
    panel.select_id(binding_id)
    assert panel.selected_row().id == binding_id


def bound_official(ctx, shop_id, code="guanfang01"):
    bid = official.start_official_binding(ctx, shop_id, code, "官方号").value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    return bid


def test_models_pass_qt_model_tester(qtmodeltester, ctx, shop_id):
    bound_official(ctx, shop_id)
    channels.start_channel_binding(ctx, shop_id, "douyin", "pending1", "绑定中")
    channels.record_existing_channel(ctx, shop_id, "huoshan", "old1", "老号", ctx.today() - timedelta(days=200))
    channels.record_existing_channel(ctx, shop_id, "toutiao_xigua", "new1", "", ctx.today())
    official_model = OfficialTableModel()
    official_model.set_rows(official.official_view(ctx, shop_id).rows)
    qtmodeltester.check(official_model)
    channel_model = ChannelTableModel()
    channel_model.set_rows(channels.list_channels(ctx, shop_id))
    qtmodeltester.check(channel_model)
    assert channel_model.rowCount() == 3


def test_page_has_three_sections_with_stable_names(page):
    assert page.tabs.objectName() == "accountsTabs"
    names = [page.tabs.widget(i).objectName() for i in range(page.tabs.count())]
    assert names == ["officialPanel", "channelPanel", "selfOperatedPanel"]
    for name in ("officialTable", "channelTable", "officialUnbindAction", "channelUnbindAction", "channelCountLabel",
                 "officialStartAction", "channelStartAction", "channelRecordAction", "officialConfirmAction"):
        assert page.findChild(object, name) is not None, name


def test_registry_builds_accounts_page(qtbot, ctx):
    from desktop.ui.shell.registry import PAGES

    spec = next(s for s in PAGES if s.key == "accounts")
    built = spec.factory(ctx, None)
    qtbot.addWidget(built)
    assert isinstance(built, AccountsPage)


def test_r_ch_4_unbind_disabled_with_reason_until_clock_passes_the_date(page, ctx, clock, shop_id, qtbot):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "near180", "快满了", ctx.today() - timedelta(days=178)).value
    panel = page.channels
    page.tabs.setCurrentWidget(panel)
    page.reload()
    reasons = []
    page.status_reason.connect(reasons.append)
    panel.select_id(None)
    panel.table.clearSelection()
    panel.table.selectionModel().clearCurrentIndex()
    select(panel, bid)
    action = panel.unbind_action
    assert action.isVisible() and not action.isEnabled()
    expected = (ctx.today() + timedelta(days=2)).isoformat()
    assert "R-CH-4" in action.toolTip() and expected in action.toolTip() and "还需 2 天" in action.toolTip()
    assert action.statusTip() and action.statusTip() in action.toolTip() and "&" not in action.toolTip()
    assert "R-CH-4" in reasons[-1] and expected in reasons[-1]

    clock.advance(days=1)
    page.reload()
    assert not action.isEnabled() and "还需 1 天" in action.toolTip()
    clock.advance(days=1)
    page.reload()
    assert panel.selected_row().id == bid
    assert action.isEnabled()


def test_channel_unbind_through_the_ui(page, ctx, shop_id, monkeypatch):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "old1", "", ctx.today() - timedelta(days=180)).value
    page.reload()
    panel = page.channels
    select(panel, bid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    emitted = []
    page.changed.connect(emitted.append)
    panel.unbind_action.trigger()
    assert Binding.get_by_id(bid).state == "unbound"
    assert ch.BINDINGS in emitted[-1]
    assert panel.model.rowCount() == 0


@pytest.mark.parametrize("state", [None, "awaiting_scan", "awaiting_confirm", "bound"])
def test_r_off_4_official_unbind_always_visible_and_disabled(page, ctx, shop_id, state):
    if state:
        bid = official.start_official_binding(ctx, shop_id, "guanfang01").value
        if state != "awaiting_scan":
            official.record_official_accepted(ctx, bid)
        if state == "bound":
            official.confirm_official(ctx, bid)
    page.reload()
    action = page.official.unbind_action
    assert action.isVisible() and not action.isEnabled()
    assert "R-OFF-4" in action.toolTip()


def test_official_flow_through_the_panel(page, ctx, shop_id, monkeypatch):
    panel = page.official
    bid = official.start_official_binding(ctx, shop_id, "guanfang01", "官方号").value
    page.reload()
    assert not panel.start_action.isEnabled() and "R-OFF-3" in panel.start_action.toolTip()
    assert not panel.confirm_action.isEnabled()
    panel.accept_action.trigger()
    assert Binding.get_by_id(bid).state == "awaiting_confirm"
    monkeypatch.setattr(OfficialConfirmDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert panel.confirm_action.isEnabled()
    panel.confirm_action.trigger()
    assert Binding.get_by_id(bid).state == "bound"
    assert "永久有效" in panel.status.text()
    for action in (panel.start_action, panel.accept_action, panel.confirm_action, panel.cancel_action, panel.unbind_action):
        assert action.isVisible() and not action.isEnabled()
    assert "R-OFF-4" in panel.cancel_action.toolTip()


def test_official_cancel_asks_which_side(page, ctx, shop_id, monkeypatch):
    bid = official.start_official_binding(ctx, shop_id, "guanfang01").value
    page.reload()
    monkeypatch.setattr("desktop.ui.accounts.official_panel.ask_cancel_side", lambda parent, label: "account")
    page.official.cancel_action.trigger()
    b = Binding.get_by_id(bid)
    assert b.state == "cancelled" and "账号方" in b.note
    assert page.official.start_action.isEnabled()


def test_refused_call_shows_message_and_reports_history(page, ctx, shop_id, monkeypatch):
    bound_official(ctx, shop_id)
    page.reload()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    emitted = []
    page.changed.connect(emitted.append)
    page.official.unbind()  # what a forced trigger would do: the service still refuses
    assert shown and "不可解绑" in shown[0]
    assert emitted == [frozenset({ch.HISTORY})]
    assert History.select().where((History.action == "official.unbind") & (History.outcome == "refused")).count() == 1


def test_r_ch_2_count_always_visible_and_sixth_start_disabled(page, ctx, shop_id):
    for i in range(4):
        channels.record_existing_channel(ctx, shop_id, "douyin", f"acc{i}", "", ctx.today())
    channels.start_channel_binding(ctx, shop_id, "huoshan", "pending1")
    page.reload()
    panel = page.channels
    assert "已绑定 5/5" in panel.count.text() and "1 个绑定中" in panel.count.text()
    for action in (panel.start_action, panel.record_action):
        assert action.isVisible() and not action.isEnabled()
        assert "R-CH-2" in action.toolTip()
    pending = next(r for r in panel.model.rows() if r.state == "pending")
    select(panel, pending.id)
    panel.cancel_action.trigger()
    assert "已绑定 4/5" in panel.count.text()
    assert panel.start_action.isEnabled()


def test_filter_and_sort(page, ctx, shop_id):
    channels.record_existing_channel(ctx, shop_id, "douyin", "alpha1", "甲", ctx.today() - timedelta(days=5))
    channels.record_existing_channel(ctx, shop_id, "huoshan", "beta1", "乙", ctx.today() - timedelta(days=50))
    page.reload()
    panel = page.channels
    panel.filter.setText("beta")
    assert panel.proxy.rowCount() == 1
    panel.filter.clear()
    panel.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # 绑定日期
    first = panel.proxy.index(0, 2).data()
    assert first == "beta1"


def test_channel_dialog_validates_as_user_types(qtbot, ctx, shop_id):
    channels.start_channel_binding(ctx, shop_id, "douyin", "taken1")
    d = ChannelBindDialog(ctx, shop_id, START)
    qtbot.addWidget(d)
    assert not d.ok.isEnabled() and d.error.text() == ""
    d.code.setText("a b")
    assert not d.ok.isEnabled() and "字母" in d.error.text()
    d.code.setText("taken1")
    assert not d.ok.isEnabled() and "R-CH-6" in d.error.text()
    d.code.setText("fresh_1")
    assert d.ok.isEnabled() and d.error.text() == ""
    d.channel.setCurrentIndex(d.channel.findData("huoshan"))
    d.ok.click()
    assert d.result() == QDialog.DialogCode.Accepted
    row = next(r for r in channels.list_channels(ctx, shop_id) if r.account_code == "fresh_1")
    assert row.channel == "huoshan" and row.state == "pending"


def test_channel_record_dialog_refuses_future_date(qtbot, ctx, shop_id):
    d = ChannelBindDialog(ctx, shop_id, RECORD)
    qtbot.addWidget(d)
    d.code.setText("old_one")
    d.bound_on.setDate(QDate(ctx.today() + timedelta(days=1)))
    assert not d.ok.isEnabled() and "R-CH-5" in d.error.text()
    d.bound_on.setDate(QDate(ctx.today() - timedelta(days=100)))
    assert d.ok.isEnabled()
    d.ok.click()
    row = channels.list_channels(ctx, shop_id)[0]
    assert row.bound_on == ctx.today() - timedelta(days=100) and row.days_left == 80


def test_official_bind_dialog_refuses_non_douyin_and_other_shops_account(qtbot, ctx, shop_id):
    other = shops.create_shop(ctx, "另一家店", "10002").value
    bound_official(ctx, other, "shared_acc")
    d = OfficialBindDialog(ctx, shop_id)
    qtbot.addWidget(d)
    d.code.setText("toutiao_acc")
    d.platform.setCurrentIndex(d.platform.findData("toutiao"))
    assert not d.ok.isEnabled() and "R-OFF-2" in d.error.text()
    d.platform.setCurrentIndex(d.platform.findData("douyin"))
    d.code.setText("shared_acc")
    assert not d.ok.isEnabled() and "R-OFF-1" in d.error.text() and "另一家店" in d.error.text()
    d.code.setText("mine_acc")
    assert d.ok.isEnabled()
    d.ok.click()
    assert official.official_view(ctx, shop_id).current.state == "awaiting_scan"


def test_official_confirm_dialog_shows_fee_and_needs_acknowledgement(qtbot):
    d = OfficialConfirmDialog("官方号（抖音 x1）", 60000)
    qtbot.addWidget(d)
    assert "600 元" in d.findChild(object, "officialConfirmFee").text()
    assert "永久" in d.findChild(object, "officialConfirmWarning").text()
    assert not d.ok.isEnabled()
    d.ack.setChecked(True)
    assert d.ok.isEnabled()
    free = OfficialConfirmDialog("官方号（抖音 x1）", 0)
    qtbot.addWidget(free)
    assert "0 元" in free.findChild(object, "officialConfirmFee").text()
    assert "免除" in free.findChild(object, "officialConfirmFee").text()


def test_keyboard_shortcuts_and_context_menu(page, ctx, shop_id):
    panel = page.channels
    assert panel.start_action.shortcut().toString() == "Ctrl+B"
    assert panel.unbind_action.shortcut().toString() == "Ctrl+U"
    assert panel.unbind_action in panel.menu.actions()
    assert page.official.unbind_action in page.official.menu.actions()
    assert panel.table.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_menu_key_opens_context_menu_at_current_row(page, ctx, shop_id, qtbot, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    ids = [channels.record_existing_channel(ctx, shop_id, "douyin", f"acc{i}", "", ctx.today()).value for i in range(3)]
    page.tabs.setCurrentWidget(page.channels)
    page.reload()
    panel = page.channels
    select(panel, ids[2])
    popped = []
    monkeypatch.setattr(panel.menu, "popup", lambda pos: popped.append(pos))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), panel.table.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(panel.table, event)
    assert popped and panel.selected_row().id == ids[2]
