"""The 平台 menu: connection, pulls with progress and cancel, conflicts, 同步记录, the push dry run.

The shell installs it and hands over what it needs (the open context, the
current shop, the current product, and where to announce changes), so this
feature imports no other.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

# QMessageBox loads where it is used: the menu is built before the shops are shown (start-up time).

from desktop.ui.common import writable

PLATFORM_TOPIC = "platform"


class PlatformMenu(QObject):
    def __init__(self, window: QWidget, menu: QMenu, ctx: Callable, shop_id: Callable, product_id: Callable,
                 broadcast: Callable[[frozenset], None]) -> None:
        super().__init__(window)
        self.window, self.menu = window, menu
        self._ctx, self._shop_id, self._product_id, self.broadcast = ctx, shop_id, product_id, broadcast
        self.op = None
        self.actions: dict[str, QAction] = {}
        entries = (
            ("platformConnectAction", self.tr("平台连接(&C)…"), self.open_connection),
            (None, None, None),
            ("platformPullCategoriesAction", self.tr("拉取类目(&T)"), self.pull_categories),
            ("platformPullProductsAction", self.tr("拉取商品与审核状态(&P)"), self.pull_products),
            ("platformPullAccountsAction", self.tr("核对绑定账号(&A)…"), self.pull_accounts),
            ("platformPullAllianceAction", self.tr("拉取联盟订单 GMV（近 30 天）(&G)"), self.pull_alliance),
            (None, None, None),
            ("platformConflictsAction", self.tr("同步冲突(&F)…"), self.open_conflicts),
            ("platformPushAction", self.tr("提交到抖店（预演）(&U)…"), self.push_current),
            ("platformRunsAction", self.tr("同步记录(&R)…"), self.open_runs),
        )
        for name, label, slot in entries:
            if name is None:
                menu.addSeparator()
                continue
            action = QAction(label, window, objectName=name)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            self.actions[name] = action
        menu.aboutToShow.connect(self.update_actions)
        writable.watch(self, self.update_actions)

    # -- state ------------------------------------------------------------------
    def _connected(self) -> bool:
        from desktop.services import platform_connection

        from desktop.ui.common.runner import Op

        ctx, shop = self._ctx(), self._shop_id()
        return bool(ctx and shop and Op(self.window, ctx, platform_connection.has_connection, shop).value_or(False))

    def update_actions(self) -> None:
        ctx = self._ctx()
        has_shop = ctx is not None and self._shop_id() is not None
        connected = has_shop and self._connected()
        reason = "" if connected else self.tr("请先在「平台连接」里连接本店")
        for name, action in self.actions.items():
            if name == "platformRunsAction":  # only reads the sync log
                action.setEnabled(ctx is not None)
                continue
            if name == "platformConnectAction":
                writable.enable(action, ctx, has_shop)  # saving a connection writes
                continue
            enabled = connected and (name != "platformPushAction" or self._product_id() is not None)
            action.setToolTip(reason if not connected else
                              ("" if enabled else self.tr("请先在「商品」页选择一个商品")))
            writable.enable(action, ctx, enabled)  # every sync writes what it pulled, and its log line
        self.menu.setToolTipsVisible(True)

    def _announce(self, changes) -> None:
        self.broadcast(frozenset(changes) | {PLATFORM_TOPIC})

    def _run(self, label: str, fn, *args, on_done=None, **kwargs) -> None:
        """A pull on a worker thread through the runner, with progress and 取消; one at a time."""
        if self.op is not None and self.op.is_running():
            return
        from desktop.ui.common.runner import Op
        from desktop.ui.platform.messages import tell

        def done(result) -> None:
            self._announce(result.changes)  # a failed run still wrote its line in 同步记录
            if result.cancelled:
                self.window.statusBar().showMessage(self.tr("已取消同步，没有写入任何数据。"), 10000)
            tell(self.window, result)
            if result and on_done:
                on_done(result)

        self.op = Op(self.window, self._ctx(), fn, *args, **kwargs).quiet().titled(self.tr("与抖店同步"))
        self.op.start(label, done, object_name="platformSyncProgress")

    def _summary(self, _result=None) -> None:
        from desktop.services import platform_runs

        from desktop.ui.common.runner import Op
        from desktop.ui.common.texts import translated

        runs = Op(self.window, self._ctx(), platform_runs.list_runs, self._shop_id(), limit=1).value_or([])
        if runs:
            self.window.statusBar().showMessage(self.tr("同步完成：{summary}").format(summary=translated(runs[0].summary)),
                                                10000)

    # -- actions ----------------------------------------------------------------
    def open_connection(self) -> None:
        from desktop.ui.platform.connection_dialog import PlatformConnectionDialog

        PlatformConnectionDialog(self._ctx(), self._shop_id(), self.window).exec()

    def pull_categories(self) -> None:
        from desktop.services import platform_catalog
        from desktop.ui.common.runner import CANCELLED, PROGRESS

        self._run(self.tr("正在从抖店拉取类目…"), platform_catalog.pull_categories, self._shop_id(),
                  progress=PROGRESS, is_cancelled=CANCELLED, on_done=self._summary)

    def pull_products(self) -> None:
        from desktop.services import platform_products
        from desktop.ui.common.runner import CANCELLED, PROGRESS

        def after(result) -> None:
            self._summary()
            if result.value is not None and result.value.conflicts:
                self.open_conflicts()

        self._run(self.tr("正在从抖店拉取商品和审核状态…"), platform_products.pull_products, self._shop_id(),
                  progress=PROGRESS, is_cancelled=CANCELLED, on_done=after)

    def pull_accounts(self) -> None:
        from desktop.services import platform_accounts

        ctx, shop = self._ctx(), self._shop_id()

        def show(result) -> None:
            from desktop.ui.platform.accounts_dialog import AccountsDiffDialog

            AccountsDiffDialog(ctx, shop, result.value, self.window).exec()

        self._run(self.tr("正在从抖店拉取绑定账号…"), platform_accounts.pull_accounts, shop, on_done=show)

    def pull_alliance(self) -> None:
        from desktop.services import platform_alliance
        from desktop.ui.common.runner import CANCELLED, PROGRESS

        end = self._ctx().today()
        self._run(self.tr("正在从抖店拉取联盟订单…"), platform_alliance.pull_alliance, self._shop_id(),
                  end - timedelta(days=29), end, progress=PROGRESS, is_cancelled=CANCELLED, on_done=self._summary)

    def open_conflicts(self) -> None:
        from desktop.ui.platform.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self._ctx(), self._shop_id(), self.window).exec()

    def open_runs(self) -> None:
        from desktop.ui.platform.runs_dialog import SyncRunsDialog

        SyncRunsDialog(self._ctx(), self._shop_id(), self.window).exec()

    def push_current(self) -> None:
        from desktop.services import platform_push
        from desktop.ui.common.runner import Op
        from desktop.ui.platform.push_dialog import PushDryRunDialog

        product_id = self._product_id()
        if product_id is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self.window, self.tr("提交到抖店"), self.tr("请先在「商品」页选择一个商品。"))
            return
        # Quick and local (nothing is sent): on the UI thread. A rule refusal is worded by the runner.
        result = Op(self.window, self._ctx(), platform_push.prepare_push, product_id).titled(self.tr("提交到抖店")).run()
        self._announce(result.changes)
        if result:
            PushDryRunDialog(result.value, self.window).exec()
