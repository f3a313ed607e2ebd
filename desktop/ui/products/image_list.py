"""Main images of a product (R-P-IMG-1, R-P-IMG-2): add, reorder, remove; the first is 主图.

Every file goes through ``services.images.add_image`` on a worker thread (the
decode of a large image must not freeze the window); a refused file is listed
with its reason, never a traceback. At most 5 images: extra files are refused
before any work is done.
"""
from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import images as rules
from desktop.services import images
from desktop.services.errors import ServiceError
from desktop.ui.common.errors import message_for
from desktop.ui.common.runner import Op

log = logging.getLogger("shopdesk")

SHA_ROLE = Qt.UserRole
WARN_ROLE = Qt.UserRole + 1
THUMB = 112
ITEM_MIME = "application/x-qabstractitemmodeldatalist"


def load_thumbnail(path: Path, side: int = THUMB) -> QImage:
    """A scaled QImage (safe off the UI thread; QPixmap is not)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(side, side, Qt.KeepAspectRatio))
    image = reader.read()
    return image if not image.isNull() else QImage()


class _Signals(QObject):
    added = Signal(int, str, object, QImage)  # generation, file name, ImageInfo, thumbnail
    refused = Signal(int, str, str)  # generation, file name, reason
    thumbnail = Signal(int, str, QImage)  # generation, sha256, thumbnail


def _process(ctx, signals: _Signals, generation: int, paths: list[Path], shas: list[str]) -> None:
    """On the runner's worker thread: add files (``paths``) or load thumbnails of stored images (``shas``).

    Each file is refused or added on its own, so one bad file never stops the others."""
    for path in paths:
        try:
            info = images.add_image(ctx, path)
            thumb = load_thumbnail(images.image_file(ctx, info.sha256))
            signals.added.emit(generation, path.name, info, thumb)
        except ServiceError as exc:
            signals.refused.emit(generation, path.name, exc.message)
        except Exception as exc:  # noqa: BLE001 - a reason for the user, details in the log
            log.error("adding image %s failed", path, exc_info=exc)
            signals.refused.emit(generation, path.name, QCoreApplication.translate(
                "ImageListEditor", "{name}：无法添加（{reason}）").format(name=path.name, reason=message_for(exc)))
    for sha in shas:
        try:
            thumb = load_thumbnail(images.image_file(ctx, sha))
        except ServiceError:
            thumb = QImage()
        signals.thumbnail.emit(generation, sha, thumb)


class _ThumbList(QListWidget):
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


class ImageListEditor(QWidget):
    changed = Signal()
    # After each background batch (files added or refused, or thumbnails loaded); for tests and callers.
    batch_finished = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageListEditor")
        self.ctx = ctx
        self._generation = 0
        self._pending = 0
        self._messages: list[tuple[str, str]] = []  # (kind "error"/"warning", text)
        # One batch at a time, so batches finish in the order they were started.
        self._queue: list[tuple[int, list[Path], list[str]]] = []
        self._op: Op | None = None
        self._signals = _Signals(self)
        self._signals.added.connect(self._on_added)
        self._signals.refused.connect(self._on_refused)
        self._signals.thumbnail.connect(self._on_thumbnail)

        self.list = _ThumbList(self)
        self.list.setAccessibleName(self.tr("主图列表，第一张为主图"))
        self.list.files_dropped.connect(self.add_files)
        self.list.reordered.connect(self._after_reorder)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("添加图片(&A)…"), objectName="imageAddButton")
        self.left_button = QPushButton(self.tr("← 左移"), objectName="imageMoveLeftButton")
        self.right_button = QPushButton(self.tr("右移 →"), objectName="imageMoveRightButton")
        self.remove_button = QPushButton(self.tr("删除(&D)"), objectName="imageRemoveButton")
        self.left_button.setToolTip(self.tr("向前移动（Ctrl+←）；第一张是主图"))
        self.right_button.setToolTip(self.tr("向后移动（Ctrl+→）"))
        self.remove_button.setToolTip(self.tr("删除选中的图片（Delete）"))
        self.add_button.clicked.connect(self.choose_files)
        self.left_button.clicked.connect(lambda: self.move_current(-1))
        self.right_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+Left"), self.list, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Right"), self.list, lambda: self.move_current(1))
        QShortcut(QKeySequence.Delete, self.list, self.remove_current)

        self.count_label = QLabel(objectName="imageCount")
        self.hint = QLabel(
            self.tr("PNG 或 JPEG，至少 600×600 像素，不超过 1 MB，建议正方形；可以把图片文件拖到这里。"),
            objectName="imageHint",
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.messages_label = QLabel(objectName="imageMessages")
        self.messages_label.setWordWrap(True)
        self.messages_label.setTextFormat(Qt.RichText)
        self.messages_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.left_button, self.right_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.messages_label)
        self._refresh_labels()

    # ------------------------------------------------------------ public API

    def images(self) -> list[str]:
        return [self.list.item(i).data(SHA_ROLE) for i in range(self.list.count())]

    def set_images(self, shas: list[str]) -> None:
        """Show stored images (e.g. a saved product); thumbnails load in the background."""
        self._generation += 1
        self._pending = 0
        self.list.clear()
        self._set_messages([])
        for sha in shas:
            try:
                info = images.get_image(self.ctx, sha)
            except ServiceError as exc:
                self._messages.append(("error", exc.message))
                continue
            self.list.addItem(self._make_item(info))
        self._show_messages()
        self._refresh_labels()
        if self.list.count():
            self._enqueue([], self.images())

    def messages(self) -> list[tuple[str, str]]:
        """What the last add showed: ("error" | "warning", text) per file."""
        return list(self._messages)

    def is_busy(self) -> bool:
        return self._pending > 0

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择主图"), "", self.tr("图片 (*.png *.jpg *.jpeg);;所有文件 (*)")
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Queue files for checking; refuse at once the ones beyond the 5-image limit (R-P-IMG-1)."""
        self._set_messages([])
        room = rules.MAX_IMAGES - self.list.count() - self._pending
        accepted, extra = list(paths[: max(0, room)]), list(paths[max(0, room):])
        already = self.list.count() + self._pending + len(accepted)
        for k, path in enumerate(extra, start=already + 1):
            self._messages.append(("error", self.tr("{name}：最多 {n} 张主图，这是第 {k} 张，未添加（R-P-IMG-1）").format(
                name=Path(path).name, n=rules.MAX_IMAGES, k=k)))
        self._show_messages()
        if not accepted:
            self.batch_finished.emit()
            return
        self._pending += len(accepted)
        self._refresh_labels()
        self._enqueue([Path(p) for p in accepted], [])

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentItem(item)
        self._after_reorder()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._refresh_labels()
        self.changed.emit()

    # ------------------------------------------------------------ drops on the whole editor

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # ------------------------------------------------------------ worker results

    def _on_added(self, generation: int, name: str, info, thumb: QImage) -> None:
        if generation != self._generation:
            return
        self._pending = max(0, self._pending - 1)
        if info.sha256 in self.images():
            self._messages.append(("error", self.tr("{name}：这张图片已经添加过了").format(name=name)))
        else:
            item = self._make_item(info)
            if not thumb.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(thumb)))
            self.list.addItem(item)
            for warning in info.warnings:
                self._messages.append(("warning", f"{name}：{warning}"))
            self.changed.emit()
        self._show_messages()
        self._refresh_labels()

    def _on_refused(self, generation: int, name: str, reason: str) -> None:
        if generation != self._generation:
            return
        self._pending = max(0, self._pending - 1)
        self._messages.append(("error", reason if reason.startswith(name) else f"{name}：{reason}"))
        self._show_messages()
        self._refresh_labels()

    def _on_thumbnail(self, generation: int, sha: str, thumb: QImage) -> None:
        if generation != self._generation or thumb.isNull():
            return
        for i in range(self.list.count()):
            if self.list.item(i).data(SHA_ROLE) == sha:
                self.list.item(i).setIcon(QIcon(QPixmap.fromImage(thumb)))

    def _enqueue(self, paths: list[Path], shas: list[str]) -> None:
        self._queue.append((self._generation, paths, shas))
        self._next_batch()

    def _next_batch(self) -> None:
        if self._op is not None or not self._queue:
            return
        generation, paths, shas = self._queue.pop(0)
        self._op = Op(self, self.ctx, _process, self._signals, generation, paths, shas)
        self._op.start(self.tr("正在检查图片…"), lambda _result: self._on_done(generation), dialog=False)

    def _on_done(self, generation: int) -> None:
        self._op = None
        if generation == self._generation:
            self._refresh_labels()
            self.batch_finished.emit()
        self._next_batch()

    # ------------------------------------------------------------ display

    def _make_item(self, info) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(SHA_ROLE, info.sha256)
        item.setData(WARN_ROLE, list(info.warnings))
        placeholder = QPixmap(THUMB, THUMB)
        placeholder.fill(QColor("#e8e8e8"))
        item.setIcon(QIcon(placeholder))
        tip = f"{info.format} {info.width}×{info.height}，{info.size_bytes / 1024:.0f} KB"
        if info.warnings:
            tip += "\n" + "\n".join(info.warnings)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemIsDragEnabled)
        return item

    def _after_reorder(self) -> None:
        self._refresh_labels()
        self.changed.emit()

    def _refresh_labels(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = self.tr("主图") if i == 0 else self.tr("图 {n}").format(n=i + 1)
            if item.data(WARN_ROLE):
                label += " ⚠"
            item.setText(label)
            font = item.font()
            font.setBold(i == 0)  # R-P-IMG-1: the first image is the main image
            item.setFont(font)
        count = self.list.count()
        text = self.tr("{count}/{max} 张，第一张为主图").format(count=count, max=rules.MAX_IMAGES)
        if self._pending:
            text += self.tr("（正在检查 {n} 张…）").format(n=self._pending)
        elif count >= rules.MAX_IMAGES:
            text += self.tr("（已达上限，R-P-IMG-1）")
        self.count_label.setText(text)
        self.add_button.setEnabled(count + self._pending < rules.MAX_IMAGES)
        self.add_button.setToolTip(
            self.tr("添加 PNG/JPEG 主图") if self.add_button.isEnabled()
            else self.tr("最多 {n} 张主图（R-P-IMG-1）").format(n=rules.MAX_IMAGES)
        )
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.list.currentRow()
        self.left_button.setEnabled(row > 0)
        self.right_button.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(row >= 0)

    def _set_messages(self, messages: list[tuple[str, str]]) -> None:
        self._messages = list(messages)
        self._show_messages()

    def _show_messages(self) -> None:
        lines = []
        for kind, text in self._messages:
            color, mark = ("#b3261e", "✗") if kind == "error" else ("#8a5a00", "⚠")
            lines.append(f'<span style="color:{color}">{mark} {html.escape(text)}</span>')
        self.messages_label.setText("<br>".join(lines))
        self.messages_label.setVisible(bool(lines))
