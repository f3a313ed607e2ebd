"""概览 page: opens first on the demo with due items, cards and charts; each to-do opens its row;
charts show the service's numbers; done/snooze from the page; banner; tray switch; PNG export."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain import todos as td
from desktop.services import demo, overview, overview_charts, overview_state
from desktop.ui.overview.todo_model import TODO_ROLE, TodoModel
from desktop.ui.shell import reminders
from desktop.ui.shell.main_window import MainWindow


def open_demo(qtbot, ctx):
    demo.fill_if_empty(ctx)
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk-demo.db", demo=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)
    return window, page


def select(page, kind):
    for r, item in enumerate(page.todos.rows()):
        if item.kind == kind:
            page.table.setCurrentIndex(page.todos.index(r, 0))
            return item
    raise AssertionError(f"no {kind} item")


def test_todo_model_passes_qtmodeltester(ctx, qtmodeltester):
    demo.fill_if_empty(ctx)
    model = TodoModel()
    model.set_rows(overview.load(ctx).todos)
    assert model.rowCount() > 5
    qtmodeltester.check(model)
    first = model.row_at(0)
    assert model.data(model.index(0, 3)) == first.rule
    assert model.data(model.index(0, 0)) == first.day.isoformat()
    assert model.data(model.index(0, 2), TODO_ROLE) is first


def test_demo_opens_on_overview_with_every_kind_cards_charts_and_banner(qtbot, ctx):
    window, page = open_demo(qtbot, ctx)
    assert window.nav.currentRow() == 0 and window.stack.currentWidget() is page
    assert window.windowTitle().count("小店管家") == 1 and "示例数据" in window.windowTitle()
    kinds = {t.kind for t in page.data.todos}
    assert kinds == set(td.KINDS)  # every to-do kind has content on the demo's date
    assert len(page.data.cards) == 3 and all(c.product_total and c.channels_used for c in page.data.cards)
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert str(page.data.due_count) in page.banner_text.text()
    assert all(box.view.chart().series() for box in page.charts.boxes())


def test_each_todo_opens_its_exact_row(qtbot, ctx):
    window, page = open_demo(qtbot, ctx)
    item = select(page, td.CHANNEL_UNBIND)
    page.open_current()
    accounts = window.page("accounts")
    assert window.stack.currentWidget() is accounts and accounts.tabs.currentWidget() is accounts.channels
    assert window.switcher.current_id() == item.shop_id
    assert accounts.channels.selected_row().id == item.target_id  # R-CH-4 binding

    window.show_page("overview")
    item = select(page, td.BINDING_PENDING)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens it too
    panel = accounts.official if item.target == td.TARGET_OFFICIAL else accounts.channels
    assert accounts.tabs.currentWidget() is panel and panel.selected_row().id == item.target_id

    window.show_page("overview")
    item = select(page, td.AUTH_WAITING)
    page.open_current()
    assert accounts.tabs.currentWidget() is accounts.self_operated
    assert accounts.self_operated.current_row().account_id == item.target_id

    window.show_page("overview")
    item = select(page, td.PRODUCT_REVIEW)
    page.open_current()
    products = window.page("products")
    assert window.stack.currentWidget() is products and products.selected_id() == item.target_id


def test_card_parts_open_their_pages(qtbot, ctx):
    window, page = open_demo(qtbot, ctx)
    card = next(w for w in page.cards_host.children() if w.objectName() == f"shopCard{page.data.cards[0].shop_id}")
    card.channels.click()
    accounts = window.page("accounts")
    assert window.stack.currentWidget() is accounts and accounts.tabs.currentWidget() is accounts.channels
    assert window.switcher.current_id() == page.data.cards[0].shop_id
    window.show_page("overview")
    card.products.click()
    assert window.stack.currentWidget() is window.page("products")


def test_chart_series_and_tables_equal_the_service_figures(qtbot, ctx):
    _window, page = open_demo(qtbot, ctx)
    for days in (30, 90):
        page.period.setCurrentIndex(page.period.findData(days))
        data = overview_charts.load(ctx, None, days)
        bars = page.charts.daily.view.chart().series()[0].barSets()
        assert [round(v * 100) for v in (bars[0].at(i) for i in range(bars[0].count()))] == [p.self_fen for p in data.daily]
        assert [round(bars[1].at(i) * 100) for i in range(bars[1].count())] == [p.others_fen for p in data.daily]
        assert page.charts.daily.table.rowCount() == days
    share = page.charts.share.view.chart().series()
    assert [round(pt.y() * 100) for pt in share[0].points()] == [p.share_bp for p in data.share if p.share_bp is not None]
    assert [pt.y() for pt in share[1].points()] == [50.0, 50.0]  # the R-SELF-1 line
    top = page.charts.top.view.chart().series()[0].barSets()[0]
    assert [round(top.at(i) * 100) for i in range(top.count())] == [t.shop_fen for t in reversed(data.top)]
    page.charts.top.toggle.click()
    assert page.charts.top.stack.currentWidget() is page.charts.top.table
    assert page.charts.top.table.item(0, 0).text() == data.top[0].label


def test_png_export_and_dark_palette(qtbot, ctx, tmp_path):
    _window, page = open_demo(qtbot, ctx)
    for box in page.charts.boxes():
        path = tmp_path / f"{box.objectName()}.png"
        assert box.export_png(str(path))
        assert not QImage(str(path)).isNull()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    page.setPalette(dark)
    page.reload()
    chart = page.charts.daily.view.chart()
    assert chart.backgroundBrush().color() == QColor("#17181a")
    assert chart.titleBrush().color() == QColor("#e8eaed")


def test_done_and_snooze_from_the_page(qtbot, ctx):
    _window, page = open_demo(qtbot, ctx)
    before = page.data.due_count
    item = select(page, td.GMV_STALE)
    page.mark_done()
    assert page.data.due_count == before - 1 and item.key in {t.key for t in page.data.hidden}
    select(page, td.PRODUCT_REJECTED)
    page.snooze(3)
    assert page.data.due_count == before - 2
    page.show_hidden.setChecked(True)
    assert page.todos.rowCount() == before
    row = next(r for r, t in enumerate(page.todos.rows()) if t.key == item.key)
    page.table.setCurrentIndex(page.todos.index(row, 0))
    assert page.restore_button.isVisible()
    page.restore()
    assert page.data.due_count == before - 1


def test_r_self_5_propose_from_the_todo(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _window, page = open_demo(qtbot, ctx)
    item = select(page, td.SELF_ELIGIBLE)
    assert page.propose_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.propose()
    assert item.key not in {t.key for t in page.data.todos}


def test_tray_notification_follows_the_setting(qtbot, ctx, monkeypatch):
    window, page = open_demo(qtbot, ctx)
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *a: shown.append(a[:2]))
    assert reminders.remind(window) == page.data.due_count > 0
    assert shown and str(page.data.due_count) in shown[0][1]
    overview_state.save_settings(ctx, {}, tray=False)
    shown.clear()
    reminders.remind(window)
    assert shown == [] and page.banner.isVisible()


def test_every_todo_reason_is_offered_to_the_translator():
    """Each reason template the domain can raise is listed for lupdate (context "todos")."""
    from datetime import date, timedelta

    from desktop.ui.overview.todo_model import _TEMPLATES

    today, th = date(2026, 11, 27), td.Thresholds()
    old = today - timedelta(days=30)
    raised = [
        td.channel_unbind(1, 1, "店", "a", old - timedelta(days=200), today, th),
        td.channel_unbind(1, 1, "店", "a", today - timedelta(days=170), today, th),
        *(td.binding_pending(1, c, s, 1, "店", "a", old, today, th)
          for c, s in (("official", "awaiting_scan"), ("official", "awaiting_confirm"), ("channel", "pending"))),
        td.auth_waiting(1, 2, "awaiting_auth", 1, "店", "a", old, today, th),
        td.self_eligible(1, "店", 2, 3, (), today),
        td.self_below(1, 2, 1, "店", "a", 1, 3, today),
        *(td.product_group(s, 1, "店", n, 1, "茶", old, (), today, th)
          for s in ("pending", "rejected", "draft") for n in (1, 2)),
        td.gmv_stale(1, "店", old, today, th),
    ]
    assert {t.reason for t in raised} | {t.kind_label for t in raised} <= set(_TEMPLATES)
    assert {t.kind for t in raised} == set(td.KINDS)
