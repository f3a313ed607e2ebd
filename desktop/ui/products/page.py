"""商品: the product table with state filter, keyword search, lifecycle actions and export.

Every lifecycle action stays visible; when R-P-STATE forbids it for the
selected product it is disabled and its tooltip and the status bar say why.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
)

from desktop.domain.decisions import Decision
from desktop.services import changes as ch
from desktop.services import products as svc
from desktop.services import products_query as pq
from desktop.services.errors import ServiceError
from desktop.ui.common.decisions import apply_decision, decision_text
from desktop.ui.common.runner import Op
from desktop.ui.products.table_model import ID_ROLE, ROW_ROLE, THUMB, ProductProxy, ProductTableModel
from desktop.ui.common.page import Page

NO_SELECTION = Decision(False, None, "请先在表格中选择一个商品")
MANY_SELECTED = Decision(False, None, "一次只能对一个商品执行此操作")

# objectName -> (label, lifecycle action or None, shortcut)
ACTIONS = (
    ("productNewAction", "新建商品(&N)", None, QKeySequence.StandardKey.New),
    ("productEditAction", "编辑(&E)", "edit", "Ctrl+E"),
    ("productSubmitAction", "提交审核(&S)", "submit", "Ctrl+Shift+S"),
    ("productReviewAction", "记录审核结果(&R)", "review", "Ctrl+R"),
    ("productOfflineAction", "下线(&O)", "take_offline", None),
    ("productOnlineAction", "上架(&U)", "bring_online", None),
    ("productDuplicateAction", "发布相似品(&D)", "duplicate", "Ctrl+D"),
    ("productDeleteAction", "删除(&X)", "delete", QKeySequence.StandardKey.Delete),
    ("productExportAction", "导出所选(&P)…", None, "Ctrl+Shift+E"),
)


class ProductsPage(Page):
    watches = frozenset({ch.PRODUCTS, ch.SHOPS, ch.CATEGORIES})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        from desktop.services import images

        def image_path(sha):
            try:
                return images.image_file(ctx, sha)
            except ServiceError:
                return None

        self.model = ProductTableModel(
            lambda q: pq.query_ids(ctx, q), lambda ids: pq.rows_for_ids(ctx, ids), image_path, self
        )
        self.model.setObjectName("productsModel")
        self.proxy = ProductProxy(self)
        self.proxy.setObjectName("productsProxy")
        self.proxy.setSourceModel(self.model)

        self.state_filter = QComboBox(objectName="productStateFilter")
        self.state_filter.addItem(self.tr("全部状态"), None)
        for code, label in pq.state_choices():
            self.state_filter.addItem(self.tr(label), code)
        self.keyword = QLineEdit(objectName="productKeywordFilter")
        self.keyword.setPlaceholderText(self.tr("按标题或商品ID查找…"))
        self.keyword.setClearButtonEnabled(True)
        self._keyword_timer = QTimer(self, singleShot=True, interval=250)
        self._keyword_timer.timeout.connect(self.reload)
        self.count = QLabel(objectName="productsCount")
        # Why the selected product's disabled actions are disabled, always in view.
        self.reasons = QLabel(objectName="productActionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #5f4b00;")

        self.toolbar = QToolBar(objectName="productsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, _, shortcut in ACTIONS:
            act = QAction(self.tr(label), self, objectName=name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            self.toolbar.addAction(act)
            self.actions_by_name[name] = act
        self.toolbar.insertSeparator(self.actions_by_name["productEditAction"])
        self.toolbar.insertSeparator(self.actions_by_name["productExportAction"])
        a = self.actions_by_name
        a["productNewAction"].triggered.connect(lambda: self.open_editor(None))
        a["productEditAction"].triggered.connect(lambda: self.open_editor(self.selected_id()))
        a["productSubmitAction"].triggered.connect(lambda: self._run(svc.submit, self.selected_id()))
        a["productReviewAction"].triggered.connect(self.record_review)
        a["productOfflineAction"].triggered.connect(lambda: self._run(svc.take_offline, self.selected_id()))
        a["productOnlineAction"].triggered.connect(lambda: self._run(svc.bring_online, self.selected_id()))
        a["productDuplicateAction"].triggered.connect(self.duplicate)
        a["productDeleteAction"].triggered.connect(self.delete)
        a["productExportAction"].triggered.connect(self.export)

        self.table = QTableView(objectName="productsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setVisible(False)
        # Fixed row height: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((56, 320, 220, 120, 70, 110)):
            header.resizeSection(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _: self.open_editor(self.selected_id()))
        self.table.selectionModel().selectionChanged.connect(self.update_actions)

        bar = QHBoxLayout()
        state_label = QLabel(self.tr("状态(&T)"))
        state_label.setBuddy(self.state_filter)
        bar.addWidget(state_label)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.keyword, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.reasons)
        layout.addWidget(self.count)
        self.setTabOrder(self.state_filter, self.keyword)
        self.setTabOrder(self.keyword, self.table)

        self.state_filter.currentIndexChanged.connect(self.reload)
        self.keyword.textChanged.connect(lambda _: self._keyword_timer.start())
        self.update_actions()

    # ------------------------------------------------------------ data

    def current_query(self) -> pq.ProductQuery | None:
        if self.shop_id is None:
            return None
        old = self.model.query()
        sort_key, desc = (old.sort_key, old.descending) if old else ("updated", True)
        return pq.ProductQuery(self.shop_id, self.state_filter.currentData(), self.keyword.text(), sort_key, desc)

    def reload(self) -> None:
        keep = self.selected_ids()
        self.model.set_query(self.current_query())
        self._update_count()
        if keep:
            self.select_ids(keep)
        self.update_actions()

    def _update_count(self) -> None:
        self.count.setText(self.tr("共 {n} 个商品").format(n=self.model.rowCount()))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(r, ID_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def selected_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_ids(self, ids: list[int]) -> None:
        """Re-select ``ids`` if they are among the first rows (never scans 100,000)."""
        wanted = set(ids)
        sel = self.table.selectionModel()
        for row in range(min(self.proxy.rowCount(), 2000)):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, ID_ROLE) in wanted:
                sel.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    # ------------------------------------------------------------ actions

    def decisions(self) -> dict[str, Decision]:
        ids = self.selected_ids()
        if len(ids) != 1:
            none = NO_SELECTION if not ids else MANY_SELECTED
            return {action: none for _, _, action, _ in ACTIONS if action}
        row = self.proxy.data(self.table.selectionModel().selectedRows()[0], ROW_ROLE)
        return svc.decisions_for_state(row.state) if row else {}

    def update_actions(self, *_) -> None:
        decisions = self.decisions()
        for name, _, action, _ in ACTIONS:
            if action:
                apply_decision(self.actions_by_name[name], decisions.get(action, NO_SELECTION))
        export = self.actions_by_name["productExportAction"]
        export.setEnabled(bool(self.selected_ids()))
        export.setToolTip(self.tr("把所选商品导出为 Excel 或 CSV（每个 SKU 一行）") if export.isEnabled()
                          else self.tr("请先选择要导出的商品"))
        if self.shop_id is None:
            apply_decision(self.actions_by_name["productNewAction"], Decision(False, None, "请先新建或选择一个店铺"))
        else:
            apply_decision(self.actions_by_name["productNewAction"], Decision(True))
        single = len(self.selected_ids()) == 1
        lines = [
            f"{act.text().split('(')[0]}：{act.toolTip()}"
            for name, _, action, _ in ACTIONS
            if action and single and not (act := self.actions_by_name[name]).isEnabled()
        ]
        self.reasons.setText(self.tr("不可用的操作 — ") + "；".join(lines) if lines else "")
        self.reasons.setVisible(bool(lines))
        blocked = [decision_text(d) for d in decisions.values() if not d.allowed and d.rule]
        if blocked and single:
            self.status_message.emit(blocked[0])

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.setObjectName("productsContextMenu")
        for name, *_ in ACTIONS:
            menu.addAction(self.actions_by_name[name])
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _run(self, fn, *args):
        return Op(self, self.ctx, fn, *args).run()  # announced here: this page reloads, the others follow

    def open_editor(self, product_id: int | None) -> None:
        if self.shop_id is None:
            return
        from desktop.ui.products.editor import ProductEditor

        ProductEditor(self.ctx, self.shop_id, product_id, self).open()

    def record_review(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        from desktop.ui.products.review_dialog import ReviewDialog

        ReviewDialog(self.ctx, pid, self).exec()

    def duplicate(self) -> None:
        result = self._run(svc.duplicate, self.selected_id())
        if result:
            self.status_message.emit(self.tr("已复制为新的草稿，可以在编辑器中修改"))
            self.open_editor(result.value)

    def delete(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        answer = QMessageBox.question(self, self.tr("删除商品"), self.tr("删除这个商品？删除后不能恢复（操作记录会保留）。"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(svc.delete, pid)

    def export(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出商品"), "商品导出.xlsx", self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)")
        )
        if not path:
            return
        from desktop.ui.products.export_runner import run_export

        run_export(self, self.ctx, ids, path)
