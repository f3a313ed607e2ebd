"""Plain-words messages for faults of the machine and refused files (no exception names)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services import faults


def tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def megabytes(n: int | None) -> str:
    return "?" if n is None else f"{max(n, 0) / (1024 * 1024):.0f}"


def fault_text(fault: faults.Fault) -> str:
    where = str(fault.path) if fault.path else tr("数据文件夹")
    if fault.kind == faults.DISK_FULL:
        text = tr("磁盘空间不足：还需要约 {need} MB 可用空间。").format(need=megabytes(fault.needed_bytes))
        if fault.free_bytes is not None:
            text += tr("（现在可用 {free} MB）").format(free=megabytes(fault.free_bytes))
        if not fault.path:  # a write that failed mid-operation: the disk is the data folder's
            return text + "\n" + tr("请在数据文件夹所在的磁盘上释放空间，然后重试。数据没有改动。")
        return text + "\n" + tr("请在 {where} 所在的磁盘上释放空间，然后重试。数据没有改动。").format(where=where)
    if fault.kind == faults.READ_ONLY:
        if fault.detail == "needs upgrade":
            return tr("数据库文件是只读的，而这个版本需要先升级它的数据格式。\n"
                      "请让文件可写（检查文件属性或权限）后重试：{where}").format(where=where)
        return tr("没有写入权限：这里是只读的（文件或文件夹）：{where}\n请检查它的属性或权限，或把数据放到可写的位置。").format(where=where)
    if fault.kind == faults.NO_ACCESS:
        if fault.detail == "is a folder":
            return tr("数据库的位置上是一个文件夹，而不是数据库文件：{where}\n请把这个文件夹改名或移走后重试。").format(where=where)
        if fault.detail == "not a folder":
            return tr("这里应该是一个文件夹，现在却是一个文件：{where}\n请把这个文件改名或移走后重试。").format(where=where)
        if fault.detail == "folder missing":
            return tr("数据文件夹不存在或无法访问：{where}\n如果它在移动硬盘或网络盘上，请先连接后重试。").format(where=where)
        return tr("没有写入权限，或无法访问：{where}\n请检查文件夹和文件的权限后重试。").format(where=where)
    if fault.kind == faults.IO_ERROR:
        return tr("读写磁盘时出错（磁盘或连接可能有问题）：{where}\n数据库文件本身没有被判为损坏，也没有被改动。"
                  "请检查磁盘或连接后重试；如果反复出现，请尽快备份。").format(where=where)
    if fault.kind == faults.BUSY:
        return tr("数据库正被另一个程序占用，等待超时。请关闭其他正在使用它的程序后重试。")
    return tr("数据库文件已损坏：{where}\n请用 工具 → 检查数据库… 查看，或从备份恢复。").format(where=where)


def error_text(exc: BaseException) -> str | None:
    """The message for an exception caused by the machine or damage; None for anything else."""
    fault = faults.classify(exc)
    return fault_text(fault) if fault is not None else None
