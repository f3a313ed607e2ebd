"""The answer the rule engine gives for every action: allowed or not, and why."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping


@dataclass(frozen=True)
class Decision:
    """Whether an action may happen now.

    ``reason`` is a Chinese template with ``{name}`` placeholders filled from
    ``params``; the UI passes the template through Qt's translator before
    formatting, so an English translation needs no code change.
    """

    allowed: bool
    rule: str | None = None
    reason: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    # The local date from which the answer changes (e.g. R-CH-4's D+180).
    available_on: date | None = None

    @property
    def message(self) -> str:
        return format_reason(self.reason, self.params)

    def __bool__(self) -> bool:  # lets callers write `if decision:`
        return self.allowed


def format_reason(template: str, params: Mapping[str, Any]) -> str:
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


# How a reason and its rule are joined; the UI passes the translated form (English: "{text} ({rule})").
RULE_FORM = "{text}（{rule}）"


def with_rule(text: str, rule: str | None, form: str = RULE_FORM) -> str:
    """A reason followed by the rule that gives it: '还需 2 天（R-CH-4）'. The one place a rule ID is
    written into text; messages carry the rule as a field and are rendered through here."""
    if not rule:
        return text
    try:
        return form.format(text=text, rule=rule)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the reason
        return RULE_FORM.format(text=text, rule=rule)


ALLOWED = Decision(True)


def allow() -> Decision:
    return ALLOWED


def deny(rule: str, reason: str, available_on: date | None = None, **params: Any) -> Decision:
    return Decision(False, rule, reason, params, available_on)
