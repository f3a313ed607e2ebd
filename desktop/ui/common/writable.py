"""Write actions follow whether the data can be written now (read-only file, team server offline).

The state and its reason come from the services (services.write_state, kept on
the database, which also refuses the write itself). Here every write action's
enabled state becomes "its own decision AND writable": the table panel does it
for its actions; frames and dialogs call ``enable`` for their write buttons and
``watch`` to be re-evaluated when the state changes (the team server is back).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from desktop.domain import writable
from desktop.domain.decisions import ALLOWED, Decision
from desktop.ui.common.decisions import decision_text


class _Notifier(QObject):
    changed = Signal()


_NOTIFIER: _Notifier | None = None


def notifier() -> _Notifier:
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = _Notifier()
    return _NOTIFIER


def notify() -> None:
    """The write state changed (server lost or back, another database opened): re-evaluate."""
    notifier().changed.emit()


class _Watcher(QObject):
    """Lives as the owner's child, so the connection goes away with the owner."""

    def __init__(self, owner: QObject, refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self._refresh = refresh
        notifier().changed.connect(self.run)

    def run(self) -> None:
        self._refresh()


def watch(owner: QObject, refresh: Callable[[], None]) -> None:
    """Call ``refresh()`` whenever the write state changes, for as long as ``owner`` lives."""
    _Watcher(owner, refresh)


def write_decision(ctx) -> Decision:
    """ALLOWED, or why nothing can be written now (no session: nothing to refuse yet)."""
    if ctx is None or getattr(ctx, "db", None) is None:
        return ALLOWED
    from desktop.services import write_state

    return write_state.write_decision(ctx)


def gate(ctx, decision: Decision = ALLOWED) -> Decision:
    """A write action's decision AND the write state (its reason first when the data can't be written)."""
    return writable.both(decision, write_decision(ctx))


def enable(target, ctx, allowed: bool = True, refresh: Callable[[], None] | None = None) -> Decision:
    """Enable a write button or action when ``allowed`` and the data can be written; while it can't,
    the button is disabled with the reason as its tooltip (its own tooltip comes back afterwards).
    ``refresh``: what re-decides ``allowed`` (a dialog's validate), run again when the state changes."""
    if refresh is not None and not target.property("writableWatched"):
        target.setProperty("writableWatched", True)
        watch(target, refresh)
    state = write_decision(ctx)
    target.setEnabled(bool(allowed) and state.allowed)
    saved = target.property("writableSavedTip")
    if not state.allowed:
        if saved is None:
            target.setProperty("writableSavedTip", target.toolTip())
        target.setToolTip(decision_text(state))
        if hasattr(target, "setStatusTip"):
            target.setStatusTip(decision_text(state))
    elif saved is not None:
        target.setToolTip(saved)
        target.setProperty("writableSavedTip", None)
    return state
