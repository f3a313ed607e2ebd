"""Shortcuts (issue 14): no two actions of the main window answer the same key where both are live
(Qt then runs neither and logs "Ambiguous shortcut overload"); 新建店铺 is Ctrl+Shift+N so Ctrl+N
stays with 新建商品 on 商品 and 录入 GMV on 达人数据."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from tests.ui.test_accessibility import demo_window
from desktop.ui.shell.registry import PAGES

LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _bindings(window):
    """(key text, scope widget or the window, description) for every action and shortcut."""
    found = []
    for obj in window.findChildren(QAction) + window.findChildren(QShortcut):
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        owner = obj.parent()
        local = obj.context() in LOCAL if isinstance(obj, QShortcut) else obj.shortcutContext() in LOCAL
        scope = owner if local and isinstance(owner, QWidget) else window
        for key in keys:
            if not key.isEmpty():
                found.append((key.toString(QKeySequence.SequenceFormat.PortableText), scope,
                              obj.objectName() or obj.text() if isinstance(obj, QAction) else obj.objectName()))
    return found


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def test_no_two_live_actions_share_a_key(qtbot, ctx):
    window = demo_window(qtbot, ctx)
    for spec in PAGES:
        window.show_page(spec.key)
    bindings = _bindings(window)
    assert len(bindings) > 20
    clashes = [(k1, n1, n2) for i, (k1, s1, n1) in enumerate(bindings) for k2, s2, n2 in bindings[i + 1:]
               if k1 == k2 and _overlap(s1, s2)]
    assert not clashes, clashes


def test_new_shop_is_ctrl_shift_n_and_ctrl_n_is_per_page(qtbot, ctx):
    window = demo_window(qtbot, ctx)
    assert window.switcher.create_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    window.show_page("products")
    window.show_page("influencers")
    owners = {type(scope).__name__ for key, scope, _ in _bindings(window) if key == "Ctrl+N"}
    assert owners == {"ProductsPage", "InfluencersPage"}
