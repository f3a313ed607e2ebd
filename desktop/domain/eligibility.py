"""R-SELF-1: the 30-day GMV window, the shop's share and eligibility.

Integer maths only: a share of exactly 50.00% is eligible and 49.99% is not
(*decided*), which floats could blur.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.decisions import Decision, allow, deny

WINDOW_DAYS = 30
# Basis points of one hundredth of a percent: 5000 = 50.00%.
THRESHOLD_BP = 5000
FULL_BP = 10000


def window(ref_date: date) -> tuple[date, date]:
    """The 30 calendar days ending on ``ref_date``, both ends inclusive."""
    return ref_date - timedelta(days=WINDOW_DAYS - 1), ref_date


def in_window(day: date, ref_date: date) -> bool:
    start, end = window(ref_date)
    return start <= day <= end


def share_bp(shop_fen: int, total_fen: int) -> int | None:
    """Shop GMV / total GMV in hundredths of a percent, rounded DOWN.

    Rounding down means a share shown as 50.00% is never below the threshold.
    None when there is no GMV at all.
    """
    if total_fen <= 0:
        return None
    return shop_fen * FULL_BP // total_fen


def share_text(bp: int | None) -> str:
    if bp is None:
        return "—"
    return f"{bp // 100}.{bp % 100:02d}%"


def is_eligible(shop_fen: int, total_fen: int) -> bool:
    # shop / total >= 1/2  <=>  2 * shop >= total, exact in integers.
    return total_fen > 0 and 2 * shop_fen >= total_fen


def eligibility(shop_fen: int, total_fen: int) -> Decision:
    if total_fen <= 0:
        return deny("R-SELF-1", "近30天没有 GMV 数据，不符合自营条件")
    if not is_eligible(shop_fen, total_fen):
        return deny(
            "R-SELF-1",
            "近30天本店商品 GMV 占比 {share}，低于 50%，不符合自营条件",
            share=share_text(share_bp(shop_fen, total_fen)),
        )
    return allow()


@dataclass(frozen=True)
class WindowTotals:
    """One account's sums over the window (fen)."""

    shop_fen: int = 0
    total_fen: int = 0

    @property
    def share_bp(self) -> int | None:
        return share_bp(self.shop_fen, self.total_fen)

    @property
    def eligible(self) -> bool:
        return is_eligible(self.shop_fen, self.total_fen)


def totals_from_days(records, ref_date: date) -> WindowTotals:
    """Sum (day, shop_fen, total_fen) records that fall in the window (reference implementation)."""
    shop = total = 0
    for day, s, t in records:
        if in_window(day, ref_date):
            shop += s
            total += t
    return WindowTotals(shop, total)


def contribution_bp(part_fen: int, whole_fen: int) -> int | None:
    """R-SELF-7: the share self-operated accounts contribute to the shop's figures."""
    return share_bp(part_fen, whole_fen)


def sql_is_eligible(shop_expr: str, total_expr: str) -> str:
    """``is_eligible`` as an SQL expression, so a set-based query filters by the same rule.

    Built from the same integer comparison (shop / total >= THRESHOLD_BP / FULL_BP);
    tests check both forms agree at 50.00% and 49.99%.
    """
    return f"(({total_expr}) > 0 AND ({shop_expr}) * {FULL_BP} >= ({total_expr}) * {THRESHOLD_BP})"
