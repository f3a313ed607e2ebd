"""docs/rules.md stays the one place that explains every rule ID, and stays in step with code and tests.

- every rule in docs/rules.md has a stable anchor (the in-app help opens it at ``#R-CH-4``), an example,
  and is named by at least one test under tests/ (other than this file);
- every rule ID cited in desktop/ exists in docs/rules.md;
- nothing in the repository points outside it.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "docs" / "rules.md"
# R-OFF-4, R-CH-2, R-SELF-5, R-LOG-1, R-P-TITLE, R-P-IMG-2 ... as whole tokens (not R-S, not R-CH-*).
RULE_ID = re.compile(r"(?<![\w-])R-(?:(?:OFF|CH|SELF|LOG|FIX)-\d+|P-[A-Z]+(?:-\d+)?)(?![\w-])")
ANCHORED_HEADING = re.compile(r'^### <a id="(R-[A-Z0-9-]+)">\1</a> \S', re.M)


def doc_text() -> str:
    return RULES.read_text(encoding="utf-8")


def documented_rules() -> list[str]:
    return ANCHORED_HEADING.findall(doc_text())


def section(rule: str) -> str:
    text = doc_text()
    start = text.index(f'<a id="{rule}">')
    nxt = re.compile(r"^#{2,3} ", re.M).search(text, text.index("\n", start))
    return text[start: nxt.start() if nxt else len(text)]


def ids_in(paths) -> dict[str, set[Path]]:
    found: dict[str, set[Path]] = {}
    for path in paths:
        for rule in RULE_ID.findall(path.read_text(encoding="utf-8", errors="replace")):
            found.setdefault(rule, set()).add(path)
    return found


def test_every_rule_has_one_stable_anchor_and_an_example():
    rules = documented_rules()
    assert len(rules) >= 32
    assert len(rules) == len(set(rules))
    # Each rule heading carries its anchor; no rule is mentioned in a heading without one.
    headings = [line for line in doc_text().splitlines() if line.startswith("### ")]
    assert len(headings) == len(rules)
    for rule in rules:
        assert "例：" in section(rule), f"{rule} has no example"


def test_every_documented_rule_is_named_by_a_test():
    tests = [p for p in (ROOT / "tests").rglob("*.py") if p.resolve() != Path(__file__).resolve()]
    named = ids_in(tests)
    missing = [rule for rule in documented_rules() if rule not in named]
    assert missing == []


def test_every_rule_cited_in_code_is_documented():
    cited = ids_in((ROOT / "desktop").rglob("*.py"))
    assert len(cited) >= 25  # the scan itself works
    unknown = {rule: sorted(str(p.relative_to(ROOT)) for p in paths)
               for rule, paths in cited.items() if rule not in set(documented_rules())}
    assert unknown == {}


def test_menu_paths_are_given_where_the_platform_has_them():
    text = doc_text()
    for path in ("店铺设置 → 店铺官方账号 → 立即绑定", "营销中心 → 直播卖货 → 账号管理 → 新增绑定账号",
                 "个人中心 → 账号标记 → 标记为自营", "批量标记为自营", "标记为带货", "商品 → 商品创建"):
        assert path in text


def _tracked_text_files():
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    for name in out.stdout.splitlines():
        path = ROOT / name
        if path.suffix in {".py", ".md", ".txt", ".toml", ".cfg", ".ini", ".spec", ".yml", ".yaml", ".ts", ""} \
                and path.is_file():
            yield path


def test_nothing_in_the_repository_points_outside_it():
    # Built from parts so this file does not match itself.
    forbidden = ["../" + "shared", "SPEC" + ".md", "seed-" + "article", "SPEC" + " §"]
    shipped = re.compile(r"desktop/store/migrations/m000[1-6]_")  # frozen steps keep their old section remarks
    hits = []
    for path in _tracked_text_files():
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        words = forbidden[:3] if shipped.match(rel) else forbidden
        hits += [f"{rel}: {word}" for word in words if word in text]
    assert hits == []


def test_help_viewer_can_open_a_rule_at_its_anchor(qtbot):
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(500, 400)
    browser.setMarkdown(doc_text())
    browser.show()
    bar = browser.verticalScrollBar()
    positions = []
    for rule in ("R-OFF-1", "R-CH-4", "R-SELF-5", "R-P-SUBMIT"):
        browser.scrollToAnchor(rule)
        positions.append(bar.value())
    # Each anchor exists (an unknown one leaves the view where it was), later rules further down.
    assert positions == sorted(set(positions)) and positions[0] > 0
