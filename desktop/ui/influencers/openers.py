"""The GMV dialogs as two calls. Another feature gets this module from the shell (features never import
each other), e.g. the self-operated panel's 录入 GMV and 导入 GMV."""
from __future__ import annotations


def enter_gmv(ctx, shop_id: int, parent, account=None) -> frozenset:
    """Open the entry dialog (for ``account`` when given); the change set of a saved entry, else empty."""
    from desktop.ui.influencers.gmv_entry_dialog import GmvEntryDialog

    dlg = GmvEntryDialog(ctx, shop_id, parent, account=account)
    if dlg.exec():
        return dlg.result_changes or frozenset()
    return frozenset()


def import_gmv(ctx, shop_id: int, parent) -> frozenset:
    """Ask for a file and run the import dialog; the change set of a finished import, else empty."""
    from desktop.ui.influencers.gmv_import_dialog import choose_and_import

    return choose_and_import(ctx, shop_id, parent)
