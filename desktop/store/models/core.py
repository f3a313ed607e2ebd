from peewee import AutoField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.base import BaseModel, IntBooleanField


class Shop(BaseModel):
    id = AutoField()
    name = TextField()
    platform_shop_id = TextField(unique=True)
    enterprise_certified = IntBooleanField(default=False)
    notes = TextField(default="")
    created_at = TextField()
    archived_at = TextField(null=True)


class History(BaseModel):
    """Append-only (R-LOG-1): triggers refuse UPDATE and DELETE."""

    id = AutoField()
    at = TextField()
    shop = ForeignKeyField(Shop, null=True, column_name="shop_id", backref="history")
    account_id = IntegerField(null=True)
    product_id = IntegerField(null=True)
    subject = TextField(default="")
    action = TextField()
    outcome = TextField()
    rule_id = TextField(null=True)
    detail = TextField(default="")
    source = TextField(default="app")  # app / platform (m0009)
    user_name = TextField(default="")  # who, on which computer (m0010)
    computer_name = TextField(default="")
    texts = TextField(null=True)  # JSON: the translatable form of subject and detail (m0015)
