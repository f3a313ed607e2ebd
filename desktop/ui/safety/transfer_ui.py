"""导出全部数据 / 导入全部数据 from the 工具 menu."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.ui.safety.work import CANCELLED, PROGRESS, Op, run_job, size_text

# Tests set these to skip the file dialogs: fn(parent) -> path or "".
CHOOSE_EXPORT = None
CHOOSE_IMPORT = None


def tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def export_all(window, ctx) -> Op | None:
    from desktop.services import transfer

    default = Path.home() / f"小店管家-全部数据-{date.today().isoformat()}{transfer.EXTENSION}"
    if CHOOSE_EXPORT is not None:
        chosen = CHOOSE_EXPORT(window)
    else:
        chosen, _ = QFileDialog.getSaveFileName(window, tr("导出全部数据"), str(default),
                                                tr("小店管家数据 (*.shopdesk)"))
    if not chosen:
        return None

    def done(info) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("已导出"), tr(
            "全部数据已导出到：\n{path}\n{shops} 个店铺，{products} 个商品，{images} 张图片，{size}。\n"
            "在另一台电脑上用 工具 → 导入全部数据… 打开它。").format(
            path=info.path, shops=info.shops, products=info.products, images=info.images,
            size=size_text(info.size)), parent=window)
        box.setObjectName("exportDoneDialog")
        box.open()

    return run_job(window, ctx, transfer.export_all, done, Path(chosen), PROGRESS, CANCELLED,
                   label=tr("正在导出全部数据…"))


def import_all(window, ctx, db_file: Path) -> Op | None:
    """Unpack and verify the file once in the background (into the data folder), ask for confirmation,
    then swap the verified file in (current data kept as a backup); 取消 removes the unpacked copy."""
    from desktop.services import transfer

    if CHOOSE_IMPORT is not None:
        chosen = CHOOSE_IMPORT(window)
    else:
        chosen, _ = QFileDialog.getOpenFileName(window, tr("导入全部数据"), str(Path.home()),
                                                tr("小店管家数据 (*.shopdesk)"))
    if not chosen:
        return None
    data_dir = ctx.data_dir

    def confirm(prepared) -> None:
        from desktop.ui.safety.startup import _ask

        info = prepared.info
        box = QMessageBox(QMessageBox.Icon.Question, tr("导入全部数据"), tr(
            "文件已通过校验：{made} 由小店管家 {version} 导出，{shops} 个店铺，{products} 个商品，{images} 张图片。\n\n"
            "导入会替换这台电脑上现在的全部数据。现在的数据会先保存为一个备份（“导入前的数据”），"
            "可以在 工具 → 备份与恢复… 中恢复。").format(
            made=info.made_at[:16].replace("T", " "), version=info.app_version, shops=info.shops,
            products=info.products, images=info.images), parent=window)
        box.setObjectName("confirmImportDialog")
        ok = box.addButton(tr("替换并导入"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        if _ask(box) is not ok:
            transfer.discard_import(prepared)
            return
        now = ctx.clock.now()
        window.swap_requested.emit(lambda: transfer.finish_import(data_dir, db_file, prepared, now))

    # The confirmation (and the swap after it) runs once the check's operation has finished:
    # the swap closes the session, which waits for running operations.
    return run_job(window, ctx, transfer.check_import,
                   lambda prepared: QTimer.singleShot(0, window, lambda: confirm(prepared)),
                   Path(chosen), PROGRESS, CANCELLED, label=tr("正在校验导入文件…"))
