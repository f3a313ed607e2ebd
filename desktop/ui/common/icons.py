"""Icons: Lucide's SVGs (resources/icons/lucide, ISC), drawn in the palette's colours.

Why Lucide: one consistent 24-px stroke set (1,500+ icons, actively kept),
ISC-licensed so it can ship inside a closed app, and plain SVG files we
vendor: no runtime package, no font loading at start-up, a few KB each.
Their strokes use ``currentColor``, which we replace with the palette's text
colour (and its disabled colour), so icons follow light and dark mode.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop import paths

SIZES = (16, 20, 24, 32)


def icon_path(name: str):
    return paths.resource_path("icons", "lucide", f"{name}.svg")


@lru_cache(maxsize=256)
def _svg(name: str) -> bytes:
    try:
        return icon_path(name).read_bytes()
    except OSError:
        return b""


def _render(svg: bytes, color: str, size: int, ratio: float) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # imported when the first icon is drawn

    data = svg.replace(b"currentColor", color.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The Lucide icon ``name`` in the current palette; an empty icon if it is not vendored."""
    svg = _svg(name)
    if not svg or QGuiApplication.instance() is None:
        return QIcon()
    palette = palette or QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText).name()
    ratio = QGuiApplication.instance().devicePixelRatio() if hasattr(QGuiApplication.instance(), "devicePixelRatio") else 1.0
    # QIcon is implicitly shared: every toolbar showing "pencil" in these colours shares one drawing
    # (12 SVG renders per icon made each table page noticeably slower to open).
    return QIcon(_drawn(name, normal, disabled, selected, ratio))


@lru_cache(maxsize=512)
def _drawn(name: str, normal: str, disabled: str, selected: str, ratio: float) -> QIcon:
    svg = _svg(name)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(svg, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_render(svg, disabled, size, ratio), QIcon.Mode.Disabled)
        result.addPixmap(_render(svg, selected, size, ratio), QIcon.Mode.Selected)
    return result


def available() -> list[str]:
    folder = paths.resource_path("icons", "lucide")
    return sorted(p.stem for p in folder.glob("*.svg"))


ICON_SIZE = QSize(18, 18)


# Toolbar icons by what an action's objectName says it does (first match wins),
# so each panel's actions get fitting icons without naming them one by one.
ACTION_ICONS = (
    ("Unbind", "unlink"), ("Unmark", "unlink"), ("Declined", "circle-x"), ("Cancel", "x"),
    ("Delete", "trash-2"), ("Export", "download"), ("Import", "upload"), ("Duplicate", "copy"),
    ("Submit", "send"), ("Propose", "send"), ("Review", "circle-check"), ("Offline", "archive"),
    ("Online", "archive-restore"), ("Authorized", "user-check"), ("Accept", "check"),
    ("Confirm", "circle-check"), ("Complete", "check"), ("BatchMark", "user-check"), ("Mark", "user-check"),
    ("Configured", "settings"), ("Record", "pencil"), ("Edit", "pencil"), ("Entry", "pencil"),
    ("New", "plus"), ("Start", "plus"), ("Create", "plus"), ("Restore", "archive-restore"),
    ("Archive", "archive"),
)


def name_for_action(object_name: str) -> str:
    for word, name in ACTION_ICONS:
        if word in object_name:
            return name
    return ""


def set_action_icon(action, name: str | None = None) -> None:
    """Give ``action`` its icon (redrawn by the main window when the palette changes)."""
    name = name or name_for_action(action.objectName())
    if name:
        action.setProperty("iconName", name)
        action.setIcon(icon(name))
