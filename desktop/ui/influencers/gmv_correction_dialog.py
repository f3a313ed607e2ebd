"""更正 a GMV entry (R-FIX-1): the new figures and why; the old ones stay in the record.

Unlike 修改, a correction says the figure was wrong when it was entered or imported, and the
reason goes with it into the history; R-SELF-1 is evaluated on the corrected figures.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.domain import corrections as rules
from desktop.domain.gmv_parsing import amounts_error
from desktop.domain.money import edit_text, parse_field
from desktop.services import corrections
from desktop.ui.common import colors
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common.texts import translated


class GmvCorrectionDialog(QDialog):
    def __init__(self, ctx, row, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.result_ok = False
        self.setObjectName("gmvCorrectionDialog")
        self.setWindowTitle(self.tr("更正达人 GMV"))
        intro = QLabel(self.tr("只更正本软件中记错的数字。原来的数字和原因会记入操作记录，自营条件按更正后的数字重新计算。"))
        intro.setWordWrap(True)
        self.shop = QLineEdit(edit_text(row.shop_gmv_fen), objectName="gmvCorrectionShop")
        self.total = QLineEdit(edit_text(row.total_gmv_fen), objectName="gmvCorrectionTotal")
        self.reason = QLineEdit(objectName="gmvCorrectionReason")
        self.reason.setMaxLength(rules.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("例如：本店 GMV 少录了一笔"))
        self.error = QLabel(objectName="gmvCorrectionError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("更正(&S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("gmvCorrectionOk")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("达人"), QLabel(f"{row.account_label}　{row.day}"))
        form.addRow(self.tr("本店 GMV(&S)"), self.shop)
        form.addRow(self.tr("总 GMV(&T)"), self.total)
        form.addRow(self.tr("原因(&R)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.shop, self.total, self.reason):
            edit.textChanged.connect(self.validate)
        self.validate()

    def figures(self) -> tuple[int | None, int | None, str | None]:
        shop, err = parse_field(self.shop.text())
        if err:
            return None, None, self.tr("本店 GMV：") + translated(err)
        total, err = parse_field(self.total.text())
        if err:
            return None, None, self.tr("总 GMV：") + translated(err)
        err = amounts_error(shop, total)
        if err is None and (shop, total) == (self.row.shop_gmv_fen, self.row.total_gmv_fen):
            err = "新数字与原来的相同"
        return shop, total, (translated(err) if err else None)

    def validate(self) -> None:
        _, _, problem = self.figures()
        reason_err = rules.reason_error(self.reason.text())
        problem = problem or (translated(reason_err) if reason_err else None)
        self.error.setText(problem or "")
        writable.enable(self.ok, self.ctx, problem is None, self.validate)

    def save(self) -> None:
        shop, total, problem = self.figures()
        if problem or shop is None or total is None:
            return
        result = Op(self, self.ctx, corrections.correct_gmv, self.row.id, shop, total,
                    self.reason.text().strip()).show_errors_in(self.error).run()
        if result.ok:
            self.result_ok = True
            self.accept()
