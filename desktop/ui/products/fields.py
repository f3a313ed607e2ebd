"""A field with its error label right under it: how every editor input shows its rule."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"
ERROR_BORDER = "border: 1px solid #b3261e;"


class FieldBox(QWidget):
    def __init__(self, *widgets: QWidget, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Box")
        self.inputs = widgets
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for w in widgets:
            layout.addWidget(w)
        self.error = QLabel(objectName=f"{name}Error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def set_errors(self, errors) -> None:
        """``errors``: FieldErrors for this field; each shows with its rule ID."""
        text = "\n".join(e.text for e in errors)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for w in self.inputs:
            w.setToolTip(text)
            if hasattr(w, "setStyleSheet") and w.metaObject().className() in ("QLineEdit", "QComboBox", "QDateEdit"):
                w.setStyleSheet(ERROR_BORDER if text else "")
