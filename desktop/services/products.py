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

from desktop.domain.messages import joined, text
from desktop.domain import money
from desktop.domain import product_states as st
from desktop.domain import products as rules
from desktop.domain.decisions import Decision, deny
from desktop.domain.products import FieldError, ProductDraft, SkuInput, SpecDim
from desktop.domain.text import compact
from desktop.services import changes as ch
from desktop.services import history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound, ServiceError
from desktop.services.guarded import Written, guarded_write
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
        weight=json.loads(p.typed_json).get("weight", rules.weight_text(p.weight)),
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


def _load(product_id: int) -> Product:
    try:
        return Product.get_by_id(product_id)
    except Product.DoesNotExist:
        raise NotFound(text("商品不存在或已删除")) from None


# ---------------------------------------------------------------- writing content


@dataclass(frozen=True)
class _Checked:
    """A draft read once (rules.parse_draft) with its leaf and its rule errors."""

    parsed: rules.ParsedDraft
    leaf: object
    errors: list[FieldError]


def _check(ctx: ServiceContext, draft: ProductDraft) -> _Checked:
    parsed = rules.parse_draft(draft)
    leaf = leaf_info(ctx, draft.category_id)
    return _Checked(parsed, leaf, rules.validate_product(draft, leaf.attributes if leaf else None, parsed))


def _write_content(ctx: ServiceContext, p: Product, checked: _Checked) -> None:
    """Store the checked draft into ``p`` and its images/SKUs, with the summary columns.

    Values that break a rule the schema holds (an unparseable price, an
    original price not above the sale price) are stored as empty: a draft may
    be incomplete, never impossible. The text typed for them is kept in
    ``typed_json`` so reopening the draft shows it again (no input is lost).
    """
    parsed = checked.parsed
    if len(parsed.specs) > rules.MAX_SPECS:
        raise InvalidInput(text("最多 {n} 个规格", n=rules.MAX_SPECS), "specs", rule="R-P-SKU")
    if len(parsed.images) > rules.MAX_IMAGES:
        raise InvalidInput(text("主图最多 {n} 张", n=rules.MAX_IMAGES), "images", rule="R-P-IMG-1")
    _fill_columns(ctx, p, checked)
    p.save()

    ProductImage.delete().where(ProductImage.product == p.id).execute()
    for pos, sha in enumerate(parsed.images):
        ProductImage.create(product=p.id, position=pos, sha256=sha)
    Sku.delete().where(Sku.product == p.id).execute()
    for pos, s in enumerate(parsed.stored_skus):
        Sku.create(
            product=p.id, position=pos, combo_key=json.dumps(list(s.values), ensure_ascii=False),
            sale_fen=s.sale_fen, original_fen=s.original_fen, stock=s.stock, code=s.code,
            typed_json=json.dumps(s.typed, ensure_ascii=False),
        )


def _changes_text(ctx: ServiceContext, p: Product, draft: ProductDraft) -> str:
    """What a save changed, by field; a changed title shows old and new (long ones compacted)."""
    old = get_product(ctx, p.id).draft
    fields = rules.changed_fields(old, draft)
    if not fields:
        return text("；内容没有改动")
    labels = dict(rules.DRAFT_FIELD_LABELS)
    parts = [labels[f] for f in fields]
    if "title" in fields:
        parts[fields.index("title")] = text("标题「{old}」→「{new}」",
                                            old=compact(old.title, 80), new=compact(draft.title, 80))
    return text("；改动：{fields}", fields=joined("、", parts))


def _fill_columns(ctx: ServiceContext, p: Product, checked: _Checked) -> None:
    """The product row's own columns, including the summary the list sorts by."""
    parsed, leaf, draft = checked.parsed, checked.leaf, checked.parsed.draft
    weight = parsed.storable_weight
    p.category_id = leaf.id if leaf else None
    p.category_path = " > ".join(leaf.path) if leaf else ""
    p.product_type, p.payment, p.stock_mode = parsed.product_type, parsed.payment, parsed.stock_mode
    p.title, p.remark = draft.title, draft.remark
    p.weight = float(weight) if weight is not None else None
    p.weight_unit = parsed.weight_unit
    p.typed_json = json.dumps({"weight": draft.weight} if weight is None and draft.weight.strip() else {},
                              ensure_ascii=False)
    p.attributes_json = json.dumps(draft.attributes, ensure_ascii=False)
    p.specs_json = json.dumps([{"name": d.name, "values": d.values} for d in parsed.specs], ensure_ascii=False)
    p.main_image = parsed.images[0] if parsed.images else None
    skus = parsed.stored_skus
    prices = [s.sale_fen for s in skus if s.sale_fen is not None]
    p.min_price_fen = min(prices) if prices else None
    p.max_price_fen = max(prices) if prices else None
    p.total_stock = sum(s.stock for s in skus if s.stock is not None)
    p.sku_count = len(skus)
    p.rule_errors = len(checked.errors)  # the 商品 list shows and sorts by it
    p.updated_at = ctx.now_iso()


def _label(p: Product) -> str:
    return p.title.strip() or (text("商品 #{id}", id=p.id) if p.id is not None else "新商品")


def _about(p: Product) -> dict:
    return dict(shop_id=p.shop_id, product_id=p.id, subject=_label(p))


def _guarded(ctx: ServiceContext, product_id: int, action: str, code: str, write) -> Outcome:
    """A lifecycle change, with R-P-STATE asked again inside the transaction."""
    return guarded_write(ctx, code, load=lambda: _load(product_id), about=_about,
                         decide=lambda p: st.decide(p.state, action), write=write, changes=CHANGED)


def _new_product(ctx: ServiceContext, shop_id: int, **fields) -> Product:
    now = ctx.now_iso()
    return Product.create(shop=shop_id, state=st.DRAFT, created_at=now, updated_at=now, **fields)


@service
def save_draft(ctx: ServiceContext, shop_id: int, draft: ProductDraft, product_id: int | None = None) -> Outcome:
    """Save as typed, errors and all (R-P-SUBMIT only guards submitting)."""
    checked = _check(ctx, draft)
    detail = text("保存草稿，{count} 处待修改", count=len(checked.errors)) if checked.errors else text("保存草稿")

    def write(p: Product) -> Written:
        changed = _changes_text(ctx, p, draft) if product_id is not None else ""
        _write_content(ctx, p, checked)
        return Written(p.id, joined("", [detail, changed]) if changed else detail)

    try:
        if product_id is not None:
            return _guarded(ctx, product_id, st.SAVE_DRAFT, "product.save", write)
        with ctx.db.atomic("IMMEDIATE"):
            p = _new_product(ctx, shop_id)
            write(p)
            history.record(ctx, "product.create", **_about(p), detail=detail)
        return Outcome(CHANGED, p.id)
    except peewee.IntegrityError as exc:
        raise InvalidInput(text("保存失败：数据不符合规则（{reason}）", reason=exc)) from None


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
    if product_id is None and (draft is None or shop_id is None):
        raise InvalidInput(text("缺少商品内容"))
    state = st.DRAFT if product_id is None else _load(product_id).state
    action = st.RESUBMIT_EDIT if state in st.APPROVED and draft is not None else st.SUBMIT
    code = "product.resubmit" if action == st.RESUBMIT_EDIT else "product.submit"
    checked = _check(ctx, draft) if draft is not None else None

    def load() -> Product:
        if product_id is None:
            return Product(shop=shop_id, state=st.DRAFT, title=draft.title)  # created by write()
        return _load(product_id)

    def decide(p: Product) -> Decision:
        if p.state != state:  # another window changed it since we looked
            return deny("R-P-STATE", "商品状态已变为“{state}”，请刷新后再试", state=st.STATE_LABELS[p.state])
        decision = st.decide(p.state, action)
        if not decision:
            return decision
        errors = checked.errors if checked is not None else validate(ctx, get_product(ctx, p.id).draft)
        return rules.submit_decision(decision, errors)

    def write(p: Product) -> Written:
        if p.id is None:
            p = _new_product(ctx, shop_id)
        if checked is not None:
            _write_content(ctx, p, checked)
        p.state, p.updated_at = st.PENDING, ctx.now_iso()
        p.save()
        ProductRejection.delete().where(ProductRejection.product == p.id).execute()
        return Written(p.id, text("修改后重新提交审核") if action == st.RESUBMIT_EDIT else text("提交审核"), _about(p))

    try:
        return guarded_write(ctx, code, load=load, about=_about, decide=decide, write=write, changes=CHANGED)
    except peewee.IntegrityError as exc:
        raise InvalidInput(text("提交失败：数据不符合规则（{reason}）", reason=exc)) from None


# ---------------------------------------------------------------- lifecycle


@service
def record_review(
    ctx: ServiceContext, product_id: int, outcome: str, reasons: list[tuple[str, str]] | tuple = ()
) -> Outcome:
    """Record the platform's review outcome; a rejection needs a reason per field."""
    if outcome not in st.OUTCOME_STATES:
        raise InvalidInput(text("请选择审核结果"), "outcome")
    reasons = [((f or "").strip() or "其他", r.strip()) for f, r in reasons if r and r.strip()]
    if outcome == st.OUTCOME_REJECTED and not reasons:
        raise InvalidInput(text("审核未通过时请至少填写一条原因"), "reasons")

    def write(p: Product) -> Written:
        p.state = st.review_target(outcome)
        p.updated_at = ctx.now_iso()
        p.save()
        ProductRejection.delete().where(ProductRejection.product == p.id).execute()
        detail = text(st.OUTCOME_LABELS[outcome])  # a label: its translation is under "shared"
        if outcome == st.OUTCOME_REJECTED:
            for f, r in reasons:
                ProductRejection.create(product=p.id, field=f, reason=r, at=ctx.now_iso())
            detail = text("{outcome}：{reasons}", outcome=detail,
                          reasons=joined("；", [text("{field}：{reason}", field=text(f), reason=r) for f, r in reasons]))
        return Written(p.id, detail)

    return _guarded(ctx, product_id, st.REVIEW, "product.review", write)


def _move(ctx: ServiceContext, product_id: int, action: str, code: str, detail: str) -> Outcome:
    def write(p: Product) -> Written:
        p.state = st.target_state(p.state, action)
        p.updated_at = ctx.now_iso()
        p.save()
        return Written(p.id, detail)

    return _guarded(ctx, product_id, action, code, write)


@service
def take_offline(ctx: ServiceContext, product_id: int) -> Outcome:
    return _move(ctx, product_id, st.TAKE_OFFLINE, "product.offline", text("下线"))


@service
def bring_online(ctx: ServiceContext, product_id: int) -> Outcome:
    return _move(ctx, product_id, st.BRING_ONLINE, "product.online", text("上架"))


@service
def delete(ctx: ServiceContext, product_id: int) -> Outcome:
    """Only a draft or rejected product (R-P-STATE); the schema refuses the rest too."""

    def write(p: Product) -> Written:
        detail = text("删除{state}的商品", state=text(st.STATE_LABELS[p.state]))
        about = _about(p)
        p.delete_instance()
        return Written(product_id, detail, about)

    return _guarded(ctx, product_id, st.DELETE, "product.delete", write)


@service
def duplicate(ctx: ServiceContext, product_id: int) -> Outcome:
    """发布相似品: a new draft with the same content; the source is untouched."""

    def write(src: Product) -> Written:
        p = _new_product(ctx, src.shop_id, copied_from=src.id)
        _write_content(ctx, p, _check(ctx, get_product(ctx, src.id).draft))
        return Written(p.id, text("由商品 #{id} 复制为草稿", id=src.id), _about(p))

    return _guarded(ctx, product_id, st.DUPLICATE, "product.duplicate", write)
