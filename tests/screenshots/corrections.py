"""Offscreen screenshots of 更正… and 作废… (R-FIX-1, R-FIX-2) and a voided row on the 渠道号 tab.

Run: QT_QPA_PLATFORM=offscreen python tests/screenshots/corrections.py
"""
from __future__ import annotations

import sys

import shots

shots.prepare()
OUT = shots.OUT

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.services import channels, corrections  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
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
    app.processEvents()
    win.grab().save(str(OUT / "accounts_channel_voided.png"))

    row = rows[0]
    dlg = CorrectionDialog(ctx, row, win)
    dlg.date.setDate(dlg.date.date().addDays(-120))
    dlg.reason.setText("登记时把月份填错了")
    dlg.show()
    app.processEvents()
    dlg.grab().save(str(OUT / "correction_dialog.png"))
    dlg.close()

    void = VoidDialog(row, win)
    void.reason.setText("误点了确认，平台上并没有绑定")
    void.show()
    app.processEvents()
    void.grab().save(str(OUT / "void_dialog.png"))
    void.close()

    from desktop.services import gmv
    from desktop.ui.influencers.gmv_correction_dialog import GmvCorrectionDialog

    record = gmv.list_gmv(ctx, shop)[0]
    fix = GmvCorrectionDialog(ctx, record, win)
    fix.shop.setText("1280.00")
    fix.reason.setText("导出表里本店 GMV 少算了一笔退款后的补单")
    fix.show()
    app.processEvents()
    fix.grab().save(str(OUT / "gmv_correction_dialog.png"))
    ctx.db.close()


if __name__ == "__main__":
    main()
