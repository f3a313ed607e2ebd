"""Day and timestamp columns read by raw SQL come back as ``date``/``datetime`` through one helper."""
from datetime import date, datetime

from desktop.services import shops
from desktop.store import sqlcompat


def test_day_reads_text_dates_and_passes_dates_and_blanks():
    assert sqlcompat.day("2026-03-01") == date(2026, 3, 1)
    assert sqlcompat.day("2026-03-01T09:30:00+08:00") == date(2026, 3, 1)
    assert sqlcompat.day(date(2026, 3, 1)) == date(2026, 3, 1)
    assert sqlcompat.day(None) is None and sqlcompat.day("") is None


def test_moment_reads_app_timestamps():
    assert sqlcompat.moment("2026-03-01T09:30:00") == datetime(2026, 3, 1, 9, 30)
    stamp = datetime(2026, 3, 1, 9, 30)
    assert sqlcompat.moment(stamp) is stamp
    assert sqlcompat.moment(None) is None


def test_day_of_a_stored_day_column(ctx):
    """The raw-SQL read of a day column gives the same date the model field gives."""
    shop_id = shops.create_shop(ctx, "日期店", "20001").value
    ctx.db.execute_sql("UPDATE shop SET archived_at = ? WHERE id = ?", ("2026-02-03T10:00:00", shop_id))
    value = ctx.db.execute_sql("SELECT archived_at FROM shop WHERE id = ?", (shop_id,)).fetchone()[0]
    assert sqlcompat.day(value) == date(2026, 2, 3)
