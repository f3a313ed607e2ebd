"""peewee models, one module per area. The schema itself comes from migrations."""
from desktop.store.models.base import BaseModel, database_proxy
from desktop.store.models.core import History, Shop
from desktop.store.models.accounts import Account, Binding, GmvRecord
from desktop.store.models.catalog import Category, CategoryAttribute, ImageBlob
from desktop.store.models.products import Product, ProductImage, ProductRejection, Sku

__all__ = ["BaseModel", "database_proxy", "Shop", "History", "Account", "Binding", "GmvRecord", "Category", "CategoryAttribute", "ImageBlob", "Product", "ProductImage", "ProductRejection", "Sku"]
