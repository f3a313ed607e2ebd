"""Start-up: arguments, single instance, database, main window."""
from __future__ import annotations

import gc
import os
import sys
from types import SimpleNamespace

from desktop import APP_NAME, __version__

# The flags a start is given (a desktop shortcut gives none) are read without
# argparse, whose parser builds a help formatter per option and loads locale
# for its messages: a few ms of every start (tests/benchmarks/bench_startup.py).
# Anything else (--help, --version, Qt's own arguments, an abbreviation, a
# mistake) goes to argparse, which reads these the same way (tests/test_app_args.py).
_FLAGS = {"--demo": "demo", "--self-test": "self_test", "--exit-when-shown": "exit_when_shown"}


def _plain_args(argv: list[str]) -> SimpleNamespace | None:
    """The arguments when ``argv`` holds only whole, known options; else None."""
    found = {"data_dir": None, "demo": False, "self_test": False, "exit_when_shown": False}
    items = iter(argv)
    for item in items:
        if item in _FLAGS:
            found[_FLAGS[item]] = True
        elif item == "--data-dir":
            value = next(items, None)
            if value is None or value.startswith("-"):
                return None
            found["data_dir"] = value
        else:
            return None
    return SimpleNamespace(**found)


def parse_args(argv: list[str]):
    plain = _plain_args(argv)
    if plain is not None:
        return plain
    import argparse

    parser = argparse.ArgumentParser(prog="shopdesk", description="小店管家 ShopDesk")
    parser.add_argument("--data-dir", help="数据文件夹（默认为系统的用户数据文件夹，或环境变量 SHOPDESK_DATA_DIR）")
    parser.add_argument("--demo", action="store_true", help="打开单独存放的示例数据库")
    parser.add_argument("--self-test", action="store_true", help="在临时数据库上自检后退出")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # For the start-up benchmark: print a line and quit once the window is shown.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # Qt's own arguments (-platform, -style ...) pass through.
    args, _unknown = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # Start-up allocates objects that live as long as the window (modules, Qt
    # wrappers, enums): the ~55 garbage collections a start made among them found
    # nothing to free and cost 15-20 ms. Collection is back once the window shows
    # its data (Controller.start).
    gc.disable()
    from desktop.ui.shell import deferred_modules
    from desktop.ui.shell.feature_probe import skip_source_probe

    skip_source_probe()  # before PySide6 is imported: it would read the source of every module imported after it
    deferred_modules.defer()  # peewee's unused imports run once the window shows its data (Controller)
    from desktop.ui.shell.application import run_gui

    return run_gui(args)


def display_problem() -> str | None:
    """On Linux without a screen Qt would abort with a plugin error; say what to do instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "小店管家需要图形界面，但这台机器没有可用的显示器（未设置 DISPLAY / WAYLAND_DISPLAY）。\n"
        "请在桌面环境中运行；在服务器上可用虚拟显示器运行：xvfb-run -a shopdesk\n"
        "只检查程序是否完好：shopdesk --self-test\n"
        "ShopDesk needs a display and none was found (DISPLAY / WAYLAND_DISPLAY unset). "
        "Run it in a desktop session, or under a virtual display: xvfb-run -a shopdesk. "
        "To check the installation only: shopdesk --self-test"
    )


def self_test() -> int:
    """Migrate a temporary database and build the main window offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile
    from pathlib import Path

    from desktop.ui.shell import deferred_modules

    deferred_modules.defer()  # as a start does: a bundle's importer must be able to run them later
    try:
        from PySide6 import __version__ as qt_version
        from PySide6.QtWidgets import QApplication

        from desktop.services import catalog, shops
        from desktop.services.session import open_session
        from desktop.store import migrations
        from desktop.ui.shell.main_window import MainWindow
        from desktop.ui.shell.registry import PAGES

        app = QApplication.instance() or QApplication([APP_NAME])
        with tempfile.TemporaryDirectory(prefix="shopdesk-selftest-") as tmp:
            ctx = open_session(Path(tmp))
            shops.create_shop(ctx, "自检店铺", "1000001")
            # The shipped resources were found (installed wheel, bundle or checkout).
            if not catalog.is_sample(ctx):
                raise RuntimeError("sample category tree not loaded: resources/ missing")
            top = len(catalog.children(ctx, None))
            window = MainWindow(ctx, db_file=Path(tmp) / "shopdesk.db")
            window.show()
            for spec in PAGES:
                window.show_page(spec.key)
                app.processEvents()
            version = migrations.current_version(ctx.db)
            deferred_modules.load_now()
            if not all(deferred_modules.is_loaded(name) for name in deferred_modules.DEFERRED):
                raise RuntimeError("a deferred standard-library module did not load")
            window.close()
            window.deleteLater()
            app.processEvents()
            ctx.db.close()
        print(f"{APP_NAME} self-test ok: version {__version__}, schema v{version}, "
              f"{len(PAGES)} pages, "
              f"sample tree {top} top categories, PySide6 {qt_version}; {components()}")
        return 0
    except Exception as exc:  # noqa: BLE001 - the one line is the whole report
        print(f"{APP_NAME} self-test FAILED: {type(exc).__name__}: {exc}")
        return 1


def components() -> str:
    """The parts a bundle must carry beyond the window: the team-mode driver, a
    keychain backend for this OS, and ICU's Chinese collation (the tables sort in
    拼音 order; the Linux bundle trims ICU's data). Raises when one is missing; from
    source the driver is the optional extra "team", so there it is only reported."""
    from PySide6.QtCore import QCollator, QLocale

    from desktop.platform.keychain import os_backend
    from desktop.store.server import DriverMissing, load_driver

    frozen = getattr(sys, "frozen", False)
    try:
        psycopg = load_driver()
        driver = f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"
        if frozen and psycopg.pq.__impl__ not in ("binary", "c"):
            raise RuntimeError(f"{driver}: the compiled implementation is missing")
    except DriverMissing:
        if frozen:
            raise
        driver = 'no psycopg (pip install "shopdesk[team]" for team mode)'
    backend, reachable = os_backend()
    # 安 (ān) before 中 (zhōng) in 拼音; in code-point order 中 (U+4E2D) comes first.
    pinyin = QCollator(QLocale("zh_CN")).compare("安", "中") < 0
    if not pinyin and sys.platform.startswith("linux"):  # Windows/macOS collate with the OS, not ICU
        raise RuntimeError("ICU has no Chinese collation")
    return (f"{driver}, keychain {backend} "
            f"({'reachable' if reachable else 'importable, no keychain service here'}), "
            f"zh collation {'pinyin' if pinyin else 'code points'}")


if __name__ == "__main__":
    sys.exit(main())
