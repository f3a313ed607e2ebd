"""Choosing a leaf category (product creation step 1): browse the tree or type part of a name.

The tree loads each level when it is expanded; the search box answers every
keystroke from the catalog service's prepared index (≤ 50 ms over 20,000
nodes, see tests/benchmarks/bench_catalog.py). Only leaves can be chosen.
Importing a platform tree runs on a worker thread with progress and cancel;
a refused file leaves the current tree untouched and says where it is wrong.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import catalog
from desktop.services.errors import ServiceError
from desktop.ui.common import colors, files, writable
from desktop.ui.common.errors import message_for
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op, Result
from desktop.ui.common.errors import message_for

log = logging.getLogger("shopdesk")

ID_ROLE = Qt.UserRole
LEAF_ROLE = Qt.UserRole + 1
LOADED_ROLE = Qt.UserRole + 2
SEARCH_LIMIT = 50

class CategoryPicker(QWidget):
    leaf_chosen = Signal(int)
    # (ok, message) after an import attempt; for status bars and tests.
    import_finished = Signal(bool, str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryPicker")
        self.ctx = ctx
        self._current: int | None = None
        self._op: Op | None = None

        self.search_edit = QLineEdit(objectName="categorySearch")
        self.search_edit.setPlaceholderText(self.tr("搜索类目：输入名称的一部分（↑↓ 选择，回车确定）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("类目(&C)"))
        search_label.setBuddy(self.search_edit)
        self.sample_label = QLabel(self.tr("示例类目"), objectName="categorySampleLabel")
        self.sample_label.setStyleSheet(
            f"QLabel {{ background: {colors.hex_color('notice_bg')}; color: {colors.hex_color('warning')};"
            f" border: 1px solid {colors.hex_color('notice_border')}; border-radius: 3px; padding: 1px 6px; }}"
        )
        self.sample_label.setToolTip(self.tr(
            "这是软件自带的示例类目：名称仿照真实类目，ID 为虚构，仅供试用。导入平台类目文件后会被替换。"
        ))
        self.import_button = QPushButton(self.tr("导入类目(&I)…"), objectName="categoryImportButton")
        self.import_button.setToolTip(self.tr("从平台开放接口导出的 JSON 文件导入完整类目树（整体替换，失败时不改动）"))
        self.import_button.clicked.connect(self.choose_import_file)
        self._update_import()
        writable.watch(self, self._update_import)

        self.tree = QTreeWidget(objectName="categoryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("类目树"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemExpanded.connect(self._load_children)
        self.tree.itemClicked.connect(self._tree_item_chosen)
        self.tree.itemActivated.connect(self._tree_item_activated)

        self.results = QListWidget(objectName="categorySearchResults")
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(self.tr("类目搜索结果"))
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.result_count = QLabel(objectName="categorySearchCount")
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.result_count)
        results_layout.addWidget(self.results)

        self.stack = QStackedWidget(objectName="categoryStack")
        self.stack.addWidget(self.tree)
        self.stack.addWidget(results_page)

        self.chosen_label = QLabel(objectName="categoryChosenPath")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message = QLabel(objectName="categoryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.sample_label)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.message)
        self.setTabOrder(self.search_edit, self.tree)
        self.setTabOrder(self.tree, self.results)
        self.setTabOrder(self.results, self.import_button)

        QShortcut(QKeySequence.Find, self, self.search_edit.setFocus)
        self.search_edit.textChanged.connect(self._search)
        self.reload()

    # ------------------------------------------------------------ public API

    def current_leaf(self) -> int | None:
        return self._current

    def set_current(self, category_id: int | None) -> None:
        """Show a leaf as the current choice (expanding the tree to it); no signal."""
        if category_id is None:
            self._current = None
            self._show_chosen(None)
            self.tree.setCurrentItem(None)
            return
        try:
            leaf = catalog.get_leaf(self.ctx, category_id)
        except ServiceError as exc:
            self._current = None
            self._show_chosen(None)
            self._show_message(message_for(exc), error=True)
            return
        self._current = leaf.id
        self._show_chosen(leaf.path_text)
        item = self._reveal(leaf.path_ids)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def reload(self) -> None:
        """Rebuild from the service (after an import, or when the page reloads)."""
        self.tree.clear()
        for row in catalog.children(self.ctx, None):
            self.tree.addTopLevelItem(self._make_item(row))
        self.sample_label.setVisible(catalog.is_sample(self.ctx))
        catalog.prepare_search(self.ctx)  # the index is built here, not on the first keystroke
        if self.search_edit.text().strip():
            self._search(self.search_edit.text())
        current = self._current
        if current is not None:
            self.set_current(current)
        else:
            self._show_chosen(None)

    # ------------------------------------------------------------ tree

    def _make_item(self, row) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.name])
        item.setData(0, ID_ROLE, row.id)
        item.setData(0, LEAF_ROLE, row.is_leaf)
        item.setData(0, LOADED_ROLE, False)
        if row.is_leaf:
            item.setToolTip(0, self.tr("叶子类目：可以发布商品"))
        else:
            item.setForeground(0, self.palette().placeholderText())
        if row.has_children:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
        return item

    def _load_children(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LOADED_ROLE):
            return
        item.setData(0, LOADED_ROLE, True)
        for row in catalog.children(self.ctx, item.data(0, ID_ROLE)):
            item.addChild(self._make_item(row))
        if item.childCount() == 0:
            item.setChildIndicatorPolicy(QTreeWidgetItem.DontShowIndicatorWhenChildless)

    def _reveal(self, path_ids: list[int]) -> QTreeWidgetItem | None:
        parent = None
        item = None
        for cid in path_ids:
            count = self.tree.topLevelItemCount() if parent is None else parent.childCount()
            item = None
            for i in range(count):
                candidate = self.tree.topLevelItem(i) if parent is None else parent.child(i)
                if candidate.data(0, ID_ROLE) == cid:
                    item = candidate
                    break
            if item is None:
                return None
            if not item.data(0, LEAF_ROLE):
                self._load_children(item)
                item.setExpanded(True)
            parent = item
        return item

    def _tree_item_chosen(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LEAF_ROLE):
            self._choose(item.data(0, ID_ROLE))

    def _tree_item_activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LEAF_ROLE):
            self._choose(item.data(0, ID_ROLE))
        else:
            item.setExpanded(not item.isExpanded())

    # ------------------------------------------------------------ search

    def _search(self, text: str) -> None:
        if not text.strip():
            self.stack.setCurrentIndex(0)
            return
        hits = catalog.search(self.ctx, text, SEARCH_LIMIT)
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.path_text)
            item.setData(ID_ROLE, hit.id)
            item.setToolTip(hit.path_text)
            self.results.addItem(item)
        self.results.setUpdatesEnabled(True)
        if hits:
            self.results.setCurrentRow(0)
            more = self.tr("（只显示前 {n} 个，请输入更多字缩小范围）").format(n=SEARCH_LIMIT) if len(hits) >= SEARCH_LIMIT else ""
            self.result_count.setText(self.tr("找到 {n} 个叶子类目").format(n=len(hits)) + more)
        else:
            self.result_count.setText(self.tr("没有名称包含「{text}」的类目").format(text=text.strip()))
        self.stack.setCurrentIndex(1)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self._choose(item.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys move through the results while the cursor stays in the search box.
        if watched is self.search_edit and event.type() == QEvent.KeyPress and self.stack.currentIndex() == 1:
            key = event.key()
            count = self.results.count()
            if key in (Qt.Key_Down, Qt.Key_Up) and count:
                row = self.results.currentRow() + (1 if key == Qt.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(count - 1, row)))
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter) and self.results.currentItem() is not None:
                self._result_chosen(self.results.currentItem())
                return True
            if key == Qt.Key_Escape:
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ choosing

    def _choose(self, category_id: int) -> None:
        previous = self._current
        self.set_current(category_id)
        # A double click is a click plus an activation: announce a choice once.
        if self._current == category_id and previous != category_id:
            self._hide_message()
            self.leaf_chosen.emit(category_id)

    def _show_chosen(self, path_text: str | None) -> None:
        if path_text:
            self.chosen_label.setText(self.tr("已选类目：{path}").format(path=path_text))
        else:
            self.chosen_label.setText(self.tr("尚未选择类目（只能选择最末级的叶子类目）"))

    def _show_message(self, text: str, error: bool) -> None:
        color = colors.hex_color("error" if error else "success")
        self.message.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.message.hide()
        self.message.clear()

    # ------------------------------------------------------------ import

    def _update_import(self) -> None:
        """Importing replaces the tree: off while one runs and while the data can't be written."""
        writable.enable(self.import_button, self.ctx, getattr(self, "_op", None) is None)

    def choose_import_file(self) -> None:
        name = files.open_file_name(self, self.tr("导入类目文件"), self.tr("JSON 文件 (*.json);;所有文件 (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Import on a worker thread with progress and cancel; the window stays responsive.

        The runner announces the new tree (CATEGORIES) to the page that hosts this picker."""
        if self._op is not None:
            return
        self.import_button.setEnabled(False)
        self._show_message(self.tr("正在导入 {name}…").format(name=Path(path).name), error=False)
        self._op = Op(self, self.ctx, catalog.import_tree_json, Path(path), progress=PROGRESS, is_cancelled=CANCELLED)
        self._op.quiet().titled(self.tr("导入类目")).start(self.tr("正在导入类目…"), self._import_done,
                                                        object_name="categoryImportProgress")

    def _import_done(self, result: Result) -> None:
        self._op = None
        self._update_import()
        if not result:
            self._show_message(result.message, error=True)
            self.import_finished.emit(False, result.message)
            return
        imported = result.value
        text = self.tr("已导入 {nodes} 个类目，其中 {leaves} 个可用的叶子类目。").format(
            nodes=imported.nodes, leaves=imported.leaves
        )
        if imported.retired:
            text += self.tr("{n} 个旧类目仍被商品使用，已保留为停用。").format(n=imported.retired)
        self.reload()
        self._show_message(text, error=False)
        self.import_finished.emit(True, text)
