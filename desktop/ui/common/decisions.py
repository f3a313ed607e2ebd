"""Showing the rule engine's answers: one way for every page to disable an action and say why.

The rule ID travels on the Decision (``decision.rule``) and is rendered by domain.decisions.with_rule.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.domain.decisions import Decision, with_rule
from desktop.ui.common.texts import fill

_MNEMONIC = re.compile(r"\(&[^)]\)|（&[^）]）")


def decision_text(decision: Decision) -> str:
    """The reason in the user's language, with the rule ID that forbids the action."""
    if decision.allowed:
        return ""
    template = QCoreApplication.translate("rules", decision.reason)
    # A param may be a message itself (e.g. the list of a draft's errors): translated too.
    return rule_text(fill(template, decision.reason, decision.params) or decision.message, decision.rule)


def rule_text(text: str, rule: str | None) -> str:
    """``text`` with its rule ID in the user's language's brackets (full-width in Chinese, half-width in English)."""
    return with_rule(text, rule, QCoreApplication.translate("rules", "{text}（{rule}）"))


def bracketed(text: str, inner: str) -> str:
    """'保存（Ctrl+S）' in Chinese, 'Save (Ctrl+S)' in English: the language's own brackets."""
    form = QCoreApplication.translate("shared", "{text}（{inner}）")
    try:
        return form.format(text=text, inner=inner)
    except (KeyError, IndexError, ValueError):
        return f"{text}（{inner}）"


def labelled(label: str, text: str) -> str:
    """'事项：…' in Chinese, 'Item: …' in English."""
    form = QCoreApplication.translate("shared", "{label}：{text}")
    try:
        return form.format(label=label, text=text)
    except (KeyError, IndexError, ValueError):
        return f"{label}：{text}"


def listed(items) -> str:
    """Clauses one after another: 'a；b' in Chinese, 'a; b' in English."""
    return QCoreApplication.translate("shared", "；").join(items)


def enumerated(items) -> str:
    """Names in a row: 'a、b' in Chinese, 'a, b' in English."""
    return QCoreApplication.translate("shared", "、").join(items)


def clean_label(text: str) -> str:
    """An action's label for tooltips, toolbars and sentences: no '(&S)' mnemonic, no '&', no '…'."""
    return _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def key_text(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.NativeText) if key and not key.isEmpty() else ""


def apply_decision(action: QAction, decision: Decision, allowed_tip: str = "") -> None:
    """Enable or disable ``action``; a disabled one stays visible and says why.

    The tooltip names the action and the key that runs it; the status tip carries the same reason,
    so hovering the menu or toolbar puts it in the status bar too.
    """
    action.setEnabled(decision.allowed)
    label = clean_label(action.text())
    key = key_text(action.shortcut())
    title = bracketed(label, key) if key else label
    reason = allowed_tip if decision.allowed else decision_text(decision)
    action.setToolTip(f"{title}\n{reason}" if reason else title)
    action.setStatusTip(reason)
