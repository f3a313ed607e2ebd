"""Self-operated (自营) influencer accounts of a shop (R-SELF-1..7).

Every write asks the domain again inside its transaction (the UI is never the
only guard) and writes its history row in the same transaction (R-LOG-1);
refused attempts are logged in their own transaction afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import date
from typing import Callable, Iterable

import peewee

from desktop.domain.messages import text
from desktop.domain import eligibility as elig
from desktop.domain import self_operated as so
from desktop.domain.decisions import Decision, deny
from desktop.services import account_registry, gmv, history
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.shops import load_shop
from desktop.services.errors import ServiceError
from desktop.services.gmv import window_totals

CHANGES = frozenset({ch.BINDINGS, ch.HISTORY})
LIVE = tuple(so.LIVE_STATES)


@dataclass(frozen=True)
class CandidateRow:
    """One influencer in the candidates table. Decisions are computed on first use:
    a 10k-row table only asks for the rows the user selects."""

    account_id: int
    platform: str
    account_code: str
    nickname: str
    shop_gmv_fen: int
    total_gmv_fen: int
    binding_id: int | None  # this shop's latest 'self' binding, if any
    state: str | None
    source: str | None  # merchant / platform while the marking is live
    other_shop: str | None  # R-SELF-4: live self binding elsewhere

    @property
    def label(self) -> str:
        return account_registry.AccountRow(self.account_id, self.platform, self.account_code, self.nickname).label

    @property
    def share_bp(self) -> int | None:
        return elig.share_bp(self.shop_gmv_fen, self.total_gmv_fen)

    @property
    def eligible(self) -> bool:
        return elig.is_eligible(self.shop_gmv_fen, self.total_gmv_fen)

    @property
    def state_label(self) -> str:
        return so.state_label(self.state)

    @property
    def live(self) -> bool:
        return so.is_live(self.state)

    @cached_property
    def eligibility(self) -> Decision:
        return elig.eligibility(self.shop_gmv_fen, self.total_gmv_fen)

    @cached_property
    def mark(self) -> Decision:
        return so.can_mark(self.state, self.other_shop, self.eligibility)

    @property
    def authorize(self) -> Decision:
        return so.can_record_authorization(self.state)

    @property
    def unmark(self) -> Decision:
        return so.can_unmark(self.state)

    @property
    def platform_configured(self) -> Decision:
        return so.can_record_platform(self.state, self.other_shop)


@dataclass(frozen=True)
class BatchItem:
    """One account's result in a batch (R-SELF-3)."""

    account_id: int
    label: str
    marked: bool
    rule: str | None
    reason: str  # formatted Chinese message when refused
    decision: Decision
    binding_id: int | None = None


class BatchCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(text("批量标记已取消，没有账号被标记。"))


# ---------------------------------------------------------------- reading

def _live_elsewhere(ctx, shop_id: int, account_ids: Iterable[int] | None = None) -> dict[int, str]:
    sql = ("SELECT b.account_id, s.name FROM binding b JOIN shop s ON s.id = b.shop_id "
           "WHERE b.category = 'self' AND b.state IN (?, ?) AND b.shop_id <> ?")
    params: list = [*LIVE, shop_id]
    if account_ids is not None:
        ids = list(account_ids)
        if not ids:
            return {}
        sql += f" AND b.account_id IN ({','.join('?' * len(ids))})"
        params += ids
    return {a: name for a, name in ctx.db.execute_sql(sql, params)}


def _latest_bindings(ctx, shop_id: int) -> dict[int, tuple[int, str, str]]:
    """account_id -> (binding id, state, source) of this shop's newest 'self' binding."""
    out: dict[int, tuple[int, str, str]] = {}
    for bid, aid, state, source in ctx.db.execute_sql(
        "SELECT id, account_id, state, source FROM binding WHERE shop_id = ? AND category = 'self' ORDER BY id",
        (shop_id,),
    ):
        out[aid] = (bid, state, source)
    return out


def _candidate(aid, platform, code, nickname, shop_fen, total_fen, binding, other) -> CandidateRow:
    bid, state, source = binding or (None, None, None)
    if state is not None and not so.is_live(state):
        source = None
    return CandidateRow(aid, platform, code, nickname, shop_fen, total_fen, bid, state, source, other)


@service
def list_candidates(ctx: ServiceContext, shop_id: int, ref_date: date | None = None) -> list[CandidateRow]:
    """Influencers with GMV for this shop in the 30-day window, or a self-operated marking here (R-SELF-1)."""
    return _candidates(ctx, shop_id, window_totals(ctx, shop_id, ref_date))


@service
def candidates_and_figures(ctx: ServiceContext, shop_id: int,
                           ref_date: date | None = None) -> tuple[list[CandidateRow], gmv.ShopFigures]:
    """The panel's two views of one window aggregate: candidates and the R-SELF-7 figures."""
    ref_date = ref_date or ctx.today()
    totals = window_totals(ctx, shop_id, ref_date)
    rows = _candidates(ctx, shop_id, totals)
    self_ids = {r.account_id for r in rows if r.state == so.SELF_OPERATED}
    return rows, gmv.figures_from_totals(totals, self_ids, ref_date)


def _candidates(ctx: ServiceContext, shop_id: int, totals: dict) -> list[CandidateRow]:
    bindings = _latest_bindings(ctx, shop_id)
    others = _live_elsewhere(ctx, shop_id)
    ids = set(totals) | set(bindings)
    if not ids:
        return []
    rows = []
    info = {}
    # The account table is small next to gmv_record; one scan beats 10k lookups.
    if len(ids) > 500:
        cur = ctx.db.execute_sql("SELECT id, platform, account_code, nickname FROM account")
    else:
        cur = ctx.db.execute_sql(
            f"SELECT id, platform, account_code, nickname FROM account WHERE id IN ({','.join('?' * len(ids))})",
            list(ids),
        )
    for aid, platform, code, nickname in cur:
        if aid in ids:
            info[aid] = (platform, code, nickname)
    for aid in ids:
        platform, code, nickname = info[aid]
        shop_fen, total_fen = totals.get(aid, (0, 0))
        rows.append(_candidate(aid, platform, code, nickname, shop_fen, total_fen, bindings.get(aid), others.get(aid)))
    rows.sort(key=lambda r: (-r.shop_gmv_fen, r.account_id))
    return rows


@service
def get_candidate(ctx: ServiceContext, shop_id: int, account_id: int, ref_date: date | None = None) -> CandidateRow:
    account = account_registry.get_account(ctx, account_id)
    start, end = elig.window(ref_date or ctx.today())
    shop_fen, total_fen = ctx.db.execute_sql(
        "SELECT CAST(COALESCE(SUM(shop_gmv_fen), 0) AS BIGINT), CAST(COALESCE(SUM(total_gmv_fen), 0) AS BIGINT) FROM gmv_record "
        "WHERE shop_id = ? AND account_id = ? AND day BETWEEN ? AND ?",
        (shop_id, account_id, start.isoformat(), end.isoformat()),
    ).fetchone()
    row = ctx.db.execute_sql(
        "SELECT id, state, source FROM binding WHERE shop_id = ? AND account_id = ? AND category = 'self' "
        "ORDER BY id DESC LIMIT 1", (shop_id, account_id)).fetchone()
    other = _live_elsewhere(ctx, shop_id, [account_id]).get(account_id)
    return _candidate(account.id, account.platform, account.account_code, account.nickname, shop_fen, total_fen,
                      tuple(row) if row else None, other)


# ---------------------------------------------------------------- writing


def _insert(ctx, shop_id: int, account_id: int, state: str, source: str, note: str = "") -> int:
    today = ctx.today().isoformat() if state == so.SELF_OPERATED else None
    cur = ctx.db.execute_sql(
        "INSERT INTO binding (shop_id, account_id, category, state, source, started_at, bound_on, note) "
        "VALUES (?, ?, 'self', ?, ?, ?, ?, ?) RETURNING id",
        (shop_id, account_id, state, source, ctx.now_iso(), today, note),
    )
    return cur.fetchone()[0]


_TAKEN = deny("R-SELF-4", "该账号已是其他店铺的自营账号（或正在等待授权），不能再标记给本店")


def _write_one(ctx, shop_id, account_id, action, decide: Callable[[CandidateRow], Decision], state, source,
               detail: str) -> Outcome:
    label = account_registry.get_account(ctx, account_id).label
    binding_id = None
    try:
        with ctx.db.atomic("IMMEDIATE"):
            load_shop(shop_id)
            decision = decide(get_candidate(ctx, shop_id, account_id))
            if decision:
                binding_id = _insert(ctx, shop_id, account_id, state, source)
                history.record(ctx, action, shop_id=shop_id, account_id=account_id, subject=label, detail=detail)
    except peewee.IntegrityError:
        # The partial unique index binding_self_one_shop (R-SELF-4) caught what the check missed.
        decision = _TAKEN
    if not decision:
        raise history.refuse(ctx, decision, action, shop_id=shop_id, account_id=account_id, subject=label)
    return Outcome(CHANGES, binding_id)


@service
def mark_self_operated(ctx: ServiceContext, shop_id: int, account_id: int) -> Outcome:
    """标记为自营 (R-SELF-2): an eligible account (R-SELF-1) not taken elsewhere (R-SELF-4) awaits authorization."""
    return _write_one(ctx, shop_id, account_id, "self.mark", lambda c: c.mark, so.AWAITING, "merchant",
                      text("商家标记为自营，等待达人授权"))


@service
def record_platform_configured(ctx: ServiceContext, shop_id: int, account_id: int) -> Outcome:
    """R-SELF-5: the platform made the account self-operated itself; the source says so."""
    return _write_one(ctx, shop_id, account_id, "self.platform", lambda c: c.platform_configured,
                      so.SELF_OPERATED, "platform", text("平台自动配置为自营账号"))


@service
def batch_mark(ctx: ServiceContext, shop_id: int, account_ids: Iterable[int],
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, detail: str = text("批量标记为自营，等待达人授权"),
               ref_date: date | None = None) -> Outcome:
    """批量标记为自营 (R-SELF-3): every allowed account awaits authorization, each refused one
    is reported with its reason. All marks are one transaction: a failure or cancel marks none.
    Eligibility (R-SELF-1) is judged on the 30 days before ``ref_date`` (default today)."""
    ids = list(dict.fromkeys(account_ids))
    items: list[BatchItem] = []
    try:
        with ctx.db.atomic("IMMEDIATE"):
            load_shop(shop_id)
            by_id = {c.account_id: c for c in list_candidates(ctx, shop_id, ref_date)}
            for n, aid in enumerate(ids, 1):
                if cancelled is not None and cancelled():
                    raise BatchCancelled()
                cand = by_id.get(aid) or get_candidate(ctx, shop_id, aid, ref_date)
                if cand.mark:
                    bid = _insert(ctx, shop_id, aid, so.AWAITING, "merchant")
                    history.record(ctx, "self.mark", shop_id=shop_id, account_id=aid, subject=cand.label,
                                   detail=detail)
                    items.append(BatchItem(aid, cand.label, True, None, "", cand.mark, bid))
                else:
                    items.append(BatchItem(aid, cand.label, False, cand.mark.rule, cand.mark.message, cand.mark))
                if progress is not None and (n % 200 == 0 or n == len(ids)):
                    progress(n, len(ids))
    except peewee.IntegrityError:
        raise history.refuse(ctx, _TAKEN, "self.mark", shop_id=shop_id, subject=text("批量标记")) from None
    refused = [i for i in items if not i.marked]
    if refused:
        with ctx.db.atomic("IMMEDIATE"):
            for i in refused:
                history.record(ctx, "self.mark", shop_id=shop_id, account_id=i.account_id, subject=i.label,
                               outcome="refused", rule_id=i.rule, detail=i.reason)
    return Outcome(CHANGES, items)


@service
def propose_all_eligible(ctx: ServiceContext, shop_id: int, ref_date: date | None = None,
                         progress=None, cancelled=None) -> Outcome:
    """R-SELF-5: mark every eligible account that is not already marked here, at once.
    Eligible accounts taken by another shop (R-SELF-4) are reported as refused."""
    ids = [c.account_id for c in list_candidates(ctx, shop_id, ref_date) if c.eligible and not c.live]
    # The same date for picking and for the re-check inside batch_mark: otherwise
    # what was eligible on ref_date is refused against today's window.
    return batch_mark(ctx, shop_id, ids, progress, cancelled, detail=text("一键提议全部符合条件的账号为自营"),
                      ref_date=ref_date)


def _move(ctx, binding_id: int, action: str, decide: Callable[[str], Decision], new_state: str,
          detail: str) -> Outcome:
    """One guarded state change of a self-operated mark (R-SELF-2, R-SELF-7)."""

    def write(b) -> str:
        b.state = new_state
        if new_state == so.SELF_OPERATED:
            b.bound_on = ctx.today()
        else:
            b.ended_at = ctx.now_iso()
        return detail

    return account_registry.change_binding(ctx, binding_id, "self", text("自营标记不存在"), action,
                                           lambda b: decide(b.state), write)


@service
def record_authorization(ctx: ServiceContext, binding_id: int, agreed: bool) -> Outcome:
    """R-SELF-2: the influencer agreed (→ self-operated) or refused (→ back to 带货)."""
    if agreed:
        return _move(ctx, binding_id, "self.authorize", so.can_record_authorization, so.SELF_OPERATED,
                           text("达人同意授权，成为自营账号"))
    return _move(ctx, binding_id, "self.decline", so.can_record_authorization, so.REFUSED,
                       text("达人拒绝授权，恢复为带货账号"))


@service
def unmark(ctx: ServiceContext, binding_id: int) -> Outcome:
    """标记为带货 (R-SELF-6)."""
    return _move(ctx, binding_id, "self.unmark", so.can_unmark, so.UNMARKED, text("标记为带货"))
