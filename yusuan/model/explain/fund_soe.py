"""第三部分 八 and 九: 政府性基金预算 and 国有资本经营预算拨款, or the note that their tables are empty."""

from __future__ import annotations

from yusuan.model.disclosure import Section, TableId
from yusuan.model.explain.appropriation import item_path
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import money
from yusuan.model.layouts import TABLE_TITLES
from yusuan.model.sections import SectionKey
from yusuan.model.sources import FUND_SOURCES, SOE_SOURCES

KINDS = (
    (SectionKey.FUND, FUND_SOURCES, "政府性基金预算", TABLE_TITLES[TableId.T8]),
    (SectionKey.SOE, SOE_SOURCES, "国有资本经营预算", TABLE_TITLES[TableId.T9]),
)


def budget_section(f: Facts, key: str, sources: frozenset, words: str, table: str) -> Section:
    items = f.of_sources(sources)
    total = f.total(items)
    if not total:
        return f.section(key, [f"{f.dept}{f.year}年没有使用{words}拨款安排的支出，{table}为空表。"])
    basic = f.total(c for c in items if c.is_basic)
    if basic and basic != total:
        split = f"其中：基本支出{money(basic, f.unit)}，项目支出{money(total - basic, f.unit)}"
    else:
        split = "全部为基本支出" if basic else "全部为项目支出"
    out = [f"{f.dept}{f.year}年{words}拨款安排的支出{money(total, f.unit)}，{split}。"]
    by_code = f.by_code(items)
    for i, code in enumerate(sorted(c for c in by_code if len(c) == 7 and by_code[c]), 1):
        out.append(f"{i}. {item_path(f, code)}：{f.year}年预算数为{money(by_code[code], f.unit)}。")
    return f.section(key, out)


def fund_and_soe(f: Facts) -> list[Section]:
    return [budget_section(f, *kind) for kind in KINDS]
