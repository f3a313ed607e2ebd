"""History rows in the user's language: what a row's subject and detail were made of (m0015).

A row keeps its Chinese ``subject`` and ``detail`` as written (the search box matches them, and older
versions read them). When the service gave a translatable message (domain.messages.Text), the row
also keeps its template and values as JSON in ``texts``, so 操作记录 can show it in English later:
history is append-only, so the words must be kept at write time, not looked up again.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from desktop.domain.messages import Text, joined, text

# A message whose values hold a huge text (a 1 MB title) is kept as written only, like compact() does.
MAX_JSON = 4000


def _encode(value: Any) -> Any:
    if isinstance(value, Text):
        if not value.template:
            return {"j": [_encode(p) for p in value.parts], "s": value.separator}
        found = {"t": value.template, "p": {k: _encode(v) for k, v in value.params.items()}}
        if value.context != Text.context:
            found["c"] = value.context
        return found
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def encode(subject: str, detail: str, kept_subject: str, kept_detail: str) -> str | None:
    """The ``texts`` column for a row: None when neither text is translatable or kept whole."""
    return encode_named({"subject": (subject, kept_subject), "detail": (detail, kept_detail)})


def encode_named(values: dict[str, tuple[Any, str]]) -> str | None:
    """A ``texts`` column for named texts, each (the message as made, the text as written); None when
    none is translatable or kept whole. Also used by the 同步记录 (services.platform_runs, m0016)."""
    found = {}
    for name, (value, kept) in values.items():
        if isinstance(value, Text) and str(value) == kept:
            found[name] = _encode(value)
    if not found:
        return None
    data = json.dumps(found, ensure_ascii=False, separators=(",", ":"))
    return data if len(data) <= MAX_JSON else None


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "j" in value:
        return joined(value.get("s", ""), [_decode(p) for p in value["j"]])
    params = {k: _decode(v) for k, v in value.get("p", {}).items()}
    try:
        found = text(value["t"], **params)
    except (KeyError, IndexError, ValueError, TypeError):
        found = Text(value["t"], value["t"], params)
    if value.get("c"):
        found.context = str(value["c"])
    return found


def decode(texts: str | None, subject: str, detail: str) -> tuple[str, str]:
    """The row's subject and detail, as Text where the row kept their making; the written Chinese
    stays their str value whatever the JSON says."""
    found = decode_named(texts, {"subject": subject, "detail": detail})
    return found["subject"], found["detail"]


def decode_named(texts: str | None, written: dict[str, str]) -> dict[str, str]:
    """Each written text, as a Text where ``texts`` kept its making (the written Chinese stays its value)."""
    if not texts:
        return dict(written)
    try:
        data = json.loads(texts)
    except ValueError:
        return dict(written)
    if not isinstance(data, dict):
        return dict(written)
    return {name: _restore(data.get(name), value) for name, value in written.items()}


def _restore(value: Any, written: str) -> str:
    if not isinstance(value, dict):
        return written
    made = _decode(value)
    if not isinstance(made, Text):
        return written
    kept = Text(written, made.template, made.params, made.parts, made.separator)
    kept.context = made.context
    return kept
