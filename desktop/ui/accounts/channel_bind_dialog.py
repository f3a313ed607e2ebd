"""新增渠道号 / 登记已有渠道号 (R-CH-1..6), checked as the user types.

The login and the verification code happen on the platform (R-CH-3); this
dialog asks only for the channel, account ID, nickname and, when recording an
existing binding, its real date (never in the future, R-CH-5).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain import account_ids
from desktop.domain import accounts as rules
from desktop.services import channels
from desktop.ui.common.decisions import decision_text
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common import colors
from desktop.ui.common.buttons import ok_cancel
from desktop.ui.common.texts import translated

START, RECORD = "start", "record"


class ChannelBindDialog(QDialog):
    def __init__(self, ctx, shop_id: int, mode: str = START, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id = shop_id
        self.mode = mode
        self.binding_id: int | None = None
        self.result_changes: frozenset = frozenset()
        self.setObjectName("channelBindDialog")
        self.setWindowTitle(self.tr("新增绑定渠道号") if mode == START else self.tr("登记已有渠道号"))

        if mode == START:
            text = self.tr(
                "<b>在抖店后台：</b>营销中心 → 直播卖货 → 账号管理 → <b>新增绑定账号</b>，选择渠道，"
                "登录该账号并输入平台发送的验证码。<br>本应用<b>不保存密码或验证码</b>，只记录绑定了哪个账号、何时绑定。"
                "<br>平台上绑定成功后，在列表中点 <b>绑定完成</b>。"
            )
        else:
            text = self.tr(
                "登记在平台上<b>早已完成</b>的绑定，请填写真实的绑定日期（不能晚于今天），"
                "这样 180 天的解绑期限才计算正确。"
            )
        intro = QLabel(text, objectName="channelBindIntro")
        intro.setWordWrap(True)

        self.channel = QComboBox(objectName="channelChannelCombo")
        for code, name in rules.CHANNELS.items():
            self.channel.addItem(self.tr(name), code)
        self.code = QLineEdit(objectName="channelAccountEdit")
        self.code.setPlaceholderText(self.tr("平台上的账号 ID，例如：xiaolin_live"))
        self.code.setMaxLength(32)
        self.nickname = QLineEdit(objectName="channelNicknameEdit")
        self.nickname.setMaxLength(account_ids.NICKNAME_MAX)
        self.bound_on = QDateEdit(objectName="channelBoundOnEdit", calendarPopup=True)
        self.bound_on.setDisplayFormat("yyyy-MM-dd")
        self.bound_on.setDate(QDate(ctx.today()))
        form = QFormLayout()
        rows = [(self.tr("渠道(&H)"), self.channel), (self.tr("账号 ID(&I)"), self.code), (self.tr("昵称(&N)"), self.nickname)]
        if mode == RECORD:
            rows.append((self.tr("绑定日期(&D)"), self.bound_on))
        else:
            self.bound_on.hide()
        for label_text, w in rows:
            label = QLabel(label_text)
            label.setBuddy(w)
            form.addRow(label, w)
        self.error = QLabel(objectName="channelBindError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)

        self.buttons, self.ok = ok_cancel(self, self.tr("开始绑定") if mode == START else self.tr("登记"), self.save,
                                          ok_name="channelBindOkButton")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.channel.currentIndexChanged.connect(self.validate)
        self.code.textChanged.connect(self.validate)
        self.nickname.textChanged.connect(self.validate)
        self.bound_on.dateChanged.connect(self.validate)
        self.validate()

    def date_value(self) -> date:
        return self.bound_on.date().toPython()

    def validate(self) -> bool:
        code = self.code.text()
        err = account_ids.account_code_error(code) or account_ids.nickname_error(self.nickname.text())
        msg = translated(err) if err and code else ""
        decision = None
        if self.mode == RECORD:
            decision = rules.recorded_date_decision(self.date_value(), self.ctx.today())
        if (decision is None or decision.allowed) and not err:
            check = Op(self, self.ctx, channels.channel_account_decision, self.shop_id, self.channel.currentData(),
                       code).quiet().run()  # shown in the dialog, not in a box on every keystroke
            decision = check.value
            if not check:
                err, msg = "error", check.message
        if decision is not None and not decision.allowed:
            err, msg = decision.rule, decision_text(decision)
        self.error.setText(msg)
        writable.enable(self.ok, self.ctx, err is None, self.validate)
        return err is None

    def save(self) -> None:
        if not self.validate():
            return
        args = (self.shop_id, self.channel.currentData(), self.code.text(), self.nickname.text())
        if self.mode == RECORD:
            op = Op(self, self.ctx, channels.record_existing_channel, *args, self.date_value())
        else:
            op = Op(self, self.ctx, channels.start_channel_binding, *args)
        result = op.show_errors_in(self.error).run()  # announced to the panel that opened the dialog
        if not result:
            return
        self.binding_id = result.value
        self.result_changes = result.changes
        self.accept()
