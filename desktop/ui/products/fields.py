"""A field with its error label right under it: how every editor input shows its rule."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.common import colors
from desktop.ui.common.decisions import rule_text
from desktop.ui.common.texts import translated


STYLED = ("QLineEdit", "QComboBox", "QDateEdit")


def error_style() -> str:
    return colors.text_style("error")


def error_border() -> str:
    return f"border: 1px solid {colors.hex_color('error')};"



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
            if w.metaObject().className() in STYLED:
                # The red error border must not change the field's height either.
                w.setMinimumHeight(w.sizeHint().height())
        self.error = QLabel(objectName=f"{name}Error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        # The line's space stays while it is empty, so fields below never jump as errors come and go.
        self.error.setText("Ag 规则")
        self.error.setMinimumHeight(self.error.sizeHint().height())
        self.error.clear()
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout.addWidget(self.error)

    def set_errors(self, errors) -> None:
        """``errors``: FieldErrors for this field; each shows with its rule ID."""
        text = "\n".join(map(error_text, errors))
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for w in self.inputs:
            w.setToolTip(text)
            if w.metaObject().className() in STYLED:
                w.setStyleSheet(error_border() if text else "")


def error_text(error) -> str:
    """A FieldError in the user's language, with its rule ID."""
    return rule_text(translated(error.message), error.rule)


def show_box_errors(boxes: dict, by_field: dict) -> int:
    """Give each FieldBox its field's errors (none clears it); returns how many errors were shown."""
    n = 0
    for field, box in boxes.items():
        errs = by_field.get(field, [])
        box.set_errors(errs)
        n += len(errs)
    return n
