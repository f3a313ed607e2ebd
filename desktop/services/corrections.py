"""更正 and 作废: fixing what the app recorded wrongly, with the user's reason (R-FIX-1, R-FIX-2).

Each operation is one IMMEDIATE transaction that writes a ``correction`` row
(old value, new value, reason), the change itself and a history row (R-LOG-1);
the earlier history rows are untouched, so the original stays visible. Rules
are evaluated from the stored data, so they follow a correction at once (the
180-day count of R-CH-4 moves with a corrected date). Refusals are logged.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from desktop.domain.messages import text
from desktop.domain import account_ids, corrections as rules
from desktop.domain.decisions import Decision
from desktop.domain.gmv_parsing import amounts_error
from desktop.domain.money import format_fen as fen_text
from desktop.services import account_registry, history
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.store import sqlcompat

BINDING_CHANGES = frozenset({ch.BINDINGS, ch.HISTORY})
VOIDED_LABEL = account_registry.VOIDED_LABEL


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    at: str
    kind: str
    kind_label: str
    shop_id: int | None
    binding_id: int | None
    account_id: int | None
    gmv_id: int | None
    old_value: str
    new_value: str
    reason: str


@dataclass(frozen=True)
class _Binding:
    id: int
    shop_id: int
    account_id: int
    category: str
    state: str
    bound_on: date | None
    voided: bool
    label: str


def _reason(reason: str) -> str:
    err = rules.reason_error(reason)
    if err:
        raise InvalidInput(err, "reason")
    return reason.strip()


def _add(ctx, kind: str, old: str, new: str, reason: str, *, shop_id=None, binding_id=None, account_id=None,
         gmv_id=None) -> int:
    cur = ctx.db.execute_sql(
        "INSERT INTO correction (at, kind, shop_id, binding_id, account_id, gmv_id, old_value, new_value, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",  # RETURNING: both backends (no lastrowid on the server)
        (ctx.now_iso(), kind, shop_id, binding_id, account_id, gmv_id, old, new, reason))
    return cur.fetchone()[0]


def _detail(field: str, old: str, new: str, reason: str) -> str:
    return text("{field}：{old} → {new}；原因：{reason}", field=field, old=old or text("（空）"), new=new or text("（空）"), reason=reason)


# ---------------------------------------------------------------- bindings

def _binding(ctx, binding_id: int) -> _Binding:
    row = ctx.db.execute_sql(
        "SELECT b.id, b.shop_id, b.account_id, b.category, b.state, b.bound_on,"
        " EXISTS (SELECT 1 FROM correction c WHERE c.binding_id = b.id AND c.kind = 'void'),"
        " a.platform, a.account_code, a.nickname"
        " FROM binding b JOIN account a ON a.id = b.account_id WHERE b.id = ?", (binding_id,)).fetchone()
    if row is None:
        raise NotFound(text("绑定记录不存在"))
    label = account_registry.AccountRow(row[2], row[7], row[8], row[9]).label
    bound_on = sqlcompat.day(row[5])
    return _Binding(row[0], row[1], row[2], row[3], row[4], bound_on, bool(row[6]), label)


@service
def voided_ids(ctx: ServiceContext, shop_id: int) -> set[int]:
    """The shop's bindings voided as recorded by mistake (tables show them as 已作废)."""
    return {r[0] for r in ctx.db.execute_sql(
        "SELECT binding_id FROM correction WHERE kind = 'void' AND shop_id = ?", (shop_id,))}


@service
def binding_date_decision(ctx: ServiceContext, binding_id: int, new: date | None = None) -> Decision:
    """Whether 更正绑定日期 is offered for this binding (``new`` checked too when given)."""
    b = _binding(ctx, binding_id)
    probe = new if new is not None else date.min
    return rules.date_decision(b.category, b.state, b.voided, b.bound_on if new is not None else None, probe,
                               ctx.today())


@service
def void_decision(ctx: ServiceContext, binding_id: int) -> Decision:
    b = _binding(ctx, binding_id)
    return rules.void_decision(b.category, b.state, b.voided)


@service
def correct_binding_date(ctx: ServiceContext, binding_id: int, new: date, reason: str) -> Outcome:
    """更正绑定日期: the recorded date was typed wrong; R-CH-4's count moves with it."""
    reason = _reason(reason)
    with ctx.db.atomic("IMMEDIATE"):
        b = _binding(ctx, binding_id)
        decision = rules.date_decision(b.category, b.state, b.voided, b.bound_on, new, ctx.today())
        if decision:
            old = b.bound_on.isoformat() if b.bound_on else ""
            _add(ctx, "binding_date", old, new.isoformat(), reason, shop_id=b.shop_id, binding_id=b.id,
                 account_id=b.account_id)
            ctx.db.execute_sql("UPDATE binding SET bound_on = ? WHERE id = ?", (new.isoformat(), b.id))
            history.record(ctx, "correct.binding_date", shop_id=b.shop_id, account_id=b.account_id, subject=b.label,
                           detail=_detail(text("绑定日期"), old, new.isoformat(), reason))
    if not decision:
        raise history.refuse(ctx, decision, "correct.binding_date", shop_id=b.shop_id, account_id=b.account_id,
                             subject=b.label)
    return Outcome(BINDING_CHANGES, binding_id)


@service
def void_binding(ctx: ServiceContext, binding_id: int, reason: str) -> Outcome:
    """作废: the binding never happened on the platform. Only the app's record changes: a live
    binding ends as cancelled (a bound official one only this way, R-OFF-4 otherwise holds)."""
    reason = _reason(reason)
    with ctx.db.atomic("IMMEDIATE"):
        b = _binding(ctx, binding_id)
        decision = rules.void_decision(b.category, b.state, b.voided)
        if decision:
            _add(ctx, "void", b.state, "cancelled", reason, shop_id=b.shop_id, binding_id=b.id,
                 account_id=b.account_id)
            if b.state in ("awaiting_scan", "awaiting_confirm", "pending", "bound"):
                ctx.db.execute_sql("UPDATE binding SET state = 'cancelled', ended_at = ? WHERE id = ?",
                                   (ctx.now_iso(), b.id))
            history.record(ctx, "binding.void", shop_id=b.shop_id, account_id=b.account_id, subject=b.label,
                           detail=text("记录有误，平台上并未发生；只作废本软件中的记录。原因：{reason}", reason=reason))
    if not decision:
        raise history.refuse(ctx, decision, "binding.void", shop_id=b.shop_id, account_id=b.account_id,
                             subject=b.label)
    return Outcome(BINDING_CHANGES, binding_id)


# ---------------------------------------------------------------- accounts

def _account(ctx, account_id: int) -> account_registry.AccountRow:
    row = ctx.db.execute_sql("SELECT id, platform, account_code, nickname FROM account WHERE id = ?",
                             (account_id,)).fetchone()
    if row is None:
        raise NotFound(text("账号不存在"))
    return account_registry.AccountRow(*row)


ACCOUNT_CHANGES = frozenset({ch.ACCOUNTS, ch.BINDINGS, ch.GMV, ch.HISTORY})

# field -> (column on account, label in the history detail, refusal when nothing changes)
_ACCOUNT_FIELDS = {
    "nickname": ("nickname", text("昵称"), text("新昵称与原来的相同，没有需要更正的内容")),
    "account_code": ("account_code", text("账号 ID"), text("新账号 ID 与原来的相同，没有需要更正的内容")),
}


def _correct_account_field(ctx: ServiceContext, account_id: int, field: str, value: str, reason: str) -> None:
    """Write one corrected account field with its correction and history rows, in one IMMEDIATE transaction."""
    column, label, unchanged = _ACCOUNT_FIELDS[field]
    with ctx.db.atomic("IMMEDIATE"):
        a = _account(ctx, account_id)
        old = getattr(a, column)
        if old == value:
            raise InvalidInput(unchanged, field)
        _add(ctx, field, old, value, reason, account_id=a.id)
        ctx.db.execute_sql(f"UPDATE account SET {column} = ? WHERE id = ?", (value, a.id))
        history.record(ctx, f"correct.{field}", account_id=a.id, subject=a.label,
                       detail=_detail(label, old, value, reason))


@service
def correct_nickname(ctx: ServiceContext, account_id: int, nickname: str, reason: str) -> Outcome:
    reason = _reason(reason)
    nickname = nickname.strip()
    err = account_ids.nickname_error(nickname)
    if err:
        raise InvalidInput(err, "nickname")
    _correct_account_field(ctx, account_id, "nickname", nickname, reason)
    return Outcome(ACCOUNT_CHANGES, account_id)


@service
def correct_account_code(ctx: ServiceContext, account_id: int, code: str, reason: str) -> Outcome:
    """A typo in the 抖音号 etc. The corrected ID must not belong to another account already
    (that would be two records of one account: merging them is not a correction)."""
    reason = _reason(reason)
    code = code.strip()
    err = account_ids.account_code_error(code)
    if err:
        raise InvalidInput(err, "account_code")
    try:
        _correct_account_field(ctx, account_id, "account_code", code, reason)
    except peewee.IntegrityError:
        raise InvalidInput(text("账号 ID {code} 已是另一个账号的记录，不能改成它", code=code), "account_code") from None
    return Outcome(ACCOUNT_CHANGES, account_id)


# ---------------------------------------------------------------- GMV

@service
def correct_gmv(ctx: ServiceContext, gmv_id: int, shop_fen: int, total_fen: int, reason: str) -> Outcome:
    """A GMV entry typed or imported wrong; eligibility (R-SELF-1) is computed from the new figures."""
    reason = _reason(reason)
    if shop_fen < 0 or total_fen < 0:
        raise InvalidInput(text("GMV 不能为负数"), "shop_gmv")
    err = amounts_error(shop_fen, total_fen)
    if err:
        raise InvalidInput(err, "total_gmv")
    with ctx.db.atomic("IMMEDIATE"):
        row = ctx.db.execute_sql(
            "SELECT g.shop_id, g.account_id, g.day, g.shop_gmv_fen, g.total_gmv_fen, a.platform, a.account_code,"
            " a.nickname FROM gmv_record g JOIN account a ON a.id = g.account_id WHERE g.id = ?",
            (gmv_id,)).fetchone()
        if row is None:
            raise NotFound(text("GMV 记录不存在"))
        old = text("{day} 本店 {shop} / 总 {total}", day=row[2], shop=fen_text(row[3]), total=fen_text(row[4]))
        new = text("{day} 本店 {shop} / 总 {total}", day=row[2], shop=fen_text(shop_fen), total=fen_text(total_fen))
        if (row[3], row[4]) == (shop_fen, total_fen):
            raise InvalidInput(text("新数字与原来的相同，没有需要更正的内容"), "shop_gmv")
        _add(ctx, "gmv", old, new, reason, shop_id=row[0], account_id=row[1], gmv_id=gmv_id)
        ctx.db.execute_sql("UPDATE gmv_record SET shop_gmv_fen = ?, total_gmv_fen = ?, source = 'corrected',"
                           " updated_at = ? WHERE id = ?", (shop_fen, total_fen, ctx.now_iso(), gmv_id))
        label = account_registry.AccountRow(row[1], row[5], row[6], row[7]).label
        history.record(ctx, "correct.gmv", shop_id=row[0], account_id=row[1], subject=label,
                       detail=_detail("GMV", old, new, reason))
    return Outcome(frozenset({ch.GMV, ch.BINDINGS, ch.HISTORY}), gmv_id)


# ---------------------------------------------------------------- reading

@service
def list_corrections(ctx: ServiceContext, *, binding_id: int | None = None, account_id: int | None = None,
                     gmv_id: int | None = None) -> list[CorrectionRow]:
    """Corrections with the original and new values, oldest first."""
    where, params = [], []
    for column, value in (("binding_id", binding_id), ("account_id", account_id), ("gmv_id", gmv_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    sql = ("SELECT id, at, kind, shop_id, binding_id, account_id, gmv_id, old_value, new_value, reason"
           " FROM correction" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
    return [CorrectionRow(r[0], r[1], r[2], rules.KINDS.get(r[2], r[2]), *r[3:])
            for r in ctx.db.execute_sql(sql, params)]
