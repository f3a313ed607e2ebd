"""检查数据库: integrity, foreign keys and the rules' invariants, in plain words.

Repairs are limited to what cannot lose anything: rebuilding indexes
(REINDEX) and re-creating a missing trigger or index from the schema the
migrations define. They run only after a verified backup, and never delete
or change a user's row. A second run after a repair finds nothing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from desktop.domain.messages import sentence_with_rule, text
from desktop.domain import images as image_rules
from desktop.services.context import ServiceContext, service
from desktop.services.errors import ServiceError
from desktop.store.integrity import foreign_key_problems, run_check

MAX_CHANNEL_LIVE = 5
OFFICIAL_LIVE = "('awaiting_scan', 'awaiting_confirm', 'bound')"
CHANNEL_LIVE = "('pending', 'bound')"
SELF_LIVE = "('awaiting_auth', 'self_operated')"


class DamagedIndex(ServiceError):
    """An import was refused because an index it relies on is damaged."""


@dataclass(frozen=True)
class Finding:
    code: str  # integrity / foreign_key / official / channel / self / schema / image
    text: str  # plain words for the owner
    repairable: bool = False


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    backup: str | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    def repairable(self) -> list[Finding]:
        return [f for f in self.findings if f.repairable]


@service
def ensure_tables_sound(ctx: ServiceContext, tables: tuple[str, ...]) -> None:
    """Refuse an import when a table it writes (or one of its UNIQUE indexes) is damaged."""
    if ctx.is_server:  # PRAGMA integrity_check is SQLite's; the server guards its own files
        return
    conn = ctx.db.connection()
    for table in tables:
        if run_check(conn, "integrity_check", table):
            raise DamagedIndex(text(
                "数据库中“{table}”的数据或索引已损坏，为避免重复记录，这次没有导入任何数据。"
                "请先用 工具 → 检查数据库… 修复（修复前会自动备份）。", table=table))


def _reference_schema() -> dict[str, tuple[str, str, str]]:
    """name -> (type, table, sql) of every index and trigger the migrations create."""
    from desktop.store import migrations

    ref = SqliteDatabase(":memory:")
    ref.connect()
    try:
        migrations.migrate(ref)
        rows = ref.execute_sql(
            "SELECT name, type, tbl_name, sql FROM sqlite_master WHERE type IN ('index','trigger') AND sql IS NOT NULL")
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
    finally:
        ref.close()


@service
def check_database(ctx: ServiceContext) -> CheckReport:
    """Look at everything; change nothing."""
    conn = ctx.db.connection()
    report = CheckReport()
    for problem in run_check(conn, "integrity_check"):
        report.findings.append(Finding("integrity", text("数据文件内部不一致：{problem}", problem=problem), _index_problem(problem)))
    for problem in foreign_key_problems(conn):
        report.findings.append(Finding("foreign_key", text("记录之间的关联断了：{problem}", problem=problem)))
    report.findings.extend(_rule_findings(conn))
    report.findings.extend(_schema_findings(conn))
    report.findings.extend(_image_findings(ctx, conn))
    return report


def _index_problem(problem: str) -> bool:
    # These messages are about an index disagreeing with its table; REINDEX rebuilds it from the table.
    text = problem.lower()
    return "index" in text and ("missing from index" in text or "wrong # of entries" in text
                                 or "non-unique entry" in text)


def _rule_findings(conn) -> list[Finding]:
    out = []
    for shop, n in conn.execute(
        f"SELECT shop_id, COUNT(*) FROM binding WHERE category='official' AND state IN {OFFICIAL_LIVE} "
        "GROUP BY shop_id HAVING COUNT(*) > 1"):
        out.append(Finding("official", sentence_with_rule(text("店铺 {shop} 有 {n} 个官方账号记录，规则只允许 1 个",
                                                      shop=_shop(conn, shop), n=n), "R-OFF-1")))
    for shop, n in conn.execute(
        f"SELECT shop_id, COUNT(*) FROM binding WHERE category='channel' AND state IN {CHANNEL_LIVE} "
        "GROUP BY shop_id HAVING COUNT(*) > ?", (MAX_CHANNEL_LIVE,)):
        out.append(Finding("channel", sentence_with_rule(text("店铺 {shop} 有 {n} 个渠道号，规则最多 {limit} 个",
                                                     shop=_shop(conn, shop), n=n, limit=MAX_CHANNEL_LIVE), "R-CH-2")))
    for account, n in conn.execute(
        f"SELECT account_id, COUNT(DISTINCT shop_id) FROM binding WHERE category='self' AND state IN {SELF_LIVE} "
        "GROUP BY account_id HAVING COUNT(DISTINCT shop_id) > 1"):
        out.append(Finding("self", sentence_with_rule(text("账号 {account} 同时是 {n} 个店铺的自营账号，规则只允许 1 个",
                                                  account=_account(conn, account), n=n), "R-SELF-4")))
    for shop, account, day, n in conn.execute(
        "SELECT shop_id, account_id, day, COUNT(*) FROM gmv_record GROUP BY shop_id, account_id, day HAVING COUNT(*) > 1"):
        out.append(Finding("gmv", text("店铺 {shop} 的账号 {account} 在 {day} 有 {n} 条 GMV 记录（应只有 1 条），占比会被重复计算。请在 达人数据 中核对后删除多余的记录。",
                                       shop=_shop(conn, shop), account=_account(conn, account), day=day, n=n)))
    return out


def _shop(conn, shop_id) -> str:
    row = conn.execute("SELECT name FROM shop WHERE id = ?", (shop_id,)).fetchone()
    return f"“{row[0]}”" if row else f"#{shop_id}"


def _account(conn, account_id) -> str:
    row = conn.execute("SELECT account_code FROM account WHERE id = ?", (account_id,)).fetchone()
    return row[0] if row else f"#{account_id}"


def _schema_findings(conn) -> list[Finding]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('index','trigger')")}
    out = []
    for name, (kind, table, _sql) in sorted(_reference_schema().items()):
        if name not in have:
            what = text("保护规则的触发器") if kind == "trigger" else text("索引")
            guard = text("（例如操作记录只能追加）") if table == "history" else ""
            out.append(Finding("schema", text("表 {table} 缺少{what} {name}{guard}，可以安全地重新创建。",
                                              table=table, what=what, name=name, guard=guard), True))
    return out


def _image_findings(ctx: ServiceContext, conn) -> list[Finding]:
    from desktop.services.images import images_dir

    out = []
    root = images_dir(ctx)
    rows = conn.execute(
        "SELECT DISTINCT pi.sha256, b.format FROM product_image pi LEFT JOIN image_blob b ON b.sha256 = pi.sha256")
    for sha, fmt in rows:
        if fmt is None:
            out.append(Finding("image", text("商品引用的图片 {sha}… 没有登记信息。", sha=sha[:12])))
            continue
        path = root / sha[:2] / f"{sha}{image_rules.EXTENSIONS.get(fmt, '')}"
        try:
            digest = _sha256(path)
        except OSError:
            out.append(Finding("image", text("图片文件 {name} 不见了，引用它的商品缺图。可从备份或原图重新添加。", name=path.name)))
            continue
        if digest != sha:
            out.append(Finding("image", text("图片文件 {name} 的内容与记录的指纹不符（文件可能被改动或损坏）。", name=path.name)))
    return out


def _sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@service
def repair(ctx: ServiceContext, report: CheckReport, backup_dir=None) -> CheckReport:
    """Apply the safe repairs in ``report`` after a verified backup; return a fresh check.

    Nothing is deleted: REINDEX rebuilds indexes from the table rows, and a
    missing trigger or index is re-created from the migrations' schema. A
    UNIQUE index that no longer fits the rows (duplicates) is not forced: its
    finding stays for the owner to settle.
    """
    from desktop.services import backups

    todo = report.repairable()
    if not todo:
        return check_database(ctx)
    entry = backups.backup_now(ctx, reason="before-repair", verify=False)
    done = []
    conn = ctx.db.connection()
    reference = _reference_schema()
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('index','trigger')")}
    with ctx.db.atomic("IMMEDIATE"):
        for name, (kind, _table, sql) in sorted(reference.items()):
            if name not in have:
                try:
                    with ctx.db.atomic("IMMEDIATE"):
                        ctx.db.execute_sql(sql)
                    done.append(text("已重新创建 {name}", name=name))
                except Exception:  # noqa: BLE001 - e.g. a UNIQUE index the rows no longer fit
                    continue
        if any(f.code == "integrity" for f in todo):
            for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type='index'").fetchall():
                try:
                    with ctx.db.atomic("IMMEDIATE"):
                        ctx.db.execute_sql(f'REINDEX "{index}"')
                except Exception:  # noqa: BLE001 - duplicates: left for the owner, never deleted
                    continue
            done.append(text("已重建索引"))
    fresh = check_database(ctx)
    fresh.repaired = done
    fresh.backup = str(entry.path)
    return fresh
