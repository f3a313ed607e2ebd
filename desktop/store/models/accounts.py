from datetime import date

from peewee import AutoField, DateField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.base import BaseModel
from desktop.store.models.core import Shop


class LocalDateField(DateField):
    """A local calendar date, stored as ISO text (YYYY-MM-DD) and read back as a date.

    Explicit both ways so no driver adapter decides the format (sqlite3's
    default date adapter is deprecated; a server backend has a native DATE).
    """

    field_type = "TEXT"

    def db_value(self, value):
        if isinstance(value, date):
            return value.isoformat()
        return value

    def python_value(self, value):
        if isinstance(value, str) and value:
            return date.fromisoformat(value[:10])
        return value


class Account(BaseModel):
    id = AutoField()
    platform = TextField()  # douyin / toutiao / xigua / huoshan
    account_code = TextField()  # 抖音号 etc.
    nickname = TextField(default="")
    created_at = TextField()

    class Meta:
        indexes = ((("platform", "account_code"), True),)


class Binding(BaseModel):
    id = AutoField()
    shop = ForeignKeyField(Shop, column_name="shop_id", backref="bindings")
    account = ForeignKeyField(Account, column_name="account_id", backref="bindings")
    category = TextField()  # official / channel / self
    state = TextField()
    channel = TextField(null=True)
    source = TextField(default="merchant")
    started_at = TextField()
    bound_on = LocalDateField(null=True)
    ended_at = TextField(null=True)
    note = TextField(default="")


class GmvRecord(BaseModel):
    id = AutoField()
    shop = ForeignKeyField(Shop, column_name="shop_id")
    account = ForeignKeyField(Account, column_name="account_id")
    day = TextField()  # ISO local date
    shop_gmv_fen = IntegerField()
    total_gmv_fen = IntegerField()
    source = TextField(default="manual")
    updated_at = TextField()
