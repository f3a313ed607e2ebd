"""peewee models, one module per area. The schema itself comes from migrations."""
from desktop.store.models.base import BaseModel, NoSession, bound, current_database, database_proxy, make_ambient
from desktop.store.models.core import History, Shop
from desktop.store.models.accounts import Account, Binding, GmvRecord
from desktop.store.models.catalog import Category, CategoryAttribute, ImageBlob
from desktop.store.models.products import Product, ProductImage, ProductRejection, Sku

__all__ = ["BaseModel", "NoSession", "bound", "current_database", "database_proxy", "make_ambient", "Shop", "History", "Account", "Binding", "GmvRecord", "Category", "CategoryAttribute", "ImageBlob", "Product", "ProductImage", "ProductRejection", "Sku"]
