"""Whether the data can be written now, and why not: the one answer every write action asks.

Two things make the shop's data view-only for a while, whatever the rules say:
the SQLite file (or its folder or medium) cannot be written, so it was opened
read-only; or, in team mode, the server is unreachable and the app shows the
data it last loaded while it reconnects. Neither is a platform rule, so the
Decision carries no rule ID; its reason says what is wrong and what happens next.
"""
from __future__ import annotations

from desktop.domain.decisions import ALLOWED, Decision

READ_ONLY = "read_only"  # the database file, its folder or its medium cannot be written
OFFLINE = "offline"      # team mode: the server cannot be reached; reconnecting by itself

_READ_ONLY = Decision(False, None, "数据库文件是只读的（文件、文件夹或存储介质不允许写入），现在只能查看，不能修改。")
_OFFLINE = Decision(False, None, "服务器连接已断开，正在重连…连接恢复前只能查看最后载入的数据，修改不会保存也不会排队。")


def write_decision(blocked: str | None) -> Decision:
    """ALLOWED when nothing blocks writing, else the refusal for ``blocked`` (READ_ONLY / OFFLINE)."""
    if blocked == READ_ONLY:
        return _READ_ONLY
    if blocked == OFFLINE:
        return _OFFLINE
    return ALLOWED


def both(decision: Decision, writable: Decision) -> Decision:
    """An action's decision AND the write state: when the data can't be written, that is the reason
    shown first (nothing the rules allow is possible then)."""
    return decision if writable.allowed else writable
