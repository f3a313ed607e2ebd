"""录入 GMV: one influencer account's figures for one day, checked as the user types."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.messages import text
from desktop.domain import account_ids, gmv_parsing, money
from desktop.services import gmv
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common import colors
from desktop.ui.common.buttons import ok_cancel
from desktop.ui.common.texts import translated


class GmvEntryDialog(QDialog):
    def __init__(self, ctx, shop_id: int, parent=None, account=None, record=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id = shop_id
        self.result_changes: frozenset = frozenset()
        self.setObjectName("gmvEntryDialog")
        self.setWindowTitle(self.tr("录入达人 GMV"))
        self.setMinimumWidth(440)

        self.platform = QComboBox(objectName="gmvPlatformCombo")
        for code, name in account_ids.PLATFORMS.items():
            self.platform.addItem(self.tr(name), code)
        self.code = QLineEdit(objectName="gmvAccountCodeEdit")
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9_.\-]{0,32}"), self))
        self.code.setPlaceholderText(self.tr("达人的抖音号等账号 ID"))
        self.nickname = QLineEdit(objectName="gmvNicknameEdit")
        self.nickname.setMaxLength(account_ids.NICKNAME_MAX)
        self.day = QDateEdit(objectName="gmvDayEdit", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.shop_gmv = QLineEdit(objectName="gmvShopAmountEdit")
        self.shop_gmv.setPlaceholderText(self.tr("例如 1,234.50"))
        self.total_gmv = QLineEdit(objectName="gmvTotalAmountEdit")
        self.total_gmv.setPlaceholderText(self.tr("该达人当天全部带货 GMV，不小于本店 GMV"))
        self.error = QLabel(objectName="gmvEntryError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)

        form = QFormLayout()
        for text, w in ((self.tr("平台(&P)"), self.platform), (self.tr("账号 ID(&A)"), self.code),
                        (self.tr("昵称(&N)"), self.nickname), (self.tr("日期(&D)"), self.day),
                        (self.tr("本店 GMV（元）(&S)"), self.shop_gmv), (self.tr("总 GMV（元）(&T)"), self.total_gmv)):
            label = QLabel(text)
            label.setBuddy(w)
            form.addRow(label, w)

        self.buttons, self.ok = ok_cancel(self, self.tr("保存"), self.save, ok_name="gmvEntrySave")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        source = record or account
        if source is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(source.platform)))
            self.code.setText(source.account_code)
            self.nickname.setText(source.nickname)
        if record is not None:
            y, m, d = (int(x) for x in record.day.split("-"))
            self.day.setDate(QDate(y, m, d))
            self.shop_gmv.setText(money.format_fen(record.shop_gmv_fen))
            self.total_gmv.setText(money.format_fen(record.total_gmv_fen))

        for w in (self.code, self.nickname, self.shop_gmv, self.total_gmv):
            w.textChanged.connect(self.validate)
        self.day.dateChanged.connect(self.validate)
        self.validate()

    def _values(self):
        """(values, first problem). Blank untouched fields give a problem but no red text."""
        code = self.code.text().strip()
        err = account_ids.account_code_error(code) or account_ids.nickname_error(self.nickname.text())
        if err:
            return None, err
        day: date = self.day.date().toPython()
        err = gmv_parsing.day_error(day, self.ctx.today())
        if err:
            return None, err
        try:
            shop_fen = money.parse_fen(self.shop_gmv.text(), text("本店 GMV"))
            total_fen = money.parse_fen(self.total_gmv.text(), text("总 GMV"))
        except money.MoneyError as exc:
            return None, exc.args[0]
        err = gmv_parsing.amounts_error(shop_fen, total_fen)
        if err:
            return None, err
        return (self.platform.currentData(), code, self.nickname.text().strip(), day, shop_fen, total_fen), None

    def validate(self) -> bool:
        values, err = self._values()
        touched = any(w.text() for w in (self.code, self.shop_gmv, self.total_gmv))
        self.error.setText(translated(err) if (err and touched) else "")
        writable.enable(self.ok, self.ctx, values is not None, self.validate)
        return values is not None

    def save(self) -> None:
        values, err = self._values()
        if values is None:
            self.error.setText(translated(err))
            return
        result = Op(self, self.ctx, gmv.save_gmv, self.shop_id, *values).show_errors_in(self.error).run()
        if not result:
            return
        self.result_changes = result.changes
        self.accept()
