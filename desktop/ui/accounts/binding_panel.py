"""What the official and channel sections share on top of the table panel: rows with an ``id``,
the filter at the toolbar's right end, and keeping the selected binding across reloads."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.decisions import ALLOWED, Decision, deny
from desktop.services import changes as ch
from desktop.services import corrections
from desktop.ui.accounts.correction_dialogs import DATE, NICKNAME, CorrectionDialog, VoidDialog
from desktop.ui.common.proxy import TableProxy
from desktop.ui.common.runner import Op
from desktop.ui.common.table_panel import ActionSpec, Names, TablePanel

NO_RECORD = deny(None, "请先在列表中选择一条绑定记录")
VOIDED = deny("R-FIX-2", "该绑定记录已作废，不能再更正")


def correction_actions(prefix: str) -> tuple[ActionSpec, ...]:
    """更正… and 作废… (R-FIX-1, R-FIX-2), at the end of a binding panel's actions."""
    return (ActionSpec(f"{prefix}CorrectAction", "更正(&E)…", "correct", separator=True, secondary=True),
            ActionSpec(f"{prefix}VoidAction", "作废(&V)…", "void", secondary=True))


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

    def lay_out(self, *items: QWidget | QLayout, help_text: str = "") -> None:
        """``items`` on top, then the section's help (objectName ``<prefix>HelpLabel``), toolbar and table."""
        for item in items:
            if isinstance(item, QLayout):
                self.layout_.addLayout(item)
            else:
                self.layout_.addWidget(item)
        help_label = QLabel(help_text, objectName=f"{self.prefix}HelpLabel")
        help_label.setWordWrap(True)
        self.layout_.addWidget(help_label)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.table)
        self.update_actions()

    def open_binding_dialog(self, dialog: QDialog) -> None:
        """Run a bind dialog and select the binding it made."""
        dialog.exec()
        if dialog.binding_id is not None:
            self.select_id(dialog.binding_id)

    def run_on(self, row, fn, *args) -> None:
        """Run service ``fn`` on binding ``row`` (nothing without one)."""
        if row is not None:
            Op(self, self.ctx, fn, row.id, *args).run()

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

    # -- 更正 / 作废 (R-FIX-1, R-FIX-2) ------------------------------------------------------------
    def correction_target(self):
        return self.selected_row()

    def correction_decisions(self) -> dict[str, Decision]:
        row = self.correction_target()
        correct, void = f"{self.prefix}CorrectAction", f"{self.prefix}VoidAction"
        if row is None:
            return {correct: NO_RECORD, void: NO_RECORD}
        decision = Op(self, self.ctx, corrections.void_decision, row.id).quiet().value_or(NO_RECORD)
        return {correct: VOIDED if row.voided else ALLOWED, void: decision}

    def correct(self) -> None:
        row = self.correction_target()
        if row is None or row.voided:
            return
        dialog = CorrectionDialog(self.ctx, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        what, value, reason = dialog.request()
        if what == DATE:
            Op(self, self.ctx, corrections.correct_binding_date, row.id, value, reason).run()
        elif what == NICKNAME:
            Op(self, self.ctx, corrections.correct_nickname, row.account_id, value, reason).run()
        else:
            Op(self, self.ctx, corrections.correct_account_code, row.account_id, value, reason).run()

    def void(self) -> None:
        row = self.correction_target()
        if row is None or not self.correction_decisions()[f"{self.prefix}VoidAction"].allowed:
            return
        dialog = VoidDialog(row, self, ctx=self.ctx)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            Op(self, self.ctx, corrections.void_binding, row.id, dialog.reason.text().strip()).run()
