"""The background side of the image list: check, store and thumbnail files off
the UI thread (a large image's decode must not freeze the window)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from desktop.domain import images as rules
from desktop.services import images
from desktop.services.errors import ServiceError

log = logging.getLogger("shopdesk")

THUMB = 112


def load_thumbnail(path: Path, side: int = THUMB) -> QImage:
    """A scaled QImage (safe off the UI thread; QPixmap is not)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(side, side, Qt.KeepAspectRatio))
    image = reader.read()
    return image if not image.isNull() else QImage()


def problem_text(problem: rules.ImageProblem) -> str:
    """An image refusal in the UI language, with its rule ID."""
    template = QCoreApplication.translate("images", problem.template)
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        text = problem.text
    if not problem.rule:
        return text
    return QCoreApplication.translate("images", "{text}（{rule}）").format(text=text, rule=problem.rule)


class _Signals(QObject):
    added = Signal(int, str, object, QImage)  # generation, file name, ImageInfo, thumbnail
    refused = Signal(int, str, object)  # generation, file name, ImageProblem
    thumbnail = Signal(int, str, QImage)  # generation, sha256, thumbnail
    done = Signal(int)


class _Job(QRunnable):
    """Adds files (``paths``, into at most ``room`` free places, skipping the
    contents in ``known``) or loads thumbnails of stored images (``shas``)."""

    def __init__(self, ctx, signals: _Signals, generation: int, paths=(), shas=(), room=0, known=()) -> None:
        super().__init__()
        self.ctx, self.signals, self.generation = ctx, signals, generation
        self.paths, self.shas = list(paths), list(shas)
        self.room, self.known = room, set(known)

    def run(self) -> None:
        try:
            for path in self.paths:
                self._add(Path(path))
            for sha in self.shas:
                try:
                    thumb = load_thumbnail(images.image_file(self.ctx, sha))
                except ServiceError:
                    thumb = QImage()
                self.signals.thumbnail.emit(self.generation, sha, thumb)
        finally:
            if not self.ctx.db.is_closed():
                self.ctx.db.close()  # this worker thread's own connection
            self.signals.done.emit(self.generation)

    def _add(self, path: Path) -> None:
        try:
            checked = images.check_file(path)
            if checked.sha256 in self.known:
                raise images.ImageRefused(path.name, rules.ImageProblem("duplicate"))
            if self.room <= 0:
                raise images.ImageRefused(path.name, rules.ImageProblem("no_room", {"max": rules.MAX_IMAGES}))
            info = images.store_checked(self.ctx, checked)
            self.room -= 1
            self.known.add(info.sha256)
            thumb = load_thumbnail(images.image_file(self.ctx, info.sha256))
            self.signals.added.emit(self.generation, path.name, info, thumb)
        except images.ImageRefused as exc:
            self.signals.refused.emit(self.generation, path.name, exc.problem)
        except ServiceError as exc:
            self.signals.refused.emit(self.generation, path.name, rules.ImageProblem("unexpected", {}, exc.message))
        except Exception as exc:  # noqa: BLE001 - a reason for the user, details in the log
            log.exception("adding image %s failed", path)
            self.signals.refused.emit(self.generation, path.name,
                                      rules.ImageProblem("unexpected", {}, f"{type(exc).__name__}: {exc}"))
