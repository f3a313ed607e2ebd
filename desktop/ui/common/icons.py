"""Icons: Lucide's SVGs (resources/icons/lucide, ISC), drawn in the palette's colours.

Why Lucide: one consistent 24-px stroke set (1,500+ icons, actively kept),
ISC-licensed so it can ship inside a closed app, and plain SVG files we
vendor: no runtime package, no font loading at start-up, a few KB each.
Their strokes use ``currentColor``, which we replace with the palette's text
colour (and its disabled colour), so icons follow light and dark mode.
"""
from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPalette

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

# The drawing types (QPainter alone ~5 ms to set up) are imported when the first
# icon is drawn: the window's first paint comes after it shows its data (start-up time).

from desktop import paths


def icon_path(name: str):
    return paths.resource_path("icons", "lucide", f"{name}.svg")


@lru_cache(maxsize=256)
def _svg(name: str) -> bytes:
    try:
        return icon_path(name).read_bytes()
    except OSError:
        return b""


def _render(svg: bytes, color: str, size: QSize, ratio: float) -> QPixmap:
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    data = svg.replace(b"currentColor", color.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent; Qt.GlobalColor would build the Qt namespace at the first paint
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap


@lru_cache(maxsize=1024)
def _drawn(svg: bytes, color: str, width: int, height: int, ratio: float) -> QPixmap:
    # Shared by every icon in these colours (a QPixmap is implicitly shared): a page opened again,
    # or the same icon on three panels' toolbars, is not parsed and drawn again.
    return _render(svg, color, QSize(width, height), ratio)


class _SvgEngine(QIconEngine):
    """Draws the SVG in its mode's colour at the size asked, when first asked.

    Drawing every size and mode up front (4 sizes × 3 modes per icon) cost the
    window ~50 ms at start for pixmaps that are mostly never shown."""

    def __init__(self, svg: bytes, colors: dict) -> None:
        super().__init__()
        self._svg = svg
        self._colors = colors  # QIcon.Mode -> colour name
        self._cache: dict = {}

    def scaledPixmap(self, size, mode, state, scale):  # noqa: N802 - Qt's name
        key = (size.width(), size.height(), mode, scale)
        if key not in self._cache:
            color = self._colors.get(mode) or self._colors[QIcon.Mode.Normal]
            self._cache[key] = _drawn(self._svg, color, size.width(), size.height(), scale)
        return self._cache[key]

    def pixmap(self, size, mode, state):
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter, rect, mode, state):
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, painter.device().devicePixelRatioF()))

    def clone(self):
        # Qt owns the copy (a QIcon detaching); held here too so Python never frees it under Qt.
        import shiboken6

        _CLONES[:] = [c for c in _CLONES if shiboken6.isValid(c)]  # those Qt has deleted
        copy = _SvgEngine(self._svg, self._colors)
        _CLONES.append(copy)
        return copy


_CLONES: list = []


# (name, palette's cacheKey) -> the icon: every panel builds its toolbar's icons again, and the
# palette's cacheKey changes with every change of the palette (dark mode draws new ones).
_ICONS: dict[tuple[str, int], QIcon] = {}


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The Lucide icon ``name`` in the current palette; an empty icon if it is not vendored."""
    svg = _svg(name)
    if not svg or QGuiApplication.instance() is None:
        return QIcon()
    palette = palette or QGuiApplication.palette()
    key = (name, palette.cacheKey())
    made = _ICONS.get(key)
    if made is None:
        if len(_ICONS) > 512:  # palettes come and go (theme switches): keep the cache small
            _ICONS.clear()
        group, role = QPalette.ColorGroup, QPalette.ColorRole
        colors = {
            QIcon.Mode.Normal: palette.color(group.Active, role.WindowText).name(),
            QIcon.Mode.Disabled: palette.color(group.Disabled, role.WindowText).name(),
            QIcon.Mode.Selected: palette.color(group.Active, role.HighlightedText).name(),
        }
        made = _ICONS[key] = QIcon(_SvgEngine(svg, colors))
    return QIcon(made)  # a copy (shares the engine): the caller may change its own


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
