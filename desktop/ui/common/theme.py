"""Light and dark: follow the system's colour scheme (Qt ≥ 6.5 style hints), or
the user's choice in 设置 (跟随系统 / 浅色 / 深色)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.ui.common import settings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)


def tr(text: str) -> str:
    return QCoreApplication.translate("theme", text)


def choice_labels() -> list[tuple[str, str]]:
    return [(SYSTEM, tr("跟随系统")), (LIGHT, tr("浅色")), (DARK, tr("深色"))]


def saved_choice() -> str:
    value = settings.get_str(settings.THEME_KEY, SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(choice)
    settings.set_value(settings.THEME_KEY, choice)


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: QColor("#2d2f33"),
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.ToolTipBase: QColor("#303134"),
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.Highlight: QColor("#3b6fd4"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"), QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.PlaceholderText: QColor("#9aa0a6"), QPalette.ColorRole.Mid: QColor("#3c4043"),
        QPalette.ColorRole.Midlight: QColor("#3c4043"), QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"), QPalette.ColorRole.BrightText: QColor("#ffffff"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return p


def apply(app, choice: str | None = None) -> str:
    """Apply ``choice`` (default: the saved one); returns "light" or "dark" as in effect."""
    choice = choice or saved_choice()
    hints = QGuiApplication.styleHints()
    if choice == SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
    else:
        wanted = Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(wanted)  # Qt 6.8+: the native style follows where it can
        if _is_dark(app.palette()) != (choice == DARK):
            # The platform did not follow (e.g. Linux without a theme): Fusion draws both well.
            app.setStyle("Fusion")
            app.setPalette(dark_palette() if choice == DARK else app.style().standardPalette())
    return DARK if _is_dark(app.palette()) else LIGHT


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
