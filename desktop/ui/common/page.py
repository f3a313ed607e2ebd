from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.services.context import ServiceContext


class Page(QWidget):
    """A page of the main window, or a section of one (the account panels).

    ``set_shop`` is called when the active shop changes; ``apply_changes``
    with the change set a service returned, so a page reloads only when it
    shows one of those topics (see ``watches``).
    """

    # What this page's own operations changed; the main window hands it to the other pages.
    changed = Signal(frozenset)
    # A passing notice for the main window's status bar ("已复制为新的草稿…").
    status_message = Signal(str)
    # Why the selected row's main action is not possible; "" when that no longer applies.
    status_reason = Signal(str)

    watches: frozenset = frozenset()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id: int | None = None

    def set_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        self.reload()

    def current_reason(self) -> str:
        """The status bar reason for what is selected now (the main window asks on a page switch)."""
        return ""

    def announce_changes(self, changes: frozenset) -> None:
        """The runner calls this after an operation started here (refused ones included: what the
        page showed was stale): refresh, then tell the others. Whoever listens on ``changed`` never
        hands the set back to this page."""
        self.reload()
        self.changed.emit(frozenset(changes))

    def apply_changes(self, changes: frozenset) -> None:
        if changes & self.watches:
            self.reload()

    def reload(self) -> None:
        """Fetch what the page shows from the services."""
