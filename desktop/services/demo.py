"""Realistic sample data for --demo: always in its own database file."""
from __future__ import annotations

from typing import Callable

from desktop.services import shops
from desktop.services.context import ServiceContext

DEMO_SHOPS = (
    ("晨光文具小店（示例）", "80012345", True, "示例数据：文具，企业认证"),
    ("山野茶舍（示例）", "80023456", False, "示例数据：茶叶，个体店"),
    ("小林家居旗舰店（示例）", "80034567", True, "示例数据：家居日用"),
)

# Features add their sample data here: each filler gets (ctx, shop_ids) and
# runs after the shops exist.
FILLERS: list[Callable[[ServiceContext, list[int]], None]] = []


def _official_and_channels(ctx: ServiceContext, shop_ids: list[int]) -> None:
    from desktop.services.accounts_demo import fill_official_and_channels

    fill_official_and_channels(ctx, shop_ids)


FILLERS.append(_official_and_channels)


def _products(ctx: ServiceContext, shop_ids: list[int]) -> None:
    from desktop.services.products_demo import fill_products

    fill_products(ctx, shop_ids)


FILLERS.append(_products)


def _gmv(ctx: ServiceContext, shop_ids: list[int]) -> None:
    from desktop.services.gmv_demo import fill_gmv

    fill_gmv(ctx, shop_ids)


FILLERS.append(_gmv)


def fill_if_empty(ctx: ServiceContext) -> bool:
    if shops.has_any_shop(ctx):
        return False
    shop_ids = [shops.create_shop(ctx, *row).value for row in DEMO_SHOPS]
    for filler in FILLERS:
        filler(ctx, shop_ids)
    return True
