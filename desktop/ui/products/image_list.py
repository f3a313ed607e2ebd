"""Main images of a product (R-P-IMG-1, R-P-IMG-2): add, reorder, remove; the first is 主图.

Every file goes through ``services.images.add_image`` on a worker thread (the
decode of a large image must not freeze the window); a refused file is listed
with its own reason in plain words (translated), never a traceback or the
decoder's English, which goes to the 详细信息 section. Every chosen file is
checked; valid ones fill the free places up to 5, and a valid file beyond them
is refused as "没有空位" rather than by its position in the pick.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import images as rules
from desktop.services import images
from desktop.services.errors import ServiceError
from desktop.ui.common import colors, files
from desktop.ui.common.decisions import enumerated, labelled, rule_text
from desktop.ui.common.runner import Op
from desktop.ui.products.image_worker import THUMB, _process, _Signals, problem_text
from desktop.ui.common.errors import message_for

SHA_ROLE = Qt.UserRole
WARN_ROLE = Qt.UserRole + 1
ITEM_MIME = "application/x-qabstractitemmodeldatalist"


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
        self._details: list[str] = []  # the decoder's own words, per refused file
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
        self.details_button = QToolButton(objectName="imageDetailsToggle")
        self.details_button.setText(self.tr("详细信息"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_view = QPlainTextEdit(objectName="imageDetails")
        self.details_view.setReadOnly(True)
        self.details_view.setMaximumHeight(90)
        self.details_view.setAccessibleName(self.tr("图片未添加的技术细节"))
        self.details_view.hide()

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
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_view)
        self._refresh_labels()

    # ------------------------------------------------------------ public API

    def images(self) -> list[str]:
        return [self.list.item(i).data(SHA_ROLE) for i in range(self.list.count())]

    def set_images(self, shas: list[str]) -> None:
        """Show stored images (e.g. a saved product); thumbnails load in the background."""
        self._generation += 1
        self._pending = 0
        self.list.clear()
        self._details = []
        self._set_messages([])
        for sha in shas:
            try:
                info = images.get_image(self.ctx, sha)
            except ServiceError as exc:
                self._messages.append(("error", message_for(exc)))
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
        return self._pending > 0  # files being checked (thumbnail loads do not count)

    def choose_files(self) -> None:
        names = files.open_file_names(
            self, self.tr("选择主图"), self.tr("图片 (*.png *.jpg *.jpeg);;所有文件 (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Check every file; valid ones fill the free places (R-P-IMG-1: at most 5).

        Batches run one at a time and each counts the free places when it
        starts, so picks made while one runs are judged after it.
        """
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if not self.is_busy():
            self._details = []
            self._set_messages([])
        self._pending += len(paths)
        self._refresh_labels()
        self._enqueue(paths, [])

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
        item = self._make_item(info)
        if not thumb.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
        self.list.addItem(item)
        for notice in info.notices:
            self._messages.append(("warning", labelled(name, problem_text(notice))))
        self.changed.emit()
        self._show_messages()
        self._refresh_labels()

    def _on_refused(self, generation: int, name: str, problem) -> None:
        if generation != self._generation:
            return
        self._pending = max(0, self._pending - 1)
        self._messages.append(("error", labelled(name, problem_text(problem))))
        if problem.detail:
            self._details.append(f"{name}: {problem.detail}")
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
        room = rules.MAX_IMAGES - self.list.count()
        self._op = Op(self, self.ctx, _process, self._signals, generation, paths, shas, room, self.images())
        self._op.start(self.tr("正在检查图片…"), lambda _result: self._on_done(generation), dialog=False)

    def _on_done(self, generation: int) -> None:
        self._op = None
        if generation == self._generation:
            self._refresh_labels()
            if not self._queue:  # picks that waited are part of the same add
                self.batch_finished.emit()
        self._next_batch()

    # ------------------------------------------------------------ display

    def _make_item(self, info) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(SHA_ROLE, info.sha256)
        item.setData(WARN_ROLE, list(info.warnings))
        placeholder = QPixmap(THUMB, THUMB)
        placeholder.fill(colors.color("placeholder_bg"))
        item.setIcon(QIcon(placeholder))
        tip = enumerated([f"{info.format} {info.width}×{info.height}", f"{info.size_bytes / 1024:.0f} KB"])
        if info.notices:
            tip += "\n" + "\n".join(problem_text(n) for n in info.notices)
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
            text += self.tr("（已达上限）")
        self.count_label.setText(text)
        self.add_button.setEnabled(count < rules.MAX_IMAGES)
        self.add_button.setToolTip(
            self.tr("添加 PNG/JPEG 主图") if self.add_button.isEnabled()
            else rule_text(self.tr("最多 {n} 张主图").format(n=rules.MAX_IMAGES), "R-P-IMG-1")
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
            role, mark = ("error", "✗") if kind == "error" else ("warning", "⚠")
            lines.append(colors.span(role, f"{mark} {html.escape(text)}"))
        self.messages_label.setText("<br>".join(lines))
        self.messages_label.setVisible(bool(lines))
        self.details_view.setPlainText("\n".join(self._details))
        self.details_button.setVisible(bool(self._details))
        if not self._details:
            self.details_button.setChecked(False)

    def details(self) -> list[str]:
        """The technical text behind the last refusals (shown under 详细信息)."""
        return list(self._details)

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
