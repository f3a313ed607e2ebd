"""Platform failures as translated text: the Chinese source goes through tr (context PlatformError)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.platform.errors import CONTEXT, PlatformError


def platform_message(exc: BaseException) -> str:
    from desktop.ui.common.errors import message_for

    if not isinstance(exc, PlatformError):
        return message_for(exc)
    text = QCoreApplication.translate(CONTEXT, exc.template)
    if text == exc.template and QLocale().language() == QLocale.Language.English:
        return exc.english  # no translation file loaded: the English wording we carry
    from desktop.platform.errors import _Defaults

    return text.format_map(_Defaults(exc.args_map))


def show_platform_error(parent, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, PlatformError):
        QMessageBox.warning(parent, QCoreApplication.translate("platform", "抖店开放平台"), platform_message(exc))
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("runner", "无法完成"), platform_message(exc))
