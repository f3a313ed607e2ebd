"""Who cancels a pending official binding (R-OFF-3: either side may)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("officialCancel", text)


def ask_cancel_side(parent, account_label: str) -> str | None:
    """'merchant', 'account', or None if the user changed their mind."""
    box = QMessageBox(parent)
    box.setObjectName("officialCancelDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("取消官方账号绑定"))
    box.setText(tr("取消与 {account} 正在进行的绑定？").format(account=account_label))
    box.setInformativeText(tr("商家可以在抖店后台取消，账号方也可以在抖音里拒绝。请选择是哪一方取消的。"))
    merchant = box.addButton(tr("商家取消(&M)"), QMessageBox.ButtonRole.AcceptRole)
    merchant.setObjectName("officialCancelByMerchant")
    account = box.addButton(tr("账号方拒绝或取消(&A)"), QMessageBox.ButtonRole.AcceptRole)
    account.setObjectName("officialCancelByAccount")
    back = box.addButton(tr("返回"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is merchant:
        return "merchant"
    if clicked is account:
        return "account"
    return None
