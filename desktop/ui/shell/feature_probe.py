"""Spare PySide6 reading the source of every module the app imports.

PySide6 replaces ``__import__`` so that a module can opt in to its
``from __feature__ import snake_case, true_property``. To know which modules
those switches may apply to, after each import of a module it has not seen it
reads the module's whole source file (``inspect.getsource``) and looks for
the word "PySide6". A start imports ~110 modules after PySide6 (ours, peewee,
the standard library): 20–40 ms of reading files on this machine
(tests/benchmarks/bench_startup.py), and more with the menus and pages later.

ShopDesk selects no feature anywhere, so PySide's answer changes nothing: a
module that selected none reads the default names either way. We give the
answer up front in PySide's own table (``pyside_feature_dict``, module name ->
0 "uses PySide, no feature" / -1 "not a PySide module"): our package is 0,
everything else -1, which is what the probe would find for the libraries we
use. Should a later PySide drop the table, or a feature be selected, nothing is
done and PySide probes as before.
"""
from __future__ import annotations

import sys

OUR_PACKAGE = __name__.split(".")[0]  # "desktop"
PYSIDE = ("PySide6", "shiboken6")  # left to PySide: its own modules (the extension modules have no source to read)


def _answer(name: str) -> int:
    return 0 if name.split(".")[0] == OUR_PACKAGE else -1


def _table():
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict) or getattr(feature, "_is_initialized", False):
        return None  # not loaded yet, another layout, or a feature was selected: PySide decides
    return table


class _Answers:
    """A finder that finds nothing: it writes down the answer for each module
    about to be imported, once PySide's table exists (it is made while PySide6
    itself loads, so this is installed before)."""

    table = None

    def find_spec(self, fullname: str, path=None, target=None):
        if self.table is None:
            self.table = _table()
            if self.table is None:
                return None
            for name in list(sys.modules):  # imported before PySide6, imported again later
                if not name.startswith(PYSIDE):
                    self.table.setdefault(name, _answer(name))
        if not fullname.startswith(PYSIDE):
            self.table.setdefault(fullname, _answer(fullname))
        return None


def skip_source_probe() -> None:
    """Install the answers; call before the first ``import PySide6``."""
    if not any(isinstance(finder, _Answers) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Answers())
