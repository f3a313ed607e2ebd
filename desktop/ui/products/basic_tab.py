"""基本信息: type, title, 推荐语, weight, category attributes, payment, stock counting."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import products as rules
from desktop.domain.products import ProductDraft
from desktop.ui.common import colors
from desktop.ui.common.a11y import link_label
from desktop.ui.products.fields import FieldBox, show_box_errors
from desktop.ui.common.decisions import bracketed

NO_DATE = QDate(1900, 1, 1)


def _combo(name: str, items: dict) -> QComboBox:
    combo = QComboBox(objectName=name)
    for code, label in items.items():
        combo.addItem(label, code)
    return combo


class BasicInfoTab(QScrollArea):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("productBasicTab")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take focus, not the scrolling frame
        body = QWidget()
        self.setWidget(body)
        self.boxes: dict[str, FieldBox] = {}
        self.attr_inputs: dict[str, tuple] = {}
        # Values for properties the leaf does not list (yet): kept, never dropped by a save. A
        # product from the platform carries them until the leaf's properties arrive (leaf_properties).
        self.attr_kept: dict = {}

        self.product_type = _combo("productTypeCombo", {k: self.tr(v) for k, v in rules.PRODUCT_TYPES.items()})
        self.title = QLineEdit(objectName="productTitleEdit")
        self.title.setPlaceholderText(self.tr("8–30 个汉字（16–60 个字符单位）"))
        self.title_units = QLabel(objectName="productTitleUnits")
        self.remark = QLineEdit(objectName="productRemarkEdit")
        self.remark.setPlaceholderText(self.tr("一句话推荐，不能包含表情符号"))
        self.weight = QLineEdit(objectName="productWeightEdit")
        self.weight.setPlaceholderText(self.tr("大于 0 且小于 10000"))
        self.weight_unit = QComboBox(objectName="productWeightUnit")
        for unit in rules.WEIGHT_UNITS:
            self.weight_unit.addItem(unit, unit)
        self.weight_unit.setAccessibleName(self.tr("重量单位"))  # else a screen reader says only "kg"
        self.payment = _combo("productPaymentCombo", {k: self.tr(v) for k, v in rules.PAYMENT_METHODS.items()})
        self.stock_mode = _combo("productStockModeCombo", {k: self.tr(v) for k, v in rules.STOCK_MODES.items()})

        weight_row = QWidget()
        wl = QHBoxLayout(weight_row)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.weight, 1)
        wl.addWidget(self.weight_unit)

        form = QFormLayout()
        self.form = form
        self._row(form, self.tr("商品类型(&Y)"), "product_type", "productType", self.product_type)
        self._row(form, self.tr("商品标题(&T)"), "title", "productTitle", self.title, self.title_units)
        self._row(form, self.tr("推荐语(&M)"), "remark", "productRemark", self.remark)
        self._row(form, self.tr("重量(&W)"), "weight", "productWeight", weight_row, buddy=self.weight)
        self._row(form, self.tr("支付方式(&P)"), "payment", "productPayment", self.payment)
        self._row(form, self.tr("库存计数(&K)"), "stock_mode", "productStockMode", self.stock_mode)

        self.attr_group = QGroupBox(self.tr("类目属性"), objectName="productAttributesGroup")
        self.attr_form = QFormLayout(self.attr_group)
        self.attr_hint = QLabel(self.tr("先在“类目”一步选择末级类目，这里会列出它的属性。"))
        self.attr_form.addRow(self.attr_hint)

        # Where the attributes come from (抖店, cache with its date, local tree): leaf_properties.py
        self.attr_source = QLabel(objectName="productAttributeSource")
        self.attr_source.setWordWrap(True)
        self.attr_source.hide()

        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.attr_source)
        layout.addWidget(self.attr_group)
        layout.addStretch()

        for w in (self.title, self.remark, self.weight):
            w.textChanged.connect(self.edited)
        for c in (self.product_type, self.weight_unit, self.payment, self.stock_mode):
            c.currentIndexChanged.connect(self.edited)
        self.title.textChanged.connect(self._update_units)
        self._update_units()

    def _row(self, form, label, field, name, *widgets, buddy=None) -> None:
        box = FieldBox(*widgets, name=name)
        self.boxes[field] = box
        lab = link_label(QLabel(label), buddy or widgets[0])
        form.addRow(lab, box)

    def _update_units(self) -> None:
        units = rules.title_units(self.title.text())
        self.title_units.setText(self.tr("{n} / {max} 单位（汉字算 2）").format(n=units, max=rules.TITLE_MAX_UNITS))

    # ------------------------------------------------------------ attributes

    def set_attribute_source(self, text: str, *, busy: bool = False, error: bool = False) -> None:
        self.attr_source.setText(text)
        self.attr_source.setStyleSheet(colors.text_style("error") if error else
                                       colors.text_style("muted") if busy else "")
        self.attr_source.setAccessibleName(text)
        self.attr_source.setVisible(bool(text))

    def set_attributes(self, attributes, values: dict) -> None:
        """Rebuild the inputs for the chosen leaf's attributes, keeping ``values``."""
        shown = {str(a.property_id) for a in attributes or ()}
        self.attr_kept = {k: v for k, v in values.items() if k not in shown}
        while self.attr_form.rowCount():
            self.attr_form.removeRow(0)
        self.attr_inputs.clear()
        for key in [k for k in self.boxes if k.startswith("attr:")]:
            del self.boxes[key]
        if attributes is None:
            self.attr_hint = QLabel(self.tr("先在“类目”一步选择末级类目，这里会列出它的属性。"))
            self.attr_form.addRow(self.attr_hint)
            return
        if not attributes:
            self.attr_form.addRow(QLabel(self.tr("这个类目没有类目属性。")))
        for attr in attributes:
            pid = str(attr.property_id)
            widget, getter = self._attr_input(attr, values.get(pid))
            box = FieldBox(widget, name=f"attr_{pid}")
            self.boxes[f"attr:{pid}"] = box
            label = QLabel(("* " if attr.required else "") + (bracketed(attr.name, attr.unit) if attr.unit else attr.name))
            self.attr_form.addRow(link_label(label, widget), box)
            self.attr_inputs[pid] = (attr, getter)
        self._attributes_after(self.stock_mode)

    def _attributes_after(self, previous: QWidget) -> None:
        """The attribute inputs are built after the dialog's buttons: put them back in reading order,
        right after the last fixed field, so Tab reaches them before 保存草稿."""
        for pid in self.attr_inputs:
            widget = self.findChild(QWidget, f"attr_{pid}")
            for target in [c for c in widget.findChildren(QCheckBox)] or [widget]:
                QWidget.setTabOrder(previous, target)
                previous = target

    def _attr_input(self, attr, value):
        """The input for one category attribute (R-P-ATTR) and a getter for its value."""
        name = f"attr_{attr.property_id}"
        build = {"single": self._single_input, "multi": self._multi_input, "date": self._date_input}.get(
            attr.type, self._text_input)
        return build(attr, value, name)

    def _single_input(self, attr, value, name):
        w = QComboBox(objectName=name)
        w.addItem(self.tr("请选择"), "")
        for opt in attr.options:
            w.addItem(opt, opt)
        w.setCurrentIndex(max(0, w.findData(value or "")))
        w.currentIndexChanged.connect(self.edited)
        return w, lambda: w.currentData() or ""

    def _multi_input(self, attr, value, name):
        w = QWidget(objectName=name)
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        boxes = []
        for opt in attr.options:
            cb = QCheckBox(opt, objectName=f"{name}_{len(boxes)}")
            cb.setChecked(opt in (value or []))
            cb.toggled.connect(self.edited)
            lay.addWidget(cb)
            boxes.append(cb)
        lay.addStretch()
        return w, lambda: [b.text() for b in boxes if b.isChecked()]

    def _date_input(self, attr, value, name):
        w = QDateEdit(objectName=name, calendarPopup=True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setMinimumDate(NO_DATE)
        w.setSpecialValueText(self.tr("未填写"))
        try:
            w.setDate(QDate(date.fromisoformat(value)) if value else NO_DATE)
        except (TypeError, ValueError):
            w.setDate(NO_DATE)
        w.dateChanged.connect(self.edited)
        return w, lambda: "" if w.date() == NO_DATE else w.date().toString("yyyy-MM-dd")

    def _text_input(self, attr, value, name):
        w = QLineEdit(str(value or ""), objectName=name)
        if attr.type == "number":
            w.setValidator(QDoubleValidator(w))
            w.setPlaceholderText(bracketed(self.tr("数字"), attr.unit) if attr.unit else self.tr("数字"))
        w.textChanged.connect(self.edited)
        return w, lambda: w.text()

    # ------------------------------------------------------------ draft

    def load(self, draft: ProductDraft) -> None:
        for w in (self.title, self.remark, self.weight):
            w.blockSignals(True)
        self.product_type.setCurrentIndex(max(0, self.product_type.findData(draft.product_type)))
        self.title.setText(draft.title)
        self.remark.setText(draft.remark)
        self.weight.setText(draft.weight)
        self.weight_unit.setCurrentIndex(max(0, self.weight_unit.findData(draft.weight_unit)))
        self.payment.setCurrentIndex(max(0, self.payment.findData(draft.payment)))
        self.stock_mode.setCurrentIndex(max(0, self.stock_mode.findData(draft.stock_mode)))
        for w in (self.title, self.remark, self.weight):
            w.blockSignals(False)
        self._update_units()

    def fill(self, draft: ProductDraft) -> None:
        draft.product_type = self.product_type.currentData()
        draft.title = self.title.text()
        draft.remark = self.remark.text()
        draft.weight = self.weight.text()
        draft.weight_unit = self.weight_unit.currentData()
        draft.payment = self.payment.currentData()
        draft.stock_mode = self.stock_mode.currentData()
        draft.attributes = {**self.attr_kept, **{pid: getter() for pid, (_, getter) in self.attr_inputs.items()}}

    def show_errors(self, by_field: dict) -> int:
        return show_box_errors(self.boxes, by_field)
