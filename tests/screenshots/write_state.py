"""Screenshots for the write state (issues 11, 12): 操作记录 with 用户/电脑, a read-only database
(banner, disabled actions with the reason in the status bar), and a team server gone offline.

Run from the repository root, one variant per process (the language is chosen at start-up):
    python tests/screenshots/write_state.py            # light, dark and English
Writes docs/screenshots/history_who[_dark|_en].png, read_only_actions[...].png, offline_actions[...].png.
"""
import os
import tempfile
from pathlib import Path

import shots

ROOT, OUT = shots.ROOT, shots.OUT


class FakeFeed:
    up = True

    def poll(self):
        from desktop.store.server import ServerProblem

        if not self.up:
            raise ServerProblem("lost")
        return set()

    def close(self):
        pass


def settle(app, n=20):
    for _ in range(n):
        app.processEvents()


def shoot(variant: str) -> None:
    app = shots.themed_app(variant)

    from desktop import paths
    from desktop.services import channels, live, shops
    from desktop.services.context import ServiceContext
    from desktop.services.session import close_session, open_session
    from desktop.store.server import ServerConfig
    from desktop.ui.shell.main_window import MainWindow

    suffix = "" if variant == "light" else f"_{variant}"
    data = Path(tempfile.mkdtemp(prefix="shopdesk-shots-data-"))
    ctx = shots.demo_session(data, clock=None, demo=True)
    # A second person on a second computer: 操作记录 then shows who did what.
    ctx.user_name, ctx.computer_name = "xiaoli", "KEFU-LAPTOP"
    first = shops.list_shops(ctx)[0].id
    channels.start_channel_binding(ctx, first, "douyin", "kefu_douyin_01", "客服小李的抖音号")
    shops.create_shop(ctx, "小李新开的店", "70001")

    window = MainWindow(ctx, db_file=data / paths.DEMO_DB_FILENAME, demo=True)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    page = window.show_page("history")
    page.scope.setCurrentIndex(page.scope.findData("all"))
    settle(app)
    window.grab().save(str(OUT / f"history_who{suffix}.png"))

    # Team server gone: status bar says so, every write action is off with the reason.
    feed = FakeFeed()
    live.feed_for = lambda _ctx: feed
    ctx.db.server_config = ServerConfig("nas.local", "shopdesk", "shop")
    real = ServiceContext.is_server
    ServiceContext.is_server = property(lambda self: True)
    from desktop.ui.team.live import LiveUpdates

    updates = LiveUpdates(window, ctx)
    ServiceContext.is_server = real
    updates.timer.stop()
    updates._tick()
    feed.up = False
    updates._tick()
    window.switcher.reload(select_id=first)
    accounts = window.show_page("accounts")
    accounts.tabs.setCurrentWidget(accounts.channels)
    accounts.channels.table.selectRow(0)
    window.statusBar().clearMessage()  # the passing notice; the reason and the label stay
    settle(app)
    window.grab().save(str(OUT / f"offline_actions{suffix}.png"))
    updates.stop()
    window.close()
    close_session(ctx)

    # A read-only file: the banner, and the same disabled actions with the read-only reason.
    db = data / paths.DEMO_DB_FILENAME
    os.chmod(db, 0o444)
    ro = open_session(data, demo=True)
    w2 = MainWindow(ro, db_file=db, demo=True)
    w2.setGeometry(0, 0, 1366, 768)
    w2.show()
    w2.switcher.reload(select_id=first)
    products = w2.show_page("products")
    products.table.selectRow(0)  # the status bar says why 提交审核 is off
    settle(app)
    w2.grab().save(str(OUT / f"read_only_actions{suffix}.png"))
    w2.close()
    ro.db.close()
    os.chmod(db, 0o644)


if __name__ == "__main__":
    shots.run_variants(shoot, __file__)
