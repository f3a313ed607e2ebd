"""Channel accounts (R-CH-1..6): start → complete or cancel, record existing, unbind.

Writes that depend on the shop's count (R-CH-2) run in an IMMEDIATE
transaction: SQLite then takes the write lock before the count is read, so two
windows or processes can't both take the fifth slot. The app never sees a
password or verification code (R-CH-3): it records who bound what, and when.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.messages import text
from desktop.domain import accounts as rules
from desktop.domain.decisions import Decision, deny
from desktop.services import account_registry
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.shops import load_shop
from desktop.services.errors import InvalidInput
from desktop.store.models import Account, Binding

CATEGORY = "channel"


@dataclass(frozen=True)
class ChannelRow(account_registry.BindingFields):
    channel: str
    channel_label: str
    source: str
    source_label: str
    unbind_on: date | None  # R-CH-4: D+180
    days_left: int | None  # days until unbind_on (0 once reached)
    complete: Decision
    cancel: Decision
    unbind: Decision


@dataclass(frozen=True)
class ChannelSummary:
    live: int  # pending + bound: what R-CH-2 counts
    bound: int
    pending: int
    limit: int
    start: Decision



def _live_query(shop_id: int):
    return Binding.select().where(
        (Binding.shop == shop_id) & (Binding.category == CATEGORY) & Binding.state.in_(rules.CHANNEL_LIVE)
    )


def _live_count(shop_id: int) -> int:
    return _live_query(shop_id).count()


def _in_shop(shop_id: int, account: Account | None) -> bool:
    return account is not None and _live_query(shop_id).where(Binding.account == account.id).exists()


def _row(b: account_registry.BindingRecord, today: date) -> ChannelRow:
    bound_on = b.bound_on
    unbind_on = rules.unbind_available_on(bound_on) if bound_on and b.state == "bound" else None
    return ChannelRow(
        **account_registry.binding_fields(b, rules.CHANNEL_STATES),
        channel=b.channel,
        channel_label=rules.CHANNELS.get(b.channel, b.channel),
        source=b.source,
        source_label=rules.CHANNEL_SOURCES.get(b.source, b.source),
        unbind_on=unbind_on,
        days_left=rules.days_until_unbind(bound_on, today) if unbind_on else None,
        complete=rules.channel_complete_decision(b.state),
        cancel=rules.channel_cancel_decision(b.state),
        unbind=rules.channel_unbind_decision(b.state, bound_on, today),
    )


@service
def list_channels(ctx: ServiceContext, shop_id: int, include_ended: bool = False) -> list[ChannelRow]:
    """The shop's channel accounts with per-row decisions, judged on ctx.today()."""
    load_shop(shop_id)
    states = () if include_ended else tuple(rules.CHANNEL_LIVE)
    today = ctx.today()
    return [_row(b, today) for b in account_registry.shop_bindings(ctx, shop_id, CATEGORY, states)]


@service
def channel_start_decision(ctx: ServiceContext, shop_id: int) -> Decision:
    """R-CH-2: may a new channel binding start (or be recorded) now?"""
    load_shop(shop_id)
    return rules.channel_start_decision(_live_count(shop_id))


@service
def channel_summary(ctx: ServiceContext, shop_id: int) -> ChannelSummary:
    load_shop(shop_id)
    rows = list(_live_query(shop_id).select(Binding.state).tuples())
    live = len(rows)
    pending = sum(1 for (s,) in rows if s == "pending")
    return ChannelSummary(live, live - pending, pending, rules.CHANNEL_LIMIT, rules.channel_start_decision(live))


@service
def channel_account_decision(ctx: ServiceContext, shop_id: int, channel: str, account_code: str) -> Decision:
    """What the bind dialog shows while the user types: R-CH-1, R-CH-2, R-CH-6."""
    decision = rules.channel_error(channel)
    if not decision:
        return decision
    decision = channel_start_decision(ctx, shop_id)
    if not decision:
        return decision
    platform = rules.CHANNEL_PLATFORMS[channel][0]
    return rules.channel_account_decision(_in_shop(shop_id, account_registry.find(platform, account_code.strip())))


def _new_binding(
    ctx: ServiceContext,
    action: str,
    shop_id: int,
    channel: str,
    account_code: str,
    nickname: str,
    platform: str | None,
    extra_decision: Decision,
    **fields,
) -> Outcome:
    """Start or record: check R-CH-1/2/6 and write, all under the write lock."""
    label = text("{nickname}（{code}）", nickname=nickname.strip() or account_code.strip(), code=account_code.strip())
    channel_ok = rules.channel_error(channel, platform)
    if channel_ok and platform is None:
        platform = rules.CHANNEL_PLATFORMS[channel][0]
    code = account_code.strip()
    if channel_ok:
        platform, code, nickname = account_registry.validate(platform, account_code, nickname)
    shop = load_shop(shop_id)

    def check() -> tuple[Decision, Account | None]:
        decision = channel_ok and extra_decision
        if decision:
            decision = rules.channel_start_decision(_live_count(shop_id))
        if not decision:
            return decision, None
        existing = account_registry.find(platform, code)
        return rules.channel_account_decision(_in_shop(shop_id, existing)), existing

    where = dict(channel=text(rules.CHANNELS.get(channel, channel)), name=shop.name)
    if fields.get("bound_on"):
        detail = text("渠道：{channel}；店铺：{name}；绑定日期 {day}", day=fields["bound_on"], **where)
    else:
        detail = text("渠道：{channel}；店铺：{name}", **where)
    # binding_channel_once_per_shop (R-CH-6) holds even if the check above were bypassed.
    duplicate = deny("R-CH-6", "该账号已是本店的渠道号（或正在绑定），不能重复绑定")
    return account_registry.new_binding(ctx, action, shop_id, CATEGORY, (platform, code, nickname),
                                        label, check, duplicate, detail, channel=channel, **fields)


@service
def start_channel_binding(
    ctx: ServiceContext, shop_id: int, channel: str, account_code: str, nickname: str = "", platform: str | None = None
) -> Outcome:
    """The merchant began 新增绑定账号 on the platform: a pending binding that already counts (R-CH-2)."""
    return _new_binding(ctx, "channel.start", shop_id, channel, account_code, nickname, platform, rules.allow(), state="pending")


@service
def record_existing_channel(
    ctx: ServiceContext,
    shop_id: int,
    channel: str,
    account_code: str,
    nickname: str,
    bound_on: date,
    platform: str | None = None,
) -> Outcome:
    """R-CH-5: a binding made on the platform earlier, with its real date (never in the future)."""
    if not isinstance(bound_on, date):
        raise InvalidInput(text("请输入绑定日期"), "bound_on")
    return _new_binding(
        ctx,
        "channel.record",
        shop_id,
        channel,
        account_code,
        nickname,
        platform,
        rules.recorded_date_decision(bound_on, ctx.today()),
        state="bound",
        source="recorded",
        bound_on=bound_on,
    )


def _move(ctx: ServiceContext, binding_id: int, action: str, decide, write, detail: str = "") -> Outcome:
    """One guarded state change of a channel binding; the history names the channel."""

    def apply(b: Binding) -> str:
        write(b)
        channel = text(rules.CHANNELS.get(b.channel, b.channel))
        return text("渠道：{channel}；{detail}", channel=channel, detail=detail) if detail else text("渠道：{channel}", channel=channel)

    return account_registry.change_binding(ctx, binding_id, CATEGORY, text("渠道号绑定不存在"), action, decide, apply)


@service
def complete_channel_binding(ctx: ServiceContext, binding_id: int) -> Outcome:
    """The code was confirmed on the platform (R-CH-3): bound today."""
    today = ctx.today()

    def write(b: Binding) -> None:
        b.state, b.bound_on = "bound", today

    return _move(ctx, binding_id, "channel.complete", lambda b: rules.channel_complete_decision(b.state), write, text("绑定日期 {today}",
                                                                                                                      today=today))


@service
def cancel_channel_binding(ctx: ServiceContext, binding_id: int) -> Outcome:
    def write(b: Binding) -> None:
        b.state, b.ended_at = "cancelled", ctx.now_iso()

    return _move(ctx, binding_id, "channel.cancel", lambda b: rules.channel_cancel_decision(b.state), write)


@service
def unbind_channel(ctx: ServiceContext, binding_id: int) -> Outcome:
    """R-CH-4: only from D+180 (local calendar dates)."""
    today = ctx.today()

    def decide(b: Binding) -> Decision:
        return rules.channel_unbind_decision(b.state, b.bound_on, today)

    def write(b: Binding) -> None:
        b.state, b.ended_at = "unbound", ctx.now_iso()

    return _move(ctx, binding_id, "channel.unbind", decide, write)
