"""Helpers for the data-safety tests: table dumps and a deterministic index damage."""
from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("shop", "account", "binding", "gmv_record", "history", "product", "product_image", "sku", "image_blob",
          "category", "category_attribute")


def dump(path: Path) -> dict:
    """Every user table's rows, for comparing two databases."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        # Sorted in Python: WITHOUT ROWID tables (m0008) have no rowid to order by.
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def integrity(path: Path) -> list:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def count_full_checks(monkeypatch) -> list[str]:
    """The files each full integrity_check runs on, from now on (a test counts the checks of a restore)."""
    from desktop.store import integrity as store_integrity

    checked: list[str] = []
    real = store_integrity.run_check

    def counting(conn, pragma="integrity_check", table=None):
        if pragma == "integrity_check" and table is None:
            checked.append(conn.execute("PRAGMA database_list").fetchone()[2])
        return real(conn, pragma, table)

    monkeypatch.setattr(store_integrity, "run_check", counting)
    return checked


def damage_zip_member(path: Path, member: str, out: Path, skip: int, length: int) -> Path:
    """A copy of the zip ``path`` at ``out`` whose ``member``'s compressed bytes are flipped from ``skip``
    bytes into its data on, ``length`` of them (a bad download, a flaky USB stick)."""
    import zipfile

    data = bytearray(Path(path).read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + skip
    for i in range(start, start + length):
        data[i] ^= 0x5A
    out.write_bytes(bytes(data))
    return out


def damage_index(path: Path, index: str, table_sql: str, params=(), unique_clause: str | None = None,
                 hidden: str = "CHECK (1)") -> None:
    """Write rows while ``index`` is hidden from the schema, then show it again.

    The index b-tree then lacks those rows: quick_check passes, integrity_check
    does not, and a UNIQUE index no longer stops duplicates (finding 3). For an
    automatic index (a UNIQUE clause in CREATE TABLE) the clause is hidden too.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        row = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?",
                           (index,)).fetchone()
        assert row, index
        table_row = conn.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name = ?", (row[2],)).fetchone()
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = ?", (index,))
        if unique_clause:
            assert unique_clause in table_row[0]
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE type='table' AND name = ?",
                         (table_row[0].replace(unique_clause, hidden), row[2]))
        conn.execute("PRAGMA writable_schema=OFF")
    finally:
        conn.close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(table_sql, params)
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?,?,?,?,?)", row)
        if unique_clause:
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE type='table' AND name = ?", (table_row[0], row[2]))
        conn.execute("PRAGMA writable_schema=OFF")
    finally:
        conn.close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def draft_with_real_images(ctx, tmp_path, n: int = 2):
    """A valid product draft whose images are real stored files (so hashes can be checked)."""
    from desktop.services import images
    from tests.image_factory import png_bytes
    from tests.services.product_fixtures import valid_draft

    draft = valid_draft(ctx)
    shas = []
    for i in range(n):
        src = tmp_path / f"img{i}.png"
        src.write_bytes(png_bytes(800 + i, 800 + i, noise=True))
        shas.append(images.add_image(ctx, src).sha256)
    draft.images = shas
    return draft
