"""提交到抖店 (issue 13): a product that passes every rule, as ``product.addV2``/``editV2``, commit=true.

STOPS AT A DRY RUN. ``pic`` takes image URLs ("多张图片用 | 分开 ... 最多5张",
Go SDK ``api/product_addV2/request``), and the only public way to turn a local
file into a platform URL is the material centre: ``material.uploadImageSync``
takes ``url`` — "必须是公网可访问" (a publicly reachable URL, which a desktop
app does not have) — or ``file_uri``, "二进制文件对应的uri", whose upload
step is only described on an open-platform page that neither public SDK
implements (``api/material_uploadImageSync/request``). Whether ``pic`` accepts
URLs from outside the material centre is not stated (the neighbouring
``white_back_ground_pic_url`` and ``long_pic_url`` say "仅素材中心url有效").
So nothing is sent: the exact request is built, signed as it would be (the
sign and token masked) and shown, with image placeholders named by content hash.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.domain.messages import joined, text
from desktop.domain import money
from desktop.domain import products as rules
from desktop.domain.decisions import deny
from desktop.services import history, products
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.platform_connection import PLATFORM, client_for
from desktop.services.platform_runs import SyncRun

IMAGE_PLACEHOLDER = "素材中心图片URL({sha})"
PAY_TYPES = {"cod": 0, "online": 1, "both": 2}
REDUCE_TYPES = {"order": 1, "pay": 2}
# weight_unit "重量单位，0-kg, 1-g": Go SDK api/product_addV2/request/product_addV2_request.go (and editV2).
WEIGHT_UNITS = {"kg": 0, "g": 1}
PRODUCT_TYPES = {"normal": 0, "virtual": 3}
UNCONFIRMED = text(
    "图片上传路径无法从公开资料确认：material.uploadImageSync 只接受公网可访问的 url 或另行上传得到的 file_uri，"
    "且无法确认 pic 是否接受素材中心以外的地址。因此「提交到抖店」只做预演，不会发送。"
)


@dataclass(frozen=True)
class PushPlan:
    product_id: int
    method: str
    params: dict
    request: dict  # url, query (sign/token masked), body: exactly what would be POSTed
    sent: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


def _specs(draft) -> tuple[str, list[str]]:
    dims = rules.clean_specs(draft.specs)
    if not dims:
        return "规格|默认", ["默认"]
    return "^".join(f"{d.name}|{','.join(d.values)}" for d in dims), [d.name for d in dims]


def _spec_prices(draft, names: list[str]) -> str:
    rows = []
    for sku in draft.skus:
        sale, _ = money.parse_field(sku.sale)
        stock, _ = rules.parse_stock(sku.stock)
        row = {"price": sale, "stock_num": stock or 0, "code": sku.code}
        values = list(sku.values) or ["默认"]
        for i, value in enumerate(values[:3], start=1):
            row[f"spec_detail_name{i}"] = value
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _format_new(ctx: ServiceContext, category_id: int, attributes: dict) -> str:
    """``product_format_new``: {"property_id":[{"value":v,"name":n,"diy_type":0}]} (addV2 request comment)."""
    cache = ctx.db.execute_sql("SELECT properties_json FROM platform_property_cache WHERE category_id = ?",
                               (category_id,)).fetchone()
    options = {}
    for prop in json.loads(cache[0]) if cache else []:
        options[str(prop.get("property_id"))] = {o.get("name"): o.get("value") for o in prop.get("options") or []}
    out = {}
    for pid, value in attributes.items():
        values = value if isinstance(value, list) else [value]
        entries = []
        for v in values:
            if v in ("", None):
                continue
            known = options.get(str(pid), {}).get(v)
            entries.append({"value": int(known) if str(known).isdigit() else 0, "name": v,
                            "diy_type": 0 if known is not None else 1})
        if entries:
            out[str(pid)] = entries
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def draft_title(detail) -> str:
    return detail.draft.title.strip() or text("商品 #{id}", id=detail.id)


@service
def prepare_push(ctx: ServiceContext, product_id: int) -> Outcome:
    """Build the exact addV2/editV2 request for a product that passes every rule (R-P-SUBMIT); send nothing."""
    detail = products.get_product(ctx, product_id)
    errors = products.validate(ctx, detail.draft)
    if errors:
        listed = joined("；", [e.message for e in errors[:5]])
        decision = deny("R-P-SUBMIT", "有 {n} 处不符合规则，不能提交到抖店：{errors}", n=len(errors), errors=listed)
        raise history.refuse(ctx, decision, "platform.push", shop_id=detail.shop_id, product_id=product_id,
                             subject=draft_title(detail))
    draft = detail.draft
    link = ctx.db.execute_sql("SELECT platform_product_id FROM platform_product_link WHERE product_id = ?",
                              (product_id,)).fetchone()
    specs, names = _specs(draft)
    pics = "|".join(IMAGE_PLACEHOLDER.format(sha=sha[:16]) for sha in draft.images[:5])
    weight, _ = rules.parse_weight(draft.weight)
    params = {
        "product_type": PRODUCT_TYPES.get(draft.product_type, 0),
        "category_leaf_id": draft.category_id,
        "name": draft.title,
        "pic": pics,
        "description": pics,
        "pay_type": PAY_TYPES.get(draft.payment, 1),
        "reduce_type": REDUCE_TYPES.get(draft.stock_mode, 1),
        "weight": float(weight) if weight is not None else 0,
        "weight_unit": WEIGHT_UNITS.get(draft.weight_unit, 0),
        "specs": specs,
        "spec_prices": _spec_prices(draft, names),
        "product_format_new": _format_new(ctx, draft.category_id, draft.attributes),
        "outer_product_id": f"shopdesk-{product_id}",
        "freight_id": 0,
        "mobile": "",
        "commit": True,
    }
    if draft.remark.strip():
        params["recommend_remark"] = draft.remark.strip()
    method = "product.editV2" if link else "product.addV2"
    if link:
        params["product_id"] = int(link[0])
    notes = (
        UNCONFIRMED,
        text("mobile（客服电话）本地不保存，发送前需填写；freight_id=0 表示包邮，需按店铺的运费模板调整。"),
    )
    with SyncRun(ctx, detail.shop_id, "push") as run:
        run.outcome = "dry_run"
        client = client_for(ctx, detail.shop_id)
        try:
            token = client.tokens.load()
            prepared = client.prepare(method, params, token.access_token if token else "<access_token>")
        finally:
            client.close()
        run.summary = text("{method} 商品 #{id}：仅预演，未发送（图片上传路径未确认）", method=method, id=product_id)
    return Outcome(frozenset({PLATFORM}), PushPlan(product_id, method, params, prepared.masked(), False, notes))
