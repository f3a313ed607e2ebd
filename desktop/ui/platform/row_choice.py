"""The shape the 平台 dialogs that act on one listed row share (同步冲突, 核对绑定账号).

An intro line, a read-only table (whole rows, one at a time, Tab leaves it,
named for screen readers), an error label for refusals and the dialog's
action buttons next to 关闭. The action runs through the runner with its
errors in the label; on success the dialog remembers what changed (the menu
announces it) and reloads its rows.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtWidgets import QDialog, QPushButton, QTableWidgetItem

from desktop.ui.common.buttons import close_box
from desktop.ui.common.forms import column, row_table, wrapped
from desktop.ui.common.runner import Op, Result


class RowChoiceDialog(QDialog):
    """Subclasses set up with ``build(...)``, fill with ``show_rows(...)`` and implement ``reload()``."""

    def __init__(self, ctx, shop_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.shop_id = ctx, shop_id
        self.result_changes: frozenset = frozenset()

    def build(self, *, name: str, intro: str, headers: Sequence[str], table_name: str, table_label: str,
              error_name: str, actions: Sequence[QPushButton]) -> None:
        self.setObjectName(name)
        intro_label = wrapped(intro)
        self.table = row_table(headers, table_name)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(table_label)
        intro_label.setBuddy(self.table)
        self.error = wrapped(name=error_name)
        buttons = close_box(self, *actions)
        self.table.itemSelectionChanged.connect(self.update_actions)
        column(self, intro_label, self.table, self.error, buttons)

    def show_rows(self, rows: Sequence[Sequence[str]], select: int | None = 0) -> None:
        self.table.setRowCount(len(rows))
        for i, values in enumerate(rows):
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if select is not None and 0 <= select < len(rows):
            self.table.selectRow(select)
        self.update_actions()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def act(self, fn: Callable, *args) -> Result:
        """Run one action on the chosen row; errors stay in the dialog's label."""
        result = Op(self, self.ctx, fn, *args).show_errors_in(self.error).run()
        if result:
            self.result_changes |= result.changes
            self.error.clear()
            self.reload()
        return result

    def load(self, fn: Callable, *args, default=()):
        """A query for the rows, through the runner (its error in the label)."""
        return Op(self, self.ctx, fn, *args).show_errors_in(self.error).value_or(default)

    def reload(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def update_actions(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError
