"""One account record per (platform, account ID) in the whole database (accounts)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

import peewee

from desktop.domain.messages import text
from desktop.domain import account_ids
from desktop.domain.decisions import Decision
from desktop.services import changes as ch
from desktop.services import history
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.guarded import Written, guarded_write
from desktop.services.refusal import Refused
from desktop.store import sqlcompat
from desktop.store.models import Account, Binding


@dataclass(frozen=True)
class AccountRow:
    id: int
    platform: str
    account_code: str
    nickname: str

    @property
    def label(self) -> str:
        """How history rows and tables name an account: 昵称（抖音号）."""
        name = self.nickname or self.account_code
        return text("{name}（{platform} {code}）", name=name,
                    platform=text(account_ids.PLATFORMS.get(self.platform, self.platform)), code=self.account_code)


@dataclass(frozen=True)
class BindingFields:
    """What every official and channel row says about its binding and account (the rows add their
    category's own fields and decisions)."""

    id: int
    shop_id: int
    account_id: int
    platform: str
    account_code: str
    nickname: str
    label: str
    state: str
    state_label: str
    started_at: str
    bound_on: date | None
    voided: bool  # recorded by mistake and voided (R-FIX-2): its state reads 已作废


VOIDED_LABEL = text("已作废（记录有误）")


@dataclass(frozen=True)
class BindingRecord:
    """One binding of a shop as the account tables read it, with its account and whether it was
    voided as recorded by mistake (R-FIX-2)."""

    id: int
    shop_id: int
    state: str
    channel: str | None
    source: str
    started_at: str
    bound_on: date | None
    ended_at: str | None
    note: str
    voided: bool
    account: AccountRow


# One query per table reload: the bindings, their accounts and the void flag together (the
# tables reload on every change, and a second query per reload showed in channel_list).
_SHOP_BINDINGS = (
    "SELECT b.id, b.shop_id, b.state, b.channel, b.source, b.started_at, b.bound_on, b.ended_at, b.note,"
    " EXISTS (SELECT 1 FROM correction c WHERE c.binding_id = b.id AND c.kind = 'void'),"
    " a.id, a.platform, a.account_code, a.nickname"
    " FROM binding b JOIN account a ON a.id = b.account_id WHERE b.shop_id = ? AND b.category = ?")


@service
def shop_bindings(ctx: ServiceContext, shop_id: int, category: str, states: tuple[str, ...] = (),
                  newest_first: bool = False) -> list[BindingRecord]:
    """The shop's bindings of ``category`` (only those in ``states`` when given), oldest first, or
    newest first when asked."""
    sql = _SHOP_BINDINGS
    if states:
        sql += " AND b.state IN (" + ", ".join("?" * len(states)) + ")"
    sql += " ORDER BY b.id DESC" if newest_first else " ORDER BY b.id"
    return [BindingRecord(r[0], r[1], r[2], r[3], r[4], r[5], sqlcompat.day(r[6]), r[7], r[8], bool(r[9]),
                          AccountRow(r[10], r[11], r[12], r[13]))
            for r in ctx.db.execute_sql(sql, (shop_id, category, *states))]


def binding_fields(b: BindingRecord, state_labels: dict[str, str]) -> dict:
    """The ``BindingFields`` of binding ``b``, as keyword arguments for a row (a voided binding's
    state reads 已作废 whatever it was)."""
    account = b.account
    state_label = VOIDED_LABEL if b.voided else state_labels.get(b.state, b.state)
    return dict(id=b.id, shop_id=b.shop_id, account_id=account.id, platform=account.platform,
                account_code=account.account_code, nickname=account.nickname, label=account.label,
                state=b.state, state_label=state_label, started_at=b.started_at, bound_on=b.bound_on,
                voided=b.voided)


def to_row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.platform, a.account_code, a.nickname)


def validate(platform: str, code: str, nickname: str = "") -> tuple[str, str, str]:
    for err, field in (
        (account_ids.platform_error(platform), "platform"),
        (account_ids.account_code_error(code), "account_code"),
        (account_ids.nickname_error(nickname), "nickname"),
    ):
        if err:
            raise InvalidInput(err, field)
    return platform, code.strip(), nickname.strip()


@service
def ensure_account(ctx: ServiceContext, platform: str, code: str, nickname: str = "") -> Account:
    """Find or create the account; call inside the caller's transaction.

    A new nickname replaces an old one (nicknames change; the ID does not).
    """
    platform, code, nickname = validate(platform, code, nickname)
    account = Account.get_or_none((Account.platform == platform) & (Account.account_code == code))
    if account is None:
        return Account.create(platform=platform, account_code=code, nickname=nickname, created_at=ctx.now_iso())
    if nickname and nickname != account.nickname:
        account.nickname = nickname
        account.save()
    return account


@service
def get_account(ctx: ServiceContext, account_id: int) -> AccountRow:
    a = Account.get_or_none(Account.id == account_id)
    if a is None:
        raise NotFound(text("账号不存在"))
    return to_row(a)


@service
def find_account(ctx: ServiceContext, platform: str, code: str) -> AccountRow | None:
    a = Account.get_or_none((Account.platform == platform) & (Account.account_code == code.strip()))
    return to_row(a) if a else None


# ---------------------------------------------------------------- binding changes


def load_binding(binding_id: int, category: str, missing: str) -> Binding:
    b = Binding.get_or_none((Binding.id == binding_id) & (Binding.category == category))
    if b is None:
        raise NotFound(missing)
    return b


def binding_about(b: Binding) -> dict:
    """The history fields of a change to binding ``b``: its shop and account."""
    return dict(shop_id=b.shop_id, account_id=b.account_id, subject=to_row(Account.get_by_id(b.account_id)).label)


@service
def change_binding(ctx: ServiceContext, binding_id: int, category: str, missing: str, action: str,
                   decide: Callable[[Binding], Decision], write: Callable[[Binding], str]) -> Outcome:
    """One guarded state change of an official, channel or self-operated binding.

    ``write(b)`` sets the new state (and dates) on ``b`` and returns the
    history detail; the binding is saved and the change logged in the same
    transaction, or the refusal logged (guarded.guarded_write).
    """

    def apply(b: Binding) -> Written:
        detail = write(b)
        b.save()
        return Written(binding_id, detail)

    return guarded_write(
        ctx, action, load=lambda: load_binding(binding_id, category, missing), about=binding_about,
        decide=decide, write=apply, changes=frozenset({ch.BINDINGS, ch.HISTORY}),
    )


def find(platform: str, code: str) -> Account | None:
    return Account.get_or_none((Account.platform == platform) & (Account.account_code == code))


@service
def new_binding(ctx: ServiceContext, action: str, shop_id: int, category: str, account: tuple[str, str, str],
                label: str, check: Callable[[], tuple[Decision, Account | None]], duplicate: Decision,
                detail: str, **fields) -> Outcome:
    """Start (or record) an official or channel binding, all under the write lock.

    ``check()`` decides inside the IMMEDIATE transaction and gives the account already known
    (for the history of a refusal); ``account`` is the validated (platform, code, nickname);
    ``duplicate`` is the refusal when a unique index catches what the check should have. The
    history is written with the binding, or the refusal logged.
    """
    existing = None
    try:
        with ctx.db.atomic("IMMEDIATE"):
            decision, existing = check()
            if not decision:
                raise Refused(decision)
            row = ensure_account(ctx, *account)
            label = to_row(row).label
            try:
                with ctx.db.atomic("IMMEDIATE"):
                    b = Binding.create(shop=shop_id, account=row.id, category=category, started_at=ctx.now_iso(),
                                       **fields)
            except peewee.IntegrityError:
                raise Refused(duplicate) from None
            history.record(ctx, action, shop_id=shop_id, account_id=row.id, subject=label, detail=detail)
    except Refused as r:
        raise history.refuse(ctx, r.decision, action, shop_id=shop_id,
                             account_id=existing.id if existing else None, subject=label) from None
    return Outcome(frozenset({ch.BINDINGS, ch.ACCOUNTS, ch.HISTORY}), b.id)
