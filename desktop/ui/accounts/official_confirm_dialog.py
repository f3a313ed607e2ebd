"""确认绑定官方账号: warns the binding is permanent (R-OFF-4) and shows the fee (R-OFF-5)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QVBoxLayout

from desktop.domain import money
from desktop.ui.common import colors
from desktop.ui.common.buttons import ok_cancel


def fee_text(tr, fee_fen: int) -> str:
    if fee_fen == 0:
        return tr("审核费：<b>0 元</b>（企业认证店铺，免除）")
    return tr("审核费：<b>{yuan} 元</b>").format(yuan=money.format_fen(fee_fen, whole=True))


class OfficialConfirmDialog(QDialog):
    def __init__(self, account_label: str, fee_fen: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("officialConfirmDialog")
        self.setWindowTitle(self.tr("确认绑定官方账号"))
        account = QLabel(self.tr("要绑定为本店官方账号：<b>{account}</b>").format(account=account_label), objectName="officialConfirmAccount")
        warning = QLabel(
            "<p>" + colors.span("error", self.tr("<b>绑定是永久的：</b>确认后，官方账号不能解绑，也不能更换为其他账号。")) + "</p>",
            objectName="officialConfirmWarning",
        )
        warning.setWordWrap(True)
        fee = QLabel(fee_text(self.tr, fee_fen), objectName="officialConfirmFee")
        self.ack = QCheckBox(self.tr("我已了解：绑定后永久有效，不能解绑或更换(&U)"), objectName="officialConfirmAck")
        self.buttons, self.ok = ok_cancel(self, self.tr("确认绑定"), ok_name="officialConfirmOkButton",
                                          cancel_text=self.tr("暂不确认"))
        self.ok.setEnabled(False)
        self.ack.toggled.connect(self.ok.setEnabled)

        layout = QVBoxLayout(self)
        for w in (account, warning, fee, self.ack):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
