"""核对绑定账号: the platform's list against the local official/channel records; import asks the binding date."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services import platform_accounts as svc
from desktop.ui.common import writable
from desktop.ui.common.runner import Op


class BindingDateDialog(QDialog):
    """The platform does not give the binding date: the user types it (never in the future)."""

    def __init__(self, name: str, today, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("platformBindingDateDialog")
        self.setWindowTitle(self.tr("绑定日期"))
        self.date = QDateEdit(objectName="platformBindingDateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        note = QLabel(self.tr("抖店不提供「{name}」的绑定日期，请按抖店后台的记录填写（渠道号满 180 天才能解绑）。")
                      .format(name=name))
        note.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("绑定日期(&D)"))
        label.setBuddy(self.date)
        form.addRow(label, self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self):
        return self.date.date().toPython()


class AccountsDiffDialog(QDialog):
    def __init__(self, ctx, shop_id: int, diffs, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.shop_id = ctx, shop_id
        self.result_changes: frozenset = frozenset()
        self.setObjectName("platformAccountsDialog")
        self.setWindowTitle(self.tr("核对绑定账号"))
        self.resize(820, 380)
        self.table = QTableWidget(0, 4, objectName="platformAccountsTable")
        self.table.setHorizontalHeaderLabels([self.tr("账号"), self.tr("抖店类别"), self.tr("本地记录"),
                                              self.tr("核对结果")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("绑定账号核对结果"))
        self.error = QLabel(objectName="platformAccountsError")
        self.error.setWordWrap(True)
        self.import_button = QPushButton(self.tr("按抖店导入(&I)…"), objectName="platformImportAccountButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("抖店列出的官方账号和渠道号，与本地记录对照：")))
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_diffs(diffs)

    def show_diffs(self, diffs) -> None:
        self.diffs = list(diffs)
        categories = {"official": self.tr("官方账号"), "channel": self.tr("渠道号"), None: "—"}
        kinds = {"match": self.tr("一致"), "missing_local": self.tr("抖店有，本地没有记录"),
                 "missing_platform": self.tr("本地有，抖店没有列出"), "category_mismatch": self.tr("类别不一致"),
                 "ordinary": self.tr("普通达人（不核对）")}
        types = {0: self.tr("官方账号"), 1: self.tr("渠道号"), 2: self.tr("普通达人"), None: "—"}
        self.table.setRowCount(len(self.diffs))
        for i, d in enumerate(self.diffs):
            for j, v in enumerate((d.account_name or d.author_id, types[d.author_type], categories[d.local_category],
                                   kinds[d.kind])):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        first = next((i for i, d in enumerate(self.diffs) if d.importable), None)
        if first is not None:
            self.table.selectRow(first)
        self._update()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.diffs[rows[0].row()] if rows else None

    def _update(self) -> None:
        d = self._selected()
        writable.enable(self.import_button, self.ctx, bool(d and d.importable), self._update)
        self.import_button.setToolTip("" if d and d.importable else self.tr("只有「抖店有，本地没有记录」的账号可以导入"))

    def _import(self) -> None:
        d = self._selected()
        if d is None or not d.importable:
            return
        dlg = BindingDateDialog(d.account_name or d.author_id, self.ctx.today(), self)
        if not dlg.exec():
            return
        result = Op(self, self.ctx, svc.import_author, self.shop_id, d.author_id, dlg.value()) \
            .show_errors_in(self.error).run()
        if result:
            self.result_changes |= result.changes
            self.error.clear()
            self.show_diffs(svc.compare_accounts(self.ctx, self.shop_id))
