"""概览: every shop's to-dos and cards in one pass of set-based queries.

No query per shop or per account: each figure comes from one aggregate over
all shops (or the one shop of the filter). The 30-day window (R-SELF-1) is
read from the summary kept by migration m0008's triggers (gmv_summary).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import accounts, eligibility
from desktop.domain import product_states as ps
from desktop.domain import self_operated as so
from desktop.domain import todos as td
from desktop.services import account_registry, gmv_summary, overview_state
from desktop.services.context import ServiceContext, service
from desktop.store import sqlcompat

ELIGIBLE = eligibility.sql_is_eligible("w.shop_fen", "w.total_fen")


@dataclass(frozen=True)
class ShopCard:
    shop_id: int
    name: str
    enterprise_certified: bool
    official_state: str | None = None
    official_binding_id: int | None = None
    official_account: str = ""
    channels_used: int = 0
    next_unbind_on: date | None = None
    next_unbind_days: int | None = None
    next_unbind_binding_id: int | None = None
    self_accounts: int = 0
    self_shop_fen: int = 0  # self-operated accounts' GMV for this shop, 30 days
    self_total_fen: int = 0  # and their GMV for all shops
    shop_gmv_fen: int = 0  # every influencer's GMV for this shop, 30 days
    products: dict = field(default_factory=dict)  # state -> count
    channel_limit: int = accounts.CHANNEL_LIMIT

    @property
    def official_fee_fen(self) -> int:
        return accounts.official_fee_fen(self.enterprise_certified)

    @property
    def official_label(self) -> str:
        return accounts.OFFICIAL_STATES.get(self.official_state, "未绑定")

    @property
    def self_share_bp(self) -> int | None:
        """The self-operated accounts' combined share, against R-SELF-1's 50% line."""
        return eligibility.share_bp(self.self_shop_fen, self.self_total_fen)

    @property
    def self_share_ok(self) -> bool:
        return eligibility.is_eligible(self.self_shop_fen, self.self_total_fen)

    @property
    def contribution_bp(self) -> int | None:
        """R-SELF-7: what self-operated accounts contribute to the shop's influencer GMV."""
        return eligibility.contribution_bp(self.self_shop_fen, self.shop_gmv_fen)

    @property
    def product_total(self) -> int:
        return sum(self.products.values())


@dataclass(frozen=True)
class Overview:
    today: date
    shop_id: int | None
    thresholds: td.Thresholds
    todos: list  # visible Todo items, sorted
    hidden: list  # done or snoozed (until their facts change)
    cards: list  # ShopCard, by shop name
    states: dict  # key -> (state, fingerprint, until)

    @property
    def due_count(self) -> int:
        return len(self.todos)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(td.KINDS, 0)
        for t in self.todos:
            out[t.kind] += 1
        return out


def _shop_filter(shop_id: int | None, column: str = "shop_id") -> tuple[str, tuple]:
    return (f" AND {column} = ?", (shop_id,)) if shop_id is not None else ("", ())


def _date(iso: str | None) -> date | None:
    return td.local_date(iso) if iso else None


def _shops(ctx, shop_id) -> dict[int, ShopCard]:
    where, params = _shop_filter(shop_id, "id")
    cur = ctx.db.execute_sql(
        f"SELECT id, name, enterprise_certified FROM shop WHERE archived_at IS NULL{where} ORDER BY name, id", params)
    return {sid: ShopCard(sid, name, bool(ent)) for sid, name, ent in cur}


_LIVE = (*accounts.OFFICIAL_PENDING, "bound", "pending", *so.LIVE_STATES)


def _bindings(ctx, shop_id, window_sql, window_params):
    """Every live official, channel and self binding, with the self accounts' 30-day sums."""
    where, params = _shop_filter(shop_id, "b.shop_id")
    marks = ",".join("?" * len(_LIVE))
    return ctx.db.execute_sql(
        "SELECT b.id, b.shop_id, b.account_id, b.category, b.state, b.started_at, b.bound_on, "
        "a.platform, a.account_code, a.nickname, COALESCE(w.shop_fen, 0), COALESCE(w.total_fen, 0) "
        "FROM binding b JOIN account a ON a.id = b.account_id "
        f"LEFT JOIN {window_sql} w ON b.category = 'self' AND w.shop_id = b.shop_id AND w.account_id = b.account_id "
        f"WHERE b.state IN ({marks}) AND b.ended_at IS NULL{where}",
        (*window_params, *_LIVE, *params)).fetchall()


def _window_by_shop(ctx, shop_id, window_sql, window_params):
    """Per shop: 30-day GMV and the accounts eligible (R-SELF-1) but not marked anywhere (R-SELF-2/4)."""
    where, params = _shop_filter(shop_id, "w.shop_id")
    free = f"({ELIGIBLE} AND l.account_id IS NULL)"
    return ctx.db.execute_sql(
        f"SELECT w.shop_id, SUM(w.shop_fen), SUM(CASE WHEN {free} THEN 1 ELSE 0 END), "
        f"MIN(CASE WHEN {free} THEN w.account_id END), SUM(CASE WHEN {free} THEN w.account_id ELSE 0 END), "
        f"SUM(CASE WHEN {free} THEN (w.account_id * w.account_id) % 1000003 ELSE 0 END) "
        f"FROM {window_sql} w LEFT JOIN (SELECT DISTINCT account_id FROM binding WHERE category = 'self' "
        f"AND state IN (?, ?)) l ON l.account_id = w.account_id WHERE 1 = 1{where} GROUP BY w.shop_id",
        (*window_params, *so.LIVE_STATES, *params)).fetchall()


def _newest_gmv(ctx, shop_id) -> dict[int, date]:
    where, params = _shop_filter(shop_id, "s.id")
    # One statement; each shop's newest day is one step back from the end of gmv_daily's key.
    return {s: sqlcompat.day(d) for s, d in ctx.db.execute_sql(
        "SELECT s.id, (SELECT g.day FROM gmv_daily g WHERE g.shop_id = s.id AND g.total_fen > 0 "
        f"ORDER BY g.day DESC LIMIT 1) FROM shop s WHERE 1 = 1{where}", params) if d}


def _product_counts(ctx, shop_id) -> dict[int, dict[str, int]]:
    where, params = _shop_filter(shop_id)
    out: dict[int, dict[str, int]] = {}
    for sid, state, n in ctx.db.execute_sql(
            f"SELECT shop_id, state, n FROM product_count WHERE n > 0{where}", params):
        out.setdefault(sid, {})[state] = n
    return out


def _product_todos(ctx, shop_id, names, today, th) -> list[td.Todo]:
    """Per shop and state: how many products need attention, and the oldest of them.

    Two queries: the groups (covered by the partial index product_todo, whose
    WHERE the literal state list must repeat exactly), then the oldest rows' titles.
    """
    where, params = _shop_filter(shop_id)
    # The oldest row's id: SQLite takes a bare column from the MIN() row; the server needs it said.
    oldest = "(array_agg(id ORDER BY updated_at, id))[1]" if ctx.is_server else "id"
    groups = ctx.db.execute_sql(
        f"SELECT shop_id, state, MIN(updated_at), {oldest}, COUNT(*), SUM(id), COALESCE(SUM(rule_errors), 0) "
        "FROM product INDEXED BY product_todo "
        f"WHERE state IN ('{ps.DRAFT}', '{ps.PENDING}', '{ps.REJECTED}') "
        "AND (state <> ? OR updated_at < ?) AND (state <> ? OR rule_errors > 0)"
        f"{where} GROUP BY shop_id, state",
        (ps.PENDING, td.review_cutoff(today, th).isoformat(), ps.DRAFT, *params)).fetchall()
    groups = [g for g in groups if g[0] in names]
    if not groups:
        return []
    ids = [g[3] for g in groups]
    titles = dict(ctx.db.execute_sql(
        f"SELECT id, title FROM product WHERE id IN ({','.join('?' * len(ids))})", ids))
    return [td.product_group(state, sid, names[sid], n, pid, titles.get(pid, ""), td.local_date(since),
                             (id_sum, errors), today, th)
            for sid, state, since, pid, n, id_sum, errors in groups]


def _binding_todos(rows, cards: dict[int, ShopCard], today, th) -> tuple[list[td.Todo], dict]:
    """To-dos from live bindings, and each shop's card facts from the same rows."""
    out: list[td.Todo] = []
    facts: dict[int, dict] = {sid: {"channels": 0, "self": 0, "self_shop": 0, "self_total": 0, "next": None}
                              for sid in cards}
    for bid, sid, aid, category, state, started, bound_on, platform, code, nick, s_fen, t_fen in rows:
        if sid not in cards:
            continue
        f, name = facts[sid], cards[sid].name
        label = account_registry.AccountRow(aid, platform, code, nick).label
        started_on = td.local_date(started)
        if category == "official":
            f["official"] = (state, bid, label)
            out.append(td.binding_pending(bid, category, state, sid, name, label, started_on, today, th))
        elif category == "channel":
            f["channels"] += 1
            out.append(td.binding_pending(bid, category, state, sid, name, label, started_on, today, th))
            if state == "bound" and bound_on:
                when = accounts.unbind_available_on(sqlcompat.day(bound_on))
                if f["next"] is None or when < f["next"][0]:
                    f["next"] = (when, bid)
                out.append(td.channel_unbind(bid, sid, name, label, sqlcompat.day(bound_on), today, th))
        elif state == so.AWAITING:
            out.append(td.auth_waiting(bid, aid, state, sid, name, label, started_on, today, th))
        elif state == so.SELF_OPERATED:
            f["self"] += 1
            f["self_shop"] += s_fen
            f["self_total"] += t_fen
            out.append(td.self_below(bid, aid, sid, name, label, s_fen, t_fen, today))
    return [t for t in out if t is not None], facts


def _card(card: ShopCard, f: dict, gmv_fen: int, products: dict, today: date) -> ShopCard:
    official = f.get("official", (None, None, ""))
    nxt = f["next"]
    return ShopCard(
        card.shop_id, card.name, card.enterprise_certified, official[0], official[1], official[2],
        f["channels"], nxt[0] if nxt else None, max(0, (nxt[0] - today).days) if nxt else None,
        nxt[1] if nxt else None, f["self"], f["self_shop"], f["self_total"], gmv_fen, products)


@service
def load(ctx: ServiceContext, shop_id: int | None = None, today: date | None = None) -> Overview:
    """Everything the 概览 page shows, for all shops (shop_id None) or one."""
    today = today or ctx.today()
    gmv_summary.ensure_window(ctx, today)
    th = overview_state.thresholds(ctx)
    cards = _shops(ctx, shop_id)
    names = {sid: c.name for sid, c in cards.items()}
    window_sql, window_params = gmv_summary.window_source(ctx, today)
    items, facts = _binding_todos(_bindings(ctx, shop_id, window_sql, window_params), cards, today, th)
    gmv_fen: dict[int, int] = {}
    for sid, shop_fen, n, first, id_sum, id_sq in _window_by_shop(ctx, shop_id, window_sql, window_params):
        gmv_fen[sid] = shop_fen or 0
        if sid in names:
            items.append(td.self_eligible(sid, names[sid], n or 0, first, (id_sum, id_sq), today))
    for sid, newest in _newest_gmv(ctx, shop_id).items():
        if sid in names:
            items.append(td.gmv_stale(sid, names[sid], newest, today, th))
    items.extend(_product_todos(ctx, shop_id, names, today, th))
    counts = _product_counts(ctx, shop_id)
    states = overview_state.states(ctx)
    visible, hidden = [], []
    for item in sorted((t for t in items if t is not None), key=td.sort_key):
        state, fp, until = states.get(item.key, (None, None, None))
        (hidden if td.is_hidden(item, state, fp, until, today) else visible).append(item)
    shown = [_card(c, facts[sid], gmv_fen.get(sid, 0), counts.get(sid, {}), today) for sid, c in cards.items()]
    return Overview(today, shop_id, th, visible, hidden, shown, states)


@service
def backfill_rule_errors(ctx: ServiceContext, limit: int = 500) -> int:
    """Drafts saved before m0008 have no error count: validate them once (R-P-SUBMIT) and store it."""
    from desktop.services import products

    ids = [r[0] for r in ctx.db.execute_sql(
        "SELECT id FROM product WHERE state = 'draft' AND rule_errors IS NULL LIMIT ?", (limit,))]
    for pid in ids:
        n = len(products.validate(ctx, products.get_product(ctx, pid).draft))
        with ctx.db.atomic("IMMEDIATE"):
            ctx.db.execute_sql("UPDATE product SET rule_errors = ? WHERE id = ? AND rule_errors IS NULL", (n, pid))
    return len(ids)
