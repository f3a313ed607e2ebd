"""达人数据: influencer GMV records per day (R-SELF-1 data), entered by hand or imported."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox

from desktop.domain import eligibility as elig
from desktop.domain import money
from desktop.domain.account_ids import PLATFORMS
from desktop.domain.decisions import allow, deny
from desktop.services import changes as ch
from desktop.services import gmv
from desktop.ui.common import formats
from desktop.ui.common.proxy import TableProxy
from desktop.ui.common.row_table import Column, RowTableModel
from desktop.ui.common.runner import Op
from desktop.ui.common.list_layout import lay_out_list, unsorted_columns
from desktop.ui.common.table_panel import ActionSpec, Names, TablePanel

NO_SHOP = deny(None, "请先选择店铺")
NO_ROW = deny(None, "请先在表格中选择一条记录")
SOURCES = {"manual": "手工录入", "import": "文件导入"}
MAX_ROWS = 100_000
RANGES = (("近30天", 30), ("近90天", 90), ("近一年", 365), ("全部", None))


def gmv_columns(tr) -> list[Column]:
    return [
        Column(tr("日期"), lambda r: r.day),
        Column(tr("达人"), lambda r: r.nickname or r.account_code, tooltip=lambda r: r.account_label),
        Column(tr("账号 ID"), lambda r: r.account_code),
        Column(tr("平台"), lambda r: tr(PLATFORMS.get(r.platform, r.platform))),
        Column(tr("本店 GMV（元）"), lambda r: money.format_fen(r.shop_gmv_fen), sort_key=lambda r: r.shop_gmv_fen,
               align_right=True),
        Column(tr("总 GMV（元）"), lambda r: money.format_fen(r.total_gmv_fen),
               sort_key=lambda r: r.total_gmv_fen, align_right=True),
        Column(tr("当天本店占比"), lambda r: elig.share_text(elig.share_bp(r.shop_gmv_fen, r.total_gmv_fen)),
               sort_key=lambda r: elig.share_bp(r.shop_gmv_fen, r.total_gmv_fen) or -1, align_right=True),
        Column(tr("来源"), lambda r: tr(SOURCES.get(r.source, r.source))),
        Column(tr("更新时间"), lambda r: r.updated_at.replace("T", " ")[:19]),
    ]


class InfluencersPage(TablePanel):
    watches = frozenset({ch.GMV, ch.ACCOUNTS, ch.SHOPS, ch.BINDINGS})
    ACTIONS = (
        ActionSpec("gmvEntryAction", "录入 GMV(&E)…", "enter", "Ctrl+N"),
        ActionSpec("gmvImportAction", "导入 CSV/XLSX(&I)…", "import_file", "Ctrl+I"),
        ActionSpec("gmvEditAction", "修改(&M)…", "edit", "Ctrl+E", default=True, separator=True),
        ActionSpec("gmvDeleteAction", "删除(&D)", "delete", "Del"),
        ActionSpec("gmvCorrectAction", "更正(&R)…", "correct", secondary=True),
    )

    def __init__(self, ctx, parent=None) -> None:
        # The same translation context as self.tr, which is not usable before the base class is built.
        model = RowTableModel(gmv_columns(lambda text: QCoreApplication.translate("InfluencersPage", text)))
        names = Names("gmvRecordsTable", "gmvTextFilter", "gmvToolbar", "gmvContextMenu", "gmvEmptyLabel")
        super().__init__(ctx, model, TableProxy(), names, parent)
        self.setObjectName("influencersPage")
        self.model.setObjectName("gmvRecordsModel")
        self.proxy.setParent(self)
        self.table.setAccessibleName(self.tr("达人 GMV 记录"))
        self.filter.setPlaceholderText(self.tr("按昵称、账号 ID、日期查找（Ctrl+F）…"))
        a = self.actions_by_name
        self.act_entry, self.act_import = a["gmvEntryAction"], a["gmvImportAction"]
        self.act_edit, self.act_delete = a["gmvEditAction"], a["gmvDeleteAction"]

        self.range = QComboBox(objectName="gmvRangeFilter")
        for label, days in RANGES:
            self.range.addItem(self.tr(label), days)
        self.count = QLabel(objectName="gmvCount")
        self.summary = QLabel(objectName="gmvShopFigures")
        self.summary.setWordWrap(True)
        # Rows arrive newest first from SQL; no Python-side sort until the user clicks a header.
        unsorted_columns(self.table, (95, 120, 110, 70, 120, 120, 95, 80))

        lay_out_list(self, self.tr("<b>达人数据</b>　每个达人账号每天一条：本店商品 GMV 和该达人的总 GMV。"
                                   "可手工录入，或导入从抖店/罗盘导出的 CSV、XLSX 文件（同一文件重复导入不会重复记录）。"),
                     self.summary, self.tr("时间范围(&R)"), self.range, self.count)
        self.range.currentIndexChanged.connect(self.reload)
        self.update_actions()

    def current(self):
        return self.selected_row()

    def decisions(self) -> dict:
        shop = allow() if self.shop_id else NO_SHOP
        row = allow() if self.current() else NO_ROW
        return {"gmvEntryAction": shop, "gmvImportAction": shop, "gmvEditAction": row, "gmvDeleteAction": row,
                "gmvCorrectAction": row}

    def empty_text(self) -> str:
        return self.first_step("gmvImportAction", self.tr("这段时间还没有达人 GMV 记录。"))

    def apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def reload(self) -> None:
        if self.shop_id is None:
            self.model.set_rows([])
            self.summary.setText("")
        else:
            days = self.range.currentData()
            date_from = self.ctx.today() - timedelta(days=days - 1) if days else None
            self.model.set_rows(Op(self, self.ctx, gmv.list_gmv, self.shop_id, date_from, None, MAX_ROWS).value_or([]))
            f = Op(self, self.ctx, gmv.shop_figures, self.shop_id).value_or(None)
            if f is not None:
                # R-SELF-7: the shop's figures include self-operated accounts, with their share.
                self.summary.setText(self.tr(
                    "近30天（{start} 至 {end}）：达人带来本店 GMV ¥{total}，{n} 个达人；"
                    "其中自营账号 ¥{own}（{k} 个），占 {share}。").format(
                        start=formats.date_text(f.start), end=formats.date_text(f.end),
                        total=money.format_fen(f.shop_gmv_fen), n=f.accounts,
                        own=money.format_fen(f.self_operated_fen), k=f.self_operated_accounts,
                        share=elig.share_text(f.self_share_bp)))
        self._update_count()
        self.update_actions()

    def _update_count(self) -> None:
        text = self.tr("共 {n} 条").format(n=self.proxy.rowCount())
        if self.model.rowCount() >= MAX_ROWS:
            text += self.tr("（只显示最近的 {n} 条，请缩小时间范围）").format(n=MAX_ROWS)
        self.count.setText(text)

    # The dialogs' operations announce what they changed to this page (their parent).
    def enter(self) -> None:
        from desktop.ui.influencers.gmv_entry_dialog import GmvEntryDialog

        if self.shop_id is None:
            return
        dlg = GmvEntryDialog(self.ctx, self.shop_id, self)
        dlg.exec()

    def edit(self) -> None:
        from desktop.ui.influencers.gmv_entry_dialog import GmvEntryDialog

        row = self.current()
        if row is None:
            return
        dlg = GmvEntryDialog(self.ctx, self.shop_id, self, record=row)
        dlg.exec()

    def correct(self) -> None:
        """更正 (R-FIX-1): the figure was wrong when entered; the reason goes into the history."""
        from desktop.ui.influencers.gmv_correction_dialog import GmvCorrectionDialog

        row = self.current()
        if row is not None:
            GmvCorrectionDialog(self.ctx, row, self).exec()

    def import_file(self) -> None:
        from desktop.ui.influencers.gmv_import_dialog import choose_and_import

        if self.shop_id is not None:
            choose_and_import(self.ctx, self.shop_id, self)

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除 GMV 记录"), self.tr("删除「{name}」{day} 的 GMV 记录？").format(
            name=row.account_label, day=row.day))
        if answer == QMessageBox.StandardButton.Yes:
            Op(self, self.ctx, gmv.delete_gmv, row.id).run()
