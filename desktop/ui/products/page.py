"""商品: the product table with state filter, keyword search, lifecycle actions and export.

Every lifecycle action stays visible; when R-P-STATE forbids it for the
selected product it is disabled and its tooltip and the status bar say why.
提交审核 asks the same R-P-SUBMIT check as the editor: disabled for a draft with rule errors, the
errors in its tooltip.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QVBoxLayout

from desktop.domain.decisions import allow, deny
from desktop.services import changes as ch
from desktop.services import products as svc
from desktop.services import products_query as pq
from desktop.services.errors import ServiceError
from desktop.ui.common.decisions import clean_label, enumerated, labelled, listed
from desktop.ui.common.errors import message_for
from desktop.ui.common.runner import Op
from desktop.ui.common.table_panel import ActionSpec, Names, TablePanel
from desktop.ui.products.table_model import ID_ROLE, THUMB, ProductProxy, ProductTableModel
from desktop.ui.common import files
from desktop.ui.common import colors

NO_SELECTION = deny(None, "请先在表格中选择一个商品")
MANY_SELECTED = deny(None, "一次只能对一个商品执行此操作")
NO_SHOP = deny(None, "请先新建或选择一个店铺")
NOTHING_TO_EXPORT = deny(None, "请先选择要导出的商品")

# objectName -> the lifecycle action (R-P-STATE) whose decision enables it
LIFECYCLE = {
    "productEditAction": "edit", "productSubmitAction": "submit", "productReviewAction": "review",
    "productOfflineAction": "take_offline", "productOnlineAction": "bring_online",
    "productDuplicateAction": "duplicate", "productDeleteAction": "delete",
}


class ProductsPage(TablePanel):
    watches = frozenset({ch.PRODUCTS, ch.SHOPS, ch.CATEGORIES})
    ACTIONS = (
        ActionSpec("productNewAction", "新建商品(&N)", "new_product", QKeySequence.StandardKey.New),
        ActionSpec("productEditAction", "编辑(&E)", "edit", "Ctrl+E", default=True, separator=True,
                   writes=False),  # also views: the editor disables its own save and submit
        ActionSpec("productSubmitAction", "提交审核(&S)", "submit", "Ctrl+Shift+S", explains=True),
        ActionSpec("productReviewAction", "记录审核结果(&R)", "record_review", "Ctrl+R"),
        ActionSpec("productOfflineAction", "下线(&O)", "take_offline", "Ctrl+Shift+O"),
        ActionSpec("productOnlineAction", "上架(&U)", "bring_online", "Ctrl+Shift+U"),
        ActionSpec("productDuplicateAction", "发布相似品(&D)", "duplicate", "Ctrl+D", secondary=True),
        ActionSpec("productDeleteAction", "删除(&X)", "delete", QKeySequence.StandardKey.Delete, secondary=True),
        ActionSpec("productExportAction", "导出所选(&P)…", "export", "Ctrl+Shift+E", separator=True, secondary=True,
                   writes=False),
    )

    def __init__(self, ctx, parent=None) -> None:
        from desktop.services import images

        def image_path(sha):
            try:
                return images.image_file(ctx, sha)
            except ServiceError:
                return None

        # The model pages through the query service itself: 100,000 rows are never fetched at once.
        model = ProductTableModel(lambda q: pq.query_ids(ctx, q), lambda ids: pq.rows_for_ids(ctx, ids), image_path)
        names = Names("productsTable", "productKeywordFilter", "productsToolbar", "productsContextMenu",
                      "productsEmptyLabel")
        super().__init__(ctx, model, ProductProxy(), names, parent, multi=True)
        self.model.setObjectName("productsModel")
        self.proxy.setParent(self)
        self.proxy.setObjectName("productsProxy")
        self.table.setAccessibleName(self.tr("商品列表"))
        self.filter.setPlaceholderText(self.tr("按标题或商品ID查找（Ctrl+F）…"))
        self.actions_by_name["productNewAction"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._submit_cache: tuple[int, object] | None = None

        self.state_filter = QComboBox(objectName="productStateFilter")
        self.state_filter.addItem(self.tr("全部状态"), None)
        for code, label in pq.state_choices():
            self.state_filter.addItem(self.tr(label), code)
        self.keyword = self.filter
        self.keyword.setMaxLength(pq.MAX_KEYWORD)
        self._keyword_timer = QTimer(self, singleShot=True, interval=250)
        self._keyword_timer.timeout.connect(self.reload)
        self.count = QLabel(objectName="productsCount")
        # Why the selected product's disabled actions are disabled, always in view.
        self.reasons = QLabel(objectName="productActionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet(colors.text_style("warning"))
        self._setup_table()

        bar = QHBoxLayout()
        state_label = QLabel(self.tr("状态(&T)"))
        state_label.setBuddy(self.state_filter)
        bar.addWidget(state_label)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.reasons)
        layout.addWidget(self.count)
        self.setTabOrder(self.state_filter, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.update_actions()

    def _setup_table(self) -> None:
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.setIconSize(QSize(THUMB, THUMB))
        # Fixed row height: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((56, 320, 220, 120, 70, 110)):
            header.resizeSection(col, width)

    # ------------------------------------------------------------ data

    def current_query(self) -> pq.ProductQuery | None:
        if self.shop_id is None:
            return None
        old = self.model.query()
        sort_key, desc = (old.sort_key, old.descending) if old else ("updated", True)
        return pq.ProductQuery(self.shop_id, self.state_filter.currentData(), self.filter.text(), sort_key, desc)

    def apply_filter(self, text: str) -> None:
        self._keyword_timer.start()  # the keyword is searched in SQL, after a pause in typing

    def reload(self) -> None:
        self._keyword_timer.stop()  # this reload already searches the keyword typed so far
        keep = self.selected_ids()
        self._submit_cache = None
        try:
            self.model.set_query(self.current_query())
        except ServiceError as exc:  # e.g. a keyword with control characters: empty table, say why
            self.count.setText(colors.span("error", html.escape(message_for(exc))))
            self.update_actions()
            return
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

    def show_row(self, part: str, product_id) -> None:
        """Open the product ``product_id``: filter to its state, select it and scroll to it."""
        if product_id is None:
            return
        detail = Op(self, self.ctx, svc.get_product, product_id).value_or(None)
        if detail is None:
            return
        self.keyword.clear()
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(detail.state)))
        self.reload()
        sel = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, ID_ROLE) == product_id:
                sel.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(idx)
                self.table.setFocus()
                return

    def select_ids(self, ids: list[int]) -> None:
        """Re-select ``ids`` if they are among the first rows (never scans 100,000)."""
        wanted = set(ids)
        sel = self.table.selectionModel()
        for row in range(min(self.proxy.rowCount(), 2000)):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, ID_ROLE) in wanted:
                sel.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    # ------------------------------------------------------------ actions

    def _submit(self, product_id: int):
        """R-P-SUBMIT for the selected product, asked once per selection (it reads the product)."""
        if self._submit_cache is None or self._submit_cache[0] != product_id:
            self._submit_cache = (product_id, Op(self, self.ctx, svc.submit_decision, product_id).quiet()
                                  .value_or(NO_SELECTION))
        return self._submit_cache[1]

    def decisions(self) -> dict:
        ids = self.selected_ids()
        row = self.selected_row() if len(ids) == 1 else None
        if row is None:
            none = NO_SELECTION if len(ids) != 1 else MANY_SELECTED
            decided = {name: none for name in LIFECYCLE}
        else:
            by_state = svc.decisions_for_state(row.state)
            decided = {name: by_state[action] for name, action in LIFECYCLE.items()}
            decided["productSubmitAction"] = self._submit(row.id)
        decided["productNewAction"] = allow() if self.shop_id is not None else NO_SHOP
        decided["productExportAction"] = allow() if ids else NOTHING_TO_EXPORT
        return decided

    def update_actions(self) -> None:
        super().update_actions()
        one = len(self.selected_ids()) == 1
        by_reason: dict[str, list[str]] = {}  # one reason once ("数据库文件是只读的…" is shared by all)
        for name in LIFECYCLE:
            if one and not (act := self.actions_by_name[name]).isEnabled():
                by_reason.setdefault(act.statusTip(), []).append(clean_label(act.text()))
        lines = [labelled(enumerated(labels), reason) for reason, labels in by_reason.items()]
        self.reasons.setText(self.tr("不可用的操作 — ") + listed(lines) if lines else "")
        self.reasons.setVisible(bool(lines))

    def empty_text(self) -> str:
        if self.state_filter.currentData() is not None:
            return self.tr("没有这个状态的商品。")
        return self.first_step("productNewAction", self.tr("还没有商品。"))

    def new_product(self) -> None:
        self.open_editor(None)

    def edit(self) -> None:
        self.open_editor(self.selected_id())

    def submit(self) -> None:
        self._run(svc.submit, self.selected_id())

    def take_offline(self) -> None:
        self._run(svc.take_offline, self.selected_id())

    def bring_online(self) -> None:
        self._run(svc.bring_online, self.selected_id())

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
        path = files.save_file_name(
            self, self.tr("导出商品"), self.tr("商品导出.xlsx"), self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if not path:
            return
        from desktop.ui.products.export_runner import run_export

        run_export(self, self.ctx, ids, path)
