"""Realistic sample data for --demo: always in its own database file."""
from __future__ import annotations

from desktop.services import shops
from desktop.services.context import ServiceContext, service

DEMO_SHOPS = (
    ("晨光文具小店（示例）", "80012345", True, "示例数据：文具，企业认证"),
    ("山野茶舍（示例）", "80023456", False, "示例数据：茶叶，个体店"),
    ("小林家居旗舰店（示例）", "80034567", True, "示例数据：家居日用"),
)


@service
def fill_if_empty(ctx: ServiceContext) -> bool:
    """Fill an empty demo database: shops first, then each feature's sample data."""
    if shops.has_any_shop(ctx):
        return False
    # Imported here: the sample-data modules are needed for --demo only.
    from desktop.services.accounts_demo import fill_official_and_channels
    from desktop.services.gmv_demo import fill_gmv
    from desktop.services.overview_demo import fill_overview
    from desktop.services.products_demo import fill_products

    shop_ids = [shops.create_shop(ctx, *row).value for row in DEMO_SHOPS]
    for filler in (fill_official_and_channels, fill_products, fill_gmv, fill_overview):
        filler(ctx, shop_ids)
    return True
