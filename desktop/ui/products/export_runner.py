"""Exporting in a worker thread with progress and cancel; the window never freezes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services import product_export
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op, Result


def tr(text: str) -> str:
    return QCoreApplication.translate("ProductExport", text)


def run_export(parent, ctx, ids, path) -> Op:
    """Export ``ids`` to ``path`` (xlsx or csv); says how many rows were written when done."""

    def done(result: Result) -> None:
        if result:
            QMessageBox.information(parent, tr("导出完成"),
                                    tr("已导出 {n} 行（每个 SKU 一行）到\n{path}").format(n=result.value, path=path))

    op = Op(parent, ctx, product_export.export_products, list(ids), path, progress=PROGRESS, is_cancelled=CANCELLED)
    return op.titled(tr("导出商品")).start(tr("正在导出商品…"), done, object_name="productExportProgress")
