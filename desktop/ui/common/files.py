"""File dialogs that start where the user keeps files: the last folder used,
else Documents (never the install or working folder)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.common import settings


def start_folder() -> str:
    last = settings.get_str(settings.LAST_FOLDER_KEY)
    if last and Path(last).is_dir():
        return last
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def remember(path: str | Path) -> None:
    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    settings.set_value(settings.LAST_FOLDER_KEY, str(folder))


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    if name:
        remember(name)
    return name


def open_file_names(parent: QWidget | None, title: str, filters: str) -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(), filters)
    if names:
        remember(names[0])
    return names


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """``suggested``: a file name; it is placed in the start folder."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder()) / suggested), filters)
    if name:
        remember(name)
    return name
