"""What the official and channel sections share on top of the table panel: rows with an ``id``,
the filter at the toolbar's right end, and keeping the selected binding across reloads."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSizePolicy, QVBoxLayout, QWidget

from desktop.services import changes as ch
from desktop.ui.common.proxy import TableProxy
from desktop.ui.common.table_panel import Names, TablePanel


class BindingPanel(TablePanel):
    watches = frozenset({ch.BINDINGS, ch.ACCOUNTS, ch.SHOPS})

    def __init__(self, ctx, prefix: str, model, parent: QWidget | None = None, accessible: str = "") -> None:
        names = Names(f"{prefix}Table", f"{prefix}Filter", f"{prefix}ToolBar", f"{prefix}ContextMenu",
                      f"{prefix}EmptyLabel", f"{prefix}FocusFilterAction")
        super().__init__(ctx, model, TableProxy(), names, parent, accessible=accessible)
        self.prefix = prefix
        self.model.setObjectName(f"{prefix}Model")
        self.proxy.setParent(self)
        self.proxy.setObjectName(f"{prefix}Proxy")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.filter.setMaximumWidth(240)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.filter)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)

    def select_id(self, row_id: int | None) -> None:
        self.select_where(lambda row: row.id == row_id)

    def set_rows(self, rows, keep_id: int | None = None) -> None:
        current = self.selected_row()
        keep = keep_id if keep_id is not None else (current.id if current else None)
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep)
        if self.selected_row() is None and self.proxy.rowCount():
            selection = self.table.selectionModel()
            selection.setCurrentIndex(self.proxy.index(0, 0),
                                      selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        self.update_actions()
