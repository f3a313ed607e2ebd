"""更正… and 作废… on the account panels (R-FIX-1, R-FIX-2): dialogs ask the reason, services decide."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services import channels, corrections, official
from desktop.store.models import Binding
from desktop.ui.accounts import binding_panel
from desktop.ui.accounts.correction_dialogs import NICKNAME, CorrectionDialog, VoidDialog
from tests.ui.test_accounts_official_channel import bound_official, page, select  # noqa: F401 - fixture


def accept_with(monkeypatch, cls, fill):
    def fake_exec(dialog):
        fill(dialog)
        assert dialog.ok.isEnabled(), dialog.findChild(type(dialog.error), dialog.error.objectName()).text()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_correct_channel_date_then_unbind_becomes_possible(page, ctx, shop_id, monkeypatch):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "dy_tea", "茶友", ctx.today() - timedelta(days=5)).value
    page.reload()
    panel = page.channels
    select(panel, bid)
    assert not panel.unbind_action.isEnabled() and panel.action(f"{panel.prefix}CorrectAction").isEnabled()
    real = ctx.today() - timedelta(days=190)

    def fill(d):
        from PySide6.QtCore import QDate
        d.date.setDate(QDate(real.year, real.month, real.day))
        d.reason.setText("登记时把月份填错了")
    accept_with(monkeypatch, binding_panel.CorrectionDialog, fill)
    panel.action(f"{panel.prefix}CorrectAction").trigger()
    assert Binding.get_by_id(bid).bound_on == real  # a date field (LocalDateField)
    select(panel, bid)
    assert panel.unbind_action.isEnabled()  # R-CH-4 evaluated again on the corrected date


def test_void_official_binding_through_the_panel(page, ctx, shop_id, monkeypatch):
    bid = bound_official(ctx, shop_id)
    page.reload()
    panel = page.official
    assert not panel.unbind_action.isEnabled() and "R-OFF-4" in panel.unbind_action.toolTip()
    assert panel.action(f"{panel.prefix}VoidAction").isEnabled()
    accept_with(monkeypatch, binding_panel.VoidDialog, lambda d: d.reason.setText("误点了确认，平台上没有绑定"))
    panel.action(f"{panel.prefix}VoidAction").trigger()
    assert bid in corrections.voided_ids(ctx, shop_id)
    assert official.official_view(ctx, shop_id).start.allowed
    select(panel, bid)
    assert panel.selected_row().state_label == corrections.VOIDED_LABEL
    assert not panel.action(f"{panel.prefix}VoidAction").isEnabled() and "R-FIX-2" in panel.action(f"{panel.prefix}VoidAction").toolTip()
    assert not panel.action(f"{panel.prefix}CorrectAction").isEnabled()


def test_correct_nickname_through_the_panel(page, ctx, shop_id, monkeypatch):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "dy_tea", "茶有", ctx.today()).value
    page.reload()
    select(page.channels, bid)

    def fill(d):
        d.field.setCurrentIndex(d.field.findData(NICKNAME))
        d.nickname.setText("茶友")
        d.reason.setText("昵称打错字")
    accept_with(monkeypatch, binding_panel.CorrectionDialog, fill)
    page.channels.action("channelCorrectAction").trigger()
    select(page.channels, bid)
    assert page.channels.selected_row().nickname == "茶友"


def test_dialogs_ask_for_a_reason_and_say_what_void_means(qtbot, ctx, shop_id):
    bid = channels.record_existing_channel(ctx, shop_id, "douyin", "dy_tea", "茶友", ctx.today() - timedelta(days=5)).value
    row = channels.list_channels(ctx, shop_id)[0]
    assert row.id == bid
    dlg = CorrectionDialog(ctx, row)
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()  # same date, no reason
    dlg.date.setDate(dlg.date.date().addDays(-3))
    assert not dlg.ok.isEnabled() and "原因" in dlg.error.text()
    dlg.reason.setText("日期填错")
    assert dlg.ok.isEnabled() and dlg.error.text() == ""
    assert dlg.date.maximumDate().toPython() == ctx.today()  # never in the future (R-CH-5)
    void = VoidDialog(row, ctx=ctx)
    qtbot.addWidget(void)
    text = void.findChild(type(void.error), "voidExplanation").text()
    assert "不会、也不能更改抖店平台" in text and not void.ok.isEnabled()
    void.reason.setText("记错了店铺")
    assert void.ok.isEnabled()


@pytest.mark.parametrize("name", ["channelCorrectAction", "channelVoidAction", "officialCorrectAction",
                                  "officialVoidAction"])
def test_correction_actions_have_stable_names(page, name):
    from PySide6.QtGui import QAction

    assert page.findChild(QAction, name) is not None
