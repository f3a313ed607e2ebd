"""GMV entry and import dialogs: validation as the user types, mapping step, bad rows, cancel."""
from datetime import timedelta

from desktop.services import gmv, gmv_import
from desktop.ui.influencers.gmv_entry_dialog import GmvEntryDialog
from desktop.ui.influencers.gmv_import_dialog import CHECK, DONE, MAPPING, GmvImportDialog


def test_entry_dialog_validates_as_typed(qtbot, ctx, shop_id):
    dlg = GmvEntryDialog(ctx, shop_id)
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    dlg.code.setText("dy_lin")
    dlg.shop_gmv.setText("¥1,234.50")
    dlg.total_gmv.setText("1000")
    assert not dlg.ok.isEnabled() and "总 GMV 小于本店 GMV" in dlg.error.text()
    dlg.total_gmv.setText("-3")
    assert "负数" in dlg.error.text()
    dlg.total_gmv.setText("2,000")
    assert dlg.ok.isEnabled() and dlg.error.text() == ""
    tomorrow = ctx.today() + timedelta(days=1)
    from PySide6.QtCore import QDate

    dlg.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert not dlg.ok.isEnabled() and "未来" in dlg.error.text()
    dlg.day.setDate(QDate(ctx.today().year, ctx.today().month, ctx.today().day))
    dlg.save()
    assert dlg.result_changes
    assert gmv.list_gmv(ctx, shop_id)[0].shop_gmv_fen == 123450


def _dialog(qtbot, ctx, shop_id, path):
    dlg = GmvImportDialog(ctx, shop_id, gmv_import.open_source(path))
    qtbot.addWidget(dlg)
    return dlg


def test_import_dialog_mapping_bad_rows_and_skip(qtbot, qtmodeltester, ctx, shop_id, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("ID,昵称,when,ours,all\ndy_lin,小林,2026-11-20,1,2\ndy_wang,王,2026-11-20,5,1\n\n"
                    "dy_zhao,赵,2026-11-21,1,1\n", encoding="gbk")
    dlg = _dialog(qtbot, ctx, shop_id, path)
    qtmodeltester.check(dlg.preview_model)
    assert dlg.stack.currentIndex() == MAPPING
    assert not dlg.next.isEnabled() and "请为" in dlg.mapping_status.text()
    for field, col in (("account_code", 0), ("day", 2), ("shop_gmv", 3), ("total_gmv", 4)):
        dlg.combos[field].setCurrentIndex(col + 1)
    assert dlg.combos["nickname"].currentData() == 1  # matched by name
    assert dlg.next.isEnabled()
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.op is None, timeout=5000)
    assert dlg.stack.currentIndex() == CHECK
    qtmodeltester.check(dlg.errors_model)
    assert [(e.row, e.reason) for e in dlg.report.errors] == [(3, "总 GMV 小于本店 GMV")]
    assert dlg.errors_model.index(0, 0).data() == "3"
    assert not dlg.run.isEnabled()  # errors and skip not chosen: nothing can be written
    dlg.skip.setChecked(True)
    assert dlg.run.isEnabled()
    dlg.run.click()
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == DONE, timeout=5000)
    assert dlg.result.inserted == 2 and dlg.result.skipped == 1
    assert len(gmv.list_gmv(ctx, shop_id)) == 2


def test_import_dialog_cancel_leaves_database_unchanged(qtbot, ctx, shop_id, tmp_path, monkeypatch):
    monkeypatch.setattr(gmv_import, "BATCH", 5)
    lines = "".join(f"acc_{i:04d},n,2026-11-{1 + i % 27:02d},1,2\n" for i in range(200))
    path = tmp_path / "big.csv"
    path.write_text("达人抖音号,达人昵称,日期,本店GMV,总GMV\n" + lines, encoding="utf-8-sig")
    dlg = _dialog(qtbot, ctx, shop_id, path)
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.op is None, timeout=5000)
    assert dlg.run.isEnabled()
    dlg.start_import()
    dlg._on_cancel()  # cancel before the first batch check: the service rolls back
    qtbot.waitUntil(lambda: dlg.op is None, timeout=5000)
    assert dlg.stack.currentIndex() == CHECK and "没有改动" in dlg.check_summary.text()
    assert gmv.list_gmv(ctx, shop_id) == []
    assert ctx.db.execute_sql("SELECT COUNT(*) FROM account WHERE account_code LIKE 'acc_%'").fetchone()[0] == 0


def test_file_is_read_in_a_worker_with_the_window_responsive(qtbot, ctx, shop_id, tmp_path):
    """Finding 5: opening an XLSX no longer blocks the window; 取消 stops it; a bomb is a message."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.ui.influencers import gmv_import_dialog as mod
    from tests.services import xlsx_bombs as bombs

    window = QWidget()
    qtbot.addWidget(window)
    big = bombs.xlsx(tmp_path / "big.xlsx", bombs.good_rows(300_000))
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    source = mod.open_file(ctx, big, window)
    assert source is not None and source.row_estimate == 300_000
    assert len(ticks) >= 2  # the event loop kept running while the worker read the file

    # 取消 while reading: nothing is returned, no message.
    def cancel_soon():
        from PySide6.QtWidgets import QProgressDialog

        dlg = window.findChild(QProgressDialog, "fileReadProgress")
        if dlg is not None:
            dlg.canceled.emit()  # what 取消 (or Esc) sends
    QTimer.singleShot(0, cancel_soon)
    assert mod.open_file(ctx, big, window) is None

    # A hostile file: refused with a plain message box, not a traceback.
    bomb = bombs.xlsx(tmp_path / "cols.xlsx", '<row r="1"><c r="XFD1"><v>1</v></c></row>')
    shown = []
    import desktop.ui.common.errors as errors_mod

    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a: shown.append(text))
    try:
        assert mod.open_file(ctx, bomb, window) is None
    finally:
        QMessageBox.warning = original
    assert shown and "200 列" in shown[0] and errors_mod is not None


def test_gmv_correction_dialog_needs_a_reason_and_records_the_change(qtbot, ctx, shop_id):
    """R-FIX-1 for a GMV entry: new figures with a reason; R-SELF-1 follows the corrected figures."""
    from desktop.services import corrections, self_operated
    from desktop.ui.influencers.gmv_correction_dialog import GmvCorrectionDialog

    gmv.save_gmv(ctx, shop_id, "douyin", "dy_lin", "小林", ctx.today(), 4000, 10000)
    row = gmv.list_gmv(ctx, shop_id)[0]
    dlg = GmvCorrectionDialog(ctx, row)
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()  # same figures, no reason
    dlg.shop.setText("60.00")
    assert not dlg.ok.isEnabled() and "原因" in dlg.error.text()
    dlg.reason.setText("本店 GMV 少录了 20 元")
    assert dlg.ok.isEnabled()
    dlg.total.setText("50")
    assert not dlg.ok.isEnabled() and "总 GMV 小于本店 GMV" in dlg.error.text()
    dlg.total.setText("100")
    dlg.save()
    assert dlg.result_ok
    assert gmv.list_gmv(ctx, shop_id)[0].shop_gmv_fen == 6000
    assert [c.kind for c in corrections.list_corrections(ctx, gmv_id=row.id)] == ["gmv"]
    assert self_operated.get_candidate(ctx, shop_id, row.account_id).eligible


def test_import_dialog_remembers_the_mapping_for_the_same_headers(qtbot, ctx, shop_id, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("ID,when,ours,all\ndy_lin,2026-11-20,1,2\n", encoding="utf-8")
    dlg = _dialog(qtbot, ctx, shop_id, path)
    for field, col in (("account_code", 0), ("day", 1), ("shop_gmv", 2), ("total_gmv", 3)):
        dlg.combos[field].setCurrentIndex(col + 1)
    dlg.next.click()
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.op is None, timeout=5000)
    dlg.run.click()
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == DONE, timeout=5000)
    # Next month's file: same columns in another order.
    again = tmp_path / "next.csv"
    again.write_text("all,ID,when,ours\n3,dy_lin,2026-11-21,1\n", encoding="utf-8")
    dlg2 = _dialog(qtbot, ctx, shop_id, again)
    assert dlg2.mapping() == {"account_code": 1, "nickname": None, "platform": None,
                              "day": 2, "shop_gmv": 3, "total_gmv": 0}
    assert dlg2.next.isEnabled()
