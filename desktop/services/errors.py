"""Errors a service raises for the UI to show.

Messages are Chinese for the shop owner, built with desktop.domain.messages.text() so the UI can show
them in English too (ui.common.errors.message_for translates ``reason``)."""
from __future__ import annotations

from desktop.domain.decisions import Decision, with_rule


class ServiceError(Exception):
    """Base: ``message`` is what the user reads in Chinese (with its ``rule``, when one applies); never a
    traceback. ``reason`` is the message as given (a Text keeps its template for translation)."""

    def __init__(self, message: str, rule: str | None = None) -> None:
        super().__init__(with_rule(message, rule))
        self.reason = message
        self.rule = rule
        self.message = with_rule(message, rule)


class InvalidInput(ServiceError):
    """Bad data typed or imported; nothing was written."""

    def __init__(self, message: str, field: str | None = None, rule: str | None = None) -> None:
        super().__init__(message, rule)
        self.field = field


class NotFound(ServiceError):
    pass


class RuleRefused(ServiceError):
    """The domain said no. The attempt is in the history (R-LOG-1), nothing else changed."""

    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.message)
        self.decision = decision
        self.rule = decision.rule
