"""Screenshots of the data-safety dialogs: 备份与恢复, 检查数据库, import confirmation, open failures, read-only banner.

Run from the repository root: `python tests/screenshots/safety.py` (offscreen)."""
import os
import tempfile
from pathlib import Path

import shots

shots.prepare(force_offscreen=True, chdir=True)
ROOT = shots.ROOT
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

app = QApplication([])
os.environ.setdefault("SHOPDESK_LANGUAGE", "zh_CN")
from desktop.ui.common import language  # noqa: E402

language.install(app)  # Qt's own buttons (关闭, 确定) in the app's language, as the app does
from desktop.services import backups, demo, transfer  # noqa: E402
from desktop.services.session import close_session, open_session  # noqa: E402
from desktop.store import faults  # noqa: E402
from desktop.ui.safety import startup  # noqa: E402
from desktop.ui.shell.main_window import MainWindow  # noqa: E402

OUT = shots.OUT


def settle(widget, ms=150):
    widget.show()
    for _ in range(5):
        app.processEvents()
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def wait(job):
    while job.is_running():
        app.processEvents()


def grab_box(box: QMessageBox, name: str):
    box.show()
    settle(box)
    box.grab().save(str(OUT / name))
    box.close()
    return None


d = Path(tempfile.mkdtemp())
ctx = open_session(d, demo=True)
demo.fill_if_empty(ctx)
w = MainWindow(ctx, db_file=d / "shopdesk-demo.db", demo=True)
w.resize(1100, 680)
settle(w)
backups.backup_now(ctx, reason="before-v6")
backups.backup_now(ctx, reason="auto")
(d / "shopdesk.db.refused-20261120-093000").write_bytes(b"x" * 40960)

dialog = w.safety.show_backups()
wait(dialog.backup_now())
settle(dialog)
dialog.grab().save(str(OUT / "backups_dialog.png"))
dialog.reject()

check = w.safety.show_check()
ctx.db.execute_sql("DROP TRIGGER history_no_update")
wait(check.run_check())
settle(check)
check.grab().save(str(OUT / "check_database_dialog.png"))
wait(check.repair())
settle(check)
check.grab().save(str(OUT / "check_database_repaired.png"))
check.reject()

export = d / "全部数据.shopdesk"
info = transfer.export_all(ctx, export)
startup.ANSWER = lambda box: grab_box(box, "import_confirm_dialog.png")
from desktop.ui.safety import transfer_ui  # noqa: E402

transfer_ui.CHOOSE_IMPORT = lambda parent: str(export)
wait(w.safety.import_all())

# Open failures: disk full (retry, never 新建数据库) and a foreign WAL.
startup.ANSWER = lambda box: grab_box(box, "open_disk_full_dialog.png")
startup.ask_fault(w, faults.Fault(faults.DISK_FULL, d / "shopdesk.db", needed_bytes=52 * 1024 * 1024,
                                  free_bytes=8 * 1024), d)
startup.ANSWER = lambda box: grab_box(box, "open_foreign_wal_dialog.png")
startup.ask_foreign_wal(w, d / "shopdesk.db")
startup.ANSWER = lambda box: grab_box(box, "lock_other_host_dialog.png")
startup.ask_lock_other_host("shop-laptop", 4242, d / "shopdesk.lock")

close_session(ctx)
w.close()
os.chmod(d / "shopdesk-demo.db", 0o444)
ro = open_session(d, demo=True)
w2 = MainWindow(ro, db_file=d / "shopdesk-demo.db", demo=True)
w2.resize(1100, 680)
settle(w2)
w2.grab().save(str(OUT / "read_only_banner.png"))
print("saved", info.path.name)
