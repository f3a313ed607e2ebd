"""Screenshots for issue 14: the main window at 200 % scale and in a high-contrast palette, with the
keyboard focus on a table row (the focus must stay visible) and the 操作 menu's 为什么不能…？.

Run from the repository root: `python tests/screenshots/accessibility.py` (offscreen)."""
import os
import tempfile

import shots

os.environ["QT_SCALE_FACTOR"] = "2"
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())  # the user's remembered layout stays out
shots.prepare(force_offscreen=True, chdir=True)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])


def high_contrast() -> QPalette:
    """What Windows' 'High contrast black' gives Qt: white on black, yellow focus/selection."""
    p = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    for role, colour in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                         (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                         (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                         (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.Highlight, yellow),
                         (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.Link, cyan),
                         (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
                         (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#3ff23f"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#3ff23f"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#3ff23f"))
    return p


ctx, w = shots.demo_window(1100, 680)
page = w.show_page("accounts")
page.tabs.setCurrentIndex(1)
panel = page.channels
panel.table.setFocus(Qt.FocusReason.TabFocusReason)
panel.table.selectRow(0)
app.processEvents()
w.grab().save("docs/screenshots/a11y_scale200_accounts.png")
app.setPalette(high_contrast())
app.processEvents()
w.grab().save("docs/screenshots/a11y_high_contrast_accounts.png")
w.show_page("products")
products = w.page("products")
products.table.setFocus(Qt.FocusReason.TabFocusReason)
products.table.selectRow(0)
app.processEvents()
w.grab().save("docs/screenshots/a11y_high_contrast_products.png")
