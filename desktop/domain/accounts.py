"""Official account and channel account rules (R-OFF-*, R-CH-*).

Pure functions: they get the state they judge and today's local date as
arguments and answer a Decision. Services ask them before writing; the UI asks
the same functions to enable or disable actions.
"""
from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.decisions import Decision, allow, deny
from desktop.domain.messages import text

# --- official account (R-OFF-*) ------------------------------------------------

OFFICIAL_PLATFORM = "douyin"  # R-OFF-2
OFFICIAL_FEE_FEN = 60000  # R-OFF-5: 600 元 review fee
OFFICIAL_PENDING = ("awaiting_scan", "awaiting_confirm")
OFFICIAL_LIVE = OFFICIAL_PENDING + ("bound",)
OFFICIAL_STATES = {
    "awaiting_scan": "等待扫码",
    "awaiting_confirm": "等待商家确认",
    "bound": "已绑定",
    "cancelled": "已取消",
}
CANCEL_SIDES = {"merchant": "商家", "account": "账号方"}


def official_fee_fen(enterprise_certified: bool) -> int:
    """R-OFF-5: the fee is waived (免除) for an enterprise-certified shop."""
    return 0 if enterprise_certified else OFFICIAL_FEE_FEN


def official_start_decision(shop_state: str | None) -> Decision:
    """May the shop start binding an official account? ``shop_state``: its live binding's state."""
    if shop_state == "bound":
        return deny("R-OFF-4", "本店已绑定官方账号，官方账号不可更换")
    if shop_state in OFFICIAL_PENDING:
        return deny(
            "R-OFF-3",
            "已有一个官方账号绑定正在进行（{state}），请先完成或取消",
            state=text(OFFICIAL_STATES[shop_state]),
        )
    return allow()


def official_account_decision(platform: str, official_for_shop: str | None) -> Decision:
    """May this account become the shop's official account?

    ``official_for_shop``: name of another shop this account is already
    (or is becoming) the official account of, else None.
    """
    if platform != OFFICIAL_PLATFORM:
        return deny("R-OFF-2", "只有抖音账号可以作为店铺官方账号")
    if official_for_shop is not None:
        return deny("R-OFF-1", "该账号已是店铺「{shop}」的官方账号（或正在绑定），一个账号只能做一个店铺的官方账号", shop=official_for_shop)
    return allow()


def official_accept_decision(state: str | None) -> Decision:
    """R-OFF-3: the account accepts (接受绑定) only a binding awaiting its scan."""
    if state == "awaiting_scan":
        return allow()
    return deny("R-OFF-3", "只有“等待扫码”的绑定可以记录账号已接受")


def official_confirm_decision(state: str | None) -> Decision:
    """R-OFF-3: the merchant confirms only after the account accepted."""
    if state == "awaiting_confirm":
        return allow()
    if state == "awaiting_scan":
        return deny("R-OFF-3", "账号还没有扫码并接受绑定，暂时不能确认")
    return deny("R-OFF-3", "只有“等待商家确认”的绑定可以确认")


def official_cancel_decision(state: str | None) -> Decision:
    """R-OFF-3: either side may cancel a pending binding; R-OFF-4: never a bound one."""
    if state in OFFICIAL_PENDING:
        return allow()
    if state == "bound":
        return deny("R-OFF-4", "官方账号一经绑定不可解绑或更换")
    return deny("R-OFF-3", "没有正在进行的官方账号绑定可以取消")


def official_unbind_decision(state: str | None) -> Decision:
    """R-OFF-4: always refused; the action stays visible to say so."""
    if state == "bound":
        return deny("R-OFF-4", "官方账号一经绑定不可解绑或更换")
    return deny("R-OFF-4", "官方账号不支持解绑：绑定完成后永久有效")


# --- channel accounts (R-CH-*) ---------------------------------------------------

# R-CH-1: three channels; 今日头条 and 西瓜视频 are one choice.
CHANNELS = {"douyin": "抖音", "toutiao_xigua": "今日头条/西瓜", "huoshan": "火山"}
# Which account platforms a channel's account may be on (first one is the default).
CHANNEL_PLATFORMS = {"douyin": ("douyin",), "toutiao_xigua": ("toutiao", "xigua"), "huoshan": ("huoshan",)}
CHANNEL_LIMIT = 5  # R-CH-2
UNBIND_AFTER_DAYS = 180  # R-CH-4
CHANNEL_LIVE = ("pending", "bound")
CHANNEL_STATES = {"pending": "绑定中", "bound": "已绑定", "cancelled": "已取消", "unbound": "已解绑"}
CHANNEL_SOURCES = {"merchant": "本应用绑定", "recorded": "登记已有绑定", "platform": "平台"}


def channel_error(channel: str, platform: str | None = None) -> Decision:
    """R-CH-1: one of the three channels, with an account on a matching platform."""
    if channel not in CHANNELS:
        return deny("R-CH-1", "渠道只能是抖音、今日头条/西瓜或火山")
    if platform is not None and platform not in CHANNEL_PLATFORMS[channel]:
        return deny("R-CH-1", "该账号的平台与所选渠道（{channel}）不符", channel=text(CHANNELS[channel]))
    return allow()


def channel_start_decision(live_count: int) -> Decision:
    """R-CH-2: at most 5 per shop; pending bindings count, so a sixth can't even start."""
    if live_count >= CHANNEL_LIMIT:
        return deny(
            "R-CH-2",
            "每个店铺最多 {limit} 个渠道号（绑定中的也计入），已有 {count} 个，请先解绑或取消一个",
            limit=CHANNEL_LIMIT,
            count=live_count,
        )
    return allow()


def channel_account_decision(already_in_shop: bool) -> Decision:
    """R-CH-6: the same account once per shop."""
    if already_in_shop:
        return deny("R-CH-6", "该账号已是本店的渠道号（或正在绑定），不能重复绑定")
    return allow()


def recorded_date_decision(bound_on: date, today: date) -> Decision:
    """R-CH-5: an existing binding is recorded with its real date, never a future one."""
    if bound_on > today:
        return deny("R-CH-5", "绑定日期不能晚于今天（{today}）", today=today.isoformat())
    return allow()


def channel_complete_decision(state: str | None) -> Decision:
    """R-CH-3: a binding started here is completed once the platform confirmed the code."""
    if state == "pending":
        return allow()
    return deny("R-CH-3", "只有“绑定中”的渠道号可以记录绑定完成")


def channel_cancel_decision(state: str | None) -> Decision:
    if state == "pending":
        return allow()
    return deny("R-CH-3", "只有“绑定中”的渠道号可以取消；已绑定的请使用解除绑定")


def unbind_available_on(bound_on: date) -> date:
    """R-CH-4: bound on day D, unbindable from D+180 (local calendar dates)."""
    return bound_on + timedelta(days=UNBIND_AFTER_DAYS)


def days_until_unbind(bound_on: date, today: date) -> int:
    return max(0, (unbind_available_on(bound_on) - today).days)


def channel_unbind_decision(state: str | None, bound_on: date | None, today: date) -> Decision:
    """R-CH-4: only a bound account, and only from D+180; the reason names the date and days left."""
    if state != "bound" or bound_on is None:
        return deny("R-CH-4", "只有已绑定的渠道号可以解除绑定（绑定中的请用“取消绑定”）")
    when = unbind_available_on(bound_on)
    if today < when:
        return deny(
            "R-CH-4",
            "绑定满180天后可解绑：{date} 起，还需 {days} 天",
            available_on=when,
            date=when.isoformat(),
            days=(when - today).days,
        )
    return allow()
