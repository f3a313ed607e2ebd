"""Offscreen screenshots of 更正… and 作废… (R-FIX-1, R-FIX-2) and a voided row on the 渠道号 tab.

Run: QT_QPA_PLATFORM=offscreen python tests/screenshots/corrections.py
"""
from __future__ import annotations

import shots

shots.prepare()

from desktop.services import channels, corrections  # noqa: E402


def main() -> None:
    shots.app()
    ctx = shots.demo_session()
    shop = shots.shop_named(ctx, "晨光")
    rows = channels.list_channels(ctx, shop)
    mistaken = rows[-1].id
    corrections.void_binding(ctx, mistaken, "登记错了店铺，这个火山号属于另一家店")

    from desktop.ui.accounts.correction_dialogs import CorrectionDialog, VoidDialog
    from desktop.ui.shell.main_window import MainWindow

    win = MainWindow(ctx)
    win.resize(1100, 680)
    win.switcher.combo.setCurrentIndex(win.switcher.combo.findData(shop))
    page = win.show_page("accounts")
    win.show()
    page.tabs.setCurrentWidget(page.channels)
    page.channels.show_ended.setChecked(True)
    page.channels.select_id(mistaken)
    shots.snap(win, "accounts_channel_voided.png")

    row = rows[0]
    dlg = CorrectionDialog(ctx, row, win)
    dlg.date.setDate(dlg.date.date().addDays(-120))
    dlg.reason.setText("登记时把月份填错了")
    shots.snap(dlg, "correction_dialog.png", close=True)

    void = VoidDialog(row, win)
    void.reason.setText("误点了确认，平台上并没有绑定")
    shots.snap(void, "void_dialog.png", close=True)

    from desktop.services import gmv
    from desktop.ui.influencers.gmv_correction_dialog import GmvCorrectionDialog

    record = gmv.list_gmv(ctx, shop)[0]
    fix = GmvCorrectionDialog(ctx, record, win)
    fix.shop.setText("1280.00")
    fix.reason.setText("导出表里本店 GMV 少算了一笔退款后的补单")
    shots.snap(fix, "gmv_correction_dialog.png")
    ctx.db.close()


if __name__ == "__main__":
    main()
