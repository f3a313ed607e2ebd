"""The 商品 table: 100,000 products without building 100,000 rows.

The model holds only the ordered ids of the current view (from
services.products_query, sorted and filtered in SQL) and asks for rows one
window of 200 at a time, keeping a few windows. ``sort()`` re-queries the ids;
the proxy in front of it passes sorting through (it never calls data() on
every row). Thumbnails are decoded a few per event-loop turn, only for rows
that were painted, and kept in QPixmapCache.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImageReader, QPixmap, QPixmapCache

from desktop.domain import money
from desktop.services.products_query import ProductQuery, ProductRow
from desktop.ui.common import colors

PAGE_SIZE = 200
MAX_PAGES = 30
THUMB = 40
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
# data() is asked for every painted cell and role (about 800 calls per screenful): plain ints, so
# that no Qt enum is looked up or combined per call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _DECORATION, _ALIGNMENT, _FOREGROUND, ROW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBERS = (3, 4)  # right-aligned columns

# (header, sort key of products_query.SORT_COLUMNS)
COLUMNS = (
    ("主图", None),
    ("标题", "title"),
    ("类目", "category"),
    ("价格（元）", "price"),
    ("总库存", "stock"),
    ("状态", "state"),
    ("最后修改", "updated"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ProductTableModel", text)


def price_range(row: ProductRow) -> str:
    return money.range_text(row.min_price_fen, row.max_price_fen)


class ProductTableModel(QAbstractTableModel):
    def __init__(
        self,
        query_ids: Callable[[ProductQuery], array],
        rows_for_ids: Callable[[list[int]], list[ProductRow]],
        image_path: Callable[[str], object] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._query_ids = query_ids
        self._rows_for_ids = rows_for_ids
        self._image_path = image_path
        self._query: ProductQuery | None = None
        self._ids = array("q")
        self._pages: OrderedDict[int, list[ProductRow]] = OrderedDict()
        self._thumb_queue: list[str] = []
        self._thumb_timer = QTimer(self, singleShot=True, interval=0)
        self._thumb_timer.timeout.connect(self._load_thumbs)

    # ------------------------------------------------------------ query

    def set_query(self, query: ProductQuery | None) -> None:
        try:
            ids = self._query_ids(query) if query is not None else array("q")
        except Exception:
            # Never keep the previous view's rows under a query that failed.
            query, ids = None, array("q")
            raise
        finally:
            self.beginResetModel()
            self._query = query
            self._ids = ids
            self._pages.clear()
            self.endResetModel()

    def query(self) -> ProductQuery | None:
        return self._query

    def refresh(self) -> None:
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._query is None or not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        from dataclasses import replace

        query = replace(self._query, sort_key=COLUMNS[column][1], descending=order == Qt.SortOrder.DescendingOrder)
        # QTableView.sortByColumn asks for the same sort twice (once through the header's sort
        # indicator): the second request would run the same 100,000-row query again.
        if query != self._query:
            # Every row may move: a reset (not a layout change) keeps persistent indexes honest.
            self.set_query(query)

    # ------------------------------------------------------------ rows

    def product_id(self, row: int) -> int:
        return self._ids[row]

    def row_at(self, row: int) -> ProductRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            start = page * PAGE_SIZE
            ids = list(self._ids[start : start + PAGE_SIZE])
            by_id = {r.id: r for r in self._rows_for_ids(ids)}
            rows = [by_id.get(i) for i in ids]
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE_SIZE]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            # Hidden, but read out by accessibility: the proxy never reorders rows (SQL sorts),
            # so the source row is the row's place on screen.
            return str(section + 1)
        return None

    def data(self, index, role=_DISPLAY):
        if role == ID_ROLE:
            row = index.row()
            return self._ids[row] if index.isValid() and 0 <= row < len(self._ids) else None
        if role not in _ANSWERED or not index.isValid():
            return None
        r = self.row_at(index.row())  # None outside the rows
        if r is None:
            return None
        return r if role == ROW_ROLE else self._role_data(r, index.column(), role)

    def _role_data(self, r: ProductRow, col: int, role: int):
        if role == _DECORATION:
            return self._thumbnail(r.main_image) if col == 0 else None
        if role == _ALIGNMENT:
            return _RIGHT if col in _NUMBERS else None
        if role == _FOREGROUND:
            return colors.state_color(r.state) if col == 5 else None
        text = self._text(r, col)
        if role == _TOOLTIP:
            if col == 0:
                return tr("商品 #{id}，{n} 个 SKU").format(id=r.id, n=r.sku_count)
            return text or None
        return text

    def _text(self, r: ProductRow, col: int) -> str:
        if col == 0:
            return ""
        if col == 1:
            return r.title or tr("（未填写标题）")
        if col == 2:
            return r.category_path or tr("（未选类目）")
        if col == 3:
            return price_range(r)
        if col == 4:
            return str(r.total_stock)
        if col == 5:
            return QCoreApplication.translate("product_states", r.state_label)
        return r.updated_at.replace("T", " ")[:16]

    # ------------------------------------------------------------ thumbnails

    def _thumbnail(self, sha: str | None):
        if not sha or self._image_path is None:
            return None
        pix = QPixmapCache.find(f"thumb:{sha}")
        if pix is not None and not pix.isNull():
            return pix if pix.width() > 1 else None
        if sha not in self._thumb_queue:
            self._thumb_queue.append(sha)
            self._thumb_timer.start()
        return None

    def _load_thumbs(self) -> None:
        batch, self._thumb_queue = self._thumb_queue[:8], self._thumb_queue[8:]
        for sha in batch:
            path = self._image_path(sha)
            reader = QImageReader(str(path)) if path else None
            image = None
            if reader is not None:
                size = reader.size()
                if size.isValid():
                    reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
            # An unreadable file caches an empty pixmap so it is not retried on every paint.
            QPixmapCache.insert(f"thumb:{sha}", QPixmap.fromImage(image) if image and not image.isNull() else QPixmap(1, 1))
        if batch and self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, 0), [Qt.ItemDataRole.DecorationRole]
            )
        if self._thumb_queue:
            self._thumb_timer.start()


class ProductProxy(QIdentityProxyModel):
    """Passes sorting to the source model (SQL); filtering happens in the query.

    An identity proxy: a sort/filter proxy would map all 100,000 rows again on every reset
    (opening, sorting, filtering) only to keep them in the order they came."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
