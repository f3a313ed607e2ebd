"""设置: language (from the next start) and light/dark (at once)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktop.ui.common import language, theme


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("appSettingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox(objectName="settingsLanguage")
        for key, label in language.choice_labels():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(self.language.findData(language.saved_choice()))
        self.theme = QComboBox(objectName="settingsTheme")
        for key, label in theme.choice_labels():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(theme.saved_choice()))
        self.note = QLabel(objectName="settingsRestartNote")
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_note)
        form = QFormLayout()
        form.addRow(self.tr("界面语言(&L)："), self.language)
        form.addRow(self.tr("外观(&A)："), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._update_note()

    def _update_note(self) -> None:
        changed = self.language.currentData() != language.saved_choice()
        self.note.setText(self.tr("新的界面语言在下次启动小店管家时生效。") if changed else "")

    def save(self) -> None:
        language.save_choice(self.language.currentData())
        theme.save_choice(self.theme.currentData())
        theme.apply(QApplication.instance(), self.theme.currentData())
        self.accept()
