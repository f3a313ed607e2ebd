"""m0003: the catalog models match the tables the migration creates."""
from __future__ import annotations

from desktop.store.models import Category, CategoryAttribute, ImageBlob


def table_columns(ctx, table: str) -> set[str]:
    return {c.name for c in ctx.db.get_columns(table)}


def test_models_match_tables(ctx):
    for model in (Category, CategoryAttribute, ImageBlob):
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields == table_columns(ctx, model._meta.table_name), model.__name__


def test_models_read_the_sample_tree(ctx):
    leaf = Category.get(Category.name == "连衣裙")
    assert leaf.is_leaf == 1 and leaf.level == 4 and leaf.parent.name == "裙装"
    assert leaf.path == "服饰内衣 > 女装 > 裙装 > 连衣裙"
    assert CategoryAttribute.select().where(CategoryAttribute.category == leaf).count() >= 2
