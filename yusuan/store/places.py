"""The government a department belongs to, read from the front of its name.

Chinese department names begin with their place: 南充市顺庆区财政局, 上海市普陀区文化和旅游局,
新疆维吾尔自治区教育厅; party and CPPCC bodies put their prefix first (中共昌吉市委办公室,
政协宁乡市委员会办公室). The place is the longest run of administrative names at the front, each a stem
and a level word (省, 自治区, 市, 州, 盟, 地区, 县, 区, 旗). After the first name a stem must have two
characters, so that 城市管理局 or 市场监督管理局 are not read as places.
"""

from __future__ import annotations

import re

ORG_PREFIXES = ("中国共产党", "中国人民政治协商会议", "中共", "政协", "共青团", "中国国民党革命委员会")
_LEVEL = r"(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)"
_STEM_CHARS = r"[^\s省市州盟县区旗（）()、，,：:]"
_FIRST = re.compile(rf"{_STEM_CHARS}{{1,12}}?{_LEVEL}")
_NEXT = re.compile(rf"{_STEM_CHARS}{{2,12}}?{_LEVEL}")
_LEVELS = {"省": "province", "自治区": "province", "市": "city", "州": "city", "自治州": "city", "盟": "city",
           "地区": "city", "县": "county", "自治县": "county", "区": "county", "旗": "county"}
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")


def government_of(department: str) -> tuple[str, str] | None:
    """(government name, level) from the front of a department's name, or None."""
    name = department.strip()
    for prefix in ORG_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    m = _FIRST.match(name)
    if m is None or m.end() >= len(name):
        return None
    end = m.end()
    while (n := _NEXT.match(name, end)) is not None and n.end() < len(name):
        end = n.end()
    place = name[:end]
    level_word = next(w for w in sorted(_LEVELS, key=len, reverse=True) if place.endswith(w))
    level = "province" if place in _MUNICIPALITIES else _LEVELS[level_word]
    return place, level
