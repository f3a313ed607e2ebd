"""Recording the platform's review outcome (R-P-STATE), with reasons per field for a rejection."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
)

from desktop.domain import product_states as st
from desktop.services import products as svc
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common import colors

FIELDS = ("标题", "推荐语", "类目", "类目属性", "主图", "规格与价格", "重量", "其他")


class ReviewDialog(QDialog):
    def __init__(self, ctx, product_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("productReviewDialog")
        self.ctx, self.product_id, self.outcome = ctx, product_id, None
        detail = svc.get_product(ctx, product_id)
        self.setWindowTitle(self.tr("记录审核结果"))
        self.resize(620, 420)

        self.group = QButtonGroup(self)
        radios = QVBoxLayout()
        for i, (code, label) in enumerate(st.OUTCOME_LABELS.items()):
            radio = QRadioButton(self.tr(label) + f"(&{i + 1})", objectName=f"reviewOutcome_{code}")
            radio.setProperty("outcome", code)
            self.group.addButton(radio, i)
            radios.addWidget(radio)
        self.group.buttons()[0].setChecked(True)

        self.reasons = QTableWidget(0, 2, objectName="reviewReasonsTable")
        self.reasons.setHorizontalHeaderLabels([self.tr("字段"), self.tr("未通过原因")])
        self.reasons.horizontalHeader().setStretchLastSection(True)
        self.reasons.setColumnWidth(0, 140)
        self.add_reason = QPushButton(self.tr("添加原因(&A)"), objectName="reviewAddReasonButton")
        self.remove_reason = QPushButton(self.tr("删除原因"), objectName="reviewRemoveReasonButton")
        self.add_reason.clicked.connect(lambda: self.add_reason_row())
        self.remove_reason.clicked.connect(lambda: self.reasons.removeRow(self.reasons.currentRow()))
        self.hint = QLabel(objectName="reviewHint")
        self.hint.setStyleSheet(colors.text_style("error"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("reviewButtons")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("reviewOkButton")
        self.ok.setText(self.tr("记录(&S)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("reviewCancelButton")
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept_outcome)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>{title}</b>　当前状态：{state}").format(
            title=detail.draft.title or self.tr("（未填写标题）"), state=self.tr(detail.state_label))))
        layout.addWidget(QLabel(self.tr("平台给出的审核结果：")))
        layout.addLayout(radios)
        layout.addWidget(QLabel(self.tr("未通过时，每个有问题的字段写一条原因：")))
        layout.addWidget(self.reasons)
        row = QHBoxLayout()
        row.addWidget(self.add_reason)
        row.addWidget(self.remove_reason)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.group.idToggled.connect(lambda *_: self.validate())
        self.validate()

    def chosen(self) -> str:
        return self.group.checkedButton().property("outcome")

    def add_reason_row(self, field: str = "标题", reason: str = "") -> None:
        r = self.reasons.rowCount()
        self.reasons.insertRow(r)
        combo = QComboBox(objectName=f"reviewReasonField{r}")
        combo.setEditable(True)
        combo.addItems([self.tr(f) for f in FIELDS])
        combo.setCurrentText(field)
        text = QLineEdit(reason, objectName=f"reviewReasonText{r}")
        text.setPlaceholderText(self.tr("平台写的原因"))
        text.textChanged.connect(lambda *_: self.validate())
        self.reasons.setCellWidget(r, 0, combo)
        self.reasons.setCellWidget(r, 1, text)
        text.setFocus()
        self.validate()

    def reason_list(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.reasons.rowCount()):
            field = self.reasons.cellWidget(r, 0).currentText()
            reason = self.reasons.cellWidget(r, 1).text()
            if reason.strip():
                out.append((field, reason))
        return out

    def validate(self) -> bool:
        rejected = self.chosen() == st.OUTCOME_REJECTED
        for w in (self.reasons, self.add_reason, self.remove_reason):
            w.setEnabled(rejected)
        ok = not rejected or bool(self.reason_list())
        writable.enable(self.ok, self.ctx, ok, self.validate)
        self.hint.setText("" if ok else self.tr("审核未通过时请至少填写一条原因"))
        self.ok.setToolTip(self.hint.text())
        return ok

    def accept_outcome(self) -> None:
        if not self.validate():
            return
        reasons = self.reason_list() if self.chosen() == st.OUTCOME_REJECTED else []
        result = Op(self, self.ctx, svc.record_review, self.product_id, self.chosen(), reasons).run()
        if result:
            self.outcome = result  # announced to the page that opened the dialog
            self.accept()
