"""Numbered schema migrations.

Each step is a module ``mNNNN_name.py`` with ``VERSION`` and ``apply(db)``.
Steps use plain SQL (not the current models) so an old step never changes
meaning when models evolve. Each runs in one transaction together with its
version bump; a failed step leaves the database at the previous version.
"""
from __future__ import annotations

from types import ModuleType

from desktop.store.sqlcompat import is_postgres

# The version of the last step in STEPS. A file already at it (most starts)
# needs no step, so the step modules load only when one runs or STEPS is read
# (start-up time). tests/store/test_database.py checks it matches STEPS.
LATEST = 17


def _load_steps() -> tuple[ModuleType, ...]:
    from desktop.store.migrations import m0001_core, m0002_accounts, m0003_catalog, m0004_products, m0005_self_transitions, m0006_draft_inputs
    from desktop.store.migrations import m0008_overview, m0009_platform, m0010_who
    from desktop.store.migrations import m0007_corrections, m0014_gmv_bulk, m0015_history_texts, m0016_sync_texts
    from desktop.store.migrations import m0017_gmv_one_index

    # Append new steps here, in order, and set LATEST. Never edit a step that has shipped.
    return (
        m0001_core,
        m0002_accounts,
        m0003_catalog,
        m0004_products,
        m0005_self_transitions,
        m0006_draft_inputs,
        m0007_corrections,
        m0008_overview,
        m0009_platform,
        m0010_who,
        m0014_gmv_bulk,
        m0015_history_texts,
        m0016_sync_texts,
        m0017_gmv_one_index,
    )


def __getattr__(name: str):
    # ``migrations.STEPS``: loaded on first read, then an ordinary module attribute
    # (so tests and benchmarks can replace it).
    if name == "STEPS":
        steps = globals()["STEPS"] = _load_steps()
        return steps
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _steps() -> tuple[ModuleType, ...]:
    steps = globals().get("STEPS")
    return steps if steps is not None else __getattr__("STEPS")


_VERSION_TABLE = {
    "sqlite": "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY,"
    " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "postgres": "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY,"
    " applied_at TEXT NOT NULL DEFAULT"
    " (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')))",
}


def latest_version() -> int:
    steps = globals().get("STEPS")
    return steps[-1].VERSION if steps is not None else LATEST


def current_version(db) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db) -> list[int]:
    """Apply every step above the current version; return the versions applied.

    The same runner for both backends: each step brings its SQLite and its
    PostgreSQL form. Two computers starting at once on a server both take the
    write lock, so the second sees the steps the first applied and skips them.
    """
    applied = []
    _check_order()
    with db.atomic("IMMEDIATE"):
        db.execute_sql(_VERSION_TABLE["postgres" if is_postgres(db) else "sqlite"])
    for step in _steps():
        with db.atomic("IMMEDIATE"):
            if step.VERSION <= current_version(db):
                continue
            step.apply(db)
            db.execute_sql("INSERT INTO schema_version(version) VALUES (?)", (step.VERSION,))
        applied.append(step.VERSION)
    return applied


def _check_order() -> None:
    # Strictly increasing, not necessarily consecutive: numbers are reserved
    # per feature while several are being built at once.
    versions = [s.VERSION for s in _steps()]
    if versions != sorted(set(versions)) or versions[0] != 1:
        raise RuntimeError(f"migration steps out of order: {versions}")
