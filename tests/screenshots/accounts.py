"""Offscreen screenshots of the 账号 page (official and channel tabs) and its dialogs.

Run: QT_QPA_PLATFORM=offscreen python tests/screenshots/accounts.py
"""
from __future__ import annotations

import shots

shots.prepare()

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QLabel, QToolTip  # noqa: E402


def main() -> None:
    shots.app()
    ctx = shots.demo_session()
    first = shots.shop_named(ctx, "晨光")
    tea = shots.shop_named(ctx, "山野")

    from desktop.ui.shell.main_window import MainWindow

    win = MainWindow(ctx)
    win.resize(1100, 680)
    idx = win.switcher.combo.findData(first)
    win.switcher.combo.setCurrentIndex(idx)
    page = win.show_page("accounts")
    shots.snap(win, "accounts_official_tab.png")

    page.tabs.setCurrentWidget(page.channels)
    panel = page.channels
    # Select the row a few days short of 180 days: 解除绑定 is disabled and says why.
    row = next(i for i, r in enumerate(panel.model.rows()) if r.days_left and r.days_left < 10)
    panel.select_id(panel.model.rows()[row].id)
    panel.table.setFocus()
    shots.snap(win, "accounts_channel_tab.png")

    # The disabled action's reason: status bar + tooltip beside the button.
    button = panel.toolbar.widgetForAction(panel.unbind_action)
    win.statusBar().showMessage(panel.unbind_action.statusTip())
    tip = QLabel(panel.unbind_action.toolTip(), win)
    tip.setStyleSheet("background:#ffffe1;border:1px solid #888;padding:3px;")
    tip.adjustSize()
    tip.move(button.mapTo(win, QPoint(0, button.height() + 2)))
    tip.show()
    shots.snap(win, "accounts_disabled_unbind_reason.png")
    tip.hide()
    tip.deleteLater()
    QToolTip.hideText()

    # A shop whose official binding awaits the merchant's confirmation (fee 600 元).
    win.statusBar().clearMessage()
    win.switcher.combo.setCurrentIndex(win.switcher.combo.findData(tea))
    page.tabs.setCurrentWidget(page.official)
    shots.snap(win, "accounts_official_pending.png")

    from desktop.ui.accounts.channel_bind_dialog import RECORD, START, ChannelBindDialog
    from desktop.ui.accounts.official_bind_dialog import OfficialBindDialog
    from desktop.ui.accounts.official_confirm_dialog import OfficialConfirmDialog

    d = ChannelBindDialog(ctx, tea, START)
    d.channel.setCurrentIndex(1)
    d.code.setText("shanye_toutiao")
    d.nickname.setText("山野茶头条号")
    shots.snap(d, "channel_bind_dialog.png", close=True)

    d = ChannelBindDialog(ctx, tea, RECORD)
    d.code.setText("shanye_old")
    d.bound_on.setDate(d.bound_on.date().addDays(3))
    shots.snap(d, "channel_record_dialog_future_date.png", close=True)

    empty = shots.shop_named(ctx, "小林")
    d = OfficialBindDialog(ctx, empty)
    d.code.setText("xiaolin_jiaju")
    d.nickname.setText("小林家居官方号")
    shots.snap(d, "official_bind_dialog.png", close=True)

    d = OfficialConfirmDialog("山野茶舍（抖音 shanye_tea）", 60000)
    shots.snap(d, "official_confirm_dialog.png", close=True)
    win.close()
    ctx.db.close()
    print("saved to", shots.OUT)


if __name__ == "__main__":
    main()
