"""Deterministic sample data for the fake platform (shapes from the SDKs' response types)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

SHOP_ID = "4463798"
SHOP_NAME = "测试小店"
FIRST_PRODUCT_ID = 3600000000000000001
# (status, check_status) pairs cycled through the products: every local state appears.
STATE_CYCLE = ((0, 3), (1, 3), (0, 2), (1, 4), (1, 7), (1, 1), (1, 5), (0, 3))


@dataclass
class FakeData:
    categories: list[dict] = field(default_factory=list)
    properties: dict[int, list[dict]] = field(default_factory=dict)
    products: dict[int, dict] = field(default_factory=dict)
    authors: list[dict] = field(default_factory=list)
    orders: list[dict] = field(default_factory=list)

    def children(self, cid: int) -> list[dict]:
        return [c for c in self.categories if c["parent_id"] == cid]

    def leaves(self) -> list[dict]:
        return [c for c in self.categories if c["is_leaf"]]


def _categories() -> tuple[list[dict], dict[int, list[dict]]]:
    cats, props = [], {}
    tops = ["服饰内衣", "食品饮料", "美妆护肤", "家居日用"]
    next_id = 20000
    for t, top in enumerate(tops):
        tid = 20000 + t + 1
        cats.append({"id": tid, "name": top, "level": 1, "parent_id": 0, "is_leaf": False, "enable": True})
        for s in range(3):
            sid = tid * 100 + s + 1
            cats.append({"id": sid, "name": f"{top}·二级{s + 1}", "level": 2, "parent_id": tid,
                         "is_leaf": False, "enable": True})
            for leaf in range(3):
                lid = sid * 100 + leaf + 1
                cats.append({"id": lid, "name": f"{top}·叶子{s + 1}-{leaf + 1}", "level": 3, "parent_id": sid,
                             "is_leaf": True, "enable": not (t == 3 and s == 2 and leaf == 2)})
                props[lid] = [
                    {"property_id": 1687, "property_name": "品牌", "required": 1, "type": "select", "status": 0,
                     "options": [{"name": "无品牌", "value": "0"}, {"name": "小店自有", "value": "1"}]},
                    {"property_id": 1843, "property_name": "产地", "required": 0, "type": "text", "status": 0,
                     "options": []},
                ]
    del next_id
    return cats, props


def _product(i: int, leaves: list[dict], now: datetime) -> dict:
    status, check = STATE_CYCLE[i % len(STATE_CYCLE)]
    leaf = leaves[i % len(leaves)]
    pid = FIRST_PRODUCT_ID + i
    price = 990 + (i % 50) * 100
    updated = (now - timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S")
    return {
        "product_id": pid, "name": f"平台商品{i + 1:05d} 纯棉舒适款", "status": status, "check_status": check,
        "category_detail": {"first_cid": leaf["id"] // 10000, "second_cid": leaf["parent_id"],
                            "third_cid": leaf["id"], "fourth_cid": 0},
        "pic": [f"https://p3-aio.ecombdimg.com/obj/fake/{pid}_{k}.jpg" for k in range(2)],
        # Even products name their SKUs through ``specs`` (颜色); odd ones only by code.
        "specs": [{"id": 100 + i % 2, "name": "颜色", "values": [{"id": pid * 10 + k, "name": c}
                                                            for k, c in enumerate(("白色", "黑色"))]}] if i % 2 == 0 else [],
        "spec_prices": [{"sku_id": pid * 10 + k, "price": price + k * 100, "stock_num": 10 + k,
                         "spec_detail_ids": [pid * 10 + k], "code": f"C{i}-{k}"} for k in range(2)],
        "product_format_new": json.dumps({"1687": [{"value": "1", "name": "小店自有", "diy_type": 0}]},
                                         ensure_ascii=False),
        "update_time": updated, "create_time": updated,
        # product.detail names it weight_value (Go SDK api/product_detail/response); weight_unit 0-kg, 1-g.
        **({"weight_value": 350.0, "weight_unit": 1} if i % 3 == 1 else {"weight_value": 0.5, "weight_unit": 0}),
        "product_type": 0, "outer_product_id": f"OUT{i}", "description": "",
    }


def make_data(n_products: int = 50, today: date | None = None) -> FakeData:
    cats, props = _categories()
    data = FakeData(categories=cats, properties=props)
    leaves = [c for c in cats if c["is_leaf"] and c["enable"]]
    now = datetime(2026, 11, 1, 12, 0, 0)
    for i in range(n_products):
        p = _product(i, leaves, now)
        data.products[p["product_id"]] = p
    data.authors = [
        {"author_id": 9100001, "author_type": 0, "account_name": "测试小店官方号", "author_app": 1128, "buyin_id": 71001},
        {"author_id": 9100002, "author_type": 1, "account_name": "渠道号甲", "author_app": 1128, "buyin_id": 71002},
        {"author_id": 9100003, "author_type": 1, "account_name": "渠道号乙", "author_app": 2329, "buyin_id": 71003},
        {"author_id": 9100004, "author_type": 2, "account_name": "普通达人丙", "author_app": 1128, "buyin_id": 71004},
    ]
    today = today or date(2026, 11, 1)
    n = 0
    for back in range(10):
        day = today - timedelta(days=back)
        for a, author in enumerate(data.authors):
            for k in range(2):
                n += 1
                data.orders.append({
                    "order_id": f"69{n:010d}", "product_id": str(FIRST_PRODUCT_ID + k),
                    "author_account": author["account_name"], "author_buyin_id": str(author["buyin_id"]),
                    "author_short_id": str(author["author_id"]), "total_pay_amount": 1000 * (a + 1) + 10 * k,
                    "flow_point": "REFUND" if (back == 3 and k == 1) else "SETTLE",
                    "pay_success_time": f"{day.isoformat()} 1{k}:00:00", "shop_id": int(SHOP_ID),
                })
    return data
