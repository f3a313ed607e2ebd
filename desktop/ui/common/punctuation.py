"""Joining translated pieces with the language's punctuation.

Chinese writes "标题（2）", "名称：原因" and lists with "；"; English needs "Title (2)", "Name: reason" and "; ".
Code that composes a line from pieces goes through these, never through a full-width literal
(tests/test_translations.py fails on full-width punctuation in English).
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication


def bracketed(text: str, inner) -> str:
    """``text（inner）`` / ``text (inner)``."""
    return QCoreApplication.translate("punctuation", "{text}（{inner}）").format(text=text, inner=inner)


def labelled(label: str, text) -> str:
    """``label：text`` / ``label: text``."""
    return QCoreApplication.translate("punctuation", "{label}：{text}").format(label=label, text=text)


def listed(items: Iterable[str]) -> str:
    """Clauses one after another: ``a；b`` / ``a; b``."""
    return QCoreApplication.translate("punctuation", "；").join(items)


def enumerated(items: Iterable[str]) -> str:
    """A list of names: ``a、b`` / ``a, b``."""
    return QCoreApplication.translate("punctuation", "、").join(items)
