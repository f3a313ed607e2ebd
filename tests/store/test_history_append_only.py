"""R-LOG-1: the history table refuses UPDATE and DELETE at the database level."""
import peewee
import pytest

from desktop.services import history


def test_history_rows_cannot_be_updated_or_deleted(ctx, shop_id):
    rows = history.list_history(ctx)
    assert rows and rows[0].action == "shop.create"
    with pytest.raises(peewee.IntegrityError, match="R-LOG-1"):
        ctx.db.execute_sql("UPDATE history SET detail = 'x'")
    with pytest.raises(peewee.IntegrityError, match="R-LOG-1"):
        ctx.db.execute_sql("DELETE FROM history")
    assert [r.detail for r in history.list_history(ctx)] == [rows[0].detail]
