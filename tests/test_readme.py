"""The README's list of objectNames stays true: every name it lists exists."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.services import demo
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES

ROOT = Path(__file__).resolve().parents[1]


def readme_object_names() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Object names", 1)[1]
    return {n for n in re.findall(r"`([a-z][A-Za-z0-9]+)`", section) if n != "objectName"}


def test_readme_lists_object_names_that_exist(qtbot, ctx):
    demo.fill_if_empty(ctx)
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
    from desktop.ui.products.editor import ProductEditor

    editor = ProductEditor(ctx, window.switcher.current_id())
    qtbot.addWidget(editor)
    live = {o.objectName() for root in (window, editor) for o in root.findChildren(QObject)}
    live |= {window.objectName(), editor.objectName()}
    # Dialogs and the editor are built on demand: their names must be in the source.
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desktop").rglob("*.py"))
    listed = readme_object_names()
    assert len(listed) > 100
    missing = sorted(n for n in listed if n not in live and f'"{n}"' not in source)
    assert missing == []
