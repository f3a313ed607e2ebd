"""peewee models, one module per area. The schema itself comes from migrations.

The areas beyond shops and history load when a name from them is first asked
for (``from desktop.store.models import Account`` works as before): the window
of a start lists shops only, and each model class takes peewee ~0.5 ms to build.
"""
from importlib import import_module

from desktop.store.models.base import BaseModel, NoSession, bound, current_database, database_proxy, make_ambient
from desktop.store.models.core import History, Shop

_AREAS = {
    "accounts": ("Account", "Binding", "GmvRecord"),
    "catalog": ("Category", "CategoryAttribute", "ImageBlob"),
    "products": ("Product", "ProductImage", "ProductRejection", "Sku"),
}
_AREA_OF = {name: area for area, names in _AREAS.items() for name in names}

__all__ = ["BaseModel", "NoSession", "bound", "current_database", "database_proxy", "make_ambient", "Shop", "History",
           *_AREA_OF]


def __getattr__(name: str):
    area = _AREA_OF.get(name)
    if area is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(f"{__name__}.{area}")
    globals().update({n: getattr(module, n) for n in _AREAS[area]})  # asked once per area
    return globals()[name]
