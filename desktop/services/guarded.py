"""The one way a service changes guarded data: check, write, log — or log the refusal.

The UI asked the domain before offering the action, but another window (or
another computer on a shared database) may have changed things since. So the
decision is asked again inside an IMMEDIATE transaction, which holds the write
lock from the first read to the commit; only then is anything written, and
the history row (R-LOG-1) is part of the same transaction. A refusal rolls
back whatever was written and is logged in its own transaction, so the
attempt stays on record while the data does not change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

import peewee

from desktop.domain.decisions import Decision
from desktop.services import history
from desktop.services.changes import Outcome
from desktop.services.context import service
from desktop.services.refusal import Refused

T = TypeVar("T")


@dataclass(frozen=True)
class Written:
    """What ``write`` did: the value the service returns and the history detail.
    ``about`` replaces the history row's subject fields when the write made a
    new subject (a duplicated product is logged on the copy) or removed it."""

    value: Any = None
    detail: str = ""
    about: dict | None = None


@dataclass
class _Attempt:
    about: dict = field(default_factory=dict)


@service
def guarded_write(
    ctx,
    action: str,
    *,
    load: Callable[[], T],
    about: Callable[[T], dict],
    decide: Callable[[T], Decision],
    write: Callable[[T], Written],
    changes: frozenset,
    integrity: Decision | None = None,
) -> Outcome:
    """Run one guarded change and return what changed.

    ``load()`` reads the subject inside the transaction (raising NotFound when
    it is gone); ``about(subject)`` gives the history fields (shop_id,
    account_id, product_id, subject); ``decide(subject)`` is the domain's
    answer; ``write(subject)`` changes the data. A write may itself raise
    Refused. ``integrity``: the decision to report when the database's own
    constraints refuse the write (they hold even if the check were bypassed).
    Raises RuleRefused (already in the history) when the answer is no.
    """
    attempt = _Attempt()
    try:
        with ctx.db.atomic("IMMEDIATE"):
            subject = load()
            attempt.about = about(subject)
            decision = decide(subject)
            if not decision:
                raise Refused(decision)
            done = write(subject)
            # Asked again after the write: a saved title is the subject's new name.
            history.record(ctx, action, **(done.about or about(subject)), detail=done.detail)
    except Refused as r:
        raise history.refuse(ctx, r.decision, action, **attempt.about) from None
    except peewee.IntegrityError:
        if integrity is None:
            raise
        raise history.refuse(ctx, integrity, action, **attempt.about) from None
    return Outcome(changes, done.value)
