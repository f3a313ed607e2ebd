"""In-app help (issue 10): the table of contents of 规则说明 navigates, a "规则 R-CH-4" link opens the
help scrolled to that rule, the link is readable on every palette, and the rule ID's brackets follow
the language."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QColor

from desktop.domain.decisions import deny
from desktop.ui.common import colors, theme
from desktop.ui.common.decisions import decision_text
from desktop.ui.shell import help as help_window


def _top_block_text(window) -> str:
    viewer = window.browser
    return viewer.cursorForPosition(QPoint(4, 4)).block().text()


def _help(qtbot):
    window = help_window.HelpWindow()
    qtbot.addWidget(window)
    window.resize(760, 600)
    return window


def test_rules_table_of_contents_links_scroll_to_their_section(qtbot):
    window = _help(qtbot)
    window.show_rules()
    qtbot.waitExposed(window)
    assert window.browser.verticalScrollBar().value() == 0
    window.browser.anchorClicked.emit(QUrl("#channel"))
    assert window.browser.verticalScrollBar().value() > 0
    assert _top_block_text(window).startswith("渠道号")
    window.browser.anchorClicked.emit(QUrl("#self"))
    assert _top_block_text(window).startswith("自营账号")
    # An in-text reference to a rule ("[R-CH-4](#R-CH-4)") navigates too.
    window.browser.anchorClicked.emit(QUrl("#R-SELF-1"))
    assert _top_block_text(window).startswith("R-SELF-1")


def test_every_heading_anchor_of_the_rules_document_is_found(qtbot):
    window = _help(qtbot)
    window.show_rules()
    for name in help_window.heading_anchors().values():
        assert window.go_to_anchor(name), name


def test_rule_link_opens_help_scrolled_to_that_rule(qtbot):
    """R-CH-4: the status bar's "规则 R-CH-4" link shows that rule at the top of the help."""
    window = _help(qtbot)
    window._follow(QUrl("rule:R-CH-4"))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: _top_block_text(window).startswith("R-CH-4"), timeout=2000)
    assert window.topic == "rules"


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_rule_link_colour_is_readable_on_light_dark_and_high_contrast(qapp):
    from PySide6.QtGui import QPalette

    high_contrast = QPalette(QColor("#ffffff"), QColor("#000000"))  # white on black, as Windows gives
    high_contrast.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    palettes = [qapp.style().standardPalette(), theme.dark_palette(), high_contrast]
    for palette in palettes:
        link = help_window.rule_link("R-CH-4", palette)
        assert f"color:{colors.hex_color('info', palette)}" in link
        fg = colors.color("info", palette)
        bg = palette.color(palette.ColorRole.Window)
        assert _contrast(fg, bg) >= 4.5, (fg.name(), bg.name())


def test_rule_brackets_follow_the_language(qapp):
    """R-CH-4's reason ends in "（R-CH-4）" in Chinese and " (R-CH-4)" in English: one place renders it."""
    from desktop.ui.common import language

    decision = deny("R-CH-4", "绑定满180天后可解绑：{date} 起，还需 {days} 天", date="2026-12-01", days=3)
    assert decision_text(decision).endswith("（R-CH-4）")
    installed = language.install(qapp, language.ENGLISH)
    try:
        text = decision_text(decision)
        assert text.endswith(" (R-CH-4)") and "（" not in text, text
    finally:
        language.install(qapp, language.CHINESE)
    assert installed == language.ENGLISH
