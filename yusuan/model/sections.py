"""Canonical text sections of a departmental budget disclosure (the national template's outline).

Writers produce sections under these keys; readers map the headings they find to them; rules look
sections up by key. Headings are templates: `{dept}` and `{year}` are filled per document.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: str  # as the national template prints it
    part: int  # 第一部分 … 第四部分


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("1.1", "一、主要职能", 1),
    SectionSpec("1.2", "二、机构设置及人员情况", 1),
    SectionSpec("3.1", "一、关于{dept}{year}年收支预算情况的总体说明", 3),
    SectionSpec("3.2", "二、关于{dept}{year}年收入预算情况说明", 3),
    SectionSpec("3.3", "三、关于{dept}{year}年支出预算情况说明", 3),
    SectionSpec("3.4", "四、关于{dept}{year}年财政拨款收支预算情况的总体说明", 3),
    SectionSpec("3.5", "五、关于{dept}{year}年一般公共预算当年拨款情况说明", 3),
    SectionSpec("3.6", "六、关于{dept}{year}年一般公共预算基本支出情况说明", 3),
    SectionSpec("3.7", "七、关于{dept}{year}年一般公共预算项目支出情况说明", 3),
    SectionSpec("3.8", "八、关于{dept}{year}年政府性基金预算拨款情况说明", 3),
    SectionSpec("3.9", "九、关于{dept}{year}年国有资本经营预算拨款情况说明", 3),
    SectionSpec("3.10", "十、关于{dept}{year}年财政拨款“三公”经费预算情况说明", 3),
    SectionSpec("3.11", "十一、其他重要事项的情况说明", 3),
    SectionSpec("3.11.1", "（一）机关运行经费情况", 3),
    SectionSpec("3.11.2", "（二）政府采购情况", 3),
    SectionSpec("3.11.3", "（三）国有资产占用使用情况", 3),
    SectionSpec("3.11.4", "（四）预算绩效情况", 3),
    SectionSpec("3.11.5", "（五）其他需说明的事项", 3),
    SectionSpec("4", "名词解释", 4),
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
