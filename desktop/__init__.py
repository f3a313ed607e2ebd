"""小店管家 ShopDesk."""

__version__ = "0.1.0"
APP_NAME = "ShopDesk"
APP_DISPLAY_NAME = "小店管家"
