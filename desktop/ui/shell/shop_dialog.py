"""Create or edit a shop: validated as the user types (shops)."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.domain import shops as rules
from desktop.services import shops
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common import colors
from desktop.ui.common.buttons import ok_cancel
from desktop.ui.common.texts import translated


class ShopDialog(QDialog):
    def __init__(self, ctx, shop: shops.ShopRow | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop = shop
        self.result_changes: frozenset = frozenset()
        self.shop_id: int | None = shop.id if shop else None
        self.setObjectName("shopDialog")
        self.setWindowTitle(self.tr("修改店铺") if shop else self.tr("新建店铺"))
        self.setMinimumWidth(420)

        self.name = QLineEdit(objectName="shopNameEdit")
        self.name.setMaxLength(rules.NAME_MAX)
        self.name.setPlaceholderText(self.tr("例如：小林家居旗舰店"))
        self.platform_id = QLineEdit(objectName="shopPlatformIdEdit")
        self.platform_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,20}"), self))
        self.platform_id.setPlaceholderText(self.tr("抖店后台显示的店铺 ID，只含数字"))
        self.certified = QCheckBox(self.tr("已企业认证（官方账号审核费免除）"), objectName="shopCertifiedCheck")
        self.notes = QPlainTextEdit(objectName="shopNotesEdit")
        self.notes.setFixedHeight(70)
        self.error = QLabel(objectName="shopDialogError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("店铺名称(&N)"), self.name)
        form.addRow(self.tr("平台店铺 ID(&I)"), self.platform_id)
        form.addRow("", self.certified)
        form.addRow(self.tr("备注"), self.notes)
        for label_text, widget in ((self.tr("店铺名称(&N)"), self.name), (self.tr("平台店铺 ID(&I)"), self.platform_id)):
            form.labelForField(widget).setBuddy(widget)

        self.buttons, self.ok = ok_cancel(self, self.tr("保存"), self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if shop:
            self.name.setText(shop.name)
            self.platform_id.setText(shop.platform_shop_id)
            self.certified.setChecked(shop.enterprise_certified)
            self.notes.setPlainText(shop.notes)
        self.name.textChanged.connect(self.validate)
        self.platform_id.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        err = rules.name_error(self.name.text()) or rules.platform_shop_id_error(self.platform_id.text())
        touched = self.name.text() or self.platform_id.text()
        self.error.setText(translated(err) if (err and touched) else "")
        writable.enable(self.ok, self.ctx, err is None, self.validate)
        return err is None

    def save(self) -> None:
        if not self.validate():
            return
        args = (self.name.text(), self.platform_id.text(), self.certified.isChecked(), self.notes.toPlainText())
        if self.shop:
            op = Op(self, self.ctx, shops.update_shop, self.shop.id, *args)
        else:
            op = Op(self, self.ctx, shops.create_shop, *args)
        result = op.show_errors_in(self.error).run()  # announced to the window that opened the dialog
        if not result:
            return
        self.shop_id = result.value if result.value is not None else self.shop_id
        self.result_changes = result.changes
        self.accept()
