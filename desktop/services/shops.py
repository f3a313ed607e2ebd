"""Shops (shops): create, edit, archive. Never hard-deleted."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from desktop.domain.messages import text
from desktop.domain import shops as rules
from desktop.services import changes as ch
from desktop.services import history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.store.models import Shop


@dataclass(frozen=True)
class ShopRow:
    id: int
    name: str
    platform_shop_id: str
    enterprise_certified: bool
    notes: str
    archived: bool


def _row(s: Shop) -> ShopRow:
    return ShopRow(s.id, s.name, s.platform_shop_id, bool(s.enterprise_certified), s.notes, s.archived_at is not None)


@service
def list_shops(ctx: ServiceContext, include_archived: bool = False) -> list[ShopRow]:
    q = Shop.select().order_by(Shop.archived_at.is_null(False), Shop.name, Shop.id)
    if not include_archived:
        q = q.where(Shop.archived_at.is_null())
    return [_row(s) for s in q]


@service
def get_shop(ctx: ServiceContext, shop_id: int) -> ShopRow:
    return _row(load_shop(shop_id))


def load_shop(shop_id: int) -> Shop:
    """The shop's model for other services; NotFound if there is none."""
    try:
        return Shop.get_by_id(shop_id)
    except Shop.DoesNotExist:
        raise NotFound(text("店铺不存在")) from None


def _validate(name: str, platform_shop_id: str) -> tuple[str, str]:
    err = rules.name_error(name)
    if err:
        raise InvalidInput(err, "name")
    err = rules.platform_shop_id_error(platform_shop_id)
    if err:
        raise InvalidInput(err, "platform_shop_id")
    return name.strip(), platform_shop_id.strip()


def _id_taken(platform_shop_id: str, except_id: int | None = None) -> bool:
    q = Shop.select().where(Shop.platform_shop_id == platform_shop_id)
    if except_id is not None:
        q = q.where(Shop.id != except_id)
    return q.exists()


@service
def create_shop(
    ctx: ServiceContext, name: str, platform_shop_id: str, enterprise_certified: bool = False, notes: str = ""
) -> Outcome:
    name, platform_shop_id = _validate(name, platform_shop_id)
    with ctx.db.atomic("IMMEDIATE"):
        if _id_taken(platform_shop_id):
            raise InvalidInput(text("已有店铺使用这个平台店铺 ID"), "platform_shop_id")
        try:
            shop = Shop.create(
                name=name,
                platform_shop_id=platform_shop_id,
                enterprise_certified=bool(enterprise_certified),
                notes=notes.strip(),
                created_at=ctx.now_iso(),
            )
        except peewee.IntegrityError:
            raise InvalidInput(text("已有店铺使用这个平台店铺 ID"), "platform_shop_id") from None
        history.record(ctx, "shop.create", shop_id=shop.id, subject=name, detail=text("平台店铺 ID {platform_shop_id}",
                                                                                      platform_shop_id=platform_shop_id))
    return Outcome(frozenset({ch.SHOPS, ch.HISTORY}), shop.id)


@service
def update_shop(
    ctx: ServiceContext,
    shop_id: int,
    name: str,
    platform_shop_id: str,
    enterprise_certified: bool,
    notes: str = "",
) -> Outcome:
    name, platform_shop_id = _validate(name, platform_shop_id)
    with ctx.db.atomic("IMMEDIATE"):
        shop = load_shop(shop_id)
        if _id_taken(platform_shop_id, except_id=shop_id):
            raise InvalidInput(text("已有店铺使用这个平台店铺 ID"), "platform_shop_id")
        before = (shop.name, shop.platform_shop_id, bool(shop.enterprise_certified), shop.notes)
        shop.name, shop.platform_shop_id = name, platform_shop_id
        shop.enterprise_certified, shop.notes = bool(enterprise_certified), notes.strip()
        if before == (shop.name, shop.platform_shop_id, shop.enterprise_certified, shop.notes):
            return Outcome(frozenset(), shop_id)
        shop.save()
        detail = f"{before[0]} → {name}" if before[0] != name else text("修改店铺信息")
        history.record(ctx, "shop.rename", shop_id=shop_id, subject=name, detail=detail)
    return Outcome(frozenset({ch.SHOPS, ch.HISTORY}), shop_id)


@service
def archive_shop(ctx: ServiceContext, shop_id: int) -> Outcome:
    with ctx.db.atomic("IMMEDIATE"):
        shop = load_shop(shop_id)
        if shop.archived_at is not None:
            return Outcome(frozenset(), shop_id)
        shop.archived_at = ctx.now_iso()
        shop.save()
        history.record(ctx, "shop.archive", shop_id=shop_id, subject=shop.name)
    return Outcome(frozenset({ch.SHOPS, ch.HISTORY}), shop_id)


@service
def restore_shop(ctx: ServiceContext, shop_id: int) -> Outcome:
    with ctx.db.atomic("IMMEDIATE"):
        shop = load_shop(shop_id)
        if shop.archived_at is None:
            return Outcome(frozenset(), shop_id)
        shop.archived_at = None
        shop.save()
        history.record(ctx, "shop.restore", shop_id=shop_id, subject=shop.name)
    return Outcome(frozenset({ch.SHOPS, ch.HISTORY}), shop_id)


@service
def has_any_shop(ctx: ServiceContext) -> bool:
    return Shop.select().exists()
