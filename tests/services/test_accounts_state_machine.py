"""A hypothesis state machine over the account services with a fake clock.

After every step it checks the invariants the rules promise, whatever order
the user (or a bug) tries things in:
- at most 5 live channel accounts per shop (R-CH-2);
- a bound official account is never unbound or replaced (R-OFF-4);
- no account is self-operated or awaiting authorization for two shops (R-SELF-4);
- every change and every refused attempt adds history rows; a refusal adds
  exactly one and changes no binding (R-LOG-1).
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop.domain.clock import FixedClock
from desktop.services import account_registry, channels, gmv, official, self_operated, shops
from desktop.services.errors import InvalidInput, NotFound, RuleRefused
from desktop.services.session import open_session

CODES = [f"acct_{i}" for i in range(8)]
CHANNELS = ["douyin", "toutiao_xigua", "huoshan"]


class AccountServices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="shopdesk-sm-"))
        self.clock = FixedClock(datetime(2027, 1, 10, 9, 0).astimezone())
        self.ctx = open_session(self.tmp, clock=self.clock)
        self.shops = [
            shops.create_shop(self.ctx, "甲店", "9001", True).value,
            shops.create_shop(self.ctx, "乙店", "9002", False).value,
        ]
        self.bound_official: dict[int, tuple[int, int]] = {}  # binding id -> (shop, account)
        self.history_rows = self._count("history")

    def teardown(self) -> None:
        self.ctx.db.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------
    def _count(self, table: str, where: str = "1") -> int:
        return self.ctx.db.execute_sql(f"SELECT COUNT(*) FROM {table} WHERE {where}").fetchone()[0]

    def _bindings(self):
        return self.ctx.db.execute_sql("SELECT * FROM binding ORDER BY id").fetchall()

    def _ids(self, category: str, states: tuple[str, ...]) -> list[int]:
        marks = ",".join("?" * len(states))
        rows = self.ctx.db.execute_sql(
            f"SELECT id FROM binding WHERE category = ? AND state IN ({marks}) ORDER BY id", (category, *states)
        )
        return [r[0] for r in rows]

    def _call(self, fn, *args, **kwargs):
        """Run one service call and check what it wrote to the history."""
        before_rows, before_bindings = self.history_rows, self._bindings()
        try:
            outcome = fn(self.ctx, *args, **kwargs)
        except RuleRefused as refused:
            assert refused.rule and refused.rule.startswith("R-")
            assert self._bindings() == before_bindings, "a refused attempt changed a binding"
            self.history_rows = self._count("history")
            assert self.history_rows == before_rows + 1, "a refused attempt must be logged once"
            last = self.ctx.db.execute_sql("SELECT outcome, rule_id FROM history ORDER BY id DESC LIMIT 1").fetchone()
            assert last == ("refused", refused.rule)
            return None
        except (InvalidInput, NotFound):
            assert self._bindings() == before_bindings
            return None
        self.history_rows = self._count("history")
        if self._bindings() != before_bindings:
            assert self.history_rows > before_rows, "a change without a history row"
        return outcome

    def _pick(self, data, category: str, likely: tuple[str, ...], others: tuple[str, ...]):
        """Mostly a binding in a state where the action can work, sometimes any other."""
        ids = self._ids(category, likely)
        if not ids or data.draw(st.integers(0, 4)) == 0:
            ids = self._ids(category, likely + others)
        return data.draw(st.sampled_from(ids)) if ids else None

    def _account_id(self, code: str) -> int | None:
        row = account_registry.find_account(self.ctx, "douyin", code)
        return row.id if row else None

    # -- official (R-OFF-*) ------------------------------------------------------
    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES))
    def start_official(self, shop, code):
        self._call(official.start_official_binding, self.shops[shop], code, "官方号")

    @rule(data=st.data())
    def accept_official(self, data):
        bid = self._pick(data, "official", ("awaiting_scan",), ("awaiting_confirm", "bound", "cancelled"))
        if bid:
            self._call(official.record_official_accepted, bid)

    @rule(data=st.data())
    def confirm_official(self, data):
        bid = self._pick(data, "official", ("awaiting_confirm",), ("awaiting_scan", "bound", "cancelled"))
        if bid:
            if self._call(official.confirm_official, bid) is not None:
                shop_id, account_id = self.ctx.db.execute_sql(
                    "SELECT shop_id, account_id FROM binding WHERE id = ?", (bid,)).fetchone()
                self.bound_official[bid] = (shop_id, account_id)

    @rule(data=st.data(), by=st.sampled_from(["merchant", "account"]))
    def cancel_official(self, data, by):
        ids = self._ids("official", ("awaiting_scan", "awaiting_confirm", "bound"))
        if ids:
            self._call(official.cancel_official, data.draw(st.sampled_from(ids)), by)

    @precondition(lambda self: self.bound_official)
    @rule(data=st.data())
    def unbind_official(self, data):
        bid = data.draw(st.sampled_from(sorted(self.bound_official)))
        assert self._call(official.unbind_official, bid) is None

    # -- channels (R-CH-*) -------------------------------------------------------
    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES), channel=st.sampled_from(CHANNELS))
    def start_channel(self, shop, code, channel):
        platform = {"douyin": "douyin", "toutiao_xigua": "toutiao", "huoshan": "huoshan"}[channel]
        self._call(channels.start_channel_binding, self.shops[shop], channel, code, "", platform)

    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES), days_ago=st.integers(-2, 400))
    def record_channel(self, shop, code, days_ago):
        bound_on = self.clock.today() - timedelta(days=days_ago)
        self._call(channels.record_existing_channel, self.shops[shop], "douyin", code, "", bound_on)

    @rule(data=st.data())
    def complete_channel(self, data):
        bid = self._pick(data, "channel", ("pending",), ("bound", "cancelled"))
        if bid:
            self._call(channels.complete_channel_binding, bid)

    @rule(data=st.data())
    def cancel_channel(self, data):
        ids = self._ids("channel", ("pending", "bound"))
        if ids:
            self._call(channels.cancel_channel_binding, data.draw(st.sampled_from(ids)))

    @rule(data=st.data())
    def unbind_channel(self, data):
        bid = self._pick(data, "channel", ("bound",), ("pending", "unbound", "cancelled"))
        if bid:
            bound_on = self.ctx.db.execute_sql("SELECT bound_on FROM binding WHERE id = ?", (bid,)).fetchone()[0]
            outcome = self._call(channels.unbind_channel, bid)
            if outcome is not None:  # R-CH-4: only from D+180
                assert bound_on and (self.clock.today() - datetime.fromisoformat(bound_on).date()).days >= 180

    # -- GMV and self-operated (R-SELF-*) -----------------------------------------
    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES), day=st.integers(0, 35),
          shop_fen=st.integers(0, 10_000), extra=st.integers(0, 10_000))
    def save_gmv(self, shop, code, day, shop_fen, extra):
        self._call(gmv.save_gmv, self.shops[shop], "douyin", code, "", self.clock.today() - timedelta(days=day),
                   shop_fen, shop_fen + extra)

    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES))
    def mark(self, shop, code):
        aid = self._account_id(code)
        if aid is not None:
            self._call(self_operated.mark_self_operated, self.shops[shop], aid)

    @rule(shop=st.integers(0, 1), code=st.sampled_from(CODES), share=st.sampled_from([4999, 5000, 10000]))
    def gmv_then_mark(self, shop, code, share):
        """Fresh GMV right at the R-SELF-1 boundary, then a mark attempt."""
        self._call(gmv.save_gmv, self.shops[shop], "douyin", code, "", self.clock.today(), share, 10000)
        self._call(self_operated.mark_self_operated, self.shops[shop], self._account_id(code))

    @rule(shop=st.integers(0, 1), codes=st.lists(st.sampled_from(CODES), min_size=1, max_size=4, unique=True))
    def batch_mark(self, shop, codes):
        ids = [a for a in (self._account_id(c) for c in codes) if a is not None]
        if ids:
            before = self._count("binding", "category = 'self'")
            outcome = self._call(self_operated.batch_mark, self.shops[shop], ids)
            if outcome is not None:  # R-SELF-3: each account reported, and only the allowed ones written
                assert [i.account_id for i in outcome.value] == ids
                marked = sum(1 for i in outcome.value if i.marked)
                assert self._count("binding", "category = 'self'") == before + marked

    @rule(data=st.data(), agreed=st.booleans())
    def authorize(self, data, agreed):
        bid = self._pick(data, "self", ("awaiting_auth",), ("self_operated", "refused", "unmarked"))
        if bid:
            self._call(self_operated.record_authorization, bid, agreed)

    @rule(data=st.data())
    def unmark(self, data):
        bid = self._pick(data, "self", ("self_operated",), ("awaiting_auth", "refused", "unmarked"))
        if bid:
            self._call(self_operated.unmark, bid)

    @rule(shop=st.integers(0, 1))
    def propose_all(self, shop):
        self._call(self_operated.propose_all_eligible, self.shops[shop])

    # -- time --------------------------------------------------------------------
    @rule(days=st.sampled_from([1, 7, 30, 179, 180, 181]))
    def advance(self, days):
        self.clock.advance(days=days)

    # -- invariants --------------------------------------------------------------
    @invariant()
    def at_most_five_channel_accounts(self):
        rows = self.ctx.db.execute_sql(
            "SELECT shop_id, COUNT(*) FROM binding WHERE category = 'channel' AND state IN ('pending', 'bound') GROUP BY shop_id"
        ).fetchall()
        assert all(n <= 5 for _, n in rows), rows

    @invariant()
    def official_never_unbound(self):
        for bid, (shop_id, account_id) in self.bound_official.items():
            row = self.ctx.db.execute_sql(
                "SELECT shop_id, account_id, state, ended_at FROM binding WHERE id = ?", (bid,)).fetchone()
            assert row == (shop_id, account_id, "bound", None)
        per_shop = self.ctx.db.execute_sql(
            "SELECT COUNT(*) FROM binding WHERE category = 'official' AND state = 'bound' GROUP BY shop_id HAVING COUNT(*) > 1"
        ).fetchall()
        assert per_shop == []

    @invariant()
    def self_operated_for_one_shop_at_most(self):
        rows = self.ctx.db.execute_sql(
            "SELECT account_id FROM binding WHERE category = 'self' AND state IN ('awaiting_auth', 'self_operated') "
            "GROUP BY account_id HAVING COUNT(DISTINCT shop_id) > 1 OR COUNT(*) > 1"
        ).fetchall()
        assert rows == []

    @invariant()
    def history_is_complete(self):
        # Every binding row that exists was created by a logged action.
        created = self._count("binding")
        logged = self._count("history", "outcome = 'ok' AND action IN ('official.start', 'channel.start', "
                                        "'channel.record', 'self.mark', 'self.platform')")
        assert logged >= created


AccountServices.TestCase.settings = settings(
    max_examples=120, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestAccountServices = AccountServices.TestCase
