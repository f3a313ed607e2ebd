"""User-visible messages made below the UI, kept translatable (plain Python, no Qt).

A ``Text`` is a str: its value is the Chinese message with the values filled in, so every caller that
reads ``exc.message`` or ``str(...)`` sees exactly the Chinese text it always did. It also keeps the
Chinese ``template`` and the ``params``: the UI (desktop.ui.common.texts.translated) translates the
template in context "messages" and fills in the params, translating those that are Text themselves.

    raise InvalidInput(text("最多 {n} 个规格", n=rules.MAX_SPECS), "specs")

User data (shop names, file names, numbers) goes into params, never into the template, and
``python -m desktop.i18n update`` collects every constant template for lupdate.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping


class Text(str):
    """A message: the Chinese text (the str value), its ``template`` and ``params``.

    A list of messages made by ``joined`` has ``parts`` and ``separator`` instead of a template.
    Anything that turns a Text into a plain str (f-strings, "+", str()) keeps the Chinese text and
    loses the translation: carry the Text object itself, or put it into another text() as a param.
    """

    template: str
    params: Mapping[str, Any]
    parts: tuple[Any, ...]
    separator: str
    # Where the template's translation lives: "messages" for text(); a rule's reason (a Decision kept
    # in history) is translated in "rules", like decision_text does.
    context: str = "messages"

    def __new__(cls, value: str, template: str, params: Mapping[str, Any] | None = None,
                parts: tuple[Any, ...] = (), separator: str = "") -> "Text":
        self = super().__new__(cls, value)
        self.template = template
        self.params = dict(params or {})
        self.parts = tuple(parts)
        self.separator = separator
        return self

    def __reduce__(self):  # copy / pickle keep the template (a str subclass with extra state)
        state = {"context": self.context} if self.context != Text.context else None
        return (Text, (str(self), self.template, self.params, self.parts, self.separator), state)

    def __repr__(self) -> str:
        return f"Text({str(self)!r})"


def text(template: str, /, **params: Any) -> Text:
    """The message ``template`` (Chinese, with ``{name}`` placeholders) filled with ``params``.

    Format specs work (``{n:,}``); a param that is itself a Text is filled in as its Chinese value
    here and translated on its own by the UI."""
    return Text(template.format(**params) if params else template, template, params)


def joined(separator: str, parts: Iterable[Any]) -> Text:
    """Several messages as one (e.g. one line per error) that stays translatable part by part.

    The ``separator`` is kept as given in Chinese ("\\n", "；"); a separator with visible characters is
    translated too (context "messages"), so "；" can read "; " in English."""
    items = tuple(parts)
    return Text(separator.join(str(p) for p in items), "", None, items, separator)


def sentence_with_rule(reason: Any, rule: str) -> Text:
    """'reason（R-…）。' as one message, for texts that are a sentence of their own (a check finding, a
    calendar note): the brackets and the full stop follow the language, the rule ID travels as a param."""
    return text("{reason}（{rule}）。", reason=reason, rule=rule)


def rule_reason(value: str, reason: str, params: Mapping[str, Any] | None = None) -> Text:
    """A Decision's reason as a Text (``value`` is its Chinese message), translated in context "rules"."""
    found = Text(value, reason, params)
    found.context = "rules"
    return found


def is_text(value: Any) -> bool:
    return isinstance(value, Text)
