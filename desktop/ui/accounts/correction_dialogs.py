"""更正… and 作废… for a binding row (R-FIX-1, R-FIX-2): what to correct, the new value, and why.

The dialogs only collect input and show the rule's answer as the user types;
the services decide again and write (the UI is never the only guard).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
)

from desktop.domain import account_ids
from desktop.domain import corrections as rules
from desktop.services import corrections
from desktop.ui.common import colors, writable
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.texts import translated

DATE, NICKNAME, ACCOUNT_CODE = "binding_date", "nickname", "account_code"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class CorrectionDialog(QDialog):
    """更正 a binding's date, or its account's nickname or account ID. ``request()`` gives
    (what, new value, reason) once accepted; the caller runs the service."""

    def __init__(self, ctx, row, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("更正记录"))
        intro = QLabel(self.tr(
            "只更正本软件中记错的内容（不会更改抖店平台）。原来的值会保留在操作记录中，规则按更正后的内容重新计算。"))
        intro.setWordWrap(True)
        self.field = QComboBox(objectName="correctionField")
        self.field.addItem(self.tr("绑定日期"), DATE)
        self.field.addItem(self.tr("昵称"), NICKNAME)
        self.field.addItem(self.tr("账号 ID"), ACCOUNT_CODE)
        self.date = QDateEdit(objectName="correctionDate", calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(_qdate(ctx.today()))
        self.date.setDate(_qdate(row.bound_on or ctx.today()))
        self.nickname = QLineEdit(row.nickname, objectName="correctionNickname")
        self.nickname.setMaxLength(account_ids.NICKNAME_MAX)
        self.code = QLineEdit(row.account_code, objectName="correctionAccountCode")
        self.values = QStackedWidget(objectName="correctionValue")
        for widget in (self.date, self.nickname, self.code):
            self.values.addWidget(widget)
        self.reason = QLineEdit(objectName="correctionReason")
        self.reason.setMaxLength(rules.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("例如：登记时把月份填错了"))
        self.error = QLabel(objectName="correctionError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("更正(&S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("correctionOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("账号"), QLabel(translated(row.label)))
        form.addRow(self.tr("更正内容(&F)"), self.field)
        form.addRow(self.tr("改为(&V)"), self.values)
        form.addRow(self.tr("原因(&R)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        for signal in (self.date.dateChanged, self.nickname.textChanged, self.code.textChanged, self.reason.textChanged):
            signal.connect(self.validate)
        if not corrections.binding_date_decision(ctx, row.id).allowed:
            self.field.setCurrentIndex(1)
        self._field_changed()

    def what(self) -> str:
        return self.field.currentData()

    def value(self):
        if self.what() == DATE:
            return self.date.date().toPython()
        return (self.nickname if self.what() == NICKNAME else self.code).text().strip()

    def _field_changed(self) -> None:
        self.values.setCurrentIndex(self.field.currentIndex())
        self.validate()

    def problem(self) -> str | None:
        what, value = self.what(), self.value()
        if what == DATE:
            decision = corrections.binding_date_decision(self.ctx, self.row.id, value)
            if not decision.allowed:
                return decision_text(decision)
        elif what == NICKNAME:
            if value == self.row.nickname:
                return self.tr("新昵称与原来的相同")
            err = account_ids.nickname_error(value)
            if err:
                return translated(err)
        else:
            if value == self.row.account_code:
                return self.tr("新账号 ID 与原来的相同")
            err = account_ids.account_code_error(value)
            if err:
                return translated(err)
        err = rules.reason_error(self.reason.text())
        return translated(err) if err else None

    def validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        writable.enable(self.ok, self.ctx, problem is None, self.validate)

    def request(self) -> tuple[str, object, str]:
        return self.what(), self.value(), self.reason.text().strip()


class VoidDialog(QDialog):
    """作废: the confirmation says it changes only the app's record, not the platform."""

    def __init__(self, row, parent=None, ctx=None) -> None:
        super().__init__(parent)
        # The session decides whether the data can be written (the panel that opens the dialog has it).
        self.ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("作废绑定记录"))
        text = QLabel(self.tr(
            "<p>作废 <b>{account}</b> 的这条绑定记录？</p>"
            "<p>只有当这次绑定<b>在抖店平台上从未发生</b>（例如误点、记错了店铺）时才作废。</p>"
            "<p><b>作废只更改小店管家里的记录，不会、也不能更改抖店平台上的任何绑定。</b>"
            "平台上真实存在的官方账号绑定仍然不能解绑；真实的渠道号请满 180 天后在平台上解绑。</p>"
            "<p>作废后这条记录仍会显示（已作废），原因记入操作记录。</p>").format(account=translated(row.label)),
            objectName="voidExplanation")
        text.setWordWrap(True)
        self.reason = QLineEdit(objectName="voidReason")
        self.reason.setMaxLength(rules.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("例如：误点了确认，平台上并没有绑定"))
        self.error = QLabel(objectName="voidError")
        self.error.setStyleSheet(colors.text_style("error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("作废这条记录(&V)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("voidOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("原因(&R)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self.validate)
        self.validate()
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def validate(self) -> None:
        err = rules.reason_error(self.reason.text())
        self.error.setText(translated(err) if err and self.reason.text() else "")
        writable.enable(self.ok, self.ctx, err is None, self.validate)
