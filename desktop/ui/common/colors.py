"""The one place for meaning-carrying colours (errors, 待审核, 审核未通过, 已生效 …).

Each role has a light and a dark variant chosen against the window colour of
the palette in use, so text stays readable in dark mode and the same state
looks the same on every page. Nothing else in the UI names a colour.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role -> (on a light window, on a dark window); contrast ≥ 4.5:1 against the
# default window colour of each (Fusion / Windows 11 / macOS).
ROLES = {
    "error": ("#b3261e", "#f2b8b5"),
    "warning": ("#8a5a00", "#f5c26b"),
    "success": ("#1b6e20", "#8bd48f"),
    "info": ("#0b57d0", "#a8c7fa"),
    "muted": ("#6b6b6b", "#a0a0a0"),
    # backgrounds: a tinted band behind a notice or a bad cell
    "error_bg": ("#fde7e9", "#4a2125"),
    "notice_bg": ("#fff4ce", "#3d3415"),
    "notice_border": ("#e0c36a", "#7a6420"),
    "placeholder_bg": ("#e8e8e8", "#3a3a3a"),
}

# What each state means, by the words the services use for it.
STATE_ROLES = {
    # products
    "rejected": "error", "blocked": "error", "pending": "warning", "online": "success",
    # accounts
    "awaiting": "warning", "self_operated": "info", "ended": "muted", "active": "success",
    # history outcomes
    "refused": "error",
    # eligibility
    "eligible": "success", "ineligible": "muted",
}


def _palette(palette: QPalette | None) -> QPalette:
    if palette is None:
        return QGuiApplication.palette() if QGuiApplication.instance() else QPalette()
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    return _palette(palette).color(QPalette.ColorRole.Window).lightness() < 128


# Colours are asked for every painted cell: light or dark is decided once per palette (its cacheKey
# changes with every change of the palette, so a switch to dark mode is never answered from before).
_dark_by_palette: tuple[int, bool] = (0, False)


def _dark(palette: QPalette) -> bool:
    global _dark_by_palette
    key = palette.cacheKey()
    if _dark_by_palette[0] != key:
        _dark_by_palette = (key, is_dark(palette))
    return _dark_by_palette[1]


def color(role: str, palette: QPalette | None = None) -> QColor:
    light, dark = ROLES[role]
    # From the name, not from a kept QColor: QColor(QColor) would build the whole Qt namespace
    # (its Qt.GlobalColor overload) before the first window is ready.
    return QColor(dark if _dark(_palette(palette)) else light)


def hex_color(role: str, palette: QPalette | None = None) -> str:
    return color(role, palette).name()


def state_color(state: str, palette: QPalette | None = None) -> QColor | None:
    role = STATE_ROLES.get(state)
    return color(role, palette) if role else None


def text_style(role: str) -> str:
    """A style sheet for a label whose text carries ``role``."""
    return f"color: {hex_color(role)};"


def notice_style() -> str:
    """A tinted band for a notice (editor banner, category hint)."""
    return (f"background: {hex_color('notice_bg')}; border: 1px solid {hex_color('notice_border')};"
            " padding: 6px; border-radius: 4px;")


def span(role: str, text_html: str) -> str:
    """Rich text in ``role``'s colour (``text_html`` already escaped)."""
    return f"<span style='color:{hex_color(role)}'>{text_html}</span>"
