"""The background side of the image list: check, store and thumbnail files off
the UI thread (a large image's decode must not freeze the window)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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


def _process(ctx, signals: _Signals, generation: int, paths: list[Path], shas: list[str],
             room: int = 0, known=()) -> None:
    """On the runner's worker thread: add files (``paths``, into at most ``room``
    free places, skipping contents in ``known``) or load thumbnails (``shas``).

    Each file is refused or added on its own, so one bad file never stops the others."""
    known = set(known)
    for path in paths:
        if _add(ctx, signals, generation, Path(path), room, known):
            room -= 1
    for sha in shas:
        try:
            thumb = load_thumbnail(images.image_file(ctx, sha))
        except ServiceError:
            thumb = QImage()
        signals.thumbnail.emit(generation, sha, thumb)


def _add(ctx, signals: _Signals, generation: int, path: Path, room: int, known: set) -> bool:
    try:
        checked = images.check_file(path)
        if checked.sha256 in known:
            raise images.ImageRefused(path.name, rules.ImageProblem("duplicate"))
        if room <= 0:
            raise images.ImageRefused(path.name, rules.ImageProblem("no_room", {"max": rules.MAX_IMAGES}))
        info = images.store_checked(ctx, checked)
        known.add(info.sha256)
        thumb = load_thumbnail(images.image_file(ctx, info.sha256))
        signals.added.emit(generation, path.name, info, thumb)
        return True
    except images.ImageRefused as exc:
        signals.refused.emit(generation, path.name, exc.problem)
    except ServiceError as exc:
        signals.refused.emit(generation, path.name, rules.ImageProblem("unexpected", {}, exc.message))
    except Exception as exc:  # noqa: BLE001 - a reason for the user, details in the log
        log.error("adding image %s failed", path, exc_info=exc)
        signals.refused.emit(generation, path.name,
                             rules.ImageProblem("unexpected", {}, f"{type(exc).__name__}: {exc}"))
    return False
