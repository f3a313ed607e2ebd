"""商品创建/编辑: 类目 → 基本信息 → 图片 → 规格与价格 → 保存.

Validation runs on every edit with the same ``validate_product`` the service
uses; each error shows under its field with its rule ID, each step's tab says
how many errors it holds. 保存草稿 works with errors; 提交审核 is disabled
until there are none and its tooltip lists them all (R-P-SUBMIT).
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.domain import products as rules
from desktop.domain.decisions import Decision
from desktop.domain.products import ProductDraft
from desktop.services import products as svc
from desktop.ui.common.decisions import bracketed, decision_text
from desktop.ui.common.runner import Op
from desktop.ui.products.basic_tab import BasicInfoTab
from desktop.ui.common import colors, dialog_keys, screen, writable
from desktop.ui.products.fields import FieldBox, error_style
from desktop.ui.products.specs_tab import SpecsTab
from desktop.ui.products.category_picker import CategoryPicker
from desktop.ui.products.image_list import ImageListEditor
from desktop.ui.products.leaf_properties import LeafProperties

STEPS = ("类目", "基本信息", "图片", "规格与价格")


class ProductEditor(QDialog):
    # What a save or submit changed. The runner has already announced it to the editor's parent page.
    saved = Signal(frozenset)

    def __init__(self, ctx, shop_id: int, product_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.ctx, self.shop_id, self.product_id = ctx, shop_id, product_id
        self.detail = Op(parent, ctx, svc.get_product, product_id).value_or(None) if product_id else None
        self.state = self.detail.state if self.detail else "draft"
        self.decisions = svc.decisions_for_state(self.state)
        self.errors: list[rules.FieldError] = []
        self._leaf_cache: dict[int, object] = {}
        self.setWindowTitle(self.tr("编辑商品") if product_id else self.tr("新建商品"))
        self._first_size = (1000, 680)

        self.banner = QLabel(objectName="productEditorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(colors.notice_style())
        self.banner.hide()

        self.picker = CategoryPicker(ctx)
        self.category_box = FieldBox(self.picker, name="productCategory")
        self.basic = BasicInfoTab()
        self.images = ImageListEditor(ctx)
        self.images_box = FieldBox(self.images, name="productImages")
        self.specs = SpecsTab()
        self.leaf_properties = LeafProperties(self)  # from 抖店 when the shop is connected
        self.tabs = QTabWidget(objectName="productEditorTabs")
        for widget, title in zip((self.category_box, self.basic, self.images_box, self.specs), STEPS):
            self.tabs.addTab(widget, self.tr(title))

        self.summary = QLabel(objectName="productEditorSummary")
        self.summary.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("上一步(&P)"), objectName="productPrevStepButton")
        self.next_button = QPushButton(self.tr("下一步(&N)"), objectName="productNextStepButton")
        self.save_button = QPushButton(self.tr("保存草稿(&S)"), objectName="productSaveDraftButton")
        self.submit_button = QPushButton(self.tr("提交审核(&U)"), objectName="productSubmitButton")
        self.cancel_button = QPushButton(self.tr("关闭"), objectName="productEditorCloseButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        dialog_keys.mark_primary(self.save_button)  # Ctrl+Enter keeps what was typed
        self.save_button.setToolTip(self.tr("保存草稿（Ctrl+S 或 Ctrl+Enter）"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_button.click)
        for b in (self.prev_button, self.next_button, self.save_button, self.submit_button, self.cancel_button):
            b.setAutoDefault(False)  # Enter in a field must never submit or close
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.prev_button.clicked.connect(lambda: self.tabs.setCurrentIndex(max(0, self.tabs.currentIndex() - 1)))
        self.next_button.clicked.connect(lambda: self.tabs.setCurrentIndex(min(3, self.tabs.currentIndex() + 1)))
        self.tabs.currentChanged.connect(self._update_step_buttons)
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_button.click)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.prev_button.click)

        self.dirty = False
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        for signal in (self.basic.edited, self.images.changed, self.specs.edited, self.picker.leaf_chosen):
            signal.connect(self._mark_dirty)
        self.picker.leaf_chosen.connect(self._leaf_chosen)
        self.basic.edited.connect(self._timer.start)
        self.images.changed.connect(self._timer.start)
        self.specs.edited.connect(self._timer.start)

        self._load(self.detail.draft if self.detail else ProductDraft())
        self._show_state()
        self._update_step_buttons()
        self.revalidate()
        writable.watch(self, self._write_state_changed)
        self.dirty = False  # loading is not editing
        screen.resize_within_screen(self, *self._first_size)

    # ------------------------------------------------------------ loading

    def _leaf(self, category_id):
        if category_id is None:
            return None
        if category_id not in self._leaf_cache:
            self._leaf_cache[category_id] = svc.leaf_info(self.ctx, category_id)
        return self._leaf_cache[category_id]

    def _load(self, draft: ProductDraft) -> None:
        self.picker.set_current(draft.category_id)
        self._category_id = draft.category_id
        leaf = self._leaf(draft.category_id)
        self.basic.load(draft)
        self.basic.set_attributes(leaf.attributes if leaf else None, draft.attributes)
        self.images.set_images(list(draft.images))
        self.specs.load(draft)
        self.leaf_properties.want(draft.category_id if leaf else None)

    def _leaf_chosen(self, category_id: int) -> None:
        values = self.draft().attributes
        self._category_id = category_id
        leaf = self._leaf(category_id)
        self.basic.set_attributes(leaf.attributes if leaf else None, values)
        self.revalidate()
        self.leaf_properties.want(category_id if leaf else None)

    def properties_arrived(self, category_id: int) -> None:
        """The platform's properties replaced the leaf's: rebuild the fields and check again."""
        self._leaf_cache.pop(category_id, None)
        if category_id == getattr(self, "_category_id", None):
            values = self.draft().attributes
            leaf = self._leaf(category_id)
            self.basic.set_attributes(leaf.attributes if leaf else None, values)
            self.revalidate()

    def _show_state(self) -> None:
        lines = []
        if self.detail:
            lines.append(self.tr("商品 #{id}　状态：{state}").format(id=self.detail.id, state=self.tr(self.detail.state_label)))
        for r in self.detail.rejections if self.detail else ():
            lines.append(self.tr("审核未通过 — {field}：{reason}").format(field=r.field, reason=r.reason))
        edit = self.decisions["edit"]
        if not edit.allowed:
            lines.append(decision_text(edit))
            self.tabs.setEnabled(False)
        elif self.state in ("online", "warehouse", "offline"):
            lines.append(self.tr("这是已审核通过的商品：修改后需重新提交审核，提交后回到“待审核”。"))
        state = writable.write_decision(self.ctx)
        if not state.allowed:
            lines.append(decision_text(state))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    def _write_state_changed(self) -> None:
        self._show_state()
        self._update_buttons()

    # ------------------------------------------------------------ validation

    def draft(self) -> ProductDraft:
        d = ProductDraft(category_id=getattr(self, "_category_id", None))
        self.basic.fill(d)
        d.images = self.images.images()
        self.specs.fill(d)
        return d

    def revalidate(self) -> list[rules.FieldError]:
        draft = self.draft()
        leaf = self._leaf(draft.category_id)
        self.errors = rules.validate_product(draft, leaf.attributes if leaf else None)
        by_field = rules.errors_by_field(self.errors)
        counts = [
            len(by_field.get("category", [])),
            self.basic.show_errors(by_field),
            len(by_field.get("images", [])),
            self.specs.show_errors(by_field),
        ]
        self.category_box.set_errors(by_field.get("category", []))
        self.images_box.set_errors(by_field.get("images", []))
        for i, (title, n) in enumerate(zip(STEPS, counts)):
            self.tabs.setTabText(i, bracketed(self.tr(title), n) if n else self.tr(title) + " ✓")
        self._update_buttons()
        return self.errors

    def _submit_decision(self) -> Decision:
        action = "resubmit_edit" if self.state in ("online", "warehouse", "offline") else "submit"
        return rules.submit_decision(self.decisions[action], self.errors)

    def _update_buttons(self) -> None:
        submit = writable.gate(self.ctx, self._submit_decision())
        self.submit_button.setEnabled(submit.allowed)
        self.submit_button.setToolTip(decision_text(submit) if not submit.allowed else self.tr("提交给平台审核"))
        save = writable.gate(self.ctx, self.decisions["save_draft"])
        self.save_button.setEnabled(save.allowed)
        self.save_button.setToolTip(decision_text(save) if not save.allowed else self.tr("有错误也可以先保存草稿"))
        if self.errors:
            self.summary.setText(self.tr("还有 {n} 处需要修改（见各步骤中红字）").format(n=len(self.errors)))
            self.summary.setStyleSheet(error_style())
        else:
            self.summary.setText(self.tr("已符合全部规则，可以提交审核"))
            self.summary.setStyleSheet(colors.text_style("success"))

    def _mark_dirty(self, *_) -> None:
        self.dirty = True

    def reject(self) -> None:
        """Closing with changes asks 保存草稿 / 不保存 / 取消; nothing typed is lost silently."""
        if self.dirty:
            answer = self.ask_unsaved()
            if answer == "cancel":
                return
            if answer == "save":
                self.save_draft()
                if self.dirty:  # the save failed and said why; stay open
                    return
        super().reject()

    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("关闭编辑器"),
                          self.tr("这个商品有未保存的修改。关闭前要保存为草稿吗？"), parent=self)
        box.setObjectName("unsavedChangesDialog")
        save = None
        if self.save_button.isEnabled():
            save = box.addButton(self.tr("保存草稿"), QMessageBox.ButtonRole.AcceptRole)
            save.setObjectName("unsavedSaveDraftButton")
        discard = box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("unsavedDiscardButton")
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("unsavedCancelButton")
        box.setDefaultButton(save or cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if save is not None and clicked is save:
            return "save"
        return "discard" if clicked is discard else "cancel"

    def _update_step_buttons(self, *_) -> None:
        i = self.tabs.currentIndex()
        self.prev_button.setEnabled(i > 0)
        self.next_button.setEnabled(i < len(STEPS) - 1)

    # ------------------------------------------------------------ saving

    def save_draft(self) -> None:
        if self.images.is_busy():
            return
        result = Op(self, self.ctx, svc.save_draft, self.shop_id, self.draft(), self.product_id).run()
        if result:
            self.product_id = result.value
            self.setWindowTitle(self.tr("编辑商品"))
            self.dirty = False
            self.saved.emit(result.changes)
            self.summary.setText(self.tr("草稿已保存。") + self.summary.text())

    def submit(self) -> None:
        if self.revalidate() or self.images.is_busy():
            return
        result = Op(self, self.ctx, svc.submit, self.product_id, self.draft(), self.shop_id).run()
        if result:
            self.product_id = result.value
            self.dirty = False
            self.saved.emit(result.changes)
            self.accept()
