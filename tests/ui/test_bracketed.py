"""English UI texts composed in code use the language's punctuation (issue 10, English)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from desktop.domain.decisions import deny
from desktop.ui.common import language
from desktop.ui.common.decisions import apply_decision, bracketed, labelled


def test_brackets_and_colons_follow_the_language(qapp):
    assert bracketed("保存", "Ctrl+S") == "保存（Ctrl+S）"
    assert labelled("事项", "绑定") == "事项：绑定"
    try:
        language.install(qapp, language.ENGLISH)
        assert bracketed("Save", "Ctrl+S") == "Save (Ctrl+S)"
        assert labelled("Item", "binding") == "Item: binding"
        action = QAction("解除绑定(&U)")
        action.setShortcut(QKeySequence("Ctrl+U"))
        apply_decision(action, deny("R-OFF-4", "官方账号一经绑定不可解绑或更换"))
        title, reason = action.toolTip().split("\n")
        assert title.endswith(" (Ctrl+U)") and "（" not in title
        assert reason.startswith("Once bound") and "(R-OFF-4)" in reason
    finally:
        language.install(qapp, language.CHINESE)
