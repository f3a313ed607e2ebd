"""导出到日历: an .ics file (RFC 5545, written with icalendar) of the dates that matter.

- Each bound channel account's unbind date (R-CH-4: bound on D, unbindable from D+180).
- Each product in 待审核: a follow-up on the day it has waited longer than the
  review threshold (today if that day has passed).

All-day events with stable UIDs, so importing the file again updates the
events instead of duplicating them (Outlook, Apple Calendar, Google Calendar).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from desktop import __version__
from desktop.domain.messages import sentence_with_rule, text
from desktop.paths import write_private_file
from desktop.domain import accounts
from desktop.domain import product_states as ps
from desktop.domain import todos as td
from desktop.services import account_registry, overview_state
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.store import sqlcompat

UID_DOMAIN = "shopdesk.local"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str
    kind: str  # channel_unbind / product_review


def _filter(shop_id, column):
    return (f" AND {column} = ?", (shop_id,)) if shop_id is not None else ("", ())


@service
def events(ctx: ServiceContext, shop_id: int | None = None) -> list[CalendarEvent]:
    today = ctx.today()
    th = overview_state.thresholds(ctx)
    out: list[CalendarEvent] = []
    where, params = _filter(shop_id, "b.shop_id")
    for bid, shop, bound_on, platform, code, nick in ctx.db.execute_sql(
            "SELECT b.id, s.name, b.bound_on, a.platform, a.account_code, a.nickname FROM binding b "
            "JOIN shop s ON s.id = b.shop_id JOIN account a ON a.id = b.account_id "
            f"WHERE b.category = 'channel' AND b.state = 'bound' AND s.archived_at IS NULL{where}", params):
        when = accounts.unbind_available_on(sqlcompat.day(bound_on))
        label = account_registry.AccountRow(0, platform, code, nick).label
        out.append(CalendarEvent(
            f"channel-unbind-{bid}@{UID_DOMAIN}", when, text("【{shop}】渠道号「{label}」可解绑", shop=shop, label=label),
            sentence_with_rule(text("绑定日期 {bound_on}，满180天（{when}）起可以解除绑定", bound_on=bound_on, when=when.isoformat()), "R-CH-4"),
            td.CHANNEL_UNBIND))
    where, params = _filter(shop_id, "p.shop_id")
    for pid, shop, title, updated in ctx.db.execute_sql(
            "SELECT p.id, s.name, p.title, p.updated_at FROM product p JOIN shop s ON s.id = p.shop_id "
            f"WHERE p.state = ? AND s.archived_at IS NULL{where}", (ps.PENDING, *params)):
        since = td.local_date(updated)
        follow = max(today, since + timedelta(days=th.review_days + 1))
        name = title.strip() or text("商品 #{pid}", pid=pid)
        out.append(CalendarEvent(
            f"product-review-{pid}@{UID_DOMAIN}", follow, text("【{shop}】跟进审核：{name}", shop=shop, name=name),
            text("{since} 提交审核，超过 {review_days} 天仍待审核时请到平台查看审核结果。",
                 since=since.isoformat(), review_days=th.review_days),
            td.PRODUCT_REVIEW))
    out.sort(key=lambda e: (e.day, e.uid))
    return out


def to_ics(items: list[CalendarEvent], stamp: datetime) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//ShopDesk//小店管家 {__version__}//ZH")  # i18n: data
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "小店管家")
    for item in items:
        ev = Event()
        ev.add("uid", item.uid)
        ev.add("dtstamp", stamp.astimezone(timezone.utc))
        ev.add("dtstart", item.day)
        ev.add("dtend", item.day + timedelta(days=1))
        ev.add("summary", item.summary)
        ev.add("description", item.description)
        ev.add("categories", [item.kind])
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()


@service
def export_calendar(ctx: ServiceContext, target: Path, shop_id: int | None = None) -> int:
    """Write the .ics file (all or nothing); returns the number of events."""
    items = events(ctx, shop_id)
    data = to_ics(items, ctx.clock.now())
    try:
        write_private_file(Path(target), data)
    except OSError as exc:
        raise InvalidInput(text("无法写入日历文件：{reason}", reason=exc.strerror or exc), "path") from exc
    return len(items)
