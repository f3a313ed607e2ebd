"""What a service changed, so each page refreshes only what it shows.

A service returns a ``Changes`` (a frozenset of topic names below) or an
``Outcome`` carrying one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SHOPS = "shops"
HISTORY = "history"
ACCOUNTS = "accounts"
BINDINGS = "bindings"
GMV = "gmv"
CATEGORIES = "categories"
PRODUCTS = "products"

Changes = frozenset


@dataclass(frozen=True)
class Outcome:
    changes: frozenset = field(default_factory=frozenset)
    value: Any = None
