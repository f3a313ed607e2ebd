"""Category tree, category attributes and image blobs (migration m0003)."""
from peewee import AutoField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.base import BaseModel


class Category(BaseModel):
    id = IntegerField(primary_key=True)  # the platform's (or sample) category ID
    parent = ForeignKeyField("self", null=True, column_name="parent_id", backref="children")
    name = TextField()
    level = IntegerField()  # 1..4
    is_leaf = IntegerField()  # 0/1
    enabled = IntegerField(default=1)  # effective: 0 when it or an ancestor is disabled
    source = TextField()  # sample / imported
    path = TextField()  # "服饰内衣 > 女装 > 连衣裙"


class CategoryAttribute(BaseModel):
    id = AutoField()
    category = ForeignKeyField(Category, column_name="category_id", backref="attributes", on_delete="CASCADE")
    property_id = TextField()
    name = TextField()
    required = IntegerField()  # 0/1
    type = TextField()  # text / single / multi / number / date
    options = TextField(default="[]")  # JSON list of option names (ensure_ascii=False)
    unit = TextField(null=True)
    position = IntegerField(default=0)

    class Meta:
        table_name = "category_attribute"


class ImageBlob(BaseModel):
    sha256 = TextField(primary_key=True)
    format = TextField()  # PNG / JPEG
    width = IntegerField()
    height = IntegerField()
    size_bytes = IntegerField()
    created_at = TextField()

    class Meta:
        table_name = "image_blob"
