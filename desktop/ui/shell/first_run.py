"""Shown instead of the pages while the database has no shop yet."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunPage(QWidget):
    create_shop = Signal()
    load_demo = Signal()

    def __init__(self, parent=None, demo_available: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        title = QLabel(self.tr("<h1>欢迎使用小店管家</h1>"))
        body = QLabel(
            self.tr(
                "小店管家帮你在自己的电脑上记录每个抖店绑定的账号（官方账号、渠道号、自营账号），"
                "在提交审核前按平台规则检查商品。数据只保存在本机，不需要服务器。"
            )
        )
        hint = QLabel(self.tr("先新建你的第一个店铺；也可以先打开示例数据看看（示例数据单独存放，不会混入你的数据）。"))
        for label in (body, hint):
            label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("新建店铺(&N)…"), objectName="firstRunCreateShop")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("打开示例数据(&D)"), objectName="firstRunLoadDemo")
        self.demo_button.setVisible(demo_available)
        self.create_button.clicked.connect(self.create_shop)
        self.demo_button.clicked.connect(self.load_demo)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        # A fixed-width column, centred: word-wrapped labels need a definite width
        # to compute their height (an alignment flag in the layout would squash them).
        column = QWidget()
        column.setFixedWidth(580)
        inner = QVBoxLayout(column)
        # By the property's key name, not Qt.AlignmentFlag: this page can be the first
        # one shown, and the Qt namespace costs start-up time (see ui/shell/frame.py).
        # (A style sheet did the same for ~25 ms: it gives the page a style-sheet style.)
        title.setProperty("alignment", "AlignHCenter")
        for w in (title, body, hint):
            inner.addWidget(w)
        inner.addSpacing(16)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(column)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addLayout(row)
        layout.addStretch(2)
