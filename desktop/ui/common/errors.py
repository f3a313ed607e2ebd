"""Wording failures for the user: one message per kind of failure, never a traceback or a class name.

The runner (runner.py) decides where a message is shown; this module only words it.
"""
from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import Text
from desktop.ui.common.decisions import decision_text, rule_text
from desktop.ui.common.texts import translated


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def message_for(exc: BaseException) -> str:
    decision = getattr(exc, "decision", None)
    if decision is not None and hasattr(decision, "allowed"):
        return decision_text(decision)
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason and hasattr(exc, "rule"):  # services.errors.ServiceError
        return rule_text(translated(reason), exc.rule)
    message = getattr(exc, "message", None)
    if isinstance(message, Text) and message:
        return translated(message)
    if isinstance(message, str) and message:
        # A fixed message (no values filled in) has its translation under "shared".
        return QCoreApplication.translate("shared", message)
    if hasattr(exc, "kind") and hasattr(exc, "supported"):  # store.server.ServerProblem
        return server_problem_text(exc.kind, exc.found, exc.supported)
    return machine_fault(exc) or tr("操作没有完成：程序遇到意外错误，详情已写入日志。数据没有改动。")


# libpq/psycopg wording when the team server went away mid-operation.
_SERVER_LOST = (
    "server closed the connection", "terminating connection", "connection is lost", "connection is closed",
    "connection already closed", "consuming input failed", "connection to server", "ssl syscall error",
)


def machine_fault(exc: BaseException) -> str:
    """A message for a fault of the machine (full disk, read-only folder, busy database), else ''."""
    from desktop.ui.common.fault_messages import error_text

    found = error_text(exc)  # classified through peewee's wrapper and "cannot rollback" (store.faults)
    if found:
        return found
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return tr("磁盘空间不足：操作没有完成，数据没有改动。请腾出空间后再试。")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return tr("没有写入权限（文件夹只读或被保护）：操作没有完成，数据没有改动。")
    if any(w in text for w in _SERVER_LOST):
        return tr("与服务器的连接中断：这次操作没有保存（已全部撤销）。连接恢复后请再试。")
    if "database is locked" in text or "database is busy" in text:
        return tr("数据正被另一个操作占用：操作没有完成，请稍后再试。")
    return ""


def server_problem_text(kind: str, found: int = 0, supported: int = 0) -> str:
    texts = {
        "unreachable": tr("无法连接到服务器：请检查地址和端口，服务器是否开机，PostgreSQL 是否在运行，"
                          "以及防火墙是否放行。"),
        "auth": tr("用户名或密码不对（或服务器不允许这个用户从本机登录）。"),
        "no_database": tr("服务器上没有这个数据库：请先在服务器上用 createdb 建好（见说明文档）。"),
        "too_old": tr("服务器的 PostgreSQL 版本太旧（{found}）：需要 15 或更新的版本。"),
        "newer_schema": tr("服务器上的数据由更新版本的小店管家写入（数据版本 {found}，本程序支持到 {supported}）。"
                           "为避免丢失数据，本程序不会使用它，请先升级小店管家。"),
        "not_shopdesk": tr("这个数据库里已有别的程序的数据表，不能用作小店管家的数据库。请新建一个空数据库。"),
        "not_empty": tr("服务器上的数据库已经有店铺数据：只能迁移到一个空数据库，服务器上的数据没有改动。"),
        "driver_missing": tr("本程序没有安装团队模式组件（psycopg），无法连接服务器。"),
        "lost": tr("与服务器的连接中断。"),
    }
    return texts.get(kind, tr("无法使用这个服务器。")).format(found=_version(found), supported=supported)


def _version(found: int) -> str:
    # server_version_num 150018 -> "15.18"; schema versions are small numbers.
    return f"{found // 10000}.{found % 10000}" if found >= 100000 else str(found)
