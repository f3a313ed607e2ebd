"""Shop cards: official account, channel slots, self-operated share against 50%, products by state.

Each part is a flat button: clicking it (or Space/Enter on it) opens its page.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain import eligibility, money
from desktop.domain import product_states as ps
from desktop.domain import todos as td
from desktop.ui.overview import colors
from desktop.ui.overview.elide import ElidedButton, ElidedLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("overview", text)


class ShareBar(QWidget):
    """A bar of the self-operated share with a mark at the 50% line (R-SELF-1)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bp: int | None = None
        self.setMinimumHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 12)

    def set_share(self, bp: int | None) -> None:
        self.bp = bp
        self.setAccessibleName(eligibility.share_text(bp))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(r, 3, 3)
        if self.bp is not None:
            ok = self.bp >= eligibility.THRESHOLD_BP
            fill = QRectF(r.x(), r.y(), r.width() * min(self.bp, eligibility.FULL_BP) / eligibility.FULL_BP, r.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colors.OK if ok else colors.WARN))
            p.drawRoundedRect(fill, 3, 3)
        x = r.x() + r.width() * eligibility.THRESHOLD_BP / eligibility.FULL_BP
        p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
        p.drawLine(int(x), 0, int(x), self.height())
        p.end()


def _link(name: str) -> QPushButton:
    # Elided to the card's width (English lines are longer), full text in the tooltip.
    b = ElidedButton(name)
    b.setFlat(True)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setProperty("cardLink", True)  # styled by the page's cards area
    return b


def official_text(card) -> str:
    fee = tr("免审核费（企业认证）") if card.official_fee_fen == 0 else \
        tr("审核费 {fee} 元").format(fee=money.format_fen(card.official_fee_fen, whole=True))
    state = tr(card.official_label)
    return tr("官方账号：{state} · {fee}").format(state=state, fee=fee)


def channel_text(card) -> str:
    text = tr("渠道号 {used}/{limit}").format(used=card.channels_used, limit=card.channel_limit)
    if card.next_unbind_on is None:
        return text + tr(" · 暂无可解绑日期")
    if card.next_unbind_days == 0:
        return text + tr(" · {date} 起已可解绑").format(date=card.next_unbind_on.isoformat())
    return text + tr(" · 下次可解绑 {date}（还有 {days} 天）").format(
        date=card.next_unbind_on.isoformat(), days=card.next_unbind_days)


def share_text(card) -> str:
    if card.self_share_bp is None:
        return tr("自营占比：近30天无数据（{n} 个自营账号）").format(n=card.self_accounts)
    line = tr("达到 50%") if card.self_share_ok else tr("低于 50%")
    return tr("自营占比 {share}（{line}），{n} 个自营账号，贡献本店 {part}").format(
        share=eligibility.share_text(card.self_share_bp), line=line, n=card.self_accounts,
        part=eligibility.share_text(card.contribution_bp))


PRODUCT_ORDER = (ps.ONLINE, ps.PENDING, ps.REJECTED, ps.DRAFT, ps.WAREHOUSE, ps.OFFLINE, ps.BLOCKED)


def products_text(card) -> str:
    parts = [f"{tr(ps.STATE_LABELS[s])} {card.products[s]}" for s in PRODUCT_ORDER if card.products.get(s)]
    return tr("商品 {total}：").format(total=card.product_total) + (" · ".join(parts) if parts else tr("暂无"))


class ShopCardWidget(QFrame):
    # (page, part, row ID or None, shop ID)
    open_part = Signal(str, str, object, int)

    def __init__(self, card, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "shopCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = ElidedLabel()
        self.title.setObjectName("shopCardTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.official = _link("shopCardOfficial")
        self.official.clicked.connect(lambda: self._open(td.TARGET_OFFICIAL, self.card.official_binding_id))
        self.channels = _link("shopCardChannels")
        self.channels.clicked.connect(lambda: self._open(td.TARGET_CHANNEL, self.card.next_unbind_binding_id))
        self.share = _link("shopCardShare")
        self.share.clicked.connect(lambda: self._open(td.TARGET_SELF, None))
        self.bar = ShareBar(self)
        self.bar.setObjectName("shopCardShareBar")
        self.products = _link("shopCardProducts")
        self.products.clicked.connect(lambda: self._open(td.TARGET_PRODUCT, None))
        for w in (self.official, self.channels, self.share, self.bar, self.products):
            layout.addWidget(w)
        self.set_card(card)

    def set_card(self, card) -> None:
        """Show ``card``'s figures: a reload refills the cards it has instead of building new ones."""
        self.card = card
        self.setObjectName(f"shopCard{card.shop_id}")
        self.title.set_full_text(card.name)
        self.official.setText(official_text(card))
        self.channels.setText(channel_text(card))
        self.share.setText(share_text(card))
        self.bar.set_share(card.self_share_bp)
        self.products.setText(products_text(card))

    def _open(self, target, row_id) -> None:
        self.open_part.emit(target[0], target[1], row_id, self.card.shop_id)
