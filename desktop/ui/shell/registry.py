"""Which pages the navigation lists, in order. Pages are imported on first open
so start-up stays fast."""
from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class PageSpec(NamedTuple):  # not a dataclass: importing dataclasses costs start-up time
    key: str
    object_name: str
    label: Callable[[], str]
    factory: Callable  # (ctx, parent) -> Page


def _overview(ctx, parent):
    from desktop.ui.overview.page import OverviewPage

    return OverviewPage(ctx, parent)


def _accounts(ctx, parent):
    from desktop.ui.accounts.page import AccountsPage
    from desktop.ui.influencers import openers

    # The self-operated panel opens the GMV dialogs; the shell hands them over so features stay apart.
    return AccountsPage(ctx, parent, gmv=openers)


def _products(ctx, parent):
    from desktop.ui.products.page import ProductsPage

    return ProductsPage(ctx, parent)


def _influencers(ctx, parent):
    from desktop.ui.influencers.page import InfluencersPage

    return InfluencersPage(ctx, parent)


def _history(ctx, parent):
    from desktop.ui.history.page import HistoryPage

    return HistoryPage(ctx, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "overviewPage", lambda: tr("概览"), _overview),
    PageSpec("accounts", "accountsPage", lambda: tr("账号"), _accounts),
    PageSpec("products", "productsPage", lambda: tr("商品"), _products),
    PageSpec("influencers", "influencersPage", lambda: tr("达人数据"), _influencers),
    PageSpec("history", "historyPage", lambda: tr("操作记录"), _history),
)
