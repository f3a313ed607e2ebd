"""自营账号 section of the 账号 page (R-SELF-1..7).

The candidates table shows each influencer's 30-day shop GMV, total GMV,
share and eligibility; the actions follow the domain's decisions for the
selected row(s) and stay visible, disabled with the reason, when a rule
forbids them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.domain import eligibility as elig
from desktop.domain import money
from desktop.domain import self_operated as rules
from desktop.domain.decisions import allow, deny
from desktop.services import changes as ch
from desktop.services import self_operated as svc
from desktop.ui.accounts.candidate_model import CandidateModel, CandidateProxy
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op
from desktop.ui.common.table_panel import ActionSpec, Names, TablePanel
from desktop.ui.common.texts import translated

WATCHES = frozenset({ch.BINDINGS, ch.ACCOUNTS, ch.GMV, ch.SHOPS})
NO_SELECTION = deny(None, "请先在表格中选择一个达人账号")
MANY_SELECTED = deny(None, "选中了多个账号：请用「批量标记为自营」")
NO_SHOP = deny(None, "请先选择店铺")
NOTHING_TO_BATCH = deny(None, "请先选择要标记的达人账号（可多选）")
NO_GMV = deny(None, "在「达人数据」页录入或导入 GMV")
# The actions that act on one selected account.
ROW_ACTIONS = ("selfMarkAction", "selfAuthorizedAction", "selfDeclinedAction", "selfUnmarkAction",
               "selfPlatformConfiguredAction")


class SelfOperatedPanel(TablePanel):
    watches = WATCHES
    ACTIONS = (
        ActionSpec("selfMarkAction", "标记为自营(&M)", "mark", "Ctrl+M", default=True, explains=True),
        ActionSpec("selfBatchMarkAction", "批量标记为自营(&B)", "batch_mark", "Ctrl+B"),
        ActionSpec("selfProposeAllAction", "一键提议全部符合条件(&P)", "propose_all", "Ctrl+Shift+P", menu=False),
        ActionSpec("selfAuthorizedAction", "达人已同意(&Y)", "agree", "Ctrl+Y", separator=True),
        ActionSpec("selfDeclinedAction", "达人已拒绝(&N)", "decline", "Ctrl+Shift+Y"),
        ActionSpec("selfUnmarkAction", "标记为带货(&U)", "unmark", "Ctrl+U"),
        ActionSpec("selfPlatformConfiguredAction", "登记平台配置的自营(&L)", "record_platform", "Ctrl+L",
                   separator=True, secondary=True),
        ActionSpec("selfGmvEntryAction", "录入 GMV(&E)…", "enter_gmv", "Ctrl+E", separator=True, menu=False,
                   secondary=True),
        ActionSpec("selfGmvImportAction", "导入 GMV(&I)…", "import_gmv", "Ctrl+I", menu=False, secondary=True),
    )

    def __init__(self, ctx, parent: QWidget | None = None, gmv=None) -> None:
        model, proxy = CandidateModel(), CandidateProxy()
        names = Names("selfCandidatesTable", "selfCandidatesFilter", "selfToolbar", "selfContextMenu",
                      "selfCandidatesEmptyLabel")
        super().__init__(ctx, model, proxy, names, parent, multi=True)
        self.setObjectName("selfOperatedPanel")
        self.table.setAccessibleName(self.tr("达人账号列表"))
        self.filter.setPlaceholderText(self.tr("按昵称、账号 ID 查找（Ctrl+F）…"))
        # The GMV dialogs belong to the influencers feature; the shell hands them in (enter_gmv, import_gmv).
        self.gmv = gmv
        self._dirty = False
        self._op: Op | None = None
        self.last_batch_dialog = None
        model.setObjectName("selfCandidatesModel")
        proxy.setParent(self)
        proxy.setObjectName("selfCandidatesProxy")
        a = self.actions_by_name
        self.act_mark, self.act_batch = a["selfMarkAction"], a["selfBatchMarkAction"]
        self.act_propose, self.act_agree = a["selfProposeAllAction"], a["selfAuthorizedAction"]
        self.act_decline, self.act_unmark = a["selfDeclinedAction"], a["selfUnmarkAction"]
        self.act_platform, self.act_entry = a["selfPlatformConfiguredAction"], a["selfGmvEntryAction"]
        self.act_import = a["selfGmvImportAction"]

        self.summary = QLabel(objectName="selfShopFigures")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.mode = QComboBox(objectName="selfCandidatesModeFilter")
        for label, mode in ((self.tr("全部达人"), "all"), (self.tr("符合条件"), "eligible"),
                            (self.tr("不符合条件"), "ineligible"), (self.tr("等待达人授权"), "awaiting"),
                            (self.tr("自营账号"), "self")):
            self.mode.addItem(label, mode)
        self.count = QLabel(objectName="selfCandidatesCount")
        self._setup_table()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示(&S)"), buddy=self.mode))
        bar.addWidget(self.mode)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>自营账号</b>　近30天（含今天）在本店的带货 GMV 占该达人总 GMV ≥ 50% 的达人可标记为自营；"
                               "标记后需达人授权。"))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.mode.currentIndexChanged.connect(self._on_mode)
        self.setTabOrder(self.mode, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.update_actions()

    def _setup_table(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # No sort until the user asks: rows arrive sorted by shop GMV, and a
        # Python-side sort of 10k rows on every show would cost more than the load.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((120, 110, 60, 130, 130, 80, 70, 100, 90)):
            self.table.setColumnWidth(col, width)

    # ------------------------------------------------------------ decisions

    def current_row(self):
        return self.selected_row()

    def decisions(self) -> dict:
        rows = self.selected_rows() if self.shop_id else []
        decided = self._row_decisions(rows[0]) if len(rows) == 1 else dict.fromkeys(
            ROW_ACTIONS, NO_SELECTION if not rows else MANY_SELECTED)
        shop = allow() if self.shop_id else NO_SHOP
        gmv = shop if self.gmv is not None else NO_GMV
        decided.update({
            "selfBatchMarkAction": allow() if rows else NOTHING_TO_BATCH,
            "selfProposeAllAction": rules.can_propose_all(self.model.unmarked_eligible_count) if self.shop_id else NO_SHOP,
            "selfGmvEntryAction": gmv,
            "selfGmvImportAction": gmv,
        })
        return decided

    @staticmethod
    def _row_decisions(row) -> dict:
        return {
            "selfMarkAction": row.mark,
            "selfAuthorizedAction": row.authorize,
            "selfDeclinedAction": row.authorize,
            "selfUnmarkAction": row.unmark,
            "selfPlatformConfiguredAction": row.platform_configured,
        }

    def empty_text(self) -> str:
        if self.model.rowCount() and self.proxy.rowCount() == 0:
            return self.tr("没有符合筛选条件的达人。")
        return self.first_step("selfGmvImportAction", self.tr("还没有达人 GMV 数据：录入或导入后，这里列出每个达人的近30天占比。"))

    def apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        if not self.isVisible() and self.window().isVisible():
            # Hidden behind another tab: load when shown (10k rows are not free).
            self._dirty = True
            return
        self._dirty = False
        selected = {r.account_id for r in self.selected_rows()}
        if self.shop_id is None:
            self.model.set_rows([])
            self.summary.setText("")
        else:
            rows, figures = Op(self, self.ctx, svc.candidates_and_figures, self.shop_id).value_or(([], None))
            self.model.set_rows(rows)
            self._show_figures(figures)
            if selected:
                self._reselect(selected)
        self._update_count()
        self.update_actions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def select_account(self, account_id: int) -> bool:
        """Make ``account_id``'s row current (clearing filters that hide it); False if it is not listed."""
        if self._dirty:
            self.reload()
        for r, row in enumerate(self.model.rows()):
            if row.account_id == account_id:
                idx = self.proxy.mapFromSource(self.model.index(r, 0))
                if not idx.isValid():
                    self.filter.clear()
                    self.mode.setCurrentIndex(0)
                    idx = self.proxy.mapFromSource(self.model.index(r, 0))
                sel = self.table.selectionModel()
                sel.setCurrentIndex(idx, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
                self.table.scrollTo(idx)
                return True
        return False

    def _reselect(self, account_ids: set[int]) -> None:
        sel = self.table.selectionModel()
        for r, row in enumerate(self.model.rows()):
            if row.account_id in account_ids:
                idx = self.proxy.mapFromSource(self.model.index(r, 0))
                if idx.isValid():
                    sel.select(idx, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def _show_figures(self, f) -> None:
        """R-SELF-7: the shop's 30-day figures include self-operated accounts; show their share."""
        if f is None:
            return
        self.summary.setText(self.tr(
            "近30天（{start} 至 {end}）达人带来本店 GMV <b>¥{total}</b>（{n} 个达人），"
            "其中自营账号 <b>¥{own}</b>（{k} 个），占 <b>{share}</b>。"
        ).format(start=f.start.isoformat(), end=f.end.isoformat(), total=money.format_fen(f.shop_gmv_fen),
                 n=f.accounts, own=money.format_fen(f.self_operated_fen), k=f.self_operated_accounts,
                 share=elig.share_text(f.self_share_bp)))

    def _on_mode(self) -> None:
        self.proxy.set_mode(self.mode.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("显示 {shown} / 共 {n} 个，符合条件 {e} 个").format(
            shown=self.proxy.rowCount(), n=self.model.rowCount(), e=self.model.eligible_count))

    # ------------------------------------------------------------ single-row operations

    def mark(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if Op(self, self.ctx, svc.mark_self_operated, self.shop_id, row.account_id).run():
            self.status_message.emit(self.tr("已标记「{name}」为自营，等待达人授权").format(name=translated(row.label)))

    def authorize(self, agreed: bool) -> None:
        row = self.current_row()
        if row is None or row.binding_id is None:
            return
        if not agreed and not self._confirm(self.tr("记录「{name}」拒绝授权？该账号将恢复为带货账号。").format(name=translated(row.label))):
            return
        Op(self, self.ctx, svc.record_authorization, row.binding_id, agreed).run()

    def agree(self) -> None:
        self.authorize(True)

    def decline(self) -> None:
        self.authorize(False)

    def unmark(self) -> None:
        row = self.current_row()
        if row is None or row.binding_id is None:
            return
        if not self._confirm(self.tr("将「{name}」标记为带货？它将不再是本店的自营账号。").format(name=translated(row.label))):
            return
        Op(self, self.ctx, svc.unmark, row.binding_id).run()

    def record_platform(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self._confirm(self.tr("登记「{name}」已由平台自动配置为本店的自营账号？").format(name=translated(row.label))):
            return
        Op(self, self.ctx, svc.record_platform_configured, self.shop_id, row.account_id).run()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("请确认"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ batch operations (R-SELF-3, R-SELF-5)

    def batch_mark(self) -> None:
        ids = [r.account_id for r in self.selected_rows()]
        if not ids or self.shop_id is None:
            return
        self._run_batch(Op(self, self.ctx, svc.batch_mark, self.shop_id, ids, PROGRESS, CANCELLED),
                        self.tr("正在批量标记 {n} 个账号…").format(n=len(ids)))

    def propose_all(self) -> None:
        if self.shop_id is None:
            return
        self._run_batch(Op(self, self.ctx, svc.propose_all_eligible, self.shop_id, None, PROGRESS, CANCELLED),
                        self.tr("正在提议全部符合条件的账号…"))

    def _run_batch(self, op: Op, label: str) -> None:
        if self._op is not None and self._op.is_running():
            return
        self._op = op.titled(self.tr("批量标记为自营"))
        op.start(label, lambda result: self._show_batch_result(result.value) if result else None,
                 object_name="selfBatchProgress")

    def _show_batch_result(self, items) -> None:
        from desktop.ui.accounts.batch_result_dialog import BatchResultDialog

        dlg = BatchResultDialog(items, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_batch_dialog = dlg
        dlg.open()

    # ------------------------------------------------------------ GMV data

    # The dialogs' operations announce what they changed to this panel (their parent).
    def enter_gmv(self) -> None:
        if self.gmv is not None and self.shop_id is not None:
            self.gmv.enter_gmv(self.ctx, self.shop_id, self, account=self.current_row())

    def import_gmv(self) -> None:
        if self.gmv is not None and self.shop_id is not None:
            self.gmv.import_gmv(self.ctx, self.shop_id, self)
