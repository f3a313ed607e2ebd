"""The shop switcher and the shop actions (create, edit, archive, restore)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.ui.common import icons, writable
from desktop.ui.common.decisions import bracketed, clean_label, key_text

# The runner, the dialogs and desktop.services.shops (with it peewee) are
# imported inside the methods: the window frame is shown before any of them
# is needed (start-up time, see ui/shell/application.py). So is the ``Qt``
# namespace (ui/shell/frame.py): a first start has no shop to list.


class ShopSwitcher(QObject):
    """Owns the combo box and the actions; emits the active shop. Its operations run with the
    window as parent, so the runner announces what they changed to the window."""

    shop_selected = Signal(object)  # int | None

    def __init__(self, ctx, window: QWidget) -> None:
        # ctx is None until the database is open; attach() then reload().
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.combo = QComboBox(objectName="shopSwitcher")
        self.combo.setMinimumContentsLength(16)
        # The whole shop name, never "小林家居旗舰…": the box grows to the longest name.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("当前店铺"))
        self.combo.currentIndexChanged.connect(self._on_index)

        self.create_action = self._action("shopCreateAction", self.tr("新建店铺(&N)…"), self.create, "Ctrl+Shift+N")
        self.edit_action = self._action("shopEditAction", self.tr("修改店铺(&E)…"), self.edit)
        self.archive_action = self._action("shopArchiveAction", self.tr("归档店铺(&A)…"), self.archive)
        self.restore_action = self._action("shopRestoreAction", self.tr("恢复已归档店铺(&R)…"), self.restore)
        self._rows: list = []
        self._any_shop = self._any_archived = False
        writable.watch(self, self._update_actions)  # read-only file, team server offline or back

    def _action(self, name, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setIconText(clean_label(text))  # the toolbar shows no mnemonic that does not work there
        if shortcut is not None:
            # setShortcuts: the overloaded setShortcut would build the Qt namespace before the first frame.
            action.setShortcuts([QKeySequence(shortcut)])
        key = key_text(action.shortcut())
        action.setToolTip(bracketed(clean_label(text), key) if key else clean_label(text))
        action.triggered.connect(slot)
        icons.set_action_icon(action)
        return action

    def current_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def current(self):
        sid = self.current_id()
        return next((r for r in self._rows if r.id == sid), None)

    def reload(self, select_id: int | None = None) -> None:
        from desktop.services import shops
        from desktop.ui.common.runner import Op

        keep = select_id if select_id is not None else self.current_id()
        # One query for both the active shops (the combo) and whether any are archived.
        every = Op(self.window, self.ctx, shops.list_shops, include_archived=True).value_or([]) if self.ctx is not None else []
        self._rows = [row for row in every if not row.archived]
        self._any_shop, self._any_archived = bool(every), len(every) > len(self._rows)
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._rows:
            from PySide6.QtCore import Qt
        for row in self._rows:
            self.combo.addItem(row.name + ("" if not row.enterprise_certified else self.tr("（企业认证）")), row.id)
            self.combo.setItemData(self.combo.count() - 1, row.name, Qt.ItemDataRole.ToolTipRole)
        idx = self.combo.findData(keep) if keep is not None else -1
        self.combo.setCurrentIndex(idx if idx >= 0 else (0 if self._rows else -1))
        self.combo.blockSignals(False)
        self._update_actions()
        self.shop_selected.emit(self.current_id())

    def _on_index(self, _index: int) -> None:
        self._update_actions()
        self.shop_selected.emit(self.current_id())

    def has_any_shop(self) -> bool:
        """Whether the database has a shop, archived ones included (as of the last reload)."""
        return self._any_shop

    def _update_actions(self) -> None:
        writable.enable(self.create_action, self.ctx, self.ctx is not None)
        has = self.current_id() is not None
        for action in (self.edit_action, self.archive_action):
            action.setStatusTip("" if has else self.tr("请先选择一个店铺"))
            writable.enable(action, self.ctx, has)
        writable.enable(self.restore_action, self.ctx, self.ctx is not None and self._any_archived)

    def create(self) -> None:
        from desktop.ui.shell.shop_dialog import ShopDialog

        dialog = ShopDialog(self.ctx, parent=self.window)
        if dialog.exec():
            self.reload(dialog.shop_id)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        from desktop.ui.shell.shop_dialog import ShopDialog

        dialog = ShopDialog(self.ctx, row, parent=self.window)
        if dialog.exec():
            self.reload(row.id)

    def archive(self) -> None:
        row = self.current()
        if row is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from desktop.services import shops
        from desktop.ui.common.runner import Op

        answer = QMessageBox.question(
            self.window,
            self.tr("归档店铺"),
            self.tr("归档「{name}」？\n归档后它不再出现在店铺列表中，数据全部保留，可随时恢复。").format(name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        Op(self.window, self.ctx, shops.archive_shop, row.id).run()

    def restore(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from desktop.services import shops
        from desktop.ui.common.runner import Op

        archived = [r for r in Op(self.window, self.ctx, shops.list_shops, include_archived=True).value_or([])
                    if r.archived]
        if not archived:
            return
        names = [bracketed(r.name, r.platform_shop_id) for r in archived]
        name, ok = QInputDialog.getItem(self.window, self.tr("恢复店铺"), self.tr("选择要恢复的店铺："), names, 0, False)
        if not ok:
            return
        row = archived[names.index(name)]
        if Op(self.window, self.ctx, shops.restore_shop, row.id).run():
            self.reload(row.id)
