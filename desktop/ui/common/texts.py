"""Showing messages made below the UI (desktop.domain.messages.Text) in the user's language.

A Text's Chinese template is translated in context "messages" (collected by ``python -m desktop.i18n
update``) and filled with its params, each param translated too when it is a Text. A broken
translation (a placeholder it lacks) falls back to the Chinese template: a message is never lost.
"""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import Text

CONTEXT = "messages"


def translated(value: Any) -> str:
    """``value`` in the user's language: a Text by its template; a plain str as a constant
    translated under "shared" (labels and fixed texts); anything else as str()."""
    if isinstance(value, Text):
        if not value.template:  # joined(): each part on its own
            return _separator(value.separator).join(translated(p) for p in value.parts)
        return fill(QCoreApplication.translate(value.context, value.template), value.template, value.params) or str(value)
    if isinstance(value, str):
        return QCoreApplication.translate("shared", value) if value else value
    return "" if value is None else str(value)


def translated_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with every Text among them translated (user data and numbers stay as they are)."""
    return {k: translated(v) if isinstance(v, Text) else v for k, v in params.items()}


def fill(template: str, source: str, params: Mapping[str, Any]) -> str:
    """``template`` (a translation of ``source``) filled with ``params``; the source filled in when the
    translation can't be, "" when neither can."""
    if not params:
        return template
    values = translated_params(params)
    for form in (template, source):
        try:
            return form.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return ""


def _separator(separator: str) -> str:
    return QCoreApplication.translate(CONTEXT, separator) if separator.strip() else separator
