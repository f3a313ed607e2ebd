"""One account record per (platform, account ID) in the whole database (accounts)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from desktop.domain.messages import text
from desktop.domain import account_ids
from desktop.domain.decisions import Decision
from desktop.services import changes as ch
from desktop.services.changes import Outcome
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.guarded import Written, guarded_write
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
