"""Screenshots of every page on the one table panel (issue 8): demo data, a selected row whose
action is disabled with its reason in the status bar, the 商品 page's 提交审核 disabled for an
invalid draft, and an empty table saying what to do first.

Run from the repository root: `python tests/screenshots/pages.py` (offscreen)."""

import shots

shots.prepare(force_offscreen=True, chdir=True)
ROOT = shots.ROOT

from PySide6.QtCore import QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])

from desktop.domain.products import ProductDraft  # noqa: E402
from desktop.services import shops  # noqa: E402
from desktop.services import products as psvc  # noqa: E402

OUT = shots.OUT


def shot(window, name: str) -> None:
    app.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print("saved", name)


def select(panel, wanted) -> None:
    for r in range(panel.proxy.rowCount()):
        row = panel.row_for(panel.proxy.index(r, 0))
        if row is not None and wanted(row):
            panel.table.selectionModel().setCurrentIndex(
                panel.proxy.index(r, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            panel.table.scrollTo(panel.proxy.index(r, 0))
            return


ctx, window = shots.demo_window(1180, 760)

accounts = window.show_page("accounts")
accounts.tabs.setCurrentWidget(accounts.official)
shot(window, "ui_accounts_official")
accounts.tabs.setCurrentWidget(accounts.channels)
select(accounts.channels, lambda row: not row.unbind.allowed and row.state == "bound")
shot(window, "ui_accounts_channel_reason")
accounts.tabs.setCurrentWidget(accounts.self_operated)
select(accounts.self_operated, lambda row: not row.mark.allowed)
shot(window, "ui_accounts_self_operated")

shop_id = window.switcher.current_id()
draft = psvc.save_draft(ctx, shop_id, ProductDraft(title="夏季短袖")).value
products = window.show_page("products")
products.reload()
products.select_ids([draft])
shot(window, "ui_products_submit_disabled")

shot_influencers = window.show_page("influencers")
shot(window, "ui_influencers")
history = window.show_page("history")
history.scope.setCurrentIndex(1)
shot(window, "ui_history")

# A new shop: every table says what to do first.
new_shop = shops.create_shop(ctx, "新开的小店", "20001", False).value
window.switcher.reload(new_shop)
accounts = window.show_page("accounts")
accounts.tabs.setCurrentWidget(accounts.channels)
shot(window, "ui_empty_channels")
window.show_page("influencers")
shot(window, "ui_empty_influencers")
