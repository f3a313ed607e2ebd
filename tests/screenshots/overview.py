"""Offscreen screenshots of the 概览 page (light and dark palettes) and of each chart.

Run: QT_QPA_PLATFORM=offscreen python tests/screenshots/overview.py
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Fresh window settings: a remembered last page would otherwise be shot instead of 概览.
os.environ["SHOPDESK_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="shopdesk-shots-")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.clock import FixedClock  # noqa: E402
from desktop.services import demo  # noqa: E402
from desktop.services.session import open_session  # noqa: E402


def dark_palette() -> QPalette:
    p = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.AlternateBase, "#26282b"),
                        (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#2d2f33"),
                        (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#3b6fd8"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Mid, "#4a4d52"),
                        (QPalette.ColorRole.ToolTipBase, "#2d2f33"), (QPalette.ColorRole.ToolTipText, "#e8eaed"),
                        (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        p.setColor(role, QColor(color))
    return p


def shoot(app, ctx, palette: QPalette, suffix: str) -> None:
    from desktop.ui.shell.main_window import MainWindow

    app.setPalette(palette)
    win = MainWindow(ctx, demo=True)
    win.resize(1440, 940)
    win.show()
    win.show_page("overview")
    for _ in range(10):
        app.processEvents()
    page = win.page("overview")
    page.build_charts()
    page.table.selectRow(0)
    for _ in range(10):
        app.processEvents()
    win.grab().save(str(OUT / f"overview_page{suffix}.png"))
    if not suffix:
        for box in page.charts.boxes():
            box.export_png(str(OUT / f"{box.objectName()}.png"))  # what 导出图片 writes
        page.charts.daily.toggle.setChecked(True)
        for _ in range(5):
            app.processEvents()
        page.charts.daily.grab().save(str(OUT / "overviewChartDaily_table.png"))
        page.charts.daily.toggle.setChecked(False)
        page.period.setCurrentIndex(page.period.findData(90))
        for _ in range(5):
            app.processEvents()
        page.charts.daily.export_png(str(OUT / "overviewChartDaily_90.png"))
    win.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    app.setApplicationDisplayName("小店管家")
    ctx = open_session(Path(tempfile.mkdtemp()), demo=True, clock=FixedClock(datetime(2026, 11, 27, 10)))
    demo.fill_if_empty(ctx)
    light = app.style().standardPalette()
    shoot(app, ctx, light, "")
    shoot(app, ctx, dark_palette(), "_dark")


if __name__ == "__main__":
    main()
