"""The running app: demo switch, single instance, self-test (foundation issue)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.services import shops
from desktop.services.session import open_session
from desktop.ui.shell.application import Controller, acquire_lock

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args, env=None, timeout=60):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout
    )


def test_self_test_exits_zero():
    result = run_app("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout


def test_app_starts_and_shows_window(tmp_path):
    result = run_app("--data-dir", str(tmp_path / "d"), "--exit-when-shown")
    assert result.returncode == 0, result.stderr
    assert "shopdesk-window-shown" in result.stdout
    assert (tmp_path / "d" / "shopdesk.db").exists()
    if os.name == "posix":
        assert (tmp_path / "d").stat().st_mode & 0o777 == 0o700


def test_data_dir_from_environment(tmp_path):
    result = run_app("--exit-when-shown", env={"SHOPDESK_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "shopdesk.db").exists()


def test_cli_data_dir_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == (tmp_path / "cli").resolve()
    assert paths.resolve_data_dir(None) == (tmp_path / "env").resolve()


def test_second_instance_refused(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    lock = acquire_lock(data)
    assert lock is not None
    try:
        result = run_app("--data-dir", str(data), "--exit-when-shown")
        assert result.returncode == 3
        assert "已经打开" in result.stderr
    finally:
        lock.unlock()
    assert run_app("--data-dir", str(data), "--exit-when-shown").returncode == 0


@pytest.mark.skipif(os.name != "posix", reason="kill -9 semantics")
def test_lock_of_killed_process_does_not_block(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path; from desktop.ui.shell.application import acquire_lock;"
         "l=acquire_lock(Path(sys.argv[1])); print('locked', flush=True); time.sleep(60)", str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    assert acquire_lock(data) is None  # really held while alive
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    lock = acquire_lock(data)
    assert lock is not None
    lock.unlock()


def test_first_start_demo_opens_separate_database(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    data = tmp_path / "d"
    controller = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert controller.open(False)
    first = controller.window
    qtbot.addWidget(first)
    first.first_run.demo_button.click()
    demo_window = controller.window
    qtbot.addWidget(demo_window)
    assert demo_window is not first and demo_window.demo
    assert len(shops.list_shops(controller.ctx)) >= 3
    controller.ctx.db.close()
    assert (data / paths.DEMO_DB_FILENAME).exists()
    # The real database stayed empty: demo data never mixes in.
    real = open_session(data)
    try:
        assert shops.list_shops(real, include_archived=True) == []
    finally:
        real.db.close()


@pytest.mark.parametrize("choice, cancel", [("zh_CN", "取消"), ("en", "Cancel")])
def test_qt_standard_buttons_speak_the_ui_language(qapp, choice, cancel):
    """Qt's own buttons follow the language chosen in 设置, not the system locale."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.shell.application import install_translations
    from desktop.ui.common import language

    language.save_choice(choice)
    try:
        install_translations(qapp)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == cancel
        assert language.current_language() == choice
    finally:
        language.install(qapp, language.CHINESE)


def test_follow_system_means_chinese_on_a_chinese_system_else_english():
    from PySide6.QtCore import QLocale

    from desktop.ui.common import language

    assert language.resolve("system", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert language.resolve("system", QLocale(QLocale.Language.German)) == "en"
    assert language.resolve("en", QLocale(QLocale.Language.Chinese)) == "en"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland display variables")
def test_no_display_gives_clear_message_not_a_crash(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "没有可用的显示器" in result.stderr
    assert "Traceback" not in result.stderr


def _answer_next_box(button_text: str, seen: list):
    """Click ``button_text`` on the next modal message box, remembering its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append((box.objectName(), box.text()))
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)


def _with_bad_database(tmp_path, content: bytes):
    """A data folder whose database file holds ``content`` (not a database)."""
    data = tmp_path / "d"
    data.mkdir()
    (data / paths.DB_FILENAME).write_bytes(content)
    return data


def test_refused_database_offers_a_new_one_and_keeps_the_old_file(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    data = _with_bad_database(tmp_path, b"not a database at all" * 50)
    seen: list = []
    _answer_next_box("新建数据库", seen)
    # The second box just reports where the old file went.
    QApplication.instance().processEvents()
    controller = Controller(QApplication.instance(), data, exit_when_shown=False)

    def confirm_moved():
        _answer_next_box("OK", seen)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, confirm_moved)
    assert controller.open(False)
    qtbot.addWidget(controller.window)
    assert seen[0][0] == "databaseRefusedDialog"
    assert "不是小店管家的数据库" in seen[0][1]
    kept = [p for p in data.iterdir() if p.name.startswith(paths.DB_FILENAME + ".refused-")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a database at all" * 50
    assert shops.list_shops(controller.ctx) == []
    controller.ctx.db.close()


def test_refused_database_quit_leaves_file_untouched(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    data = _with_bad_database(tmp_path, b"garbage" * 10)
    bad = data / paths.DB_FILENAME
    seen: list = []
    _answer_next_box("退出", seen)
    controller = Controller(QApplication.instance(), data, exit_when_shown=False)
    assert not controller.open(False)
    assert bad.read_bytes() == b"garbage" * 10
    assert sorted(p.name for p in data.iterdir()) == [paths.DB_FILENAME]


def test_about_shows_version_and_data_folder(qtbot, ctx):
    from desktop import __version__
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    seen: list = []
    _answer_next_box("OK", seen)
    window.findChild(type(window.switcher.create_action), "aboutAction").trigger()
    assert seen and seen[0][0] == "aboutDialog"
    assert __version__ in seen[0][1] and str(ctx.data_dir) in seen[0][1]
