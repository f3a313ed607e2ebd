"""Shops (shops): create, rename, archive, restore — each with its history row."""
import pytest

from desktop.services import changes as ch
from desktop.services import history, shops
from desktop.services.errors import InvalidInput


def test_create_rename_archive_restore(ctx):
    out = shops.create_shop(ctx, " 山野茶舍 ", "8002", True, "备注")
    assert out.changes == {ch.SHOPS, ch.HISTORY}
    sid = out.value
    row = shops.get_shop(ctx, sid)
    assert (row.name, row.platform_shop_id, row.enterprise_certified) == ("山野茶舍", "8002", True)

    shops.update_shop(ctx, sid, "山野茶舍旗舰店", "8002", True)
    assert shops.get_shop(ctx, sid).name == "山野茶舍旗舰店"

    shops.archive_shop(ctx, sid)
    assert shops.list_shops(ctx) == []
    assert shops.list_shops(ctx, include_archived=True)[0].archived
    shops.restore_shop(ctx, sid)
    assert [s.id for s in shops.list_shops(ctx)] == [sid]

    actions = [r.action for r in history.list_history(ctx)]
    assert actions == ["shop.restore", "shop.archive", "shop.rename", "shop.create"]


@pytest.mark.parametrize(
    "name, shop_id, field",
    [("", "1", "name"), ("店" * 61, "1", "name"), ("好店", "", "platform_shop_id"), ("好店", "12a", "platform_shop_id"), ("好店", "-1", "platform_shop_id")],
)
def test_bad_input_refused_without_writing(ctx, name, shop_id, field):
    with pytest.raises(InvalidInput) as info:
        shops.create_shop(ctx, name, shop_id)
    assert info.value.field == field
    assert shops.list_shops(ctx, include_archived=True) == []
    assert history.list_history(ctx) == []


def test_platform_shop_id_unique(ctx, shop_id):
    with pytest.raises(InvalidInput, match="已有店铺"):
        shops.create_shop(ctx, "另一家", "10001")


def test_database_checks_shop_id_digits(ctx):
    import peewee

    with pytest.raises(peewee.IntegrityError):
        ctx.db.execute_sql("INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('x', '12a', 'now')")


def test_unchanged_edit_writes_nothing(ctx, shop_id):
    out = shops.update_shop(ctx, shop_id, "测试小店", "10001", False)
    assert out.changes == frozenset()
    assert len(history.list_history(ctx)) == 1
