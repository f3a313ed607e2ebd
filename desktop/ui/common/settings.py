"""The user's preferences (language, theme, window layout), kept with QSettings.

Always an INI file in the user's settings folder, the same format on every
platform, so a test can point it at a temporary folder (SHOPDESK_SETTINGS_DIR)
and a user can delete one file to start over.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

SETTINGS_DIR_ENV = "SHOPDESK_SETTINGS_DIR"
ORGANIZATION = "ShopDesk"
APPLICATION = "ShopDesk"

LANGUAGE_KEY = "ui/language"  # "system" | "zh_CN" | "en"
THEME_KEY = "ui/theme"  # "system" | "light" | "dark"
LAST_FOLDER_KEY = "files/last_folder"


def app_settings() -> QSettings:
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value) -> None:
    s = app_settings()
    s.setValue(key, value)
    s.sync()
