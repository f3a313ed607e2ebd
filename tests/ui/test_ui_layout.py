"""desktop/ui is grouped by feature, with no upward imports: common imports no feature, features import
common but not each other, and only the shell brings features together."""
from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
FEATURES = {"overview", "accounts", "products", "influencers", "history", "safety", "platform", "team"}
ALLOWED = {"common": {"common"}, "shell": {"shell", "common"} | FEATURES}
ALLOWED.update({f: {f, "common"} for f in FEATURES})


def ui_imports(path: Path) -> set[str]:
    """The ui packages a module imports (top-level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["desktop", "ui"] and len(parts) > 2:
                found.add(parts[2])
    return found


def test_every_ui_module_is_in_a_feature_folder():
    loose = [p.name for p in UI.glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(ALLOWED)


def test_no_upward_or_sideways_imports():
    wrong = []
    for package, allowed in ALLOWED.items():
        for path in (UI / package).rglob("*.py"):
            bad = ui_imports(path) - allowed
            if bad:
                wrong.append(f"{path.relative_to(UI)} imports {sorted(bad)}")
    assert wrong == []
