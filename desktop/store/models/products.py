"""Products (R-P-*). Schema and its guards: migration m0004_products."""
from peewee import AutoField, CompositeKey, FloatField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.base import BaseModel
from desktop.store.models.core import Shop


class Product(BaseModel):
    id = AutoField()
    shop = ForeignKeyField(Shop, column_name="shop_id", backref="products")
    category_id = IntegerField(null=True)
    state = TextField(default="draft")
    product_type = TextField(default="normal")
    title = TextField(default="")
    remark = TextField(default="")
    weight = FloatField(null=True)
    weight_unit = TextField(default="kg")
    payment = TextField(default="online")
    stock_mode = TextField(default="order")
    attributes_json = TextField(default="{}")
    specs_json = TextField(default="[]")
    # Summary kept by services.products in the same transaction as the SKUs.
    category_path = TextField(default="")
    main_image = TextField(null=True)
    min_price_fen = IntegerField(null=True)
    max_price_fen = IntegerField(null=True)
    total_stock = IntegerField(default=0)
    sku_count = IntegerField(default=0)
    copied_from = IntegerField(null=True)
    created_at = TextField()
    typed_json = TextField(default="{}")  # typed text that is not a storable value (m0006)
    updated_at = TextField()
    rule_errors = IntegerField(null=True)  # publishing-rule errors when last saved (m0008)


class ProductImage(BaseModel):
    product = ForeignKeyField(Product, column_name="product_id", backref="images", on_delete="CASCADE")
    position = IntegerField()
    sha256 = TextField()

    class Meta:
        primary_key = CompositeKey("product", "position")


class Sku(BaseModel):
    id = AutoField()
    product = ForeignKeyField(Product, column_name="product_id", backref="skus", on_delete="CASCADE")
    position = IntegerField()
    combo_key = TextField()  # JSON array of spec values, ensure_ascii=False
    sale_fen = IntegerField(null=True)
    original_fen = IntegerField(null=True)
    stock = IntegerField(null=True)
    code = TextField(default="")
    typed_json = TextField(default="{}")  # typed text that is not a storable value (m0006)


class ProductRejection(BaseModel):
    id = AutoField()
    product = ForeignKeyField(Product, column_name="product_id", backref="rejections", on_delete="CASCADE")
    field = TextField()
    reason = TextField()
    at = TextField()
