"""What every screenshot script starts with: the repository on the import path, the platform (offscreen
unless the caller runs under a real display), where the pictures go, and a session with the demo shops.

A script imports it first, before PySide6 or desktop (its folder is on sys.path when it is run as
`python tests/screenshots/NAME.py`)."""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
DAY = datetime(2026, 11, 27, 10)  # the demo data's "today"


def prepare(*, force_offscreen: bool = False, chdir: bool = False) -> None:
    """Offscreen (always with ``force_offscreen``, else unless the caller chose a platform), the repository
    importable, and with ``chdir`` the repository as the working folder."""
    if force_offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if chdir:
        os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def demo_session(data: Path | None = None, *, clock: datetime | None = DAY, demo: bool = False):
    """A session on a new data folder (or ``data``) filled with the demo shops, its clock fixed at ``clock``."""
    from desktop.domain.clock import FixedClock
    from desktop.services import demo as demo_data
    from desktop.services.session import open_session

    kwargs = {"clock": FixedClock(clock)} if clock is not None else {}
    if demo:
        kwargs["demo"] = True
    ctx = open_session(data if data is not None else Path(tempfile.mkdtemp()), **kwargs)
    demo_data.fill_if_empty(ctx)
    return ctx


_APPS: list = []  # the QApplication made here stays referenced for the whole run


def app():
    """The running QApplication, or a new one."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _APPS.append(QApplication(sys.argv))
    return QApplication.instance()


def snap(widget, name: str, *, close: bool = False) -> None:
    """``widget`` shown, its events processed and its picture saved as OUT/``name``; closed with ``close``."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    if close:
        widget.close()


def shop_named(ctx, prefix: str) -> int:
    """The id of the demo shop whose name starts with ``prefix`` (晨光, 山野, 小林)."""
    from desktop.services import shops

    return next(s.id for s in shops.list_shops(ctx) if s.name.startswith(prefix))


def themed_app(variant: str):
    """The QApplication of one look variant (light, dark or en), with fresh settings, offscreen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SHOPDESK_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="shopdesk-shots-")
    prepare()
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common import language, theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("小店管家")
    language.install(app, language.ENGLISH if variant == "en" else language.CHINESE)
    theme.apply(app, theme.DARK if variant == "dark" else theme.LIGHT)
    return app


def run_variants(shoot, script: str) -> None:
    """``shoot(variant)`` for the variant named on the command line, or each of light, dark and en in a
    process of its own (the language is chosen at start-up, as in the app)."""
    import subprocess

    variants = sys.argv[1:] or ["light", "dark", "en"]
    if len(variants) == 1:
        shoot(variants[0])
    else:
        for v in variants:
            subprocess.run([sys.executable, script, v], check=True, cwd=ROOT)


def demo_window(width: int, height: int):
    """The main window on a new demo data folder, shown at ``width`` x ``height``; (ctx, window)."""
    from desktop.ui.shell.main_window import MainWindow

    data = Path(tempfile.mkdtemp())
    ctx = demo_session(data, clock=None, demo=True)
    window = MainWindow(ctx, db_file=data / "shopdesk-demo.db", demo=True)
    window.resize(width, height)
    window.show()
    return ctx, window
