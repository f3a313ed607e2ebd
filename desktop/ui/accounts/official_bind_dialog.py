"""开始绑定官方账号: the platform steps, a QR code placeholder, and the account (R-OFF-1..3).

The real QR code is shown by the platform (店铺设置 → 店铺官方账号 → 立即绑定);
the app records which account is being bound, checked as the user types.
"""
from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain import account_ids
from desktop.services import official
from desktop.ui.common.decisions import decision_text
from desktop.ui.common import writable
from desktop.ui.common.runner import Op
from desktop.ui.common import colors
from desktop.ui.common.buttons import ok_cancel
from desktop.ui.common.texts import translated


def qr_placeholder(size: int = 168) -> QPixmap:
    """A QR-like picture (not a real code): finder squares and a fixed pattern."""
    cells = 21
    unit = size // (cells + 2)
    pix = QPixmap(unit * (cells + 2), unit * (cells + 2))
    pix.fill(Qt.GlobalColor.white)
    p = QPainter(pix)
    rng = random.Random(21)
    dark = QColor("#222222")
    finders = [(0, 0), (cells - 7, 0), (0, cells - 7)]

    def in_finder(x, y):
        return any(fx <= x < fx + 8 and fy <= y < fy + 8 for fx, fy in finders)

    for y in range(cells):
        for x in range(cells):
            if not in_finder(x, y) and rng.random() < 0.45:
                p.fillRect((x + 1) * unit, (y + 1) * unit, unit, unit, dark)
    for fx, fy in finders:
        for inset, color in ((0, dark), (1, Qt.GlobalColor.white), (2, dark)):
            n = 7 - 2 * inset
            p.fillRect((fx + 1 + inset) * unit, (fy + 1 + inset) * unit, n * unit, n * unit, color)
    p.end()
    return pix


class OfficialBindDialog(QDialog):
    def __init__(self, ctx, shop_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id = shop_id
        self.binding_id: int | None = None
        self.result_changes: frozenset = frozenset()
        self.setObjectName("officialBindDialog")
        self.setWindowTitle(self.tr("绑定店铺官方账号"))

        qr = QLabel(objectName="officialQrPlaceholder")
        qr.setPixmap(qr_placeholder())
        qr.setToolTip(self.tr("示意图：真实二维码显示在抖店后台"))
        qr_caption = QLabel(self.tr("示意二维码（请在抖店后台扫码）"))
        qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QVBoxLayout()
        left.addWidget(qr, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(qr_caption)
        left.addStretch()

        steps = QLabel(
            self.tr(
                "<b>在抖店后台完成绑定：</b><ol>"
                "<li>打开 <b>店铺设置 → 店铺官方账号 → 立即绑定</b>，页面显示二维码；</li>"
                "<li>用要绑定的抖音账号扫码，在抖音里点 <b>接受绑定</b>；</li>"
                "<li>回到这里点 <b>记录已接受</b>，再点 <b>确认绑定</b>（确认后永久有效）。</li></ol>"
                "<p>只有抖音账号可以作为官方账号；一个店铺只有一个官方账号，一个账号也只能做一个店铺的官方账号。</p>"
            ),
            objectName="officialBindSteps",
        )
        steps.setWordWrap(True)

        self.platform = QComboBox(objectName="officialPlatformCombo")
        for code, name in account_ids.PLATFORMS.items():
            self.platform.addItem(self.tr(name), code)
        self.code = QLineEdit(objectName="officialAccountEdit")
        self.code.setPlaceholderText(self.tr("例如：xiaolin_jiaju"))
        self.code.setMaxLength(32)
        self.nickname = QLineEdit(objectName="officialNicknameEdit")
        self.nickname.setMaxLength(account_ids.NICKNAME_MAX)
        form = QFormLayout()
        for text, w in ((self.tr("平台(&P)"), self.platform), (self.tr("抖音号(&D)"), self.code), (self.tr("昵称(&N)"), self.nickname)):
            label = QLabel(text)
            label.setBuddy(w)
            form.addRow(label, w)
        self.error = QLabel(objectName="officialBindError")
        self.error.setStyleSheet(colors.text_style("error"))
        self.error.setWordWrap(True)

        self.buttons, self.ok = ok_cancel(self, self.tr("开始绑定"), self.save, ok_name="officialBindOkButton",
                                          cancel_text=self.tr("关闭"))

        right = QVBoxLayout()
        right.addWidget(steps)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch()
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

        self.platform.currentIndexChanged.connect(self.validate)
        self.code.textChanged.connect(self.validate)
        self.nickname.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        code = self.code.text()
        err = account_ids.account_code_error(code) or account_ids.nickname_error(self.nickname.text())
        msg = translated(err) if err and code else ""
        if not err:
            check = Op(self, self.ctx, official.official_start_decision, self.shop_id, self.platform.currentData(),
                       code).quiet().run()  # shown in the dialog, not in a box on every keystroke
            decision = check.value
            if not check:
                msg = check.message
            if decision is not None and not decision.allowed:
                err, msg = decision.rule, decision_text(decision)
        self.error.setText(msg)
        writable.enable(self.ok, self.ctx, err is None and not msg, self.validate)
        return self.ok.isEnabled()

    def save(self) -> None:
        if not self.validate():
            return
        result = Op(self, self.ctx, official.start_official_binding, self.shop_id, self.code.text(),
                    self.nickname.text(), platform=self.platform.currentData()).show_errors_in(self.error).run()
        if not result:
            return
        self.binding_id = result.value
        self.result_changes = result.changes
        self.accept()
