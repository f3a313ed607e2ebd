"""Writes disabled when the data can't be written (issues 11 and 12).

A read-only (0444) database: every write action on every page, panel, menu and dialog is shown
disabled with the reason in plain words. A team server that went away: the same, with the offline
reason, and everything comes back when the server does. The services refuse too (tested in
tests/services/test_write_state.py).
"""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.services import demo, shops
from desktop.services.context import ServiceContext
from desktop.services.session import close_session, open_session
from desktop.store.server import ServerConfig, ServerProblem
from desktop.ui.common.table_panel import TablePanel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.registry import PAGES

READ_ONLY = "数据库文件是只读的"
OFFLINE = "服务器连接已断开，正在重连"


@pytest.fixture
def read_only_ctx(tmp_path):
    """The demo data (every page has rows), then the file made read-only and opened again."""
    data = tmp_path / "ro"
    ctx = open_session(data, demo=True)
    demo.fill_if_empty(ctx)
    close_session(ctx)
    db = data / paths.DEMO_DB_FILENAME
    os.chmod(db, 0o444)
    ro = open_session(data, demo=True)
    assert ro.db.read_only
    yield ro
    ro.db.close()
    os.chmod(db, 0o644)


def window_for(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, db_file=ctx.data_dir / paths.DEMO_DB_FILENAME, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for spec in PAGES:  # build every page
        window.show_page(spec.key)
    return window


def panel_selections(panel: TablePanel):
    """No row, then each of the first rows selected in turn."""
    panel.table.clearSelection()
    yield None
    for r in range(min(panel.proxy.rowCount(), 4)):
        panel.table.selectRow(r)
        yield r


def write_actions_state(window) -> list[tuple[str, bool, str]]:
    """(objectName, enabled, reason) of every write action of every table panel, for every selection."""
    seen = []
    panels = window.findChildren(TablePanel)
    assert {p.objectName() for p in panels} >= {"productsPage", "influencersPage", "historyPage"}
    for panel in panels:
        for _ in panel_selections(panel):
            panel.update_actions()
            for spec in panel.ACTIONS:
                if spec.writes:
                    action = panel.action(spec.name)
                    seen.append((spec.name, action.isEnabled(), action.statusTip()))
    return seen


def frame_write_actions(window):
    window.platform.update_actions()
    frame = [window.switcher.create_action, window.switcher.edit_action, window.switcher.archive_action,
             window.switcher.restore_action, window.safety.import_action]
    frame += [a for name, a in window.platform.actions.items() if name != "platformRunsAction"]
    return frame


def test_read_only_database_every_write_action_is_disabled_with_the_reason(qtbot, read_only_ctx):
    window = window_for(qtbot, read_only_ctx)
    assert window.safety.banner_bar.isVisibleTo(window)
    seen = write_actions_state(window)
    assert len({name for name, _, _ in seen}) >= 30  # accounts panels, products, influencers
    enabled = [name for name, on, _ in seen if on]
    assert enabled == []
    assert all(READ_ONLY in reason for _, _, reason in seen)
    for action in frame_write_actions(window):
        assert not action.isEnabled(), action.objectName()
        assert READ_ONLY in action.toolTip(), action.objectName()
    # What only reads stays available: export, open a product to look at it, the sync log.
    products = window.show_page("products")
    products.select_where(lambda row: row.state == "draft")
    assert products.action("productExportAction").isEnabled()
    # The status bar says why (提交审核 explains), and the label is on screen.
    qtbot.waitUntil(lambda: READ_ONLY in window.status_reason())
    assert window.reason_label.isVisible() and READ_ONLY in window.reason_label.text()
    assert products.action("productEditAction").isEnabled()
    assert window.platform.actions["platformRunsAction"].isEnabled()
    assert window.safety.export_action.isEnabled()
    # The 为什么不能…？ box gives the same plain reason.
    assert READ_ONLY in products.disabled_text()


def test_read_only_database_editor_dialogs_and_overview(qtbot, read_only_ctx):
    window = window_for(qtbot, read_only_ctx)
    products = window.page("products")
    from desktop.ui.products.editor import ProductEditor

    editor = ProductEditor(read_only_ctx, products.shop_id, products.model.row_at(0).id, window)
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled() and not editor.submit_button.isEnabled()
    assert READ_ONLY in editor.save_button.toolTip() and READ_ONLY in editor.banner.text()
    assert not editor.picker.import_button.isEnabled()

    from desktop.ui.influencers.gmv_entry_dialog import GmvEntryDialog
    from desktop.ui.shell.shop_dialog import ShopDialog

    shop = window.switcher.current_id()
    for dialog in (GmvEntryDialog(read_only_ctx, shop, window), ShopDialog(read_only_ctx, None, window)):
        qtbot.addWidget(dialog)
        dialog.validate()
        assert not dialog.ok.isEnabled() and READ_ONLY in dialog.ok.toolTip()

    overview = window.page("overview")
    overview.table.selectRow(0)
    overview._update_actions()
    assert overview.open_button.isEnabled()
    assert not overview.done_button.isEnabled() and not overview.snooze_button.isEnabled()

    backups = window.safety.show_backups()
    qtbot.addWidget(backups)
    assert not backups.restore_button.isEnabled() and not backups.backup_button.isEnabled()
    assert READ_ONLY in backups.restore_button.toolTip()


class FakeFeed:
    """The team server's change feed: up, or gone (as store.server.ChangeListener reports it)."""

    def __init__(self) -> None:
        self.up = True

    def poll(self) -> set:
        if not self.up:
            raise ServerProblem("lost")
        return set()

    def close(self) -> None:
        pass


def test_offline_server_disables_writes_and_reconnect_brings_them_back(qtbot, ctx, shop_id, monkeypatch):
    from desktop.services import live
    from desktop.ui.team.live import LiveUpdates

    shops.create_shop(ctx, "第二家店", "20002")
    window = MainWindow(ctx, db_file=ctx.data_dir / "shopdesk.db")
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
    qtbot.wait(20)
    before = write_actions_state(window)
    assert any(on for _, on, _ in before)  # something is possible while connected

    # Team mode, simulated: the session answers as a server session and the feed can go away.
    feed = FakeFeed()

    def feed_for(_ctx):
        if not feed.up:
            raise ServerProblem("unreachable")
        return feed

    monkeypatch.setattr(live, "feed_for", feed_for)
    ctx.db.server_config = ServerConfig("nas.local", "shopdesk", "shop")
    with monkeypatch.context() as server:  # only while the feed starts: the pages keep reading SQLite
        server.setattr(ServiceContext, "is_server", property(lambda self: True))
        updates = LiveUpdates(window, ctx)
    updates.timer.stop()  # ticked by hand below
    updates._tick()
    assert updates.online and "已连接" in updates.label.text()

    feed.up = False
    updates._tick()
    assert not updates.online and "连接已断开" in updates.label.text()
    assert "修改不会保存" in updates.label.toolTip()
    offline = write_actions_state(window)
    assert [name for name, on, _ in offline if on] == []
    assert all(OFFLINE in reason for _, _, reason in offline)
    for action in frame_write_actions(window)[:3]:
        assert not action.isEnabled() and OFFLINE in action.toolTip()
    with pytest.raises(Exception) as refused:  # the service refuses too, with the same words
        shops.create_shop(ctx, "离线时新建", "30003")
    assert OFFLINE in str(refused.value)

    feed.up = True
    updates._tick()
    assert updates.online
    assert write_actions_state(window) == before
    assert window.switcher.create_action.isEnabled()
    assert OFFLINE not in window.switcher.create_action.toolTip()
    shops.create_shop(ctx, "重连后新建", "30004")
    updates.stop()
    ctx.db.offline = False
    QApplication.processEvents()
