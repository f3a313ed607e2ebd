"""Accounts on ByteDance platforms (accounts): platforms and account ID format."""
from __future__ import annotations

import re

from desktop.domain.messages import Text, text
from desktop.domain.text import control_char_error, pattern_error

# Stored code -> what the user reads.
PLATFORMS: dict[str, str] = {
    "douyin": "抖音",
    "toutiao": "今日头条",
    "xigua": "西瓜视频",
    "huoshan": "火山",
}

# 抖音号 and the like: letters, digits, underscore, dot, hyphen. Lenient on
# length because older platform IDs are long numeric strings.
ACCOUNT_CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
NICKNAME_MAX = 30


def account_code_error(code: str) -> Text | None:
    return pattern_error(code, ACCOUNT_CODE_RE, lambda: text("请输入账号 ID"),
                         lambda: text("账号 ID 只能包含字母、数字、下划线、点和连字符，长度 2–32"))


def nickname_error(nickname: str) -> Text | None:
    if len(nickname.strip()) > NICKNAME_MAX:
        return text("昵称最多 30 个字")
    return control_char_error(nickname.strip(), text("昵称"))


def platform_error(platform: str) -> Text | None:
    return None if platform in PLATFORMS else text("不支持的平台")
