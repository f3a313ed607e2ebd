"""设置: language (from the next start) and light/dark (at once)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFormLayout

from desktop.ui.common import language, theme
from desktop.ui.common.buttons import standard_ok_cancel
from desktop.ui.common.forms import column, wrapped


def _choices(name: str, choices, current: str) -> QComboBox:
    """A combo of (key, label) choices with ``current`` selected."""
    combo = QComboBox(objectName=name)
    for key, label in choices:
        combo.addItem(label, key)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("appSettingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.language = _choices("settingsLanguage", language.choice_labels(), language.saved_choice())
        self.theme = _choices("settingsTheme", theme.choice_labels(), theme.saved_choice())
        self.note = wrapped(name="settingsRestartNote")
        self.language.currentIndexChanged.connect(self._update_note)
        form = QFormLayout()
        form.addRow(self.tr("界面语言(&L)："), self.language)
        form.addRow(self.tr("外观(&A)："), self.theme)
        column(self, form, self.note, standard_ok_cancel(self, self.save))
        self._update_note()

    def _update_note(self) -> None:
        changed = self.language.currentData() != language.saved_choice()
        self.note.setText(self.tr("新的界面语言在下次启动小店管家时生效。") if changed else "")

    def save(self) -> None:
        language.save_choice(self.language.currentData())
        theme.save_choice(self.theme.currentData())
        theme.apply(QApplication.instance(), self.theme.currentData())
        self.accept()
