"""Opening the database at start-up: every failure gets a clear message and a way forward.

- a machine fault (disk full, no access, read-only folder, I/O error): 重试 /
  打开数据文件夹 / 退出 — never 新建数据库, the file is not damaged;
- a damaged, foreign, or empty file: 打开备份… / 新建数据库 (the old file is
  renamed, never overwritten) / 退出;
- a foreign WAL: set it aside (renamed, kept) and open / 退出;
- a newer schema: 退出 (install the newer app);
- anything unexpected: a plain message, 重试 / 退出.
No path leaves the window stuck on "正在打开数据…".
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import paths

log = logging.getLogger("shopdesk")

# Tests replace this to answer the dialogs: fn(box) -> the button to "click".
ANSWER = None


def tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def _ask(box: QMessageBox):
    if ANSWER is not None:
        return ANSWER(box)
    box.exec()
    return box.clickedButton()


def open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_with_recovery(parent, data_dir: Path, db_file: Path, demo_mode: bool, open_fn):
    """Call ``open_fn()`` until it gives a session or the user chooses to quit (None)."""
    from desktop.services.session import DatabaseRefused, StorageFault

    while True:
        try:
            return open_fn()
        except StorageFault as exc:
            if not ask_fault(parent, exc.fault, data_dir):
                return None
        except DatabaseRefused as exc:
            if not ask_refused(parent, exc, data_dir, db_file):
                return None
        except Exception as exc:  # noqa: BLE001 - never a dead window
            from desktop.ui.common.fault_messages import error_text

            log.exception("opening the database failed")
            text = error_text(exc) or tr("打开数据时出错，数据库文件没有被改动。\n可以重试；如果反复出现，请联系技术支持并附上日志。")
            if not ask_retry(parent, text, data_dir, "openFailedDialog"):
                return None


def ask_fault(parent, fault, data_dir: Path) -> bool:
    from desktop.ui.common.fault_messages import fault_text

    return ask_retry(parent, fault_text(fault), data_dir, "storageFaultDialog")


def ask_retry(parent, text: str, data_dir: Path, name: str) -> bool:
    """重试 / 打开数据文件夹 / 退出. True means try again."""
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("无法打开数据"), text, parent=parent)
        box.setObjectName(name)
        retry = box.addButton(tr("重试"), QMessageBox.ButtonRole.AcceptRole)
        folder = box.addButton(tr("打开数据文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        clicked = _ask(box)
        if clicked is folder:
            open_folder(data_dir if data_dir.is_dir() else data_dir.parent)
            continue
        return clicked is retry


def _refused_text(exc) -> tuple[str, bool]:
    """(message, whether 新建数据库 may be offered: only for a file proven unusable)."""
    from desktop.services.session import CorruptDatabase, EmptyDatabase, NewerSchema

    if isinstance(exc, NewerSchema):
        return tr("这个数据库由更新版本的小店管家创建（数据版本 {found}，本程序支持到 {supported}）。\n"
                  "为避免丢失数据，本程序不会打开或修改它。请安装最新版本的小店管家。").format(
            found=exc.found, supported=exc.supported), False
    if isinstance(exc, EmptyDatabase):
        return tr("数据库文件是空的（0 字节），里面没有任何数据。\n"
                  "它没有被改动。可以打开一个备份，或新建数据库（空文件会改名保留）。"), True
    if isinstance(exc, CorruptDatabase):
        return tr("数据库文件已损坏，未通过完整性检查。\n文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。"), True
    return tr("这个文件不是小店管家的数据库。\n文件没有被改动。你可以打开一个备份，或新建一个空数据库（旧文件会改名保留）。"), True


def ask_refused(parent, exc, data_dir: Path, db_file: Path) -> bool:
    from desktop.services import backups, recovery
    from desktop.services.session import ForeignWal

    if isinstance(exc, ForeignWal):
        return ask_foreign_wal(parent, db_file)
    text, may_start_new = _refused_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("无法打开数据库"), text, parent=parent)
    box.setObjectName("databaseRefusedDialog")
    box.setInformativeText(str(db_file))
    entries = [e for e in backups.list_backups(data_dir) if e.kind == "backup"]
    open_backup = box.addButton(tr("打开备份…"), QMessageBox.ButtonRole.AcceptRole) if entries and may_start_new else None
    new_db = box.addButton(tr("新建数据库"), QMessageBox.ButtonRole.DestructiveRole) if may_start_new else None
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    clicked = _ask(box)
    if open_backup is not None and clicked is open_backup:
        _open_backup(parent, entries[0].path.parent, db_file)
        return True  # open again (or ask again)
    if new_db is not None and clicked is new_db:
        moved = recovery.set_aside(db_file)
        QMessageBox.information(parent, tr("已新建数据库"), tr("原文件已改名保留为：\n{path}").format(path=moved))
        return True
    return False


def _open_backup(parent, folder: Path, db_file: Path) -> None:
    """打开备份…: the chosen backup's copy is fully checked before anything changes; the refused file is kept."""
    from desktop.services import recovery
    from desktop.services.errors import InvalidInput
    from desktop.services.session import DatabaseRefused, StorageFault
    from desktop.ui.common.errors import message_for

    chosen, _ = QFileDialog.getOpenFileName(parent, tr("选择备份"), str(folder), tr("数据库备份 (*.db)"))
    if not chosen:
        return
    try:
        recovery.restore_backup(Path(chosen), db_file)
    except (InvalidInput, StorageFault) as err:
        QMessageBox.warning(parent, tr("无法使用这个备份"), message_for(err))
    except (DatabaseRefused, OSError) as err:
        QMessageBox.warning(parent, tr("无法使用这个备份"), tr("这个备份无法使用：{detail}").format(
            detail=getattr(err, "detail", "") or getattr(err, "strerror", "") or ""))


def ask_foreign_wal(parent, db_file: Path) -> bool:
    from desktop.services.recovery import set_wal_aside

    box = QMessageBox(QMessageBox.Icon.Warning, tr("发现来历不明的日志文件"), tr(
        "数据库旁边有一个不是本机上次运行留下的日志文件（{name}），可能是从别的电脑或同步盘复制来的。\n"
        "把它合并进来可能会用别处的数据覆盖这里的修改，所以没有合并。\n"
        "可以把它改名保留后打开数据库（它里面未合并的修改不会出现），或退出后自己检查。").format(
        name=db_file.name + "-wal"), parent=parent)
    box.setObjectName("foreignWalDialog")
    aside = box.addButton(tr("改名保留并打开"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    if _ask(box) is aside:
        moved = set_wal_aside(db_file)
        log.warning("foreign WAL set aside as %s", moved)
        return True
    return False


# -- the data-folder lock ------------------------------------------------------

def lock_problem(data_dir: Path, lock_name: str):
    """None, or ("folder", path) when the lock path is a folder."""
    path = data_dir / lock_name
    if path.is_dir():
        return "folder", path
    return None


def ask_lock_folder(path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("无法启动"), tr(
        "数据文件夹里用于防止重复打开的锁文件位置被一个文件夹占用：\n{path}\n"
        "小店管家没有打开。请把这个文件夹改名或移走，然后再启动。").format(path=path))
    box.setObjectName("lockIsFolderDialog")
    folder = box.addButton(tr("打开数据文件夹"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    if _ask(box) is folder:
        open_folder(path.parent)


def ask_lock_other_host(host: str, pid: int, path: Path) -> bool:
    """True when the user says the other computer is not running ShopDesk (take the lock over)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("数据文件夹正被另一台电脑使用"), tr(
        "这个数据文件夹被另一台电脑（{host}，进程 {pid}）上的小店管家占用。\n"
        "两台电脑同时写同一个数据库会损坏数据。\n"
        "如果那台电脑上的小店管家已经关闭（例如锁文件是同步盘复制过来的），可以解除锁定后打开；"
        "否则请先在那台电脑上关闭小店管家。\n锁文件：{path}").format(host=host or "?", pid=pid, path=path))
    box.setObjectName("lockOtherHostDialog")
    take = box.addButton(tr("解除锁定并打开"), QMessageBox.ButtonRole.DestructiveRole)
    quit_ = box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_)
    return _ask(box) is take
