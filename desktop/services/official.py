"""Shop official account (R-OFF-1..5): start, accept, confirm, cancel, never unbind.

Every write asks desktop.domain.accounts again inside an IMMEDIATE transaction
(the check and the write see the same database, even with a second app window
open), and every refused attempt is logged (R-LOG-1).
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.messages import text
from desktop.domain import accounts as rules
from desktop.domain import money
from desktop.domain.decisions import Decision, deny
from desktop.services import account_registry
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.shops import load_shop
from desktop.services.errors import InvalidInput, NotFound
from desktop.store.models import Account, Binding, Shop

CATEGORY = "official"


@dataclass(frozen=True)
class OfficialRow(account_registry.BindingFields):
    """One official binding of the shop (live or ended), with what may be done with it."""

    ended_at: str | None
    note: str
    accept: Decision
    confirm: Decision
    cancel: Decision
    unbind: Decision

    @property
    def live(self) -> bool:
        return self.state in rules.OFFICIAL_LIVE


@dataclass(frozen=True)
class OfficialView:
    shop_id: int
    enterprise_certified: bool
    fee_fen: int  # R-OFF-5
    current: OfficialRow | None  # the live binding, if any
    rows: list[OfficialRow]  # every official binding of the shop, newest first
    start: Decision



def _binding(binding_id: int) -> Binding:
    b = Binding.get_or_none((Binding.id == binding_id) & (Binding.category == CATEGORY))
    if b is None:
        raise NotFound(text("官方账号绑定不存在"))
    return b


def _label(account: Account) -> str:
    return account_registry.to_row(account).label


def _live(shop_id: int) -> Binding | None:
    return (
        Binding.select()
        .where((Binding.shop == shop_id) & (Binding.category == CATEGORY) & Binding.state.in_(rules.OFFICIAL_LIVE))
        .first()
    )


def _official_elsewhere(account: Account | None, shop_id: int) -> str | None:
    """R-OFF-1: name of another shop this account is (becoming) the official account of."""
    if account is None:
        return None
    other = (
        Binding.select(Binding, Shop)
        .join(Shop)
        .where(
            (Binding.account == account.id)
            & (Binding.category == CATEGORY)
            & Binding.state.in_(rules.OFFICIAL_LIVE)
            & (Binding.shop != shop_id)
        )
        .first()
    )
    return other.shop.name if other else None


def _row(b: account_registry.BindingRecord) -> OfficialRow:
    return OfficialRow(
        **account_registry.binding_fields(b, rules.OFFICIAL_STATES),
        ended_at=b.ended_at,
        note=b.note,
        accept=rules.official_accept_decision(b.state),
        confirm=rules.official_confirm_decision(b.state),
        cancel=rules.official_cancel_decision(b.state),
        unbind=rules.official_unbind_decision(b.state),
    )


@service
def official_view(ctx: ServiceContext, shop_id: int) -> OfficialView:
    shop = load_shop(shop_id)
    rows = [_row(b) for b in account_registry.shop_bindings(ctx, shop_id, CATEGORY, newest_first=True)]
    current = next((r for r in rows if r.live), None)
    return OfficialView(
        shop_id=shop_id,
        enterprise_certified=bool(shop.enterprise_certified),
        fee_fen=rules.official_fee_fen(bool(shop.enterprise_certified)),
        current=current,
        rows=rows,
        start=rules.official_start_decision(current.state if current else None),
    )


@service
def official_start_decision(ctx: ServiceContext, shop_id: int, platform: str = "douyin", account_code: str = "") -> Decision:
    """What the bind dialog shows while the user types (R-OFF-1..4)."""
    load_shop(shop_id)
    live = _live(shop_id)
    decision = rules.official_start_decision(live.state if live else None)
    if not decision:
        return decision
    account = account_registry.find(platform, account_code.strip())
    return rules.official_account_decision(platform, _official_elsewhere(account, shop_id))


@service
def start_official_binding(
    ctx: ServiceContext, shop_id: int, account_code: str, nickname: str = "", platform: str = "douyin"
) -> Outcome:
    """R-OFF-3: the merchant pressed 立即绑定 on the platform; the binding awaits the account's scan."""
    platform, code, nickname = account_registry.validate(platform, account_code, nickname)
    shop = load_shop(shop_id)
    label = text("{nickname}（{code}）", nickname=nickname or code, code=code)

    def check() -> tuple[Decision, Account | None]:
        existing = account_registry.find(platform, code)
        live = _live(shop_id)
        decision = rules.official_start_decision(live.state if live else None)
        if decision:
            decision = rules.official_account_decision(platform, _official_elsewhere(existing, shop_id))
        return decision, existing

    # The partial unique indexes (R-OFF-1) catch what the check above should have.
    duplicate = deny("R-OFF-1", "该账号或本店已有官方账号绑定")
    return account_registry.new_binding(ctx, "official.start", shop_id, CATEGORY, (platform, code, nickname), label,
                                        check, duplicate, text("店铺：{name}", name=shop.name), state="awaiting_scan")


def _move(ctx, binding_id, action, decide, new_state, detail_fn=None, **extra) -> Outcome:
    """One state change of the official binding (guarded: asked again inside the transaction)."""

    def write(b: Binding) -> str:
        detail = detail_fn(b) if detail_fn else ""
        b.state = new_state
        for k, v in extra.items():
            setattr(b, k, v)
        return detail

    return account_registry.change_binding(ctx, binding_id, CATEGORY, text("官方账号绑定不存在"), action,
                                           lambda b: decide(b.state), write)


@service
def record_official_accepted(ctx: ServiceContext, binding_id: int) -> Outcome:
    """The account scanned the QR code and pressed 接受绑定 (R-OFF-3)."""
    return _move(ctx, binding_id, "official.accept", rules.official_accept_decision, "awaiting_confirm", lambda b: text("账号已扫码并接受绑定"))


@service
def confirm_official(ctx: ServiceContext, binding_id: int) -> Outcome:
    """The merchant confirmed after the permanent-binding and fee warning (R-OFF-4, R-OFF-5)."""

    def detail(b: Binding) -> str:
        fee = rules.official_fee_fen(bool(Shop.get_by_id(b.shop_id).enterprise_certified))
        fee_text = money.format_fen(fee, whole=True)
        return text("永久绑定；审核费 {fee} 元（企业认证免除）", fee=fee_text) if fee == 0 else text("永久绑定；审核费 {fee} 元", fee=fee_text)

    return _move(
        ctx, binding_id, "official.confirm", rules.official_confirm_decision, "bound", detail, bound_on=ctx.today()
    )


@service
def cancel_official(ctx: ServiceContext, binding_id: int, by: str = "merchant") -> Outcome:
    """Either side cancels a pending binding (R-OFF-3); a bound one never (R-OFF-4)."""
    if by not in rules.CANCEL_SIDES:
        raise InvalidInput(text("取消方只能是商家或账号方"), "by")
    side = rules.CANCEL_SIDES[by]
    return _move(
        ctx,
        binding_id,
        "official.cancel",
        rules.official_cancel_decision,
        "cancelled",
        lambda b: text("由{side}取消（原状态：{state}）", side=side, state=text(rules.OFFICIAL_STATES.get(b.state, b.state))),
        ended_at=ctx.now_iso(),
        note=text("由{side}取消", side=side),
    )


@service
def unbind_official(ctx: ServiceContext, binding_id: int) -> Outcome:
    """R-OFF-4: always refused, and the attempt is logged.

    The target state is never written: the decision always says no, and the
    binding_official_permanent trigger would refuse it for a bound row anyway.
    """
    return _move(ctx, binding_id, "official.unbind", rules.official_unbind_decision, "cancelled")
