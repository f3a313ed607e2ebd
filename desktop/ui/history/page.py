"""操作记录 (R-LOG-1): the append-only history, filtered by shop, account, action and date."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout

from desktop.domain.messages import is_text
from desktop.services import changes as ch
from desktop.services import history
from desktop.ui.common.proxy import TableProxy
from desktop.ui.common.row_table import Column, RowTableModel
from desktop.ui.common.runner import Op
from desktop.ui.common.table_panel import Names, TablePanel
from desktop.ui.common import colors
from desktop.ui.common.decisions import rule_text
from desktop.ui.common.texts import translated


def shown(value: str) -> str:
    """A subject or detail in the user's language when the row kept its making (m0015); user data as written."""
    return translated(value) if is_text(value) else value


def detail_text(row) -> str:
    """说明: a refusal's reason is followed by its rule, as the refusal itself was shown."""
    if is_text(row.detail) and row.detail.context == "rules":
        return rule_text(translated(row.detail), row.rule_id)
    return shown(row.detail)


def history_columns(tr) -> list[Column]:
    return [
        Column(tr("时间"), lambda r: r.at.replace("T", " ")[:19], sort_key=lambda r: (r.at, r.id)),
        Column(tr("店铺"), lambda r: r.shop_name),
        Column(tr("对象"), lambda r: shown(r.subject)),
        Column(tr("操作"), lambda r: tr(r.action_label)),
        Column(
            tr("结果"),
            lambda r: tr("成功") if r.outcome == "ok" else tr("被拒绝"),
            foreground=lambda r: colors.state_color(r.outcome),
        ),
        Column(tr("规则"), lambda r: r.rule_id or ""),
        Column(tr("说明"), detail_text, tooltip=detail_text),
        # Who did it (m0010). Appended, so a table layout saved before they existed still fits;
        # the header shows them after 结果 (see HistoryPage.WHO_AFTER).
        Column(tr("用户"), lambda r: r.user_name),
        Column(tr("电脑"), lambda r: r.computer_name),
    ]


RULE_COLUMN, DETAIL_COLUMN, USER_COLUMN, COMPUTER_COLUMN = 5, 6, 7, 8


def shows_who(rows, team_mode: bool) -> bool:
    """The 用户 and 电脑 columns are worth their width in team mode, or when the rows name more than
    one user or computer (a data folder moved between computers, or shared by logins). One person on
    one computer would read the same two words on every row, so they stay hidden then."""
    if team_mode:
        return True
    users = {r.user_name for r in rows if r.user_name}
    computers = {r.computer_name for r in rows if r.computer_name}
    return len(users) > 1 or len(computers) > 1


class HistoryPage(TablePanel):
    """Read-only: no actions, only filters (R-LOG-1: the history is never edited)."""

    watches = frozenset({ch.HISTORY, ch.SHOPS})

    def __init__(self, ctx, parent=None) -> None:
        # The same translation context as self.tr, which is not usable before the base class is built.
        model = RowTableModel(history_columns(lambda text: QCoreApplication.translate("HistoryPage", text)))
        names = Names("historyTable", "historyTextFilter", "historyToolbar", "historyContextMenu", "historyEmptyLabel")
        super().__init__(ctx, model, TableProxy(), names, parent)
        self.model.setObjectName("historyModel")
        self.proxy.setParent(self)
        self.table.setAccessibleName(self.tr("操作记录"))

        self.scope = QComboBox(objectName="historyShopFilter")
        self.scope.addItem(self.tr("当前店铺"), "current")
        self.scope.addItem(self.tr("全部店铺"), "all")
        self.action_filter = QComboBox(objectName="historyActionFilter")
        self.account_filter = QLineEdit(objectName="historyAccountFilter")
        self.account_filter.setPlaceholderText(self.tr("账号或对象"))
        self.account_filter.setAccessibleName(self.tr("按账号或对象筛选"))
        self.use_from = QCheckBox(self.tr("从"), objectName="historyFromCheck")
        self.date_from = QDateEdit(objectName="historyDateFrom", calendarPopup=True)
        self.use_to = QCheckBox(self.tr("到"), objectName="historyToCheck")
        self.date_to = QDateEdit(objectName="historyDateTo", calendarPopup=True)
        today = QDate.currentDate()
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        for w in (self.date_from, self.date_to):
            w.setDisplayFormat("yyyy-MM-dd")
        # The check boxes 从/到 sit before them but a check box is no buddy: name the dates themselves.
        self.date_from.setAccessibleName(self.tr("起始日期"))
        self.date_to.setAccessibleName(self.tr("截止日期"))
        self.text = self.filter
        self.text.setPlaceholderText(self.tr("在结果中查找（Ctrl+F）…"))
        self.count = QLabel(objectName="historyCount")

        bar = QHBoxLayout()
        for label, w in ((self.tr("店铺(&S)"), self.scope), (self.tr("操作(&O)"), self.action_filter)):
            buddy = QLabel(label)
            buddy.setBuddy(w)  # a screen reader reads the label as the combo's name; Alt+key focuses it
            bar.addWidget(buddy)
            bar.addWidget(w)
        bar.addWidget(self.account_filter)
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(self.text)

        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fixed starting widths: resizing to contents would measure every row.
        for column, width in enumerate((150, 150, 190, 130, 60, 80)):
            self.table.setColumnWidth(column, width)
        self._place_who()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>操作记录</b>　每一次绑定、确认、取消、解绑、标记、取消标记和被拒绝的尝试都记在这里，只能查看，不能修改。")))
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        for signal in (
            self.scope.currentIndexChanged,
            self.action_filter.currentIndexChanged,
            self.use_from.toggled,
            self.use_to.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.account_filter.editingFinished,
        ):
            signal.connect(self.reload)
        self.update_actions()

    def _filter(self) -> history.HistoryFilter:
        shop_id = self.shop_id if self.scope.currentData() == "current" else None
        return history.HistoryFilter(
            shop_id=shop_id,
            action=self.action_filter.currentData() or None,
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,
            text=self.account_filter.text().strip(),
        )

    def _reload_actions(self) -> None:
        keep = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("全部操作"), "")
        for code in Op(self, self.ctx, history.known_actions).value_or([]):
            self.action_filter.addItem(self.tr(history.action_label(code)), code)
        idx = self.action_filter.findData(keep)
        self.action_filter.setCurrentIndex(max(0, idx))
        self.action_filter.blockSignals(False)

    def reload(self) -> None:
        self._reload_actions()
        self.model.set_rows(Op(self, self.ctx, history.list_history, self._filter()).value_or([]))
        self._show_who()
        self._update_count()

    def _place_who(self) -> None:
        """用户 and 电脑 after 结果, before 规则 and 说明; 说明 (the last on screen) takes the rest.
        Also mends a column layout saved before these columns existed (restored after __init__)."""
        header = self.table.horizontalHeader()
        if header.visualIndex(USER_COLUMN) < header.visualIndex(DETAIL_COLUMN):
            return
        for column in (USER_COLUMN, COMPUTER_COLUMN):
            header.moveSection(header.visualIndex(column), header.visualIndex(RULE_COLUMN))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DETAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((USER_COLUMN, 100), (COMPUTER_COLUMN, 120)):
            self.table.setColumnWidth(column, width)

    def _show_who(self) -> None:
        self._place_who()
        shown = shows_who(self.model.rows(), bool(self.ctx is not None and self.ctx.is_server))
        for column in (USER_COLUMN, COMPUTER_COLUMN):
            self.table.setColumnHidden(column, not shown)

    def apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def empty_text(self) -> str:
        if self.filter.text().strip() or self.model.rowCount():
            return self.tr("没有符合筛选条件的记录。")
        return self.tr("还没有操作记录：绑定账号、标记自营或提交商品后，每一次操作（包括被拒绝的）都会记在这里。")

    def _update_count(self) -> None:
        self.count.setText(self.tr("共 {n} 条").format(n=self.proxy.rowCount()))
