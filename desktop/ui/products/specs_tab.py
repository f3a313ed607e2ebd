"""规格与价格: up to 3 spec dimensions; the SKU grid follows their combinations (R-P-SKU)."""
from __future__ import annotations

import re

from PySide6.QtCore import Signal, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import products as rules
from desktop.domain.products import ProductDraft, SpecDim
from desktop.ui.common.a11y import keyboard_table
from desktop.ui.products.fields import FieldBox, error_text, show_box_errors
from desktop.ui.products.sku_model import SkuTableModel

SPLIT = re.compile(r"[,，、;；]")


def split_values(text: str) -> list[str]:
    return [v.strip() for v in SPLIT.split(text) if v.strip()]


class SpecsTab(QWidget):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("productSpecsTab")
        self.boxes: dict[str, FieldBox] = {}
        self.names: list[QLineEdit] = []
        self.values: list[QLineEdit] = []
        specs = QGroupBox(self.tr("规格（最多 3 个，规格值用逗号或顿号分隔）"), objectName="specsGroup")
        grid = QGridLayout(specs)
        grid.addWidget(QLabel(self.tr("规格名称")), 0, 0)
        grid.addWidget(QLabel(self.tr("规格值")), 0, 1)
        for i in range(rules.MAX_SPECS):
            name = QLineEdit(objectName=f"specName{i}")
            name.setPlaceholderText(self.tr("如：颜色") if i == 0 else self.tr("如：尺码") if i == 1 else "")
            values = QLineEdit(objectName=f"specValues{i}")
            values.setPlaceholderText(self.tr("如：红，黑") if i == 0 else self.tr("如：S，M，L") if i == 1 else "")
            # A grid row has no label of its own: "规格 1 名称", "规格 1 规格值" for a screen reader.
            name.setAccessibleName(self.tr("规格 {n} 名称").format(n=i + 1))
            values.setAccessibleName(self.tr("规格 {n} 规格值").format(n=i + 1))
            self.boxes[f"spec:{i}:name"] = FieldBox(name, name=f"specName{i}")
            self.boxes[f"spec:{i}:values"] = FieldBox(values, name=f"specValues{i}")
            grid.addWidget(self.boxes[f"spec:{i}:name"], i + 1, 0)
            grid.addWidget(self.boxes[f"spec:{i}:values"], i + 1, 1)
            grid.setColumnStretch(1, 1)
            self.names.append(name)
            self.values.append(values)
        self.specs_error = FieldBox(QWidget(), name="specs")
        grid.addWidget(self.specs_error, rules.MAX_SPECS + 1, 0, 1, 2)

        self.model = SkuTableModel(self)
        self.model.setObjectName("skuModel")
        self.table = QTableView(objectName="skuTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        keyboard_table(self.table, self.tr("SKU 价格与库存"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sku_box = FieldBox(self.table, name="skus")

        self.batch_sale = QLineEdit(objectName="skuBatchSale")
        self.batch_sale.setPlaceholderText(self.tr("售价"))
        self.batch_original = QLineEdit(objectName="skuBatchOriginal")
        self.batch_original.setPlaceholderText(self.tr("原价"))
        self.batch_stock = QLineEdit(objectName="skuBatchStock")
        self.batch_stock.setPlaceholderText(self.tr("库存"))
        for field, text in ((self.batch_sale, self.tr("批量设置售价")), (self.batch_original, self.tr("批量设置原价")),
                            (self.batch_stock, self.tr("批量设置库存"))):
            field.setAccessibleName(text)
        self.batch_apply = QPushButton(self.tr("设置到所选 SKU(&B)"), objectName="skuBatchApplyButton")
        self.batch_apply.setToolTip(self.tr("把填写的价格或库存设置到选中的 SKU；没有选中时设置到全部 SKU"))
        self.batch_apply.clicked.connect(self.apply_batch)
        batch = QHBoxLayout()
        batch.addWidget(QLabel(self.tr("批量设置：")))
        for w in (self.batch_sale, self.batch_original, self.batch_stock, self.batch_apply):
            batch.addWidget(w)
        batch.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(specs)
        layout.addLayout(batch)
        layout.addWidget(self.sku_box, 1)

        self._regen = QTimer(self, singleShot=True, interval=300)
        self._regen.timeout.connect(self.regenerate)
        for w in self.names + self.values:
            w.textChanged.connect(self._regen.start)
            w.editingFinished.connect(self._flush)
        self.model.edited.connect(self.edited)

    def _flush(self) -> None:
        if self._regen.isActive():
            self._regen.stop()
            self.regenerate()

    def specs(self) -> list[SpecDim]:
        return [SpecDim(n.text().strip(), split_values(v.text())) for n, v in zip(self.names, self.values)]

    def regenerate(self) -> None:
        """R-P-SKU: exactly the combinations, keeping what was typed for those that remain."""
        specs = rules.clean_specs(self.specs())
        skus = rules.regenerate_skus(specs, self.model.skus())
        self.model.set_skus([d.name for d in specs], skus)
        self.edited.emit()

    def apply_batch(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) or list(range(self.model.rowCount()))
        for field, edit in (("sale", self.batch_sale), ("original", self.batch_original), ("stock", self.batch_stock)):
            if edit.text().strip():
                self.model.set_field(rows, field, edit.text().strip())

    def load(self, draft: ProductDraft) -> None:
        for i in range(rules.MAX_SPECS):
            dim = draft.specs[i] if i < len(draft.specs) else SpecDim("", [])
            for w, text in ((self.names[i], dim.name), (self.values[i], "，".join(dim.values))):
                w.blockSignals(True)
                w.setText(text)
                w.blockSignals(False)
        specs = rules.clean_specs(draft.specs)
        self.model.set_skus([d.name for d in specs], list(draft.skus))

    def fill(self, draft: ProductDraft) -> None:
        self._flush()
        draft.specs = self.specs()  # all rows, so error fields spec:<i> match the rows on screen
        draft.skus = self.model.skus()

    def show_errors(self, by_field: dict) -> int:
        n = show_box_errors(self.boxes, by_field)
        spec_errs = by_field.get("specs", [])
        self.specs_error.set_errors(spec_errs)
        sku_errs = [e for f, es in by_field.items() if f == "skus" or f.startswith("sku:") for e in es]
        cells = {}
        for f, es in by_field.items():
            if f.startswith("sku:"):
                _, row, field = f.split(":")
                cells[(int(row), field)] = "\n".join(map(error_text, es))
        self.model.set_errors(cells)
        self.sku_box.set_errors(sku_errs)
        return n + len(spec_errs) + len(sku_errs)
