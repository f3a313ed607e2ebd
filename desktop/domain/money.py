"""Money as integer fen: the one place that reads and writes amounts.

Amounts are kept as whole fen (分) everywhere below the screen, so sums and
comparisons are exact. Text comes in as owners type it or as spreadsheets
export it (``¥1,234.50``, ``1234.5``, ``1，000元``, a numeric cell) and is
refused when blank, negative, or finer than a fen (R-P-PRICE-1 allows at most
two decimals; GMV figures follow the same rule).
"""
from __future__ import annotations

import re

from desktop.domain.messages import Text, text

_AMOUNT_RE = re.compile(r"^(\d+)(?:\.(\d{0,2}))?$")
_TOO_FINE_RE = re.compile(r"^\d+\.\d{3,}$")
# Currency marks, thousands separators and spaces a formatted export may carry.
_AMOUNT_STRIP = str.maketrans("", "", "¥￥,，  元")

EMPTY, NEGATIVE, TOO_FINE, INVALID = "empty", "negative", "too_fine", "invalid"

# Wording when the amount is named (an imported cell, a dialog field with a label).
_LABELLED = {
    EMPTY: lambda label, shown: text("{label}为空", label=label),
    NEGATIVE: lambda label, shown: text("{label}不能为负数", label=label),
    TOO_FINE: lambda label, shown: text("{label}最多两位小数", label=label),
    INVALID: lambda label, shown: text("{label}「{text}」不是有效金额", label=label, text=shown),
}
# Wording next to an input box, where the label is already on screen.
_FIELD = {
    EMPTY: text("请填写"),
    NEGATIVE: text("金额不能为负数"),
    TOO_FINE: text("最多两位小数（精确到分）"),
    INVALID: text("只能填数字，例如 19.90"),
}


class MoneyError(ValueError):
    """An amount that cannot be used. ``kind`` says why; ``args[0]`` is the reason (a Text once
    parse_fen has worded it)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def fast_fen(value: str) -> int | None:
    """Fen for the plain text most exports hold ("1234" / "1234.5" / "1234.50"),
    or None for anything else (then parse_fen decides). Cheap: a large import
    calls it twice a row, so one int() per amount and no string building."""
    whole, dot, frac = value.partition(".")
    if not (whole.isascii() and whole.isdigit()):
        return None
    if not dot:
        return int(whole) * 100
    if frac.isascii() and frac.isdigit():
        size = len(frac)
        if size == 2:
            return int(whole + frac)
        if size == 1:
            return int(whole + frac) * 10
    return None


def _as_text(value) -> str:
    """A cell or typed value as text; refuses what cannot be an amount at all."""
    if value is None:
        raise MoneyError(EMPTY, "")
    if isinstance(value, bool):
        raise MoneyError(INVALID, str(value))
    if isinstance(value, int):
        if value < 0:
            raise MoneyError(NEGATIVE, str(value))
        return str(value)
    if isinstance(value, float):
        # Spreadsheet cells: repr gives the shortest exact decimal of the stored number.
        return repr(value)
    return str(value)


def _parse(value) -> int:
    """Fen, or MoneyError with the kind and the stripped text as message."""
    if type(value) is str:
        fen = fast_fen(value)
        if fen is not None:
            return fen
    shown = _as_text(value).strip()
    s = shown.translate(_AMOUNT_STRIP)
    if not s:
        raise MoneyError(EMPTY, shown)
    if s[0] in "-−" or (s.startswith("(") and s.endswith(")")):
        raise MoneyError(NEGATIVE, shown)
    if s.startswith("+"):
        s = s[1:]
    m = _AMOUNT_RE.match(s)
    if not m:
        raise MoneyError(TOO_FINE if _TOO_FINE_RE.match(s) else INVALID, shown)
    return int(m.group(1)) * 100 + int(((m.group(2) or "") + "00")[:2])


def parse_fen(value, label: str | None = None) -> int:
    """``¥1,234.50`` → 123450. Raises MoneyError whose message (a Text) names ``label`` (金额 by default;
    give a Text to have the label translated too)."""
    try:
        return _parse(value)
    except MoneyError as exc:
        wording = _LABELLED[exc.kind](text("金额") if label is None else label, str(exc)[:20])
        raise MoneyError(exc.kind, wording) from None


def parse_field(typed: str | None) -> tuple[int | None, Text | None]:
    """An input box's text → (fen, None) or (None, reason worded for beside the box)."""
    try:
        return _parse(typed if typed is not None else ""), None
    except MoneyError as exc:
        return None, _FIELD[exc.kind]


def format_fen(fen: int, *, grouped: bool = True, whole: bool = False) -> str:
    """123450 → ``1,234.50``; ``grouped=False`` gives ``1234.50`` for an edit box;
    ``whole=True`` drops ``.00`` (fees are whole yuan: ``600``)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    head = f"{yuan:,}" if grouped else str(yuan)
    if whole and cents == 0:
        return sign + head
    return f"{sign}{head}.{cents:02d}"


def edit_text(fen: int | None) -> str:
    """What an edit box shows for a stored amount (empty when there is none)."""
    return "" if fen is None else format_fen(fen, grouped=False)


def range_text(low: int | None, high: int | None, empty: str = "—") -> str:
    """A price range for a list: ``19.90`` or ``19.90 – 29.90``."""
    if low is None:
        return empty
    text = format_fen(low)
    return text if high in (None, low) else f"{text} – {format_fen(high)}"


def yuan_number(fen: int | None) -> float | None:
    # A float only at the very edge, for a numeric spreadsheet cell.
    return None if fen is None else round(fen / 100, 2)
