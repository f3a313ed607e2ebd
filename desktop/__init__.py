"""小店管家 ShopDesk."""
import sys as _sys

__version__ = "0.1.0"
APP_NAME = "ShopDesk"
APP_DISPLAY_NAME = "小店管家"

# `import peewee` imports psycopg when it is installed (the "team" extra), which
# costs ~0.3 s on every start. Only team mode needs it: hide it from peewee
# until desktop.store.server.load_driver() brings it in.
if "psycopg" not in _sys.modules and "peewee" not in _sys.modules:
    _sys.modules["psycopg"] = None
