"""Showing the rule engine's answers: one way for every page to disable an action."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.domain.decisions import Decision, format_reason


def decision_text(decision: Decision) -> str:
    """The reason in the user's language, with the rule ID that forbids the action."""
    if decision.allowed:
        return ""
    template = QCoreApplication.translate("rules", decision.reason)
    text = format_reason(template, decision.params)
    return f"{text}（{decision.rule}）" if decision.rule else text


def apply_decision(action: QAction, decision: Decision, allowed_tip: str = "") -> None:
    """Enable or disable ``action``; a disabled one stays visible and says why.

    The status tip carries the same reason, so hovering the menu or toolbar
    puts it in the status bar too.
    """
    action.setEnabled(decision.allowed)
    action.setVisible(True)
    tip = allowed_tip if decision.allowed else decision_text(decision)
    action.setToolTip(tip or action.text())
    action.setStatusTip(tip)
