"""核对绑定账号: the platform's list against the local official/channel records; import asks the binding date."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services import platform_accounts as svc
from desktop.ui.common import writable
from desktop.ui.common.buttons import ok_cancel
from desktop.ui.platform.row_choice import RowChoiceDialog


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
        buttons, _ok = ok_cancel(self, self.tr("导入(&O)"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self):
        return self.date.date().toPython()


class AccountsDiffDialog(RowChoiceDialog):
    def __init__(self, ctx, shop_id: int, diffs, parent=None) -> None:
        super().__init__(ctx, shop_id, parent)
        self.setWindowTitle(self.tr("核对绑定账号"))
        self.resize(820, 380)
        self.import_button = QPushButton(self.tr("按抖店导入(&I)…"), objectName="platformImportAccountButton")
        self.build(name="platformAccountsDialog", intro=self.tr("抖店列出的官方账号和渠道号，与本地记录对照："),
                   headers=[self.tr("账号"), self.tr("抖店类别"), self.tr("本地记录"), self.tr("核对结果")],
                   table_name="platformAccountsTable", table_label=self.tr("绑定账号核对结果"),
                   error_name="platformAccountsError", actions=[self.import_button])
        self.import_button.clicked.connect(self._import)
        self.show_diffs(diffs)

    def show_diffs(self, diffs) -> None:
        self.diffs = list(diffs)
        categories = {"official": self.tr("官方账号"), "channel": self.tr("渠道号"), None: "—"}
        kinds = {"match": self.tr("一致"), "missing_local": self.tr("抖店有，本地没有记录"),
                 "missing_platform": self.tr("本地有，抖店没有列出"), "category_mismatch": self.tr("类别不一致"),
                 "ordinary": self.tr("普通达人（不核对）")}
        types = {0: self.tr("官方账号"), 1: self.tr("渠道号"), 2: self.tr("普通达人"), None: "—"}
        rows = [(d.account_name or d.author_id, types[d.author_type], categories[d.local_category], kinds[d.kind])
                for d in self.diffs]
        self.show_rows(rows, next((i for i, d in enumerate(self.diffs) if d.importable), None))

    def reload(self) -> None:
        self.show_diffs(self.load(svc.compare_accounts, self.shop_id, default=self.diffs))

    def _selected(self):
        row = self.selected_row()
        return self.diffs[row] if row is not None else None

    def update_actions(self) -> None:
        d = self._selected()
        writable.enable(self.import_button, self.ctx, bool(d and d.importable), self.update_actions)
        self.import_button.setToolTip("" if d and d.importable else self.tr("只有「抖店有，本地没有记录」的账号可以导入"))

    def _import(self) -> None:
        d = self._selected()
        if d is None or not d.importable:
            return
        dlg = BindingDateDialog(d.account_name or d.author_id, self.ctx.today(), self)
        if dlg.exec():
            self.act(svc.import_author, self.shop_id, d.author_id, dlg.value())
