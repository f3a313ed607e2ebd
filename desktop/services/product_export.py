"""Export selected products to XLSX or CSV, one row per SKU.

Formula protection: a text cell that starts with = + - @ TAB or CR could be run
by Excel as a formula (CSV injection). In XLSX such a cell is written as a
string cell (data type 's', never 'f') with Excel's quote-prefix style, so it
shows as text and stays text when edited. In CSV, which has no types, the cell
gets a leading apostrophe (OWASP's recommendation): Excel shows ``'=1+1`` as
the text ``=1+1``. Numbers (prices, stock) are written as numbers, not text.

The file is written to a temporary name and renamed at the end, so a cancelled
or failed export leaves no partial file.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Callable, Sequence

from desktop.domain.messages import text
from desktop.domain import money
from desktop.domain import product_states as st
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, ServiceError

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ("商品ID", "标题", "类目", "状态", "规格", "商家编码", "售价（元）", "原价（元）", "库存")


class ExportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(text("已取消导出，没有生成文件。"))


def is_dangerous(text: str) -> bool:
    return isinstance(text, str) and text.startswith(DANGEROUS_PREFIXES)


def csv_safe(value):
    """CSV cell: text that Excel would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and is_dangerous(value):
        return "'" + value
    return value


@service
def export_rows(ctx: ServiceContext, product_ids: Sequence[int]):
    """One tuple per SKU, in the order of ``product_ids``."""
    for start in range(0, len(product_ids), 500):
        part = list(product_ids[start : start + 500])
        marks = ",".join("?" * len(part))
        products = {
            r[0]: r
            for r in ctx.db.execute_sql(
                f"SELECT id, title, category_path, state, specs_json FROM product WHERE id IN ({marks})", part
            )
        }
        skus: dict[int, list] = {}
        for r in ctx.db.execute_sql(
            f"SELECT product_id, combo_key, code, sale_fen, original_fen, stock FROM sku"
            f" WHERE product_id IN ({marks}) ORDER BY product_id, position",
            part,
        ):
            skus.setdefault(r[0], []).append(r)
        for pid in part:
            if pid not in products:
                continue
            _, title, path, state, specs_json = products[pid]
            names = [d["name"] for d in json.loads(specs_json)]
            for _, combo, code, sale, original, stock in skus.get(pid, []):
                values = json.loads(combo)
                spec = "；".join(f"{n}:{v}" for n, v in zip(names, values))
                yield (
                    pid, title, path, st.STATE_LABELS.get(state, state), spec, code,
                    money.yuan_number(sale), money.yuan_number(original), stock,
                )


@service
def export_products(
    ctx: ServiceContext,
    product_ids: Sequence[int],
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``target`` (.xlsx or .csv by suffix); returns the number of SKU rows."""
    target = Path(target)
    kind = target.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise InvalidInput(text("请选择 .xlsx 或 .csv 文件"), "path")
    if not product_ids:
        raise InvalidInput(text("请先选择要导出的商品"))
    tmp = target.with_name(f".{target.name}.part")
    try:
        if kind == ".csv":
            count = _write_csv(ctx, product_ids, tmp, progress, is_cancelled)
        else:
            count = _write_xlsx(ctx, product_ids, tmp, progress, is_cancelled)
        os.replace(tmp, target)
    except OSError as exc:
        raise InvalidInput(text("无法写入文件：{reason}", reason=exc.strerror or exc), "path") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _rows_with_progress(ctx, product_ids, progress, is_cancelled):
    total, seen, last = len(product_ids), 0, None
    for row in export_rows(ctx, product_ids):
        if is_cancelled and is_cancelled():
            raise ExportCancelled()
        if row[0] != last:
            last, seen = row[0], seen + 1
            if progress and seen % 50 == 0:
                progress(seen, total)
        yield row
    if progress:
        progress(total, total)


def _write_csv(ctx, product_ids, path, progress, is_cancelled) -> int:
    count = 0
    # utf-8-sig: Excel on Windows reads the BOM and shows the Chinese correctly.
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for row in _rows_with_progress(ctx, product_ids, progress, is_cancelled):
            writer.writerow(["" if v is None else csv_safe(v) for v in row])
            count += 1
    return count


def _write_xlsx(ctx, product_ids, path, progress, is_cancelled) -> int:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "商品"
    ws.append(HEADERS)
    count = 0
    for row in _rows_with_progress(ctx, product_ids, progress, is_cancelled):
        count += 1
        r = count + 1
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                # openpyxl turns any str starting with "=" into a formula cell;
                # force the string type whatever the text is.
                cell.data_type = "s"
                if is_dangerous(value):
                    cell.quotePrefix = True
    for col, width in zip("ABCDEFGHI", (10, 40, 30, 14, 24, 16, 12, 12, 10)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return count
