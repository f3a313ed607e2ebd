"""Layers (domain -> store -> services -> ui): no module imports what its layer may not see.

Every module under desktop/ is read as a syntax tree, so lazy imports inside
functions count too, as do relative imports and import_module("...") calls.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
QT = ("PySide6", "shiboken6")

# layer -> module prefixes it must never import, and why.
FORBIDDEN = {
    "domain": QT + ("peewee", "playhouse", "desktop.store", "desktop.services", "desktop.ui"),
    "store": QT + ("desktop.services", "desktop.ui"),
    "services": QT + ("desktop.ui",),
    "ui": ("peewee", "playhouse", "desktop.store"),
}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path, root: Path = DESKTOP) -> set[str]:
    """Every module a file imports, anywhere in it, as absolute dotted names."""
    package = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              {"import_module", "__import__"} and node.args and isinstance(node.args[0], ast.Constant)):
            found.add(str(node.args[0].value))
    return found


def _hits(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(layer: str, root: Path = DESKTOP) -> list[str]:
    wrong = []
    for path in sorted((root / layer).rglob("*.py")):
        bad = sorted(n for n in imported_names(path, root) if _hits(n, FORBIDDEN[layer]))
        if bad:
            wrong.append(f"{path.relative_to(root).as_posix()}: {', '.join(bad)}")
    return wrong


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_forbidden_import(layer):
    assert violations(layer) == []


def test_the_checker_sees_lazy_and_relative_imports(tmp_path):
    fake = tmp_path / "desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text(
        "def later():\n    import peewee\n    from ..store import models\n    from PySide6 import QtCore\n",
        encoding="utf-8",
    )
    names = imported_names(fake / "domain" / "bad.py", fake)
    assert {"peewee", "desktop.store", "desktop.store.models", "PySide6"} <= names
    assert violations("domain", fake) == ["domain/bad.py: PySide6, PySide6.QtCore, desktop.store, desktop.store.models, peewee"]
