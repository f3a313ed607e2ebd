"""导入达人 GMV: column mapping → check (bad rows with row numbers) → import, with progress and cancel.

Nothing is written until the last step, and then in one transaction: a file
with bad rows writes nothing unless the user ticks 跳过错误行; cancelling
leaves the database as it was.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import joined
from desktop.domain import gmv_parsing
from desktop.domain.messages import joined
from desktop.services import gmv_import
from desktop.services.gmv_import import ImportHasErrors
from desktop.ui.common import files, screen, settings, writable
from desktop.ui.common.a11y import keyboard_table
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op, Result
from desktop.ui.common.row_table import Column, RowTableModel
from desktop.ui.common import colors
from desktop.ui.common.texts import translated

MAPPING, CHECK, DONE = range(3)


def choose_and_import(ctx, shop_id: int, parent=None) -> frozenset:
    """Ask for a file, run the dialog; the change set of a finished import (empty otherwise)."""
    tr = lambda text: QCoreApplication.translate("GmvImportDialog", text)  # noqa: E731
    path = files.open_file_name(
        parent, tr("选择达人 GMV 文件"), tr("表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"))
    if not path:
        return frozenset()
    source = open_file(ctx, path, parent)
    if source is None:
        return frozenset()
    dlg = GmvImportDialog(ctx, shop_id, source, parent)
    dlg.exec()
    return dlg.result_changes


def open_file(ctx, path, parent=None) -> gmv_import.ImportSource | None:
    """Check the file and read its header and preview on the runner's worker thread, with progress
    and 取消 (``fileReadProgress``); the window keeps answering meanwhile. None when cancelled or
    refused (the refusal is shown as a message)."""
    label = QCoreApplication.translate("GmvImportDialog", "正在读取 {name}…").format(name=Path(path).name)
    op = Op(parent, ctx, lambda _ctx, progress, cancelled: gmv_import.open_source(path, progress, cancelled),
            PROGRESS, CANCELLED).titled(QCoreApplication.translate("GmvImportDialog", "无法读取文件"))
    loop = QEventLoop()
    op.finished.connect(lambda _result: loop.quit())
    op.start(label, object_name="fileReadProgress")
    if op.result is None:
        loop.exec()
    return op.result.value if op.result.ok else None


class GmvImportDialog(QDialog):
    def __init__(self, ctx, shop_id: int, source: gmv_import.ImportSource, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id = shop_id
        self.source = source
        self.result_changes: frozenset = frozenset()
        self.report: gmv_import.CheckReport | None = None
        self.result: gmv_import.ImportResult | None = None
        self.op: Op | None = None
        self.setObjectName("gmvImportDialog")
        self.setWindowTitle(self.tr("导入达人 GMV"))
        screen.resize_within_screen(self, 900, 600)

        self.stack = QStackedWidget(objectName="gmvImportSteps")
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._check_page())
        self.stack.addWidget(self._done_page())

        self.progress = QProgressBar(objectName="gmvImportProgress")
        self.progress.setVisible(False)
        self.back = QPushButton(self.tr("上一步(&B)"), objectName="gmvImportBack")
        self.next = QPushButton(self.tr("检查数据(&C)"), objectName="gmvImportCheck")
        self.run = QPushButton(self.tr("导入(&I)"), objectName="gmvImportRun")
        self.cancel = QPushButton(self.tr("取消"), objectName="gmvImportCancel")
        self.back.clicked.connect(lambda: self._go(MAPPING))
        self.next.clicked.connect(self.start_check)
        self.run.clicked.connect(self.start_import)
        self.cancel.clicked.connect(self._on_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        for b in (self.back, self.next, self.run, self.cancel):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        info = QLabel(objectName="gmvImportFileInfo")
        enc = {"utf-8-sig": self.tr("UTF-8（带 BOM）"), "utf-8": "UTF-8", "gb18030": "GBK/GB18030", "utf-16": "UTF-16"}
        info.setText(self.tr("文件：{name}　格式：{kind}{enc}　约 {n} 行数据").format(
            name=source.path.name, kind=source.kind.upper(),
            enc=(self.tr("，编码 ") + enc.get(source.encoding, source.encoding)) if source.encoding else "",
            n=source.row_estimate))
        layout.addWidget(info)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._go(MAPPING)

    # ------------------------------------------------------------ step 1: mapping

    def _mapping_page(self) -> QWidget:
        page = QWidget(objectName="gmvImportMappingPage")
        grid = QGridLayout()
        suggested = self._remembered() or gmv_import.suggest_mapping(self.source.headers)
        self.combos: dict[str, QComboBox] = {}
        for n, field in enumerate(gmv_parsing.FIELDS):
            combo = QComboBox(objectName=f"gmvMap_{field}")
            required = field in gmv_parsing.REQUIRED
            combo.addItem(self.tr("（请选择）") if required else self.tr("（不导入）"), None)
            for i, h in enumerate(self.source.headers):
                combo.addItem(h or self.tr("第 {n} 列").format(n=i + 1), i)
            idx = suggested.get(field)
            combo.setCurrentIndex(0 if idx is None else idx + 1)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(self.tr(gmv_parsing.FIELD_LABELS[field]) + (" *" if required else ""))
            label.setBuddy(combo)
            grid.addWidget(label, n // 3, (n % 3) * 2)
            grid.addWidget(combo, n // 3, (n % 3) * 2 + 1)
            self.combos[field] = combo
        self.mapping_status = QLabel(objectName="gmvImportMappingStatus")
        self.mapping_status.setWordWrap(True)

        headers = self.source.headers
        width = max([len(headers)] + [len(r) for r in self.source.preview])
        cols = [Column(headers[i] if i < len(headers) and headers[i] else self.tr("第 {n} 列").format(n=i + 1),
                       (lambda r, i=i: r[i] if i < len(r) else "")) for i in range(width)]
        self.preview_model = RowTableModel(cols, self)
        self.preview_model.setObjectName("gmvImportPreviewModel")
        self.preview_model.set_rows(self.source.preview)
        self.preview = QTableView(objectName="gmvImportPreview")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        keyboard_table(self.preview, self.tr("文件预览"))
        self.preview.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("<b>第 1 步：对应列</b>　按表头名称自动匹配；名称不同时请为每个字段选择文件中的列（* 为必填）。")))
        v.addLayout(grid)
        v.addWidget(self.mapping_status)
        v.addWidget(QLabel(self.tr("文件预览（前 {n} 行）：").format(n=len(self.source.preview))))
        v.addWidget(self.preview, 1)
        return page

    def mapping(self) -> dict[str, int | None]:
        return {f: c.currentData() for f, c in self.combos.items()}

    def _settings_key(self) -> str:
        return f"gmv_import/mapping/{gmv_parsing.header_signature(self.source.headers)}"

    def _remembered(self) -> dict[str, int | None] | None:
        """The mapping chosen last time for a file with the same columns."""
        import json

        raw = settings.get_str(self._settings_key())
        try:
            saved = json.loads(raw) if raw else None
        except ValueError:
            return None
        if not isinstance(saved, dict):
            return None
        return gmv_parsing.remembered_mapping(self.source.headers, saved)

    def remember_mapping(self) -> None:
        import json

        by_name = gmv_parsing.mapping_by_name(self.source.headers, self.mapping())
        settings.set_value(self._settings_key(), json.dumps(by_name, ensure_ascii=False))

    def _mapping_changed(self) -> None:
        self.report = None
        self._update_buttons()

    def _mapping_problems(self) -> list[str]:
        return gmv_parsing.mapping_problems(self.mapping())

    # ------------------------------------------------------------ step 2: check

    def _check_page(self) -> QWidget:
        page = QWidget(objectName="gmvImportCheckPage")
        self.check_summary = QLabel(objectName="gmvImportCheckSummary")
        self.check_summary.setWordWrap(True)
        self.errors_model = RowTableModel(
            [Column(self.tr("行号"), lambda e: e.row, sort_key=lambda e: e.row, align_right=True),
             Column(self.tr("原因"), lambda e: translated(e.reason), foreground=lambda e: colors.color("error"))],
            self,
        )
        self.errors_model.setObjectName("gmvImportErrorsModel")
        self.errors = QTableView(objectName="gmvImportErrors")
        self.errors.setModel(self.errors_model)
        self.errors.verticalHeader().setVisible(False)
        keyboard_table(self.errors, self.tr("有问题的行"))
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setColumnWidth(0, 80)
        self.skip = QCheckBox(self.tr("跳过有错误的行，只导入正确的行(&S)"), objectName="gmvImportSkipBad")
        self.skip.toggled.connect(self._update_buttons)
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("<b>第 2 步：检查数据</b>　检查时不会写入任何数据。")))
        v.addWidget(self.check_summary)
        v.addWidget(self.errors, 1)
        v.addWidget(self.skip)
        return page

    def start_check(self) -> None:
        if self._mapping_problems():
            return
        mapping = self.mapping()
        self._go(CHECK)
        self.check_summary.setText(self.tr("正在检查…"))
        self.errors_model.set_rows([])
        self._start(Op(self, self.ctx, gmv_import.check, self.source, mapping, PROGRESS, CANCELLED),
                    lambda result: self._checked(result.value))

    def _checked(self, report: gmv_import.CheckReport) -> None:
        self.report = report
        text = self.tr("共 {rows} 行数据：{good} 行可以导入，{bad} 行有错误；{blank} 个空行已忽略。").format(
            rows=report.rows, good=report.good, bad=report.bad, blank=report.blank)
        if report.errors_truncated:
            text += self.tr("<br>下表只列出前 {n} 个错误行。").format(n=len(report.errors))
        if report.errors:
            text += "<br>" + colors.span("error", self.tr("有错误的文件不会导入任何数据，除非选择跳过错误行。"))
        self.check_summary.setText(text)
        self.errors_model.set_rows(report.errors)
        self.skip.setChecked(False)
        self.skip.setVisible(bool(report.errors))
        self._update_buttons()

    # ------------------------------------------------------------ step 3: import

    def _done_page(self) -> QWidget:
        page = QWidget(objectName="gmvImportDonePage")
        self.done_summary = QLabel(objectName="gmvImportDoneSummary")
        self.done_summary.setWordWrap(True)
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("<b>导入完成</b>")))
        v.addWidget(self.done_summary)
        v.addStretch()
        return page

    def start_import(self) -> None:
        if self.report is None or (self.report.errors and not self.skip.isChecked()) or not self.report.good:
            return
        mapping, skip = self.mapping(), self.skip.isChecked()
        self._start(Op(self, self.ctx, gmv_import.commit, self.shop_id, self.source, mapping, skip, PROGRESS,
                       CANCELLED), self._imported)

    def _imported(self, result: Result) -> None:
        # The runner has announced the import's changes to whoever opened this dialog.
        self.remember_mapping()
        self.result = result.value
        self.result_changes = result.changes
        r = self.result
        self.done_summary.setText(self.tr(
            "新增 {ins} 条，更新 {upd} 条，与已有数据相同 {same} 条；跳过错误行 {skip} 条，空行 {blank} 个；"
            "新建达人账号 {acc} 个。").format(ins=r.inserted, upd=r.updated, same=r.unchanged, skip=r.skipped,
                                       blank=r.blank, acc=r.accounts_created))
        self._go(DONE)

    # ------------------------------------------------------------ running

    def _start(self, op: Op, on_ok) -> None:
        self.op = op.quiet()  # failures are shown on the check page, not in a box
        self.progress.setVisible(True)
        op.start(self.windowTitle(), lambda result: self._finished(result, on_ok), progress_bar=self.progress)
        self._update_buttons()

    def _finished(self, result: Result, on_ok) -> None:
        self.op = None
        self.progress.setVisible(False)
        if result:
            on_ok(result)
        else:
            self._failed(result)
        self._update_buttons()

    def _failed(self, result: Result) -> None:
        if isinstance(result.error, ImportHasErrors) and not result.cancelled:
            self._checked(result.error.report)
        self.check_summary.setText(colors.span("error", html.escape(result.message)))
        if self.stack.currentIndex() != CHECK:
            self._go(CHECK)

    def _on_cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.cancel.setEnabled(False)
        elif self.stack.currentIndex() == DONE:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.op is not None:  # Esc while running: cancel first, close when it stopped
            self.op.cancel()
            self.op.wait()
        super().reject()

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        running = self.op is not None
        problems = self._mapping_problems()
        if step == MAPPING:
            if problems:
                self.mapping_status.setText(f"<span style='color:{colors.hex_color('error')}'>" + translated(joined("；", problems))
                                            + "</span>")
            else:
                self.mapping_status.setText(self.tr("列已对应好，可以检查数据。"))
        self.back.setVisible(step == CHECK)
        self.back.setEnabled(not running)
        self.next.setVisible(step == MAPPING)
        self.next.setEnabled(not problems and not running)
        self.run.setVisible(step == CHECK)
        ready = self.report is not None and self.report.good > 0 and (not self.report.errors or self.skip.isChecked())
        if self.report is not None and self.report.errors and not self.skip.isChecked():
            self.run.setToolTip(self.tr("文件中有错误行：请修正文件，或勾选「跳过有错误的行」"))
        else:
            self.run.setToolTip("")
        self.run.setProperty("writableSavedTip", None)  # the tooltip just set is the one to restore
        writable.enable(self.run, self.ctx, ready and not running, self._update_buttons)
        self.cancel.setEnabled(True)
        self.cancel.setText(self.tr("完成") if step == DONE else self.tr("取消"))
