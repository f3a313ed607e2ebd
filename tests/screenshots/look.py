"""The look-and-feel screenshot set (issue 10): every page at 1366×768 in light,
dark (*_dark.png) and English (*_en.png), and the main window at 1024×700.

Run from the repository root, one variant per process (the language is chosen
at start-up, as in the app):
    python tests/screenshots/look.py            # light, dark and English
    python tests/screenshots/look.py light      # one of them
Writes docs/screenshots/page_<key>[_dark|_en].png and main_window_1024x700.png.
"""
import tempfile
from pathlib import Path

import shots

ROOT, OUT = shots.ROOT, shots.OUT


def shoot(variant: str) -> None:
    app = shots.themed_app(variant)

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.registry import PAGES

    data = Path(tempfile.mkdtemp(prefix="shopdesk-shots-data-"))
    ctx = shots.demo_session(data, clock=None, demo=True)
    window = MainWindow(ctx, db_file=data / "shopdesk-demo.db", demo=True)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    suffix = "" if variant == "light" else f"_{variant}"
    for spec in PAGES:
        window.show_page(spec.key)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(OUT / f"page_{spec.key}{suffix}.png"))
    if variant == "light":
        window.show_page("accounts")
        window.setGeometry(0, 0, 1024, 700)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(OUT / "main_window_1024x700.png"))
        window.collapse_action.trigger()
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(OUT / "main_window_1024x700_collapsed.png"))
        window.collapse_action.trigger()
        help_window = window.show_help("rules", "R-CH-4")
        help_window.resize(760, 600)
        for _ in range(10):
            app.processEvents()
        help_window.grab().save(str(OUT / "help_rules.png"))
    window.close()
    ctx.db.close()


if __name__ == "__main__":
    shots.run_variants(shoot, __file__)
