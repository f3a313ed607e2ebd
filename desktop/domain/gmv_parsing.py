"""Reading GMV figures as shop owners type or export them (R-SELF-1 data).

Pure functions: amounts like ``¥1,234.50`` to integer fen, dates in the usual
Chinese spreadsheet forms, header names matched to fields, and one row checked
at a time. Each problem is a short Chinese reason; callers add the row number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import account_ids, money
from desktop.domain.messages import Text, text

FIELDS = ("account_code", "nickname", "platform", "day", "shop_gmv", "total_gmv")
REQUIRED = ("account_code", "day", "shop_gmv", "total_gmv")
FIELD_LABELS = {
    "account_code": "达人账号 ID",
    "nickname": "达人昵称",
    "platform": "平台",
    "day": "日期",
    "shop_gmv": "本店 GMV",
    "total_gmv": "总 GMV",
}

# Header names as exports and owners write them, after normalise_header().
ALIASES: dict[str, tuple[str, ...]] = {
    "account_code": ("达人抖音号", "抖音号", "达人账号id", "达人账号", "账号id", "账号", "达人id", "作者抖音号",
                     "作者id", "达人uid", "抖音id", "达人抖音id", "accountid", "accountcode", "account"),
    "nickname": ("达人昵称", "昵称", "达人名称", "达人名字", "作者昵称", "作者名称", "达人", "nickname", "name"),
    "platform": ("平台", "账号平台", "platform"),
    "day": ("日期", "统计日期", "成交日期", "支付日期", "时间", "date", "day"),
    # In the shop's own exports (抖店 → 数据 → 达人), 成交金额 is what the influencer sold of this shop.
    "shop_gmv": ("本店gmv", "本店商品gmv", "本店成交金额", "带货本店gmv", "店铺gmv", "本店销售额", "成交金额",
                 "本店带货gmv", "店铺成交金额", "商品成交金额", "shopgmv"),
    # The influencer's GMV over every shop (达人总成交金额, or 带货GMV in influencer analytics).
    "total_gmv": ("总gmv", "达人总gmv", "全部gmv", "总成交金额", "达人总成交金额", "带货总gmv", "带货gmv",
                  "达人带货gmv", "带货总成交金额", "总销售额", "totalgmv", "gmv"),
}


def header_signature(headers: list[str]) -> str:
    """The same set of columns gives the same signature (order and spacing ignored),
    so a mapping the user chose can be offered again for the next such file."""
    import hashlib

    names = sorted(normalise_header(h) for h in headers)
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


def remembered_mapping(headers: list[str], saved: dict[str, str | None]) -> dict[str, int | None] | None:
    """A saved mapping (field -> header name) turned back into column indexes for
    ``headers``; None when a saved header is no longer there."""
    names = [normalise_header(h) for h in headers]
    mapping: dict[str, int | None] = {}
    for field in FIELDS:
        header = saved.get(field)
        if header is None:
            mapping[field] = None
            continue
        if normalise_header(header) not in names:
            return None
        mapping[field] = names.index(normalise_header(header))
    return mapping


def mapping_by_name(headers: list[str], mapping: dict[str, int | None]) -> dict[str, str | None]:
    return {f: (headers[i] if i is not None and i < len(headers) else None) for f, i in mapping.items()}


PLATFORM_NAMES = {name: code for code, name in account_ids.PLATFORMS.items()}
PLATFORM_NAMES.update({code: code for code in account_ids.PLATFORMS})
PLATFORM_NAMES.update({"今日头条": "toutiao", "头条": "toutiao", "西瓜": "xigua"})

_UNIT_RE = re.compile(r"[（(][^）)]*[）)]")
_DATE_RE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")
_COMPACT_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def normalise_header(text: str) -> str:
    text = str(text or "").replace("\ufeff", "").strip().lower()
    text = _UNIT_RE.sub("", text)
    return re.sub(r"[\s_\-:：]", "", text)


def suggest_mapping(headers: list[str]) -> dict[str, int | None]:
    """Field -> column index, by header name; None where nothing matches."""
    normal = [normalise_header(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for field in FIELDS:
        mapping[field] = None
        for alias in ALIASES[field]:
            hits = [i for i, h in enumerate(normal) if h == alias and i not in used]
            if hits:
                mapping[field] = hits[0]
                used.add(hits[0])
                break
    return mapping


def mapping_problems(mapping: dict[str, int | None]) -> list[Text]:
    """Why a column mapping cannot be used (empty when it can)."""
    problems = [text("请为「{field}」选择一列", field=text(FIELD_LABELS[f])) for f in REQUIRED if mapping.get(f) is None]
    chosen = [i for i in mapping.values() if i is not None]
    if len(chosen) != len(set(chosen)):
        problems.append(text("同一列不能对应两个字段"))
    return problems


class BadValue(ValueError):
    """A cell that cannot be used; ``args[0]`` is the reason, a Text (the row report translates it)."""


_SHOP_GMV, _TOTAL_GMV = text("本店 GMV"), text("总 GMV")
_fast_fen = money.fast_fen


def parse_amount(value, label: str | None = None) -> int:
    """``¥1,234.50`` → 123450 fen (money.parse_fen), refused as a BadValue for the row report."""
    if type(value) is str:
        fen = money.fast_fen(value)
        if fen is not None:
            return fen
    try:
        return money.parse_fen(value, label)
    except money.MoneyError as exc:
        raise BadValue(exc.args[0]) from None


def parse_day(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value or "").strip()
    if not s:
        raise BadValue(text("日期为空"))
    m = _DATE_RE.match(s) or _COMPACT_DATE_RE.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise BadValue(text("日期「{value}」无法识别（例如 2026-11-27）", value=s[:20]))


def day_error(day: date, today: date) -> Text | None:
    if day > today:
        return text("日期 {day} 在未来", day=day.isoformat())
    return None


def parse_platform(value) -> str:
    s = str(value or "").strip()
    if not s:
        return "douyin"
    code = PLATFORM_NAMES.get(s) or PLATFORM_NAMES.get(s.lower())
    if code is None:
        raise BadValue(text("平台「{value}」无法识别", value=s[:10]))
    return code


def amounts_error(shop_fen: int, total_fen: int) -> Text | None:
    if total_fen < shop_fen:
        return text("总 GMV 小于本店 GMV")
    return None


@dataclass(frozen=True)
class GmvFigures:
    platform: str
    account_code: str
    nickname: str
    day: date
    shop_fen: int
    total_fen: int


class RowParser:
    """Checks rows against one column mapping; caches what repeats (dates, IDs)."""

    def __init__(self, mapping: dict[str, int | None], today: date) -> None:
        self.today = today
        self._idx = {f: mapping.get(f) for f in FIELDS}
        self._days: dict[object, str] = {}
        self._codes: set[str] = set()
        self._nicknames: set[str] = set()  # checked once each: an account repeats on every day it has
        self.width = 1 + max(i for i in mapping.values() if i is not None)

    def _cell(self, cells, field):
        i = self._idx[field]
        if i is None or i >= len(cells):
            return None
        return cells[i]

    def day_iso(self, value) -> str:
        """Parsed, not in the future, as ISO text; raises BadValue."""
        key = value if isinstance(value, (str, date)) else str(value)
        hit = self._days.get(key)
        if hit is not None:
            return hit
        d = parse_day(value)
        err = day_error(d, self.today)
        if err:
            raise BadValue(err)
        iso = d.isoformat()
        self._days[key] = iso
        return iso

    def day_range(self) -> tuple[str, str] | None:
        """The first and last ISO day of the rows parsed so far (None before any)."""
        days = self._days.values()
        return (min(days), max(days)) if days else None

    @staticmethod
    def _first_seen(value: str, error, seen: set) -> None:
        """Check a code or nickname the first time the file has it (a file repeats them a lot)."""
        err = error(value)
        if err:
            raise BadValue(err)
        seen.add(value)

    def parse(self, cells) -> tuple[str, str, str, str, int, int]:
        """(platform, account_code, nickname, day_iso, shop_fen, total_fen); raises BadValue.

        Straight-line on purpose: it runs once per imported row.
        """
        if len(cells) >= self.width:
            # Every mapped column is present: index directly (no per-cell calls).
            ix = self._idx
            get = cells.__getitem__
            code = get(ix["account_code"])
            nick_i = ix["nickname"]
            nickname = None if nick_i is None else get(nick_i)
            day_value, shop_value, total_value = get(ix["day"]), get(ix["shop_gmv"]), get(ix["total_gmv"])
        else:
            cell = self._cell
            code = cell(cells, "account_code")
            nickname = cell(cells, "nickname")
            day_value = cell(cells, "day")
            shop_value, total_value = cell(cells, "shop_gmv"), cell(cells, "total_gmv")
        if type(code) is not str:
            code = _code_text(code)
        code = code.strip()
        if code not in self._codes:
            self._first_seen(code, account_ids.account_code_error, self._codes)
        if nickname is None:
            nickname = ""
        else:
            nickname = str(nickname).strip()
            if nickname not in self._nicknames:
                self._first_seen(nickname, account_ids.nickname_error, self._nicknames)
        platform = "douyin" if self._idx["platform"] is None else parse_platform(self._cell(cells, "platform"))
        day = self._days.get(day_value) if type(day_value) is str else None
        if day is None:
            day = self.day_iso(day_value)
        # The plain-text fast path first, without parse_amount's call around it (a call a cell).
        shop_fen = _fast_fen(shop_value) if type(shop_value) is str else None
        if shop_fen is None:
            shop_fen = parse_amount(shop_value, _SHOP_GMV)
        total_fen = _fast_fen(total_value) if type(total_value) is str else None
        if total_fen is None:
            total_fen = parse_amount(total_value, _TOTAL_GMV)
        if total_fen < shop_fen:
            raise BadValue(text("总 GMV 小于本店 GMV"))
        return platform, code, nickname, day, shop_fen, total_fen


def _code_text(value) -> str:
    """Spreadsheets store numeric 抖音号 as numbers: 12345678.0 -> '12345678'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_blank(cells) -> bool:
    for c in cells:
        if c is not None and str(c).strip():
            return False
    return True
