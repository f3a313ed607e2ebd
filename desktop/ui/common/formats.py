"""Dates and amounts as the UI language writes them (QLocale.setDefault() is set
by desktop.ui.common.language at start-up).

Chinese keeps the ISO date (2026-11-27), which every Chinese spreadsheet and
the 抖店 backend use; English writes 27 Nov 2026, never the ambiguous 11/27/26.
Amounts keep two decimals with the language's grouping.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from desktop.domain import money


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def date_text(d: date | datetime | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = d.date()
    if not _english():
        return d.isoformat()
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def money_text(fen: int | None, *, whole: bool = False) -> str:
    """1234.50 yuan in the language's digits grouping (no currency sign: columns say 元)."""
    if fen is None:
        return ""
    if not _english():
        return money.format_fen(fen, whole=whole)
    locale = QLocale()
    value = fen / 100
    return locale.toString(value, "f", 0 if whole and fen % 100 == 0 else 2)
