"""平台连接: one self-use app per shop, and the client a sync uses (issue 13).

The database keeps app_key, the platform shop ID and the gateway setting;
the app secret and tokens go only to the OS keychain (desktop.platform.keychain).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.messages import text
from desktop.platform import keychain
from desktop.platform.client import Credentials, DoudianClient, gateway_url
from desktop.services import changes, history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.platform_runs import SyncRun
from desktop.services.shops import load_shop

_DIGITS = re.compile(r"^[0-9]{1,32}$")


@dataclass(frozen=True)
class ConnectionInfo:
    shop_id: int
    app_key: str
    platform_shop_id: str
    gateway: str  # the setting ('' = the production gateway)
    effective_gateway: str  # what is used now (SHOPDESK_DOUDIAN_GATEWAY wins)
    shop_name: str
    tested_at: str | None
    has_secret: bool


@service
def get_connection(ctx: ServiceContext, shop_id: int) -> ConnectionInfo | None:
    row = ctx.db.execute_sql(
        "SELECT app_key, platform_shop_id, gateway, shop_name, tested_at FROM platform_connection WHERE shop_id = ?",
        (shop_id,),
    ).fetchone()
    if row is None:
        return None
    return ConnectionInfo(shop_id, row[0], row[1], row[2], gateway_url(row[2] or None), row[3], row[4],
                          keychain.has_secret(row[0]))


@service
def has_connection(ctx: ServiceContext, shop_id: int) -> bool:
    """Whether the shop has a connection (the database only: no keychain prompt when a menu opens)."""
    return ctx.db.execute_sql("SELECT 1 FROM platform_connection WHERE shop_id = ?", (shop_id,)).fetchone() is not None


@service
def save_connection(ctx: ServiceContext, shop_id: int, app_key: str, app_secret: str, platform_shop_id: str,
                    gateway: str = "") -> Outcome:
    """Store the connection; the secret goes to the keychain (an empty secret keeps the stored one)."""
    app_key, platform_shop_id, gateway = app_key.strip(), platform_shop_id.strip(), gateway.strip()
    if not _DIGITS.match(app_key):
        raise InvalidInput(text("App Key 应为数字（在抖店开放平台「应用管理」里查看）"), "app_key")
    if not _DIGITS.match(platform_shop_id):
        raise InvalidInput(text("店铺 ID 应为数字（抖店后台右上角店铺信息里的店铺 ID）"), "shop_id")
    if gateway and not re.match(r"^https?://[^\s/]+(/[^\s]*)?$", gateway):
        raise InvalidInput(text("网关地址应以 https:// 开头"), "gateway")
    shop = load_shop(shop_id)
    keychain.check_available()  # refuse before anything is stored: no plain-text fallback
    if app_secret.strip():
        keychain.save_secret(app_key, app_secret.strip())
    elif not keychain.has_secret(app_key):
        raise InvalidInput(text("请填写 App Secret"), "app_secret")
    now = ctx.now_iso()
    with ctx.db.atomic("IMMEDIATE"):
        old = ctx.db.execute_sql("SELECT app_key, platform_shop_id FROM platform_connection WHERE shop_id = ?",
                                 (shop_id,)).fetchone()
        ctx.db.execute_sql(
            "INSERT INTO platform_connection (shop_id, app_key, platform_shop_id, gateway, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shop_id) DO UPDATE SET app_key = excluded.app_key,"
            " platform_shop_id = excluded.platform_shop_id, gateway = excluded.gateway, updated_at = excluded.updated_at",
            (shop_id, app_key, platform_shop_id, gateway, now, now),
        )
        history.record(ctx, "platform.connect", shop_id=shop_id, subject=shop.name,
                       detail=text("App Key {key}；抖店店铺 ID {shop}", key=app_key, shop=platform_shop_id))
    if old and tuple(old) != (app_key, platform_shop_id):
        keychain.delete_token(old[0], old[1])  # a token of another app/shop must not be reused
    return Outcome(frozenset({changes.HISTORY, PLATFORM}))


@service
def delete_connection(ctx: ServiceContext, shop_id: int) -> Outcome:
    info = get_connection(ctx, shop_id)
    if info is None:
        raise NotFound(text("这个店铺还没有平台连接"))
    shop = load_shop(shop_id)
    with ctx.db.atomic("IMMEDIATE"):
        ctx.db.execute_sql("DELETE FROM platform_connection WHERE shop_id = ?", (shop_id,))
        history.record(ctx, "platform.disconnect", shop_id=shop_id, subject=shop.name, detail=f"App Key {info.app_key}")
    keychain.delete_token(info.app_key, info.platform_shop_id)
    still_used = ctx.db.execute_sql("SELECT 1 FROM platform_connection WHERE app_key = ?", (info.app_key,)).fetchone()
    if not still_used:
        keychain.delete_secret(info.app_key)
    return Outcome(frozenset({changes.HISTORY, PLATFORM}))


@service
def client_for(ctx: ServiceContext, shop_id: int, **options) -> DoudianClient:
    info = get_connection(ctx, shop_id)
    if info is None:
        raise NotFound(text("这个店铺还没有连接抖店开放平台：请先在「平台连接」里填写 App Key、App Secret 和店铺 ID。"))
    secret = keychain.load_secret(info.app_key)
    return DoudianClient(
        Credentials(info.app_key, secret, info.platform_shop_id),
        keychain.KeychainTokenStore(info.app_key, info.platform_shop_id),
        gateway=info.gateway or None,
        **options,
    )


@service
def check_connection(ctx: ServiceContext, shop_id: int, client: DoudianClient | None = None) -> Outcome:
    """测试连接: create a token now; the platform's shop name is kept and shown."""
    run = SyncRun(ctx, shop_id, "test")
    with run:
        client = client or client_for(ctx, shop_id)
        try:
            token = client.test_connection()
            run.requests = client.stats.requests
        finally:
            client.close()
        with ctx.db.atomic("IMMEDIATE"):
            ctx.db.execute_sql("UPDATE platform_connection SET shop_name = ?, tested_at = ? WHERE shop_id = ?",
                               (token.shop_name, ctx.now_iso(), shop_id))
        run.summary = text("连接成功：{shop}（{id}）", shop=token.shop_name, id=token.shop_id)
    return Outcome(frozenset({PLATFORM}), token.shop_name)


PLATFORM = "platform"  # topic: connection, sync runs, platform mirror tables
