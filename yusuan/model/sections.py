"""Canonical text sections of a departmental budget disclosure (the national template's outline).

Writers produce sections under these keys; readers map the headings they find to them; rules look
sections up by key. Code names a section by its `SectionKey` member (`SectionKey.THREE_PUBLIC`),
never by its serialized form ("3.10"), which is what data files and JSON carry: a `SectionKey` is a
`str`, so the two compare and hash alike. Keys the readers make up for headings that match no
section ("3.12", "0.3") stay plain strings. Headings are templates: `{dept}` and `{year}` are
filled per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SectionKey(StrEnum):
    """The sections of the national template, by what they explain; the value is the template's place."""

    DUTIES = "1.1"  # 第一部分 一、主要职能
    ORGANISATION = "1.2"  # 二、机构设置及人员情况
    OVERALL = "3.1"  # 第三部分 一、收支预算情况的总体说明
    INCOME = "3.2"  # 二、收入预算情况说明
    EXPENDITURE = "3.3"  # 三、支出预算情况说明
    FISCAL = "3.4"  # 四、财政拨款收支预算情况的总体说明
    GENERAL_APPROPRIATION = "3.5"  # 五、一般公共预算当年拨款情况说明
    GENERAL_APPROPRIATION_SCALE = "3.5.1"  # （一）规模变化情况
    GENERAL_APPROPRIATION_STRUCTURE = "3.5.2"  # （二）结构情况
    GENERAL_APPROPRIATION_USE = "3.5.3"  # （三）具体使用情况
    GENERAL_BASIC = "3.6"  # 六、一般公共预算基本支出情况说明
    GENERAL_PROJECTS = "3.7"  # 七、一般公共预算项目支出情况说明
    FUND = "3.8"  # 八、政府性基金预算拨款情况说明
    SOE = "3.9"  # 九、国有资本经营预算拨款情况说明
    THREE_PUBLIC = "3.10"  # 十、财政拨款“三公”经费预算情况说明
    OTHER_MATTERS = "3.11"  # 十一、其他重要事项的情况说明
    OPERATING_COSTS = "3.11.1"  # （一）机关运行经费情况
    PROCUREMENT = "3.11.2"  # （二）政府采购情况
    ASSETS = "3.11.3"  # （三）国有资产占用使用情况
    PERFORMANCE = "3.11.4"  # （四）预算绩效情况
    OTHER_NOTES = "3.11.5"  # （五）其他需说明的事项
    GLOSSARY = "4"  # 第四部分 名词解释


@dataclass(frozen=True)
class SectionSpec:
    key: SectionKey
    heading: str  # as the national template prints it
    part: int  # 第一部分 … 第四部分
    words: str = ""  # regex on a heading's comparison key: the words by which any family's heading names it


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(SectionKey.DUTIES, "一、主要职能", 1, r"主要职能|主要职责|职能职责|部门职责"),
    SectionSpec(SectionKey.ORGANISATION, "二、机构设置及人员情况", 1, r"机构设置|人员情况|基本情况|单位构成"),
    SectionSpec(SectionKey.OVERALL, "一、关于{dept}{year}年收支预算情况的总体说明", 3, r"收支预算情况的总体说明|收支总体情况|收入支出决算总体情况|收支情况说明"),
    SectionSpec(SectionKey.INCOME, "二、关于{dept}{year}年收入预算情况说明", 3, r"收入预算|收入决算"),
    SectionSpec(SectionKey.EXPENDITURE, "三、关于{dept}{year}年支出预算情况说明", 3, r"支出预算|支出决算"),
    SectionSpec(SectionKey.FISCAL, "四、关于{dept}{year}年财政拨款收支预算情况的总体说明", 3, r"财政拨款收支|财政拨款收入支出"),
    SectionSpec(SectionKey.GENERAL_APPROPRIATION, "五、关于{dept}{year}年一般公共预算当年拨款情况说明", 3, r"一般公共预算当年拨款|一般公共预算财政拨款支出"),
    SectionSpec(SectionKey.GENERAL_BASIC, "六、关于{dept}{year}年一般公共预算基本支出情况说明", 3, r"一般公共预算基本支出|一般公共预算财政拨款基本支出"),
    SectionSpec(SectionKey.GENERAL_PROJECTS, "七、关于{dept}{year}年一般公共预算项目支出情况说明", 3, r"一般公共预算项目支出|项目支出情况"),
    SectionSpec(SectionKey.FUND, "八、关于{dept}{year}年政府性基金预算拨款情况说明", 3, r"政府性基金"),
    SectionSpec(SectionKey.SOE, "九、关于{dept}{year}年国有资本经营预算拨款情况说明", 3, r"国有资本经营"),
    SectionSpec(SectionKey.THREE_PUBLIC, "十、关于{dept}{year}年财政拨款“三公”经费预算情况说明", 3, r"三公"),
    SectionSpec(SectionKey.OTHER_MATTERS, "十一、其他重要事项的情况说明", 3, r"其他重要事项"),
    SectionSpec(SectionKey.OPERATING_COSTS, "（一）机关运行经费情况", 3, r"机关运行经费|运行经费"),
    SectionSpec(SectionKey.PROCUREMENT, "（二）政府采购情况", 3, r"政府采购"),
    SectionSpec(SectionKey.ASSETS, "（三）国有资产占用使用情况", 3, r"国有资产"),
    SectionSpec(SectionKey.PERFORMANCE, "（四）预算绩效情况", 3, r"绩效"),
    SectionSpec(SectionKey.OTHER_NOTES, "（五）其他需说明的事项", 3, r"其他"),
    SectionSpec(SectionKey.GLOSSARY, "名词解释", 4, r"名词解释"),
)

SECTION_SPEC: dict[str, SectionSpec] = {s.key: s for s in SECTIONS}

# The key of text that stands under no heading and whose words name no section (standalone pages,
# excerpts); such text naming a section's subject (“三公”经费 …) is kept under that section's key.
UNHEADED = "unheaded"

PART_TITLES = {
    1: "第一部分 {dept}概况",
    2: "第二部分 {year}年部门预算公开表",
    3: "第三部分 {year}年部门预算情况说明",
    4: "第四部分 名词解释",
}


def heading(key: str, dept: str, year: int) -> str:
    return SECTION_SPEC[key].heading.format(dept=dept, year=year)
