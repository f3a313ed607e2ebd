"""One SQL text for both backends: services write ``?`` placeholders (SQLite's
style); on PostgreSQL they become ``%s`` and a literal ``%`` is doubled, since
psycopg reads ``%`` anywhere in a query that has parameters."""
from __future__ import annotations

import re
from datetime import date, datetime


def qmark_to_format(sql: str) -> str:
    """Rewrite ``?`` outside quotes to ``%s``; leave SQL without ``?`` as it is.

    peewee's own queries already use ``%s`` (and never a ``?`` outside a
    literal), so they pass through unchanged.
    """
    if "?" not in sql:
        return sql
    out: list[str] = []
    quote = ""
    found = False
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            out.append("%s")
            found = True
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out) if found else sql


_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)


def to_postgres(sql: str) -> str:
    """The server's form of a service's SQL: placeholders, and SQLite's planner
    hint ``INDEXED BY`` dropped (PostgreSQL's planner picks the index itself)."""
    if "INDEXED" in sql.upper():
        sql = _INDEXED_BY.sub("", sql)
    return qmark_to_format(sql)


def day(value) -> date | None:
    """A day column read by raw SQL (ISO text on both backends, as ``LocalDateField`` stores it)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def moment(value) -> datetime | None:
    """A timestamp column read by raw SQL (ISO text written by the app)."""
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def is_postgres(db) -> bool:
    """True for a server database (works through a peewee DatabaseProxy too)."""
    target = getattr(db, "obj", None) or db
    return getattr(target, "backend", "sqlite") == "postgres"


def executemany(db, sql: str, rows) -> int:
    """Run one ``?`` statement for many rows on either backend; return rows changed."""
    import peewee

    target = getattr(db, "obj", None) or db
    if is_postgres(target):
        sql = to_postgres(sql)
    with peewee.__exception_wrapper__:
        cursor = target.cursor()
        cursor.executemany(sql, rows)
    return cursor.rowcount


def reserve_ids(db, table: str, count: int) -> list[int]:
    """``count`` fresh primary keys of ``table`` for a bulk insert with explicit ids.

    So a bulk insert can name its rows' ids (and the rows that point at them)
    without one ``INSERT ... RETURNING`` per row. PostgreSQL: drawn from the
    identity column's sequence, so other sessions never get them. SQLite: the
    ids after the current maximum — exactly what SQLite would assign — which is
    safe only inside the caller's write (IMMEDIATE) transaction, as every write
    here is."""
    if count <= 0:
        return []
    if is_postgres(db):
        rows = db.execute_sql("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                              (table, count)).fetchall()
        return [r[0] for r in rows]
    top = db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
    return list(range(top + 1, top + 1 + count))


def foreign_keys_to(db, table: str) -> list[tuple[str, str]]:
    """(table, column) pairs that reference ``table``'s primary key."""
    if is_postgres(db):
        sql = (
            "SELECT cl.relname, a.attname FROM pg_constraint c"
            " JOIN pg_class cl ON cl.oid = c.conrelid"
            " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
            " WHERE c.contype = 'f' AND c.confrelid = to_regclass(%s)"
        )
        return [(t, c) for t, c in db.execute_sql(sql, (table,)).fetchall()]
    found = []
    for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        for fk in db.execute_sql(f'PRAGMA foreign_key_list("{name}")').fetchall():
            if fk[2] == table:
                found.append((name, fk[3]))
    return found
