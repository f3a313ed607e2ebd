"""One account record per (platform, account ID) in the whole database (accounts)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import account_ids
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound
from desktop.store.models import Account


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
        return f"{name}（{account_ids.PLATFORMS.get(self.platform, self.platform)} {self.account_code}）"


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
        raise NotFound("账号不存在")
    return to_row(a)


@service
def find_account(ctx: ServiceContext, platform: str, code: str) -> AccountRow | None:
    a = Account.get_or_none((Account.platform == platform) & (Account.account_code == code.strip()))
    return to_row(a) if a else None
