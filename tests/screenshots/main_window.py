"""Screenshots of the main window: first run, demo data, history.

Run from the repository root: `python tests/screenshots/main_window.py` (offscreen)."""
import tempfile
from pathlib import Path

import shots

shots.prepare(force_offscreen=True, chdir=True)
ROOT = shots.ROOT
from PySide6.QtWidgets import QApplication
app=QApplication([])
from desktop.services.session import open_session
from desktop.services import demo
from desktop.ui.shell.main_window import MainWindow
d=Path(tempfile.mkdtemp())
ctx=open_session(d)
w=MainWindow(ctx, db_file=d/"shopdesk.db"); w.resize(1100,680); w.show(); app.processEvents()
w.grab().save("docs/screenshots/first_run.png")
ctx2=open_session(d, demo=True); demo.fill_if_empty(ctx2)
w2=MainWindow(ctx2, db_file=d/"shopdesk-demo.db", demo=True); w2.resize(1100,680); w2.show(); app.processEvents()
w2.grab().save("docs/screenshots/main_window.png")
w2.show_page("history"); app.processEvents()
w2.page("history").scope.setCurrentIndex(1); app.processEvents()
w2.grab().save("docs/screenshots/history_page.png")
