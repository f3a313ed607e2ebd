"""Plain-text checks shared by every name the user types or imports.

Control characters (NUL, escape, backspace, tab, line breaks …) are invisible in a
table, break copy-paste back to the platform and, for NUL, cut the text short in
other programs. Names refuse them with a message that says which one was found.
"""
from __future__ import annotations

import hashlib
import re
from typing import Callable

from desktop.domain import messages
from desktop.domain.messages import Text, joined, text

# Stored history text longer than this keeps its start, its length and a hash.
LONG_TEXT = 200


# Exactly Unicode's Cc characters: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def control_chars(text: str) -> list[str]:
    """The distinct control characters in ``text``, as U+XXXX, in order of first appearance."""
    # One regex scan: names are checked by the ten thousand in an import.
    found = CONTROL.findall(text)
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in found)) if found else []


def control_char_error(value: str, label: str) -> Text | None:
    """Why ``value`` can't be a name (None when it can). ``label`` names the field (a Text to have it
    translated)."""
    found = control_chars(value)
    if not found:
        return None
    return text("{label}不能包含控制字符（发现 {found}），请删除后再保存", label=label, found=joined("、", found[:3]))


def pattern_error(typed: str | None, pattern: re.Pattern, empty: Callable[[], Text],
                  bad: Callable[[], Text]) -> Text | None:
    """Why ``typed`` (stripped) can't be read: ``empty()`` when blank, ``bad()`` when ``pattern`` does not
    match it; None when it can. Only the message needed is made (imports check many rows)."""
    typed = (typed or "").strip()
    if not typed:
        return empty()
    return None if pattern.match(typed) else bad()


def compact(text: str, limit: int = LONG_TEXT) -> str:
    """``text`` itself when short; else its start, its length and a SHA-256 prefix.

    History is append-only: a 1 MB title copied in on every save would grow the
    database for ever, while the start, length and hash still tell versions apart."""
    if len(text) <= limit:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return messages.text("{start}…（共 {n:,} 字，SHA-256 {digest}）", start=text[:min(limit // 2, 100)], n=len(text),
                         digest=digest)
