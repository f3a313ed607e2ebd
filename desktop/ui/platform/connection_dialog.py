"""平台连接: app_key, app_secret, shop_id (and the gateway) of a shop's self-use app, with 测试连接."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
)

from desktop.services import platform_connection as svc
from desktop.services import shops
from desktop.ui.common.buttons import close_box
from desktop.ui.common.forms import buddy_form, column, error_label, wrapped
from desktop.ui.common.runner import Op
from desktop.ui.platform.messages import platform_message


class PlatformConnectionDialog(QDialog):
    def __init__(self, ctx, shop_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.shop_id = ctx, shop_id
        self.result_changes: frozenset = frozenset()
        self.op = None
        self.setObjectName("platformConnectionDialog")
        self.setWindowTitle(self.tr("平台连接"))
        self.setMinimumWidth(520)
        info = Op(parent, ctx, svc.get_connection, shop_id).value_or(None)
        shop = shops.load_shop(shop_id)

        intro = wrapped(self.tr(
            "在抖店开放平台创建「自用型应用」并授权给本店后，把应用的 App Key、App Secret 和本店的店铺 ID 填在这里。"
            "App Secret 只保存在系统钥匙串中，不会写进数据文件。"))
        self.app_key = QLineEdit(info.app_key if info else "", objectName="platformAppKeyEdit")
        self.secret = QLineEdit(objectName="platformAppSecretEdit")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("已保存在系统钥匙串中（留空则不修改）") if info and info.has_secret
                                       else self.tr("应用的 App Secret"))
        self.platform_shop = QLineEdit(info.platform_shop_id if info else shop.platform_shop_id,
                                       objectName="platformShopIdEdit")
        self.gateway = QLineEdit(info.gateway if info else "", objectName="platformGatewayEdit")
        self.gateway.setPlaceholderText(self.tr("默认 https://openapi-fxg.jinritemai.com"))
        form = buddy_form(((self.tr("App Key(&K)"), self.app_key), (self.tr("App Secret(&E)"), self.secret),
                           (self.tr("店铺 ID(&I)"), self.platform_shop), (self.tr("网关地址(&G)"), self.gateway)))
        self.status = wrapped(name="platformConnectionStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if info:
            self.status.setText(self._status_text(info))
        self.error = error_label("platformConnectionError")

        self.save_button = QPushButton(self.tr("保存(&S)"), objectName="platformSaveButton")
        self.test_button = QPushButton(self.tr("测试连接(&T)"), objectName="platformTestButton")
        self.delete_button = QPushButton(self.tr("删除连接"), objectName="platformDeleteButton")
        self.delete_button.setEnabled(info is not None)
        buttons = close_box(self, self.save_button, self.test_button, self.delete_button)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.delete_button.clicked.connect(self.delete)

        column(self, intro, form, self.status, self.error, buttons)

    def _status_text(self, info) -> str:
        if info.tested_at:
            return self.tr("已连接：{name}（上次测试 {at}）\n网关：{gw}").format(
                name=info.shop_name or info.platform_shop_id, at=info.tested_at[:16].replace("T", " "),
                gw=info.effective_gateway)
        return self.tr("已保存，尚未测试连接。\n网关：{gw}").format(gw=info.effective_gateway)

    def save(self) -> bool:
        self.error.clear()
        result = Op(self, self.ctx, svc.save_connection, self.shop_id, self.app_key.text(), self.secret.text(),
                    self.platform_shop.text(), self.gateway.text()).quiet().run()
        if not result:
            self.error.setText(platform_message(result.error, result.message))
            return False
        self.secret.clear()
        self.result_changes |= result.changes
        info = Op(self, self.ctx, svc.get_connection, self.shop_id).value_or(None)
        self.status.setText(self._status_text(info))
        self.secret.setPlaceholderText(self.tr("已保存在系统钥匙串中（留空则不修改）"))
        self.delete_button.setEnabled(True)
        return True

    def test(self) -> None:
        """测试连接 on a worker thread: the window never waits on the network."""
        if not self.save():
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("正在连接抖店开放平台…"))
        self.op = Op(self, self.ctx, svc.check_connection, self.shop_id).quiet()
        self.op.start(self.tr("正在测试连接…"), self._tested, object_name="platformSyncProgress")

    def _tested(self, result) -> None:
        self.test_button.setEnabled(True)
        self.result_changes |= result.changes | {svc.PLATFORM}
        if result:
            self.status.setText(self.tr("连接成功：{name}").format(name=result.value or self.platform_shop.text()))
        else:
            self.status.setText(platform_message(result.error, result.message))

    def delete(self) -> None:
        result = Op(self, self.ctx, svc.delete_connection, self.shop_id).show_errors_in(self.error).run()
        if result:
            self.result_changes |= result.changes
            self.app_key.clear()
            self.secret.setPlaceholderText(self.tr("应用的 App Secret"))
            self.status.setText(self.tr("连接已删除，钥匙串中的令牌已清除。"))
            self.delete_button.setEnabled(False)

    def done(self, code: int) -> None:
        if self.op is not None:
            self.op.wait()  # a test still running finishes before the dialog goes
        super().done(code)
