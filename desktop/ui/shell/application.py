"""The running GUI: QApplication, translations, the data-folder lock, database
refusals, and switching to the demo database."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME, APP_NAME, __version__, paths

# The store (peewee), services and dialogs (QMessageBox, QFileDialog: their
# types take tens of milliseconds to load) are imported once the window is on
# screen or when they are needed.

LOCK_NAME = "shopdesk.lock"


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


def install_translations(app: QApplication) -> None:
    """Our source text is Simplified Chinese; another language is used when
    resources/translations has it for the system locale. Qt's own strings
    (standard buttons, file dialogs) follow whichever language the UI is in."""
    ui_locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    system = QLocale.system()
    if system.language() != QLocale.Language.Chinese:
        ours = QTranslator(app)
        if ours.load(system, "shopdesk", "_", str(paths.resource_path("translations"))):
            app.installTranslator(ours)
            ui_locale = system
    qt = QTranslator(app)
    if qt.load(ui_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def acquire_lock(data_dir: Path) -> QLockFile | None:
    """One instance per data folder. A lock left by a killed process is stale
    (its PID is gone) and QLockFile takes it over."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # Permission or unknown error: say so rather than run unguarded.
    raise OSError(tr("无法在数据文件夹中创建锁文件：{path}").format(path=data_dir / LOCK_NAME))


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
                old_ctx.db.close()
        return True

    def start(self, demo_mode: bool) -> None:
        """First start: show the window frame at once, then open the database.

        Importing the store (peewee) and opening the file take tens of
        milliseconds; the user sees the window during that time instead of nothing.
        """
        from desktop.ui.shell.main_window import MainWindow

        self.window = MainWindow(None, db_file=paths.db_path(self.data_dir, demo_mode), demo=demo_mode)
        self._wire(self.window)
        self.window.show()
        if self.exit_when_shown:
            print("shopdesk-window-shown", flush=True)
        QTimer.singleShot(0, lambda: self._finish_start(demo_mode))

    def _finish_start(self, demo_mode: bool) -> None:
        ctx = self._open_database(paths.db_path(self.data_dir, demo_mode), demo_mode)
        if ctx is None:
            self.window.close()
            self.app.exit(1)
            return
        self.ctx = ctx
        self.window.attach(ctx)
        if self.exit_when_shown:
            print("shopdesk-ready", flush=True)
            QTimer.singleShot(0, self.app.quit)

    def _wire(self, window) -> None:
        window.demo_requested.connect(lambda: self.open(True))

    def _open_database(self, db_file: Path, demo_mode: bool):
        from desktop.services.session import DatabaseRefused, open_session

        while True:
            try:
                ctx = open_session(self.data_dir, demo=demo_mode)
                if demo_mode:
                    from desktop.services import demo  # the demo fillers load only for the demo database

                    demo.fill_if_empty(ctx)
                return ctx
            except DatabaseRefused as exc:
                if not self._ask_recovery(exc, db_file):
                    return None

    def _ask_recovery(self, exc, db_file: Path) -> bool:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.services import recovery
        from desktop.services.session import CorruptDatabase, DatabaseRefused, NewerSchema

        if isinstance(exc, NewerSchema):
            text = tr("这个数据库由更新版本的小店管家创建（数据版本 {found}，本程序支持到 {supported}）。\n"
                      "为避免丢失数据，本程序不会打开或修改它。请安装最新版本的小店管家。").format(
                found=exc.found, supported=exc.supported)
        elif isinstance(exc, CorruptDatabase):
            text = tr("数据库文件已损坏，未通过完整性检查。\n文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。")
        else:
            text = tr("这个文件不是小店管家的数据库。\n文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。")
        box = QMessageBox(QMessageBox.Icon.Warning, tr("无法打开数据库"), text)
        box.setObjectName("databaseRefusedDialog")
        box.setInformativeText(str(db_file))
        backups = recovery.list_backups(self.data_dir / paths.BACKUP_DIRNAME)
        open_backup = box.addButton(tr("打开备份…"), QMessageBox.ButtonRole.AcceptRole) if backups else None
        new_db = box.addButton(tr("新建数据库"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if open_backup is not None and clicked is open_backup:
            chosen, _ = QFileDialog.getOpenFileName(
                None, tr("选择备份"), str(backups[0].parent), tr("数据库备份 (*.db)"))
            if not chosen:
                return True  # ask again
            try:
                recovery.restore_backup(Path(chosen), db_file)
            except (DatabaseRefused, OSError) as err:
                QMessageBox.warning(None, tr("无法使用这个备份"), str(err))
            return True
        if clicked is new_db:
            moved = recovery.set_aside(db_file)
            QMessageBox.information(None, tr("已新建数据库"), tr("原文件已改名保留为：\n{path}").format(path=moved))
            return True
        return False


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

        QMessageBox.critical(None, tr("出错了"), tr("程序遇到意外错误（{kind}），这次操作没有完成。已保存的数据不受影响。").format(kind=exc_type.__name__))
    except Exception:  # noqa: BLE001
        pass


def run_gui(args) -> int:
    app = make_app([sys.argv[0]])
    data_dir = paths.resolve_data_dir(args.data_dir)
    try:
        paths.ensure_private_dir(data_dir)
        lock = acquire_lock(data_dir)
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, tr("无法启动"), tr("无法使用数据文件夹：{path}\n{err}").format(path=data_dir, err=exc))
        return 2
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

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
    code = app.exec()
    if controller.ctx is not None:
        controller.ctx.db.close()
    lock.unlock()
    return code
