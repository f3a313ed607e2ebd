"""Products (R-P-*): save, submit, review outcome, online/offline, duplicate, delete.

Each operation is one transaction that also writes its history row (R-LOG-1);
the lifecycle decision (R-P-STATE) and the rule check (R-P-SUBMIT) are asked
again here, whatever the UI showed. Reading for the 商品 page lives in
products_query.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import peewee

from desktop.domain import money
from desktop.domain import product_states as st
from desktop.domain import products as rules
from desktop.domain.decisions import Decision, deny
from desktop.domain.products import FieldError, ProductDraft, SkuInput, SpecDim
from desktop.services import changes as ch
from desktop.services import history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound, ServiceError
from desktop.services.refusal import Refused
from desktop.store.models import Product, ProductImage, ProductRejection, Sku

CHANGED = frozenset({ch.PRODUCTS, ch.HISTORY})


@dataclass(frozen=True)
class Rejection:
    field: str
    reason: str


@dataclass(frozen=True)
class ProductDetail:
    id: int
    shop_id: int
    state: str
    state_label: str
    draft: ProductDraft
    category_path: str
    rejections: tuple[Rejection, ...] = ()
    updated_at: str = ""
    copied_from: int | None = None
    decisions: dict = field(default_factory=dict)


# ---------------------------------------------------------------- reading one


def decisions_for_state(state: str) -> dict[str, Decision]:
    """What the UI may offer for a product in ``state`` (R-P-STATE)."""
    return st.decisions_for(state)


@service
def leaf_info(ctx: ServiceContext, category_id: int | None):
    """The leaf's LeafInfo (name, path, attributes), or None if not a usable leaf."""
    if category_id is None:
        return None
    from desktop.services import catalog

    try:
        return catalog.get_leaf(ctx, category_id)
    except ServiceError:
        return None


@service
def validate(ctx: ServiceContext, draft: ProductDraft) -> list[FieldError]:
    leaf = leaf_info(ctx, draft.category_id)
    return rules.validate_product(draft, leaf.attributes if leaf else None)


@service
def get_product(ctx: ServiceContext, product_id: int) -> ProductDetail:
    p = _load(product_id)
    images = [i.sha256 for i in ProductImage.select().where(ProductImage.product == p.id).order_by(ProductImage.position)]
    skus = []
    for s in Sku.select().where(Sku.product == p.id).order_by(Sku.position):
        typed = json.loads(s.typed_json)
        skus.append(SkuInput(
            tuple(json.loads(s.combo_key)),
            sale=typed.get("sale", money.edit_text(s.sale_fen)),
            original=typed.get("original", money.edit_text(s.original_fen)),
            stock=typed.get("stock", "" if s.stock is None else str(s.stock)),
            code=s.code,
        ))
    draft = ProductDraft(
        category_id=p.category_id,
        product_type=p.product_type,
        title=p.title,
        remark=p.remark,
        weight=json.loads(p.typed_json).get("weight", _weight_text(p.weight)),
        weight_unit=p.weight_unit,
        attributes=json.loads(p.attributes_json),
        payment=p.payment,
        stock_mode=p.stock_mode,
        images=images,
        specs=[SpecDim(d["name"], list(d["values"])) for d in json.loads(p.specs_json)],
        skus=skus or [SkuInput(())],
    )
    rejections = tuple(
        Rejection(r.field, r.reason)
        for r in ProductRejection.select().where(ProductRejection.product == p.id).order_by(ProductRejection.id)
    )
    return ProductDetail(
        p.id, p.shop_id, p.state, st.STATE_LABELS[p.state], draft, p.category_path, rejections,
        p.updated_at, p.copied_from, decisions_for_state(p.state),
    )


def _weight_text(weight: float | None) -> str:
    if weight is None:
        return ""
    return f"{weight:.3f}".rstrip("0").rstrip(".")


def _load(product_id: int) -> Product:
    try:
        return Product.get_by_id(product_id)
    except Product.DoesNotExist:
        raise NotFound("商品不存在或已删除") from None


# ---------------------------------------------------------------- writing content


def _write_content(ctx: ServiceContext, p: Product, draft: ProductDraft) -> None:
    """Store ``draft`` into ``p`` and its images/SKUs, with the summary columns.

    Values that break a rule the schema holds (an unparseable price, an
    original price not above the sale price) are stored as empty: a draft may
    be incomplete, never impossible. The text typed for them is kept in
    ``typed_json`` so reopening the draft shows it again (no input is lost).
    """
    specs = rules.clean_specs(draft.specs)
    if len(specs) > rules.MAX_SPECS:
        raise InvalidInput(f"最多 {rules.MAX_SPECS} 个规格", "specs", rule="R-P-SKU")
    images = list(dict.fromkeys(draft.images))
    if len(images) > rules.MAX_IMAGES:
        raise InvalidInput(f"主图最多 {rules.MAX_IMAGES} 张", "images", rule="R-P-IMG-1")
    leaf = leaf_info(ctx, draft.category_id)
    weight, err = rules.parse_weight(draft.weight)

    p.category_id = leaf.id if leaf else None
    p.category_path = " > ".join(leaf.path) if leaf else ""
    p.product_type = draft.product_type if draft.product_type in rules.PRODUCT_TYPES else "normal"
    p.title = draft.title
    p.remark = draft.remark
    p.weight = float(weight) if weight is not None and err is None else None
    p.typed_json = json.dumps(
        {"weight": draft.weight} if p.weight is None and draft.weight.strip() else {}, ensure_ascii=False
    )
    p.weight_unit = draft.weight_unit if draft.weight_unit in rules.WEIGHT_UNITS else "kg"
    p.payment = draft.payment if draft.payment in rules.PAYMENT_METHODS else "online"
    p.stock_mode = draft.stock_mode if draft.stock_mode in rules.STOCK_MODES else "order"
    p.attributes_json = json.dumps(draft.attributes, ensure_ascii=False)
    p.specs_json = json.dumps([{"name": d.name, "values": d.values} for d in specs], ensure_ascii=False)
    p.main_image = images[0] if images else None

    rows, seen = [], set()
    for sku in draft.skus:
        if sku.values in seen:
            continue
        seen.add(sku.values)
        sale, e1 = money.parse_field(sku.sale)
        if e1 or rules.sale_price_error(sale):
            sale = None
        original, e2 = money.parse_field(sku.original)
        if e2 or sale is None or rules.original_price_error(original, sale):
            original = None
        stock, _ = rules.parse_stock(sku.stock)
        typed = {
            name: text
            for name, text, value in (("sale", sku.sale, sale), ("original", sku.original, original), ("stock", sku.stock, stock))
            if value is None and text.strip()
        }
        rows.append((sku.values, sale, original, stock, sku.code.strip()[:64], typed))
    prices = [r[1] for r in rows if r[1] is not None]
    p.min_price_fen = min(prices) if prices else None
    p.max_price_fen = max(prices) if prices else None
    p.total_stock = sum(r[3] for r in rows if r[3] is not None)
    p.sku_count = len(rows)
    p.rule_errors = len(rules.validate_product(draft, leaf.attributes if leaf else None))
    p.updated_at = ctx.now_iso()
    p.save()

    ProductImage.delete().where(ProductImage.product == p.id).execute()
    for pos, sha in enumerate(images):
        ProductImage.create(product=p.id, position=pos, sha256=sha)
    Sku.delete().where(Sku.product == p.id).execute()
    for pos, (values, sale, original, stock, code, typed) in enumerate(rows):
        Sku.create(
            product=p.id, position=pos, combo_key=json.dumps(list(values), ensure_ascii=False),
            sale_fen=sale, original_fen=original, stock=stock, code=code,
            typed_json=json.dumps(typed, ensure_ascii=False),
        )


def _label(p: Product) -> str:
    return p.title.strip() or f"商品 #{p.id}"


def _locked(ctx: ServiceContext, product_id: int, action: str, code: str, write):
    """Run ``write(p)`` in one IMMEDIATE transaction, asking R-P-STATE again
    inside it (another window may have changed the state since the UI asked).
    A refusal rolls back and is logged in its own transaction (R-LOG-1)."""
    try:
        with ctx.db.atomic("IMMEDIATE"):
            p = _load(product_id)
            decision = st.decide(p.state, action)
            if not decision:
                raise Refused(decision)
            return write(p)
    except Refused as r:
        p = _load(product_id)
        raise history.refuse(ctx, r.decision, code, shop_id=p.shop_id, product_id=p.id, subject=_label(p)) from None


@service
def save_draft(ctx: ServiceContext, shop_id: int, draft: ProductDraft, product_id: int | None = None) -> Outcome:
    """Save as typed, errors and all (R-P-SUBMIT only guards submitting)."""
    errors = validate(ctx, draft)
    detail = f"保存草稿，{len(errors)} 处待修改" if errors else "保存草稿"

    def write(p: Product, code: str) -> int:
        _write_content(ctx, p, draft)
        history.record(ctx, code, shop_id=p.shop_id, product_id=p.id, subject=_label(p), detail=detail)
        return p.id

    try:
        if product_id is None:
            with ctx.db.atomic("IMMEDIATE"):
                now = ctx.now_iso()
                p = Product.create(shop=shop_id, state=st.DRAFT, created_at=now, updated_at=now)
                pid = write(p, "product.create")
        else:
            pid = _locked(ctx, product_id, st.SAVE_DRAFT, "product.save", lambda p: write(p, "product.save"))
    except peewee.IntegrityError as exc:
        raise InvalidInput(f"保存失败：数据不符合规则（{exc}）") from None
    return Outcome(CHANGED, pid)


@service
def submit_decision(ctx: ServiceContext, product_id: int) -> Decision:
    """R-P-SUBMIT for a stored product, as the 商品 page asks it: its state and its content's rule errors."""
    detail = get_product(ctx, product_id)
    decision = st.decide(detail.state, st.SUBMIT)
    return rules.submit_decision(decision, validate(ctx, detail.draft) if decision.allowed else [])


@service
def submit(ctx: ServiceContext, product_id: int | None, draft: ProductDraft | None = None, shop_id: int | None = None) -> Outcome:
    """Submit for review (R-P-SUBMIT). With ``draft``: save that content first, in
    the same transaction — how an approved product is edited and sent back to
    review (R-P-STATE), and how a new product is submitted straight away."""
    if product_id is None:
        if draft is None or shop_id is None:
            raise InvalidInput("缺少商品内容")
        state, where = st.DRAFT, dict(shop_id=shop_id, subject=draft.title.strip() or "新商品")
    else:
        p = _load(product_id)
        state, where = p.state, dict(shop_id=p.shop_id, product_id=p.id, subject=_label(p))
    action = st.RESUBMIT_EDIT if state in st.APPROVED and draft is not None else st.SUBMIT
    code = "product.resubmit" if action == st.RESUBMIT_EDIT else "product.submit"
    decision = st.decide(state, action)
    if not decision:
        raise history.refuse(ctx, decision, code, **where)
    content = draft if draft is not None else get_product(ctx, product_id).draft
    decision = rules.submit_decision(decision, validate(ctx, content))
    if not decision:
        raise history.refuse(ctx, decision, code, **where)
    try:
        with ctx.db.atomic("IMMEDIATE"):
            if product_id is None:
                now = ctx.now_iso()
                p = Product.create(shop=shop_id, state=st.DRAFT, created_at=now, updated_at=now)
            else:
                p = _load(product_id)
                if p.state != state:  # another window changed it since we checked
                    raise Refused(deny("R-P-STATE", "商品状态已变为“{state}”，请刷新后再试",
                                       state=st.STATE_LABELS[p.state]))
            if draft is not None:
                _write_content(ctx, p, draft)
            p.state = st.PENDING
            p.updated_at = ctx.now_iso()
            p.save()
            ProductRejection.delete().where(ProductRejection.product == p.id).execute()
            detail = "修改后重新提交审核" if action == st.RESUBMIT_EDIT else "提交审核"
            history.record(ctx, code, shop_id=p.shop_id, product_id=p.id, subject=_label(p), detail=detail)
    except Refused as r:
        raise history.refuse(ctx, r.decision, code, **where) from None
    except peewee.IntegrityError as exc:
        raise InvalidInput(f"提交失败：数据不符合规则（{exc}）") from None
    return Outcome(CHANGED, p.id)


# ---------------------------------------------------------------- lifecycle


@service
def record_review(
    ctx: ServiceContext, product_id: int, outcome: str, reasons: list[tuple[str, str]] | tuple = ()
) -> Outcome:
    """Record the platform's review outcome; a rejection needs a reason per field."""
    if outcome not in st.OUTCOME_STATES:
        raise InvalidInput("请选择审核结果", "outcome")
    reasons = [((f or "").strip() or "其他", r.strip()) for f, r in reasons if r and r.strip()]
    if outcome == st.OUTCOME_REJECTED and not reasons:
        raise InvalidInput("审核未通过时请至少填写一条原因", "reasons")

    def write(p: Product) -> int:
        p.state = st.review_target(outcome)
        p.updated_at = ctx.now_iso()
        p.save()
        ProductRejection.delete().where(ProductRejection.product == p.id).execute()
        detail = st.OUTCOME_LABELS[outcome]
        if outcome == st.OUTCOME_REJECTED:
            for f, r in reasons:
                ProductRejection.create(product=p.id, field=f, reason=r, at=ctx.now_iso())
            detail += "：" + "；".join(f"{f}：{r}" for f, r in reasons)
        history.record(ctx, "product.review", shop_id=p.shop_id, product_id=p.id, subject=_label(p), detail=detail)
        return p.id

    return Outcome(CHANGED, _locked(ctx, product_id, st.REVIEW, "product.review", write))


def _transition(ctx: ServiceContext, product_id: int, action: str, code: str, detail: str) -> Outcome:
    def write(p: Product) -> int:
        p.state = st.target_state(p.state, action)
        p.updated_at = ctx.now_iso()
        p.save()
        history.record(ctx, code, shop_id=p.shop_id, product_id=p.id, subject=_label(p), detail=detail)
        return p.id

    return Outcome(CHANGED, _locked(ctx, product_id, action, code, write))


@service
def take_offline(ctx: ServiceContext, product_id: int) -> Outcome:
    return _transition(ctx, product_id, st.TAKE_OFFLINE, "product.offline", "下线")


@service
def bring_online(ctx: ServiceContext, product_id: int) -> Outcome:
    return _transition(ctx, product_id, st.BRING_ONLINE, "product.online", "上架")


@service
def delete(ctx: ServiceContext, product_id: int) -> Outcome:
    """Only a draft or rejected product (R-P-STATE); the schema refuses the rest too."""

    def write(p: Product) -> int:
        history.record(ctx, "product.delete", shop_id=p.shop_id, product_id=p.id, subject=_label(p),
                       detail=f"删除{st.STATE_LABELS[p.state]}的商品")
        p.delete_instance()
        return product_id

    return Outcome(CHANGED, _locked(ctx, product_id, st.DELETE, "product.delete", write))


@service
def duplicate(ctx: ServiceContext, product_id: int) -> Outcome:
    """发布相似品: a new draft with the same content; the source is untouched."""

    def write(src: Product) -> int:
        draft = get_product(ctx, src.id).draft
        now = ctx.now_iso()
        p = Product.create(shop=src.shop_id, state=st.DRAFT, created_at=now, updated_at=now, copied_from=src.id)
        _write_content(ctx, p, draft)
        history.record(ctx, "product.duplicate", shop_id=p.shop_id, product_id=p.id, subject=_label(p),
                       detail=f"由商品 #{src.id} 复制为草稿")
        return p.id

    return Outcome(CHANGED, _locked(ctx, product_id, st.DUPLICATE, "product.duplicate", write))
