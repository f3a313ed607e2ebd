"""Leaf search over the category tree (the picker's search box)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class SearchMatch:
    id: int
    name: str
    path_text: str


class CategorySearchIndex:
    """Substring search over leaf names, ranked: exact name, name prefix, name
    contains, then ancestors' names. Several words (space separated) must all
    appear somewhere in the path. Built once per tree; a query is one pass over
    prepared lower-case strings (20,000 leaves in a few milliseconds)."""

    def __init__(self, leaves: Iterable[tuple[int, str, str]]) -> None:
        entries = sorted(leaves, key=lambda e: e[2])
        self._ids = [e[0] for e in entries]
        self._names = [e[1] for e in entries]
        self._paths = [e[2] for e in entries]
        self._names_cf = [n.casefold() for n in self._names]
        self._paths_cf = [p.casefold() for p in self._paths]

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, text: str, limit: int = 50) -> list[SearchMatch]:
        terms = text.casefold().split()
        if not terms or limit <= 0:
            return []
        ranked = self._name_hits(terms[0], terms[1:])  # (rank, name length, index)
        if len(ranked) < limit:
            ranked += self._path_hits(terms, {i for _, _, i in ranked}, limit - len(ranked))
        ranked.sort()
        return [SearchMatch(self._ids[i], self._names[i], self._paths[i]) for _, _, i in ranked[:limit]]

    def _name_hits(self, first: str, rest: list[str]) -> list[tuple[int, int, int]]:
        """Leaves whose name has the first word (and whose path the others): exact, prefix, contains."""
        paths_cf = self._paths_cf
        ranked = []
        for i, name in enumerate(self._names_cf):
            if first in name and all(t in paths_cf[i] for t in rest):
                ranked.append((0 if name == first else 1 if name.startswith(first) else 2, len(name), i))
        return ranked

    def _path_hits(self, terms: list[str], taken: set, room: int) -> list[tuple[int, int, int]]:
        """Then leaves whose path (an ancestor's name) has every word, in tree order."""
        ranked = []
        for i, path in enumerate(self._paths_cf):
            if i not in taken and all(t in path for t in terms):
                ranked.append((3, 0, i))
                if len(ranked) >= room:
                    break
        return ranked
