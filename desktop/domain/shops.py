"""Shop fields (shops)."""
from __future__ import annotations

import re

from desktop.domain.messages import Text, text
from desktop.domain.text import control_char_error, pattern_error

NAME_MAX = 60
SHOP_ID_RE = re.compile(r"^[0-9]{1,20}$")


def name_error(name: str) -> Text | None:
    name = name.strip()
    if not name:
        return text("请输入店铺名称")
    if len(name) > NAME_MAX:
        return text("店铺名称最多 60 个字")
    return control_char_error(name, text("店铺名称"))


def platform_shop_id_error(value: str) -> Text | None:
    return pattern_error(value, SHOP_ID_RE, lambda: text("请输入平台店铺 ID"),
                         lambda: text("平台店铺 ID 只能是数字（最多 20 位）"))
