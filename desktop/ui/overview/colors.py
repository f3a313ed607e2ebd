"""Chart and card colours that read on light and dark palettes.

Mid-saturation hues keep contrast against both a white and a near-black
background; the text colour always comes from the palette.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SELF = "#2e9d6a"  # self-operated (green)
OTHERS = "#5b8def"  # other influencers (blue)
LINE_50 = "#e5484d"  # the 50% line (red)
SHARE = "#d08a0f"  # the share curve (amber)
WARN = "#e5484d"
OK = "#2e9d6a"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def qcolor(name: str) -> QColor:
    return QColor(name)


def text_color(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.WindowText)


def grid_color(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    c = palette.color(QPalette.ColorRole.Mid)
    return c
