"""The shape of a table panel that lists one shop's records (自营账号, 达人数据): a title line, the
shop's figures, the toolbar, a bar with a chooser, the filter and a count, then the table."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget


def unsorted_columns(table: QTableView, widths: Sequence[int]) -> None:
    """Columns of the given widths, sortable by a header click but not sorted before one: rows arrive
    sorted from SQL, and a Python-side sort of thousands of rows on every load would cost more than it."""
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)


def lay_out_list(panel, title: str, summary: QWidget, chooser_label: str, chooser: QWidget, count: QWidget) -> None:
    """Lay ``panel`` (a TablePanel) out; Tab goes chooser → filter → table."""
    bar = QHBoxLayout()
    bar.addWidget(QLabel(chooser_label, buddy=chooser))
    bar.addWidget(chooser)
    bar.addWidget(panel.filter, 1)
    bar.addWidget(count)
    layout = QVBoxLayout(panel)
    heading = QLabel(title)
    heading.setWordWrap(True)  # a narrow window wraps it instead of widening the page
    layout.addWidget(heading)
    layout.addWidget(summary)
    layout.addWidget(panel.toolbar)
    layout.addLayout(bar)
    layout.addWidget(panel.table, 1)
    panel.setTabOrder(chooser, panel.filter)
    panel.setTabOrder(panel.filter, panel.table)
