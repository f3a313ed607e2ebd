"""The models' database: whichever session the current call runs for.

Why a context-resolved proxy and not one global binding or per-session model
classes: a global binding (peewee's DatabaseProxy.initialize) makes the last
opened session win for every caller in the process, so a call through session
A would write into B's file, outside A's transaction. Per-session copies of
every model class would need every query to name its session's classes (and
foreign keys to be rebound). Here the models keep one class each, and the
database they use is looked up in a ContextVar that each service call sets to
its own session's database for exactly the duration of the call
(``bound(db)``; services do it through ``desktop.services.context.service``).
ContextVars are per thread (a new thread starts empty), so a worker thread
sees only the database of the call it runs, and the database object keeps one
connection per thread (thread_safe=True in store.database.make_database).
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from peewee import BooleanField, DatabaseProxy, Model

_current: ContextVar = ContextVar("shopdesk_database", default=None)


class NoSession(RuntimeError):
    """A model was used outside any session: there is no file to read or write."""


class SessionDatabase(DatabaseProxy):
    """A DatabaseProxy whose target is the database bound in the current context."""

    __slots__ = ()

    def __init__(self) -> None:
        object.__setattr__(self, "_callbacks", [])

    @property
    def obj(self):
        # None (not an error) when unbound: peewee asks while defining models.
        return _current.get()

    def initialize(self, obj) -> None:
        raise TypeError("no global binding: use bound(db) for the duration of a call")

    def __getattr__(self, attr):
        db = _current.get()
        if db is None:
            raise NoSession(f"no database bound for this call (asked for {attr!r})")
        return getattr(db, attr)


database_proxy = SessionDatabase()


def current_database():
    return _current.get()


@contextmanager
def bound(db):
    """Models use ``db`` inside the block (this thread/context only)."""
    if _current.get() is db:
        yield db
        return
    token = _current.set(db)
    try:
        yield db
    finally:
        _current.reset(token)


def make_ambient(db) -> None:
    """Bind ``db`` for the rest of this context, for code that runs outside any
    service call (scripts, the self-test, tests). Service calls still bind their
    own session's database, whatever is ambient."""
    _current.set(db)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class IntBooleanField(BooleanField):
    """A flag stored as 0/1 on both backends (the schema's INTEGER CHECK IN (0, 1)):
    psycopg would send a Python bool as a PostgreSQL boolean."""

    field_type = "INTEGER"

    def db_value(self, value):
        value = super().db_value(value)
        return None if value is None else int(value)
