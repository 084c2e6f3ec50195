"""第三部分 六: 一般公共预算基本支出 — 人员经费 and 公用经费 with what they mainly consist of.

Figures come from the economic breakdown (表6), so that the text says what 表6 shows.
"""

from __future__ import annotations

from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import money
from yusuan.model.sections import SectionKey
from yusuan.money import ZERO


def basic(f: Facts) -> Section:
    items = sorted(f.data.basic_economic, key=lambda b: b.code)
    personnel = sum((b.personnel for b in items), ZERO)
    public = sum((b.public for b in items), ZERO)
    if not personnel and not public:
        return f.section(SectionKey.GENERAL_BASIC, [f"{f.dept}{f.year}年未安排一般公共预算基本支出。"])
    out = [f"{f.dept}{f.year}年一般公共预算基本支出{money(personnel + public, f.unit)}，其中："]
    for words, amount, names in (
        ("人员经费", personnel, [f.name(b.code) for b in items if b.personnel]),
        ("公用经费", public, [f.name(b.code) for b in items if b.public]),
    ):
        if amount:
            out.append(f"{words}{money(amount, f.unit)}，主要包括：{'、'.join(names)}。")
        else:
            out.append(f"{words}未安排。")
    return f.section(SectionKey.GENERAL_BASIC, out)
