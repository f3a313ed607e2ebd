"""Lucide icons drawn on demand in the palette's colours (ui/common/icons.py)."""
from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

from desktop.ui.common import icons


def _colours(pixmap: QPixmap) -> set[str]:
    image = pixmap.toImage()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.add(colour.name())
    return found


def test_each_mode_is_drawn_in_its_palette_colour_at_the_size_asked(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor("#123456"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#abcdef"))
    icon = icons.icon("users", palette)
    assert not icon.isNull()
    for size in (16, 20, 33):  # any size, not only the ones drawn up front before
        normal = icon.pixmap(QSize(size, size), 1.0)
        assert normal.width() == size
        assert "#123456" in _colours(normal)
    disabled = icon.pixmap(QSize(20, 20), 1.0, QIcon.Mode.Disabled)
    assert "#abcdef" in _colours(disabled) and "#123456" not in _colours(disabled)


def test_a_missing_icon_is_empty(qapp):
    assert icons.icon("no-such-icon").isNull()


def test_a_changed_copy_of_an_icon_outlives_the_original(qapp):
    # Changing a copy makes Qt clone the drawing engine; the clone must stay valid
    # after Python lets go of the original (it crashed before clones were kept).
    copies = []
    for _ in range(50):
        original = icons.icon("package")
        copy = QIcon(original)
        copy.addPixmap(QPixmap(8, 8))
        del original
        copies.append(copy)
    gc.collect()
    assert all(not c.pixmap(QSize(20, 20)).isNull() for c in copies)
