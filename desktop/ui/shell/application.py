"""The running GUI: QApplication, translations, the data-folder lock, database
refusals, and switching to the demo database."""
from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME, APP_NAME, __version__, paths
from desktop.ui.shell import deferred_modules

# The store (peewee), services and dialogs (QMessageBox: its types take tens
# of milliseconds to load) are imported once the window is on screen or when
# they are needed (start-up time; tests/benchmarks/bench_startup.py).

LOCK_NAME = "shopdesk.lock"
log = logging.getLogger("shopdesk")


def tr(text: str) -> str:
    return QApplication.translate("app", text)


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    icon = paths.resource_path("icons", "shopdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    return app


def install_dialog_keys() -> None:
    """Ctrl+Enter accepts dialogs. Installed once the window shows its data (or
    before a dialog that comes earlier): the filter sees every event of the
    application, and the first paint has hundreds of them."""
    from desktop.ui.common import dialog_keys

    dialog_keys.install(QApplication.instance())


def install_translations(app: QApplication) -> None:
    """Our source text is Simplified Chinese; English comes from
    resources/translations. Which one follows the 设置 (跟随系统 / 简体中文 / English)."""
    from desktop.ui.common import language

    language.install(app)


def team_settings(data_dir: Path):
    """The team server to use, when team mode is switched on for this data folder."""
    if not (data_dir / "team.json").exists():
        return None  # one-computer mode: no need to load the team services (start-up time)
    from desktop.services import team

    settings = team.load_settings(data_dir)
    return settings if settings is not None and settings.enabled else None


def _ask_password(label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(None, tr("团队服务器密码"), tr("请输入 {label} 的密码：").format(label=label),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def acquire_lock(data_dir: Path) -> QLockFile | None:
    """One instance per data folder. A lock left by a killed process is stale
    (its PID is gone) and QLockFile takes it over. A lock written by another
    computer (a synced folder) can't be judged by PID: the user is asked."""
    # desktop.ui.safety.startup (its dialogs) is loaded only when there is something to ask.
    if (data_dir / LOCK_NAME).is_dir():  # what startup.lock_problem reports
        from desktop.ui.safety import startup

        startup.ask_lock_folder(data_dir / LOCK_NAME)
        raise LockRefused()
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # PySide6: (pid, hostname, appname)
        pid, host = info[-3], info[-2]
        if host and host != QSysInfo.machineHostName():
            from desktop.ui.safety import startup

            if not startup.ask_lock_other_host(host, pid, data_dir / LOCK_NAME):
                raise LockRefused()
            lock.removeStaleLockFile()
            if lock.tryLock(200):
                return lock
        return None
    # Permission or unknown error: say so rather than run unguarded.
    raise OSError(tr("无法在数据文件夹中创建锁文件：{path}").format(path=data_dir / LOCK_NAME))


class LockRefused(Exception):
    """The user was told why the lock could not be taken and chose to quit."""


class Controller:
    def __init__(self, app: QApplication, data_dir: Path, exit_when_shown: bool) -> None:
        self.app = app
        self.data_dir = data_dir
        self.exit_when_shown = exit_when_shown
        self.window = None
        self.ctx = None

    def open(self, demo_mode: bool) -> bool:
        """Open ``demo_mode``'s database in a new main window (replacing any old one)."""
        from desktop.ui.shell.main_window import MainWindow

        db_file = paths.db_path(self.data_dir, demo_mode)
        ctx = self._open_database(db_file, demo_mode)
        if ctx is None:
            return False
        old = self.window
        self.ctx = ctx
        self.window = MainWindow(ctx, db_file=db_file, demo=demo_mode)
        self._wire(self.window)
        self.window.show()
        if old is not None:
            old_ctx = old.ctx
            old.close()
            old.deleteLater()
            if old_ctx is not None:
                from desktop.services.session import close_session

                close_session(old_ctx)
        return True

    def start(self, demo_mode: bool) -> None:
        """First start: show the window at once ("正在打开数据…"), then build its
        frame (navigation, menus, icons) and open the database.

        The frame's Qt types, importing the store (peewee) and opening the file
        take a good part of a second on a slow machine; the user sees the window
        during that time instead of nothing (tests/benchmarks/bench_startup.py).
        """
        from desktop.ui.shell.main_window import MainWindow

        db_file = paths.db_path(self.data_dir, demo_mode)
        self.window = MainWindow(None, db_file=db_file, demo=demo_mode, loading_only=True)
        self._wire(self.window)
        self.window.show()
        if self.exit_when_shown:
            print("shopdesk-window-shown", flush=True)
        QTimer.singleShot(0, lambda: self._finish_start(demo_mode))
        # After it (or inside a dialog it opens): garbage collection, off while starting (desktop/app.py).
        QTimer.singleShot(0, gc.enable)

    def _finish_start(self, demo_mode: bool) -> None:
        self.window.build_frame()
        ctx = self._open_database(paths.db_path(self.data_dir, demo_mode), demo_mode)
        if ctx is None:
            self.window.close()
            self.app.exit(1)
            return
        self.ctx = ctx
        self.window.attach(ctx)
        QTimer.singleShot(0, install_dialog_keys)
        # On this thread, before any worker can import one half-made (desktop/app.py deferred them).
        QTimer.singleShot(0, deferred_modules.load_now)
        if self.exit_when_shown:
            print("shopdesk-ready", flush=True)
            QTimer.singleShot(0, self.app.quit)

    def _wire(self, window) -> None:
        window.demo_requested.connect(lambda: self.open(True))
        window.swap_requested.connect(self.swap_database)

    def _open_database(self, db_file: Path, demo_mode: bool):
        """Every failure gets a message and a way forward (desktop.ui.safety.startup)."""
        from desktop.services.session import open_session

        settings = None if demo_mode else team_settings(self.data_dir)
        if settings is not None:
            ctx = self._open_server(settings)
            if ctx is not None:
                return ctx

        def attempt():
            ctx = open_session(self.data_dir, demo=demo_mode)
            if demo_mode:
                from desktop.services import demo  # the demo fillers load only for the demo database

                demo.fill_if_empty(ctx)
            return ctx

        # The recovery dialogs (and their Qt types) load only when opening fails;
        # they then start from that failure, not from a second attempt.
        try:
            return attempt()
        except Exception as exc:  # noqa: BLE001 - handed to open_with_recovery below
            failures = [exc]
        from desktop.ui.safety.startup import open_with_recovery

        install_dialog_keys()

        def again():
            if failures:
                raise failures.pop()
            return attempt()

        return open_with_recovery(self.window, self.data_dir, db_file, demo_mode, again)

    def _open_server(self, settings):
        """Team mode: the team's server; on failure the user retries, changes the
        settings, or works on this computer's own file (None)."""
        from desktop.services import team
        from desktop.services.session import open_server_session
        from desktop.ui.common.errors import server_problem_text

        password = team.password_for(settings.server)
        while True:
            try:
                return open_server_session(settings.server, password, self.data_dir)
            except team.ServerProblem as exc:
                text = server_problem_text(exc.kind, exc.found, exc.supported)
                if exc.kind == "auth" and not NON_INTERACTIVE:
                    # No keychain here (or a changed password): ask, keep it in memory only.
                    typed = _ask_password(settings.server.label())
                    if typed is not None:
                        password = typed
                        continue
            if NON_INTERACTIVE:
                print(f"shopdesk: team server: {text}", file=sys.stderr, flush=True)
                return None
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, tr("无法连接团队服务器"), text)
            box.setObjectName("teamServerRefusedDialog")
            box.setInformativeText(settings.server.label())
            retry = box.addButton(tr("重试"), QMessageBox.ButtonRole.AcceptRole)
            setup = box.addButton(tr("团队模式设置…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(tr("使用本机数据"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is setup:
                from desktop.ui.team.dialog import TeamDialog

                TeamDialog(None, self.data_dir).exec()
                settings = team_settings(self.data_dir)
                if settings is None:
                    return None
            elif box.clickedButton() is not retry:
                return None

    def swap_database(self, replace) -> None:
        """Close the database, let ``replace()`` put another file in its place
        (restore, import), and open it again. If ``replace`` fails, the old
        database is opened again and the error is shown."""
        from desktop.services.session import close_session
        from desktop.ui.common.errors import message_for

        demo_mode = self.window.demo if self.window is not None else False
        if self.ctx is not None:
            close_session(self.ctx)
        error = None
        try:
            replace()
        except Exception as exc:  # noqa: BLE001 - shown below, then the old data reopens
            error = exc
        self.ctx = None
        if not self.open(demo_mode):
            self.app.exit(1)
            return
        if error is not None:
            from PySide6.QtWidgets import QMessageBox

            log.error("replacing the database failed", exc_info=(type(error), error, error.__traceback__))
            QMessageBox.warning(self.window, tr("没有替换数据"), tr("原来的数据已重新打开，没有改动。\n") + message_for(error))


# Set for --exit-when-shown runs, where no one is there to close a dialog.
NON_INTERACTIVE = False


def _excepthook(exc_type, exc, tb) -> None:
    import logging
    import traceback

    logging.getLogger("shopdesk").error("unhandled error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if NON_INTERACTIVE:
        print(f"shopdesk: unexpected error: {exc_type.__name__}: {exc}", file=sys.stderr, flush=True)
        QApplication.exit(1)
        return
    try:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, tr("出错了"), tr("程序遇到意外错误，这次操作没有完成。已保存的数据不受影响，详情已写入日志。"))
    except Exception:  # noqa: BLE001
        pass


def _cannot_start(exc: Exception, data_dir: Path) -> None:
    """Say why the data folder cannot be used. The fault types load here, not on
    every start (they bring sqlite3 and dataclasses before the first frame)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.faults import StorageFault
    from desktop.ui.common.fault_messages import fault_text

    if isinstance(exc, StorageFault):
        text = fault_text(exc.fault)
    elif isinstance(exc, OSError):
        text = tr("无法使用数据文件夹：{path}\n{err}").format(path=data_dir, err=exc.strerror or exc)
    else:
        raise exc
    QMessageBox.critical(None, tr("无法启动"), text)


def run_gui(args) -> int:
    app = make_app([sys.argv[0]])
    data_dir = paths.resolve_data_dir(args.data_dir)
    try:
        if not data_dir.is_dir():
            paths.ensure_private_dir(data_dir)  # an existing folder is never chmod-ed
        # The one-app-per-folder lock guards the SQLite file; a server database
        # takes several apps at once (its own locks keep the rules).
        on_server = not args.demo and team_settings(data_dir) is not None
        lock = True if on_server else acquire_lock(data_dir)
    except LockRefused:
        return 2
    except Exception as exc:  # noqa: BLE001 - a machine fault is shown; anything else is raised again
        _cannot_start(exc, data_dir)
        return 2
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.shell.single_instance import ask_running_to_raise

        if ask_running_to_raise(data_dir):
            print(tr("小店管家已经打开，已切换到它的窗口。"), file=sys.stderr)
            return 0
        message = tr("小店管家已经打开了（数据文件夹：{path}）。\n请切换到已打开的窗口。").format(path=data_dir)
        print(message, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Information, tr("小店管家已经打开"), message)
        box.setObjectName("alreadyRunningDialog")
        if not args.exit_when_shown:
            QTimer.singleShot(15000, box.accept)  # never leave a stray process behind
            box.exec()
        return 3
    global NON_INTERACTIVE
    NON_INTERACTIVE = args.exit_when_shown
    sys.excepthook = _excepthook
    controller = Controller(app, data_dir, args.exit_when_shown)
    controller.start(args.demo)

    def listen_for_second_starts() -> None:
        # After the first frame: QtNetwork is not needed to draw it (start-up time).
        from desktop.ui.shell.single_instance import RaiseServer

        controller.raise_server = RaiseServer(data_dir, lambda: controller.window, app)

    QTimer.singleShot(0, listen_for_second_starts)
    code = app.exec()
    if controller.ctx is not None:
        from desktop.ui.safety.menu import close_with_backup

        close_with_backup(controller.ctx)
    if lock is not True:
        lock.unlock()
    return code
