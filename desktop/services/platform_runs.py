"""同步记录: one row per sync run (when, what, counts, errors, duration).

A run that fails or is cancelled writes nothing else (its data transaction
never commits), but its line here says what happened.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from desktop.services import history_texts
from desktop.services.context import ServiceContext, service
from desktop.services.errors import ServiceError

log = logging.getLogger("shopdesk.platform")

KIND_LABELS = {
    "test": "测试连接",
    "categories": "拉取类目",
    "properties": "拉取类目属性",
    "products": "拉取商品",
    "accounts": "拉取绑定账号",
    "alliance": "拉取联盟订单",
    "push": "提交到抖店",
}
OUTCOME_LABELS = {"ok": "成功", "failed": "失败", "cancelled": "已取消", "dry_run": "预演（未发送）"}


class SyncRun:
    """``with SyncRun(ctx, shop, "products") as run: ...`` — times the run and logs it on exit."""

    def __init__(self, ctx: ServiceContext, shop_id: int | None, kind: str) -> None:
        self.ctx, self.shop_id, self.kind = ctx, shop_id, kind
        self.requests = self.fetched = self.created = self.updated = self.unchanged = self.conflicts = 0
        self.summary = ""
        self.outcome = "ok"
        self.started_at = ctx.now_iso()
        self._t0 = time.monotonic()
        self.run_id: int | None = None

    def __enter__(self) -> "SyncRun":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        error, made = "", ""
        if exc is not None:
            from desktop.platform.errors import PlatformCancelled
            from desktop.services.catalog import ImportCancelled

            self.outcome = "cancelled" if isinstance(exc, (PlatformCancelled, ImportCancelled)) else "failed"
            error = exc.message if isinstance(exc, ServiceError) else f"{type(exc).__name__}"
            made = exc.reason if isinstance(exc, ServiceError) else error
        # The log line in the user's language later: what the error and summary were made of (m0016).
        texts = history_texts.encode_named({"error": (made, error), "summary": (self.summary, str(self.summary))})
        try:
            with self.ctx.db.atomic("IMMEDIATE"):
                cursor = self.ctx.db.execute_sql(
                    "INSERT INTO sync_run (shop_id, kind, started_at, duration_ms, outcome, requests, fetched,"
                    " created, updated, unchanged, conflicts, error, summary, texts)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (self.shop_id, self.kind, self.started_at, int((time.monotonic() - self._t0) * 1000),
                     self.outcome, self.requests, self.fetched, self.created, self.updated, self.unchanged,
                     self.conflicts, error, str(self.summary), texts),
                )
                self.run_id = cursor.fetchone()[0]
        except Exception:  # noqa: BLE001 - the log line must never hide the run's own error
            log.exception("sync run %s not logged", self.kind)
            if exc is None:
                raise
        return False


@dataclass(frozen=True)
class RunRow:
    id: int
    shop_id: int | None
    shop_name: str
    kind: str
    kind_label: str
    started_at: str
    duration_ms: int
    outcome: str
    outcome_label: str
    requests: int
    fetched: int
    created: int
    updated: int
    unchanged: int
    conflicts: int
    error: str
    summary: str


@service
def list_runs(ctx: ServiceContext, shop_id: int | None = None, limit: int = 500) -> list[RunRow]:
    where, args = ("WHERE r.shop_id = ?", (shop_id,)) if shop_id is not None else ("", ())
    rows = ctx.db.execute_sql(
        "SELECT r.id, r.shop_id, COALESCE(s.name, ''), r.kind, r.started_at, r.duration_ms, r.outcome, r.requests,"
        " r.fetched, r.created, r.updated, r.unchanged, r.conflicts, r.error, r.summary, r.texts"
        f" FROM sync_run r LEFT JOIN shop s ON s.id = r.shop_id {where} ORDER BY r.id DESC LIMIT ?",
        (*args, limit),
    ).fetchall()
    return [
        RunRow(r[0], r[1], r[2], r[3], KIND_LABELS.get(r[3], r[3]), r[4], r[5], r[6], OUTCOME_LABELS.get(r[6], r[6]),
               *r[7:13], **history_texts.decode_named(r[15], {"error": r[13], "summary": r[14]}))
        for r in rows
    ]
