"""Exporting in a worker thread with progress and cancel; the window never freezes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.services import product_export
from desktop.services.errors import ServiceError
from desktop.ui.common.errors import message_for


def tr(text: str) -> str:
    return QCoreApplication.translate("ProductExport", text)


class ExportThread(QThread):
    progressed = Signal(int, int)
    done = Signal(object, object)  # (row count or None, error or None)

    def __init__(self, ctx, ids, path, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.ids, self.path = ctx, list(ids), path
        self.cancelled = False

    def run(self) -> None:
        try:
            n = product_export.export_products(
                self.ctx, self.ids, self.path, progress=self.progressed.emit, is_cancelled=lambda: self.cancelled
            )
            self.done.emit(n, None)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self.done.emit(None, exc)
        finally:
            self.ctx.db.close()  # this thread's own connection


def run_export(parent, ctx, ids, path) -> ExportThread:
    dialog = QProgressDialog(tr("正在导出商品…"), tr("取消"), 0, len(ids), parent)
    dialog.setObjectName("productExportProgress")
    dialog.setWindowTitle(tr("导出商品"))
    dialog.setMinimumDuration(300)
    thread = ExportThread(ctx, ids, path, parent)
    thread.progressed.connect(lambda done, total: dialog.setValue(done))
    dialog.canceled.connect(lambda: setattr(thread, "cancelled", True))

    def finished(count, error):
        dialog.reset()
        if error is None:
            QMessageBox.information(parent, tr("导出完成"), tr("已导出 {n} 行（每个 SKU 一行）到\n{path}").format(n=count, path=path))
        elif not isinstance(error, product_export.ExportCancelled):
            QMessageBox.warning(parent, tr("导出失败"), message_for(error))
        thread.deleteLater()

    thread.done.connect(finished)
    thread.start()
    return thread


__all__ = ["run_export", "ExportThread", "ServiceError"]
