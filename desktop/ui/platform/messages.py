"""Platform failures as translated text: the error's message (a Text) in the UI's language, with its code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.platform.errors import PlatformError
from desktop.ui.common.texts import translated


def platform_message(exc: BaseException | None, fallback: str = "") -> str:
    """The message for a failed platform operation, in the UI's language, naming the platform's code."""
    if not isinstance(exc, PlatformError):
        return translated(fallback) if fallback else fallback
    shown = translated(exc.reason)
    if shown == str(exc.reason) and QLocale().language() == QLocale.Language.English:
        return exc.english  # no translation loaded: the English wording the error carries
    return shown


def tell(parent, result) -> None:
    """After a quiet Op: a box for a failure (cancel is not a failure), in the platform's words."""
    from PySide6.QtWidgets import QMessageBox

    if result.ok or result.cancelled or not result.message:
        return
    QMessageBox.warning(parent, QCoreApplication.translate("platform", "抖店开放平台"),
                        platform_message(result.error, result.message))
