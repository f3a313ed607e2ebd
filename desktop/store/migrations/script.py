"""Running multi-statement DDL inside one transaction, on either backend."""
from __future__ import annotations

from desktop.store.sqlcompat import is_postgres


def run_script(db, script: str, postgres: str | None = None) -> None:
    """Execute ';'-separated DDL inside the caller's transaction.

    On a server database the step's PostgreSQL form runs instead, in one call
    (psycopg sends a statement list without parameters as it is, so PL/pgSQL
    bodies between $$ need no splitting). A step without that form can't run
    on a server: refuse rather than guess.

    sqlite3's executescript() would COMMIT first, so statements go one by one.
    Trigger bodies contain ';', so a statement ends only at a line that is
    exactly ';' or ends with ';' outside BEGIN...END.
    """
    if is_postgres(db):
        if postgres is None:
            raise RuntimeError("this migration step has no PostgreSQL form")
        db.execute_sql(postgres)
        return
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
