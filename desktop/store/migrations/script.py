"""Running multi-statement DDL inside one transaction."""
from __future__ import annotations

from peewee import SqliteDatabase


def run_script(db: SqliteDatabase, script: str) -> None:
    """Execute ';'-separated DDL inside the caller's transaction.

    sqlite3's executescript() would COMMIT first, so statements go one by one.
    Trigger bodies contain ';', so a statement ends only at a line that is
    exactly ';' or ends with ';' outside BEGIN...END.
    """
    for statement in _split(script):
        db.execute_sql(statement)


def _split(script: str) -> list[str]:
    statements, buf, depth = [], [], 0
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper.startswith("END"):
            depth = max(0, depth - 1)
        buf.append(line)
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(buf).rstrip().rstrip(";"))
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements
