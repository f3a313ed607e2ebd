"""Translations: keep resources/translations/shopdesk_en.ts current and compile it.

    python -m desktop.i18n update     # lupdate over desktop/ -> shopdesk_en.ts, then lrelease -> .qm
    python -m desktop.i18n missing    # list source strings without a finished English translation
    python -m desktop.i18n compile    # lrelease only (the build runs this)
    python -m desktop.i18n check      # exit 1 when a string is untranslated (what the test checks)
    python -m desktop.i18n apply F.json   # fill translations from {"中文原文": "English", ...}

Chinese is the source language: every user-visible string is written in
Chinese inside tr() / QCoreApplication.translate() / QT_TRANSLATE_NOOP(), and
English lives in the .ts file (edit it with `pyside6-linguist`, or any text
editor: fill <translation> and drop type="unfinished"). The compiled .qm is not
kept in git: the build compiles it, and a run from source compiles it on first
use when it is missing or older than the .ts (see ensure_compiled()).
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


def package_dir() -> Path:
    """The desktop package's source folder (what lupdate reads)."""
    from importlib.resources import files

    return Path(str(files("desktop")))


TS_NAME = "shopdesk_en.ts"
QM_NAME = "shopdesk_en.qm"
LANGUAGES = ("en",)  # besides the Chinese source


def translations_dir() -> Path:
    from desktop import paths

    return paths.resource_path("translations")


def _qt_tool(name: str) -> str:
    """lupdate / lrelease as shipped inside PySide6-Essentials."""
    from importlib.resources import files

    folder = Path(str(files("PySide6")))
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{name} not found in {folder} (PySide6-Essentials ships it)")


def source_files(root: Path | None = None) -> list[Path]:
    return sorted(p for p in (root or package_dir()).rglob("*.py") if "__pycache__" not in p.parts)


RULE_STRINGS = "ui/common/rule_strings.py"
MESSAGE_STRINGS = "ui/common/message_strings.py"  # the text() templates, generated beside it
GENERATED = (RULE_STRINGS, MESSAGE_STRINGS)
# Calls whose string argument at this position is a reason template the UI
# translates in context "rules" (desktop.ui.common.decisions.decision_text).
REASON_CALLS = {"deny": 1, "Decision": 2}


def _call_name(node) -> str | None:
    return getattr(node.func, "id", None) or getattr(node.func, "attr", None)


def _text(node) -> str | None:
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        return node.value
    return None


def _parsed(root: Path, wanted=lambda rel: True):
    """(relative path, AST) of each source file but the generated one."""
    import ast

    for path in source_files(root):
        rel = path.relative_to(root).as_posix()
        if rel not in GENERATED and wanted(rel):
            yield rel, ast.parse(path.read_text(encoding="utf-8"))


def _literals_in(tree, calls: dict[str, int], keyword: str | None = None) -> list[str]:
    """The constant strings given to ``calls`` (call name -> argument position, or ``keyword``)."""
    import ast

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in calls:
            pos = calls[_call_name(node)]
            candidates = node.args[pos:pos + 1] + [k.value for k in node.keywords if keyword and k.arg == keyword]
            found += [t for t in map(_text, candidates) if t]
    return found


def _collected(root: Path | None, calls: dict[str, int], keyword: str | None = None) -> list[str]:
    """The constant strings given to ``calls`` in every source file, once each, in file order."""
    found: dict[str, None] = {}
    for _rel, tree in _parsed(root or package_dir()):
        found.update(dict.fromkeys(_literals_in(tree, calls, keyword)))
    return list(found)


def rule_reasons(root: Path | None = None) -> list[str]:
    """Every literal reason template given to deny() / Decision()."""
    return _collected(root, REASON_CALLS, "reason")


# Calls whose first argument is a message template the UI translates in context "messages"
# (desktop.domain.messages.text / joined -> desktop.ui.common.texts.translated).
MESSAGE_CALLS = {"text": 0, "joined": 0}


def message_templates(root: Path | None = None) -> list[str]:
    """Every constant template given to text() (and visible separator given to joined())."""
    return _collected(root, MESSAGE_CALLS)


# Where constant Chinese strings live that the UI translates from a variable
# (state names, field labels, action labels, history action names…): they are
# collected into context "shared", which the app's translator falls back to.
SHARED_SOURCES = ("ui/", "domain/product_states.py", "domain/accounts.py", "domain/account_ids.py",
                  "domain/self_operated.py", "domain/shops.py", "domain/todos.py", "domain/gmv_parsing.py",
                  "domain/products.py", "domain/money.py", "services/history.py")
TRANSLATE_CALLS = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _not_labels(tree) -> set[int]:
    """Constants that are no label: docstrings, f-string pieces, and tr() arguments
    (lupdate finds those itself)."""
    import ast

    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and _text(body[0].value):
            skip.add(id(body[0].value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS:
            skip.update(id(a) for a in node.args)
        if isinstance(node, ast.Call) and _call_name(node) in MESSAGE_CALLS and node.args:
            skip.add(id(node.args[0]))  # collected under "messages"
    return skip


def shared_strings(root: Path | None = None, known: set[str] | None = None) -> list[str]:
    """Constant strings with Chinese text in SHARED_SOURCES that no tr() call names."""
    import ast

    found: dict[str, None] = {}
    for _rel, tree in _parsed(root or package_dir(), lambda rel: rel.startswith(SHARED_SOURCES)):
        skip = _not_labels(tree)
        for node in ast.walk(tree):
            text = _text(node) if id(node) not in skip else None
            if text and _CJK.search(text) and text not in (known or set()):
                found[text] = None
    return list(found)


def _strings_source(summary: str, sections) -> str:
    """A generated module (see GENERATED) marking strings for lupdate: the docstring ``summary``, then one
    tuple per (name, context, strings) in ``sections``."""
    lines = ['"""Generated by `python -m desktop.i18n update`: ' + summary + ' Do not edit."""',
             "", "from PySide6.QtCore import QT_TRANSLATE_NOOP"]
    for name, context, strings in sections:
        lines += ["", "", f"{name} = ("]
        lines += [f'    QT_TRANSLATE_NOOP("{context}", {text!r}),' for text in strings]
        lines.append(")")
    return "\n".join(lines) + "\n"


def rule_strings_source(root: Path | None = None) -> str:
    reasons = rule_reasons(root)
    return _strings_source(
        "the reason templates of the rules\n(deny()/Decision() in the domain and services) and the constant"
        " Chinese strings the UI\ntranslates from variables (state names, labels), so lupdate finds them.",
        (("REASONS", "rules", reasons), ("SHARED", "shared", shared_strings(root, set(reasons)))))


def message_strings_source(root: Path | None = None) -> str:
    return _strings_source(
        "the message templates given to text() and the\nseparators given to joined() below the UI"
        " (desktop.domain.messages), so lupdate finds them;\nthe UI translates them in context \"messages\""
        " (desktop.ui.common.texts).",
        (("MESSAGES", "messages", message_templates(root)),))


def write_rule_strings(root: Path | None = None) -> Path:
    """desktop/ui/common/rule_strings.py and message_strings.py: the lower layers' reason and message
    templates marked for lupdate (the domain itself stays free of Qt)."""
    root = root or package_dir()
    for name, source in ((RULE_STRINGS, rule_strings_source), (MESSAGE_STRINGS, message_strings_source)):
        target = root / name
        text = source(root)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return root / RULE_STRINGS


def update(ts_file: Path | None = None, compile_qm: bool = True) -> None:
    ts_file = ts_file or translations_dir() / TS_NAME
    write_rule_strings()
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in source_files()]
    # No locations: line numbers would change with every edit and make the .ts
    # conflict whenever two people change code; the context names the class.
    subprocess.run(
        [_qt_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "zh_CN",
         "-target-language", "en", *files, "-ts", str(ts_file)],
        check=True, capture_output=not compile_qm,
    )
    if compile_qm:
        compile_ts(ts_file)


def compile_ts(ts_file: Path | None = None, qm_file: Path | None = None) -> Path:
    ts_file = ts_file or translations_dir() / TS_NAME
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([_qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file


def ensure_compiled() -> Path | None:
    """The .qm to load, compiled from the .ts when running from source; None if unavailable."""
    folder = translations_dir()
    ts_file, qm_file = folder / TS_NAME, folder / QM_NAME
    if getattr(sys, "frozen", False) or not ts_file.exists():
        return qm_file if qm_file.exists() else None
    if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
        return qm_file
    try:
        return compile_ts(ts_file, qm_file)
    except (OSError, subprocess.CalledProcessError):
        import tempfile

        try:  # a read-only install folder: compile into the temp folder instead
            return compile_ts(ts_file, Path(tempfile.gettempdir()) / f"shopdesk-{QM_NAME}")
        except (OSError, subprocess.CalledProcessError):
            return qm_file if qm_file.exists() else None


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    location: str


def messages(ts_file: Path | None = None) -> list[Message]:
    ts_file = ts_file or translations_dir() / TS_NAME
    found = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            text = "".join(tr.itertext()) if tr is not None else ""
            loc = msg.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            found.append(Message(name, msg.findtext("source", ""), text,
                                 kind not in ("unfinished", "vanished", "obsolete") and bool(text.strip()), where))
    return found


def missing(ts_file: Path | None = None) -> list[Message]:
    return [m for m in messages(ts_file) if not m.finished]


def apply(mapping: dict[str, str], ts_file: Path | None = None) -> int:
    """Fill unfinished messages whose source is in ``mapping``; returns how many.

    For translating many strings at once (e.g. ``python -m desktop.i18n missing``
    turned into a JSON file and filled in); `update` afterwards normalises the file.
    """
    ts_file = ts_file or translations_dir() / TS_NAME
    tree = ET.parse(ts_file)
    filled = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source", "")
        tr = msg.find("translation")
        if tr is None or source not in mapping or tr.get("type") not in ("unfinished", None):
            continue
        if tr.get("type") is None and (tr.text or "").strip():
            continue  # finished already: keep the reviewed text
        tr.text = mapping[source]
        tr.attrib.pop("type", None)
        filled += 1
    with open(ts_file, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return filled


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        left = missing()
        print(f"{TS_NAME}: {len(messages())} strings, {len(left)} without an English translation")
        return 0
    if command == "apply" and len(argv) == 2:
        import json

        count = apply(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        update()
        print(f"filled {count}; {len(missing())} still without an English translation")
        return 0
    if command == "compile":
        print(compile_ts())
        return 0
    if command in ("missing", "check"):
        left = missing()
        for m in left:
            print(f"{m.location}\t[{m.context}]\t{m.source}")
        if command == "check":
            return 1 if left else 0
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
