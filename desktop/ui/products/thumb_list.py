"""The image strip of the image editor: an icon view that reorders by dragging and accepts image
files dropped on it (R-P-IMG-1: the first image is the main image)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget

THUMB = 112
ITEM_MIME = "application/x-qabstractitemmodeldatalist"


class ThumbList(QListWidget):
    """Icon view that reorders by dragging and accepts image files dropped on it."""

    files_dropped = Signal(list)
    reordered = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("imageList")
        self.setViewMode(QListView.IconMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Snap)
        self.setResizeMode(QListView.Adjust)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 44))
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.CopyAction)
        self.setMinimumHeight(THUMB + 64)

    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        return mime.hasUrls() or mime.hasFormat(ITEM_MIME)

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls():
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            event.setDropAction(Qt.CopyAction)
            event.accept()
            if files:
                self.files_dropped.emit(files)
            return
        if mime.hasFormat(ITEM_MIME) and self.currentRow() >= 0:
            # Our own item moved: reorder rows ourselves (IconMode would only move it on screen).
            # IgnoreAction tells the drag source not to delete the dragged row afterwards
            # (it would for MoveAction, and CopyAction may not be among the offered actions).
            source = self.currentRow()
            target_index = self.indexAt(event.position().toPoint())
            target = target_index.row() if target_index.isValid() else self.count() - 1
            event.setDropAction(Qt.IgnoreAction)
            event.accept()
            if target != source:
                item = self.takeItem(source)
                self.insertItem(target, item)
                self.setCurrentItem(item)
                self.reordered.emit()
            return
        event.ignore()
