"""操作记录 in English (issue 10, R-LOG-1): rows that kept their making (m0015) show in the user's
language; the Chinese stays exactly as written, and older rows show as written."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.decisions import deny
from desktop.services import history
from desktop.ui.common import language
from desktop.ui.history.page import DETAIL_COLUMN, HistoryPage

UNBIND = "绑定满180天后可解绑：{date} 起，还需 {days} 天"


def details(qtbot, qtmodeltester, ctx, shop_id) -> list[str]:
    page = HistoryPage(ctx)
    qtbot.addWidget(page)
    page.set_shop(shop_id)
    qtmodeltester.check(page.model)
    return [page.model.index(r, DETAIL_COLUMN).data(Qt.ItemDataRole.DisplayRole) for r in range(page.model.rowCount())]


def test_r_log_1_a_refusal_reads_in_english(qapp, qtbot, qtmodeltester, ctx, shop_id):
    history.refuse(ctx, deny("R-CH-4", UNBIND, date=date(2026, 12, 10), days=10), "channel.unbind", shop_id=shop_id)
    with ctx.db.atomic("IMMEDIATE"):
        history.record(ctx, "shop.rename", shop_id=shop_id, detail="老备注：手写的中文")  # user data: as written
    chinese = details(qtbot, qtmodeltester, ctx, shop_id)
    assert "绑定满180天后可解绑：2026-12-10 起，还需 10 天（R-CH-4）" in chinese  # as before m0015
    try:
        language.install(qapp, language.ENGLISH)
        english = details(qtbot, qtmodeltester, ctx, shop_id)
    finally:
        language.install(qapp, language.CHINESE)
    assert "Can be unbound 180 days after binding: from 2026-12-10, 10 days to go (R-CH-4)" in english
    assert "老备注：手写的中文" in english
