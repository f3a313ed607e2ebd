"""操作记录 shows who did it (issue 12, R-LOG-1): 用户 and 电脑 columns from the history rows (m0010),
found by the filter box, translated headers, placed after 结果 and kept in the saved layout; hidden
while one person on one computer wrote everything, shown when more appear or in team mode."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import shops
from desktop.ui.history.page import COMPUTER_COLUMN, USER_COLUMN, HistoryPage, shows_who
from desktop.ui.shell import window_state


def headers(page) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def on_screen(page) -> list[str]:
    header = page.table.horizontalHeader()
    names = headers(page)
    return [names[header.logicalIndex(v)] for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def make_page(qtbot, ctx, shop_id) -> HistoryPage:
    page = HistoryPage(ctx)
    qtbot.addWidget(page)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    page.set_shop(shop_id)
    return page


def test_r_log_1_one_person_on_one_computer_needs_no_who_columns(qtbot, qtmodeltester, ctx, shop_id):
    shops.create_shop(ctx, "第二家店", "20002")
    page = make_page(qtbot, ctx, shop_id)
    qtmodeltester.check(page.model)
    assert headers(page)[USER_COLUMN] == "用户" and headers(page)[COMPUTER_COLUMN] == "电脑"
    assert page.table.isColumnHidden(USER_COLUMN) and page.table.isColumnHidden(COMPUTER_COLUMN)


def test_r_log_1_who_did_it_when_two_computers_wrote(qtbot, qtmodeltester, ctx, shop_id):
    ctx.user_name, ctx.computer_name = "owner", "shop-pc"
    shops.create_shop(ctx, "老板的店", "20002")
    ctx.user_name, ctx.computer_name = "xiaoli", "kefu-laptop"
    shops.create_shop(ctx, "客服建的店", "20003")
    page = make_page(qtbot, ctx, shop_id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert not page.table.isColumnHidden(USER_COLUMN) and not page.table.isColumnHidden(COMPUTER_COLUMN)
    # After 结果, before 规则 and 说明 (说明 stays the wide last column).
    assert on_screen(page) == ["时间", "店铺", "对象", "操作", "结果", "用户", "电脑", "规则", "说明"]
    by_subject = {page.model.row_at(r).subject: r for r in range(page.model.rowCount())}
    row = by_subject["客服建的店"]
    model = page.model
    assert model.data(model.index(row, USER_COLUMN)) == "xiaoli"
    assert model.data(model.index(row, COMPUTER_COLUMN)) == "kefu-laptop"
    assert model.data(model.index(by_subject["老板的店"], COMPUTER_COLUMN)) == "shop-pc"
    # The filter box finds rows by computer (and by user).
    page.text.setText("kefu-laptop")
    assert page.proxy.rowCount() == 1
    assert page.proxy.data(page.proxy.index(0, 2)) == "客服建的店"
    page.text.setText("owner")
    assert [page.proxy.data(page.proxy.index(r, 2)) for r in range(page.proxy.rowCount())] == ["老板的店"]


def test_team_mode_always_shows_who():
    class Row:
        def __init__(self, user, computer):
            self.user_name, self.computer_name = user, computer

    assert shows_who([], team_mode=True)
    assert not shows_who([Row("a", "pc"), Row("a", "pc"), Row("", "")], team_mode=False)
    assert shows_who([Row("a", "pc"), Row("b", "pc")], team_mode=False)
    assert shows_who([Row("a", "pc"), Row("a", "laptop")], team_mode=False)


def test_widths_are_restored_and_an_older_layout_is_mended(qtbot, ctx, shop_id):
    ctx.computer_name = "pc-1"
    shops.create_shop(ctx, "一号机", "20002")
    ctx.computer_name = "pc-2"
    shops.create_shop(ctx, "二号机", "20003")
    page = make_page(qtbot, ctx, shop_id)
    page.table.setColumnWidth(COMPUTER_COLUMN, 177)
    window_state.save_views(page)
    again = make_page(qtbot, ctx, shop_id)
    window_state.restore_views(again)
    again.reload()
    assert again.table.columnWidth(COMPUTER_COLUMN) == 177
    assert on_screen(again)[5:7] == ["用户", "电脑"]

    # A layout saved before these columns existed (7 columns) puts them back after 结果.
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    old = QTableView()
    old.setModel(QStandardItemModel(0, 7))
    old.setColumnWidth(0, 166)
    state = old.horizontalHeader().saveState()
    third = make_page(qtbot, ctx, shop_id)
    third.table.horizontalHeader().restoreState(state)
    third.reload()
    assert on_screen(third) == ["时间", "店铺", "对象", "操作", "结果", "用户", "电脑", "规则", "说明"]
    assert third.table.columnWidth(0) == 166
