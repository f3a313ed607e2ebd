"""提交到抖店 (预演): the exact addV2/editV2 request, not sent — the image upload path is not confirmed."""
from __future__ import annotations

import json

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout

from desktop.ui.common.buttons import close_box


class PushDryRunDialog(QDialog):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("platformPushDialog")
        self.setWindowTitle(self.tr("提交到抖店（预演，未发送）"))
        self.resize(760, 560)
        notice = QLabel(self.tr(
            "只做预演，没有发送到抖店：图片需要先上传到抖店素材中心（material.uploadImageSync 只接受公网可访问的"
            "图片地址或另行上传得到的 file_uri），而公开资料无法确认 pic 是否接受素材中心以外的地址。"
            "下面是将要发送的完整请求（签名和令牌已隐去，图片为占位符）。"), objectName="platformPushNotice")
        notice.setWordWrap(True)
        text = QPlainTextEdit(objectName="platformPushRequest")
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("将要发送的请求（预演，未发送）"))
        text.setTabChangesFocus(True)  # Tab leaves the text for the 关闭 button
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        body = dict(plan.request)
        try:
            body["param_json"] = json.loads(body.pop("body"))
        except (KeyError, ValueError):
            pass
        text.setPlainText(f"POST {plan.method}\n" + json.dumps(body, ensure_ascii=False, indent=2))
        notes = QLabel("\n".join(plan.notes[1:]), objectName="platformPushNotes")
        notes.setWordWrap(True)
        buttons = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(text, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
