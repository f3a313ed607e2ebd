"""检查数据库: run the check off the UI thread, show a plain-words report, repair what is safe."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from desktop.ui.common import writable
from desktop.ui.safety.work import Op, run_job
from desktop.ui.common.texts import translated


class CheckDialog(QDialog):
    def __init__(self, parent, ctx) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        self.job: Op | None = None
        self.setObjectName("checkDatabaseDialog")
        self.setWindowTitle(self.tr("检查数据库"))
        self.resize(680, 420)
        intro = QLabel(self.tr("检查数据文件是否完好、记录之间的关联，以及账号规则（每店 1 个官方账号、最多 5 个渠道号、"
                               "一个账号只能是一个店铺的自营账号）、保护规则的触发器和每张商品图片。"
                               "修复只做不会丢失任何数据的事（例如重建索引），而且修复前会先备份。"))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="checkReport")
        self.text.setReadOnly(True)
        self.summary = QLabel(objectName="checkSummaryLabel")
        self.summary.setWordWrap(True)
        self.run_button = QPushButton(self.tr("开始检查(&S)"), objectName="runCheckButton")
        self.run_button.clicked.connect(self.run_check)
        self.repair_button = QPushButton(self.tr("安全修复(&R)"), objectName="repairButton")
        self.repair_button.setEnabled(False)
        self.repair_button.clicked.connect(self.repair)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.repair_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.run_button.setEnabled(not busy)
        writable.enable(self.repair_button, self.ctx, not busy and self._can_repair())
        if text:
            self.summary.setText(text)

    def _can_repair(self) -> bool:
        return bool(self.report and self.report.repairable())

    def run_check(self) -> Op:
        from desktop.services import check

        self._busy(True, self.tr("正在检查…（大的数据库可能需要一会儿，窗口可以继续使用）"))
        self.job = run_job(self, self.ctx, check.check_database, self.show_report, on_error=self._failed)
        return self.job

    def repair(self) -> Op | None:
        from desktop.services import check

        if not self._can_repair():
            return None
        self._busy(True, self.tr("正在备份并修复…"))
        self.job = run_job(self, self.ctx, check.repair, self.show_report, self.report, on_error=self._failed)
        return self.job

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False, self.tr("检查没有完成：") + message)

    def show_report(self, report) -> None:
        self.job = None
        self.report = report
        lines = []
        if report.backup:
            lines.append(self.tr("修复前已备份到：{path}").format(path=report.backup))
        lines.extend(translated(r) for r in report.repaired)
        lines.extend(self.checklist(report))
        if report.ok:
            summary = self.tr("没有发现问题。") if not report.repaired else self.tr("已修复，再次检查没有发现问题。")
        else:
            summary = self.tr("发现 {n} 个问题，其中 {r} 个可以安全修复。").format(
                n=len(report.findings), r=len(report.repairable()))
            for f in report.findings:
                mark = self.tr("［可修复］") if f.repairable else self.tr("［需要你处理］")
                lines.append(f"{mark} {translated(f.text)}")
        self.text.setPlainText("\n".join(lines))
        self._busy(False, summary)

    def checklist(self, report) -> list[str]:
        """What was checked, one line each, passed or not: a report, not only a verdict."""
        checks = (
            ("integrity", self.tr("数据库文件完整（SQLite 完整性检查）")),
            ("foreign_key", self.tr("记录之间的关联完整（没有记录指向不存在的店铺、账号或商品）")),
            ("official", self.tr("每个店铺最多 1 个官方账号")),
            ("channel", self.tr("每个店铺最多 5 个渠道号")),
            ("self", self.tr("一个账号最多是 1 个店铺的自营账号")),
            ("gmv", self.tr("每个账号每天在每个店铺只有 1 条 GMV 记录")),
            ("schema", self.tr("保护规则和操作记录的触发器都在")),
            ("image", self.tr("商品引用的每张图片都在，内容与记录的指纹一致")),
        )
        found = {}
        for f in report.findings:
            found[f.code] = found.get(f.code, 0) + 1
        return [(self.tr("✓ {check}") if not found.get(code) else self.tr("✗ {check}：{n} 个问题，见下文")).format(
            check=text, n=found.get(code, 0)) for code, text in checks] + [""]

    def reject(self) -> None:
        if self.job is not None:
            self.job.wait()
        super().reject()

