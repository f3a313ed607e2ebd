"""Table model of influencer candidates for self-operated marking (R-SELF-1)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain import eligibility as elig
from desktop.domain import money
from desktop.domain import self_operated as so
from desktop.domain.account_ids import PLATFORMS
from desktop.ui.common.decisions import decision_text
from desktop.ui.common.proxy import TableProxy
from desktop.ui.common.row_table import ROW_ROLE, SORT_ROLE
from desktop.ui.common import colors
from desktop.ui.common.texts import translated



def tr(text: str) -> str:
    return QCoreApplication.translate("SelfOperatedPanel", text)


class CandidateModel(QAbstractTableModel):
    NAME, CODE, PLATFORM, SHOP_GMV, TOTAL_GMV, SHARE, ELIGIBLE, STATE, SOURCE, NOTE = range(10)
    NUMERIC = (SHOP_GMV, TOTAL_GMV, SHARE)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self.eligible_count = self.unmarked_eligible_count = 0
        self._titles = [tr("达人"), tr("账号 ID"), tr("平台"), tr("近30天本店 GMV（元）"), tr("近30天总 GMV（元）"),
                        tr("本店占比"), tr("是否符合"), tr("状态"), tr("来源"), tr("说明")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Counted once per load: the panel's count line and 一键提议's decision ask on every
        # selection change, and 10,000 rows are not free to walk each time.
        eligible = [r for r in self._rows if r.eligible]
        self.eligible_count = len(eligible)
        self.unmarked_eligible_count = sum(1 for r in eligible if not r.live)
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def _display(self, r, col: int) -> str:
        if col == self.NAME:
            return r.nickname or r.account_code
        if col == self.CODE:
            return r.account_code
        if col == self.PLATFORM:
            return tr(PLATFORMS.get(r.platform, r.platform))
        if col == self.SHOP_GMV:
            return money.format_fen(r.shop_gmv_fen)
        if col == self.TOTAL_GMV:
            return money.format_fen(r.total_gmv_fen)
        if col == self.SHARE:
            return elig.share_text(r.share_bp)
        if col == self.ELIGIBLE:
            return tr("符合") if r.eligible else tr("不符合")
        if col == self.STATE:
            return tr(r.state_label)
        if col == self.SOURCE:
            return tr(so.SOURCES[r.source]) if r.source else ""
        if col == self.NOTE:
            return self._note(r)
        return ""

    def _note(self, r) -> str:
        if r.other_shop:
            return tr("已是「{shop}」的自营账号").format(shop=r.other_shop)
        if not r.eligible:
            return decision_text(r.eligibility)
        return ""

    def _sort_key(self, r, col: int):
        if col == self.SHOP_GMV:
            return r.shop_gmv_fen
        if col == self.TOTAL_GMV:
            return r.total_gmv_fen
        if col == self.SHARE:
            return -1 if r.share_bp is None else r.share_bp
        if col == self.ELIGIBLE:
            return int(r.eligible)
        return self._display(r, col)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ROW_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def _foreground(self, r, col: int):
        if col == self.ELIGIBLE:
            return colors.color("success" if r.eligible else "muted")
        if col == self.STATE:
            return colors.state_color({so.AWAITING: "awaiting", so.SELF_OPERATED: "self_operated"}.get(r.state, ""))
        return None

    def _tooltip(self, r, col: int):
        if col in (self.ELIGIBLE, self.NOTE, self.SHARE):
            return decision_text(r.mark) or tr("符合自营条件，可以标记为自营")
        return translated(r.label) if col == self.NAME else None


class CandidateProxy(TableProxy):
    """Text filter over all columns plus a quick filter by eligibility / state."""

    MODES = ("all", "eligible", "ineligible", "awaiting", "self")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mode = "all"
        self._text = ""

    def set_mode(self, mode: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: invalidateFilter() is deprecated
            self.beginFilterChange()
            self._mode = mode
            self.endFilterChange()
        else:
            self._mode = mode
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._text = text.strip()
        super().set_text(text)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._mode == "all" and not self._text:
            return True  # the usual view: 10,000 rows without a call back into Qt for each
        if self._mode != "all":
            r = self.sourceModel().row_at(source_row)
            ok = {
                "eligible": r.eligible,
                "ineligible": not r.eligible,
                "awaiting": r.state == so.AWAITING,
                "self": r.state == so.SELF_OPERATED,
            }[self._mode]
            if not ok:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
