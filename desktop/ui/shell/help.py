"""帮助: 规则说明 (docs/rules.md), 快速上手, 快捷键 — one window with a browser.

A rule ID anywhere in the UI (the status bar's "规则 R-CH-4" link) opens
this window at that rule.
"""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import paths

RULE_ID = re.compile(r"R-[A-Z]+(?:-[A-Z0-9]+)*")
RULE_SCHEME = "rule"


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def rule_link(rule: str, palette: QPalette | None = None) -> str:
    """The small link after a reason: 规则 R-CH-4 (opens the help at that rule). Its colour is the
    palette-aware "info" role, readable on light, dark and high-contrast windows alike."""
    from desktop.ui.common import colors

    style = f"color:{colors.hex_color('info', palette)}"
    label = tr("规则 {rule}").format(rule=rule)  # outside the f-string, where lupdate can find it
    return f"<a style='{style}' href='{RULE_SCHEME}:{html.escape(rule)}'>{html.escape(label)}</a>"


def split_reason(text: str) -> tuple[str, list[str]]:
    """A reason without its rule IDs (plain words first) and the IDs it named."""
    rules = list(dict.fromkeys(RULE_ID.findall(text)))
    plain = RULE_ID.sub("", text)
    plain = re.sub(r"[（(]\s*[、,，]?\s*[)）]", "", plain)  # the brackets that held only IDs
    return plain.strip(), rules


_ANCHOR = re.compile(r'<a\s+id="[^"]*">(.*?)</a>')
_HEADING_ANCHOR = re.compile(r'^#+\s*<a\s+id="([^"]+)">(.*?)</a>(.*)$', re.M)


def heading_anchors(markdown: str | None = None) -> dict[str, str]:
    """Heading text -> its anchor in docs/rules.md ('渠道号' -> 'channel', 'R-CH-4 …' -> 'R-CH-4')."""
    if markdown is None:
        try:
            markdown = paths.docs_path("rules.md").read_text(encoding="utf-8")
        except OSError:
            return {}
    return {(m.group(2) + m.group(3)).strip(): m.group(1) for m in _HEADING_ANCHOR.finditer(markdown)}


def rules_markdown() -> str:
    """docs/rules.md without its inline anchors (Qt's Markdown reader would then
    not see the headings); rules are found by their ID in the heading instead."""
    try:
        return _ANCHOR.sub(r"\1", paths.docs_path("rules.md").read_text(encoding="utf-8"))
    except OSError:
        return tr("# 规则说明\n\n找不到规则说明文件（docs/rules.md）。请重新安装小店管家。")


QUICK_START = (
    "<h2>快速上手</h2>"
    "<ol>"
    "<li><b>新建店铺</b>：第一次打开时点「新建店铺」，填写店铺名称和抖店的店铺 ID。有几家店就建几家，"
    "用窗口上方的店铺下拉框切换。</li>"
    "<li><b>账号</b>：登记官方账号、渠道号和自营账号。不能做的操作是灰色的，把鼠标停在上面、"
    "或选中那一行，状态栏会用大白话说明原因和还要等几天。</li>"
    "<li><b>商品</b>：新建商品，按「类目 → 基本信息 → 图片 → 规格与价格」填写；红字说明哪里不符合规则，"
    "全部改好才能提交审核。没填完可以先保存草稿。</li>"
    "<li><b>达人数据</b>：录入或导入达人的 GMV（CSV 或 Excel），用来判断谁符合自营账号的条件。</li>"
    "<li><b>操作记录</b>：每一次操作（包括被规则拒绝的）都记在这里，不能修改。</li>"
    "</ol>"
    "<p>不熟悉规则？菜单「帮助 → 规则说明」逐条解释；状态栏里的「规则 R-…」链接也会打开对应的条目。"
    "只想先看看？在第一次打开时选择「打开示例数据」。</p>"
)


def shortcuts_html(window: QWidget) -> str:
    """Every action of the window (and its built pages) that has a shortcut."""
    rows = {}
    for action in window.findChildren(QAction):
        key = action.shortcut()
        label = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        label = re.sub(r"\(\w\)$|（\w）$", "", label).rstrip("…").strip()
        if key.isEmpty() or not label:
            continue
        rows.setdefault(key.toString(QKeySequence.SequenceFormat.NativeText), label)
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in sorted(rows.items(), key=lambda kv: kv[1]))
    general = [(tr("Ctrl+Enter"), tr("在对话框中确认（例如保存草稿）")), (tr("Enter"), tr("打开选中行的默认操作")),
               (tr("Tab / Shift+Tab"), tr("在控件之间移动")), (tr("F1"), tr("规则说明"))]
    body += "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in general)
    title, key_head, action_head = (html.escape(t) for t in (tr("快捷键"), tr("按键"), tr("操作")))
    return (f"<h2>{title}</h2><table cellpadding='4'>"
            f"<tr><th align='left'>{key_head}</th><th align='left'>{action_head}</th></tr>{body}</table>")


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("帮助"))
        self.resize(760, 600)
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(tr("帮助内容"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.topic = ""

    def show_rules(self, rule: str | None = None) -> None:
        self.topic = "rules"
        self.setWindowTitle(tr("规则说明"))
        self.browser.setMarkdown(rules_markdown())
        self._name_headings(heading_anchors())
        self._present()
        if rule:
            self.go_to_rule(rule)
            # Once laid out, scroll again so the rule's heading sits at the top.
            QTimer.singleShot(0, lambda: self.go_to_rule(rule))

    def _name_headings(self, anchors: dict[str, str]) -> None:
        """Give each heading its anchor back (Qt's Markdown reader drops inline HTML), so the table of
        contents' "#channel" links and scrollToAnchor() find it."""
        block = self.browser.document().begin()
        while block.isValid():
            name = anchors.get(block.text().strip()) if block.blockFormat().headingLevel() else None
            if name:
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                fmt = QTextCharFormat()
                fmt.setAnchor(True)
                fmt.setAnchorNames([name])
                cursor.mergeCharFormat(fmt)
            block = block.next()

    def go_to_anchor(self, name: str) -> bool:
        """Scroll so the heading named ``name`` ('channel', 'R-CH-4') is at the top; True if found."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and any(
                    name in f.format.anchorNames() for f in block.textFormats()):
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                self.browser.setTextCursor(QTextCursor(block))
                return True
            block = block.next()
        return False

    def go_to_rule(self, rule: str) -> bool:
        """Scroll to the heading of ``rule``; True if found."""
        cursor = self.browser.document().find(rule, 0, QTextDocument.FindFlag.FindCaseSensitively)
        while not cursor.isNull() and not cursor.block().blockFormat().headingLevel():
            cursor = self.browser.document().find(rule, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            return False
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        top = self.browser.document().documentLayout().blockBoundingRect(cursor.block()).top()
        bar.setValue(int(top))
        return True

    def show_quick_start(self) -> None:
        self.topic = "quick_start"
        self.setWindowTitle(tr("快速上手"))
        self.browser.setHtml(QCoreApplication.translate("help", QUICK_START))
        self._present()

    def show_shortcuts(self, window: QWidget) -> None:
        self.topic = "shortcuts"
        self.setWindowTitle(tr("快捷键"))
        self.browser.setHtml(shortcuts_html(window))
        self._present()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == RULE_SCHEME:
            self.show_rules(url.path())
        elif url.hasFragment() and not url.scheme():
            if not self.go_to_anchor(url.fragment()):
                self.browser.scrollToAnchor(url.fragment())

    def _present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
