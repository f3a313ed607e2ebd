"""Platform failures as translated text: the Chinese source goes through tr (context PlatformError)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.platform.errors import CONTEXT, PlatformError


def platform_message(exc: BaseException | None, fallback: str = "") -> str:
    """The message for a failed platform operation, in the UI's language, naming the platform's code."""
    if not isinstance(exc, PlatformError):
        return fallback
    text = QCoreApplication.translate(CONTEXT, exc.template)
    if text == exc.template and QLocale().language() == QLocale.Language.English:
        return exc.english  # no translation loaded: the English wording the error carries
    return text.format_map(_Defaults(exc.args_map))


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""


def tell(parent, result) -> None:
    """After a quiet Op: a box for a failure (cancel is not a failure), in the platform's words."""
    from PySide6.QtWidgets import QMessageBox

    if result.ok or result.cancelled or not result.message:
        return
    QMessageBox.warning(parent, QCoreApplication.translate("platform", "抖店开放平台"),
                        platform_message(result.error, result.message))
