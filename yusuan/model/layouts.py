"""Layout families of published disclosures, as data: one declaration per family.

A family is the template a region (or the 决算 system) publishes with: the tables it prints — each
with its canonical id, its title as the family prints it and the other printings seen — how much
each is due (required: C401 error when missing; customary: C402 warning; optional), the explanation
sections it requires (C407) and the words of headings typical of it (to tell families apart).

Derived from here: the title aliases of `readers/published/titles.py`, the tables and sections
the completeness rules ask of a whole disclosure, the reader's `table.missing` notes and the
family the profile detector names. Adding a province's layout is one `LayoutFamily` below.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.profile import Layout
from yusuan.model.sections import SectionKey

B, F = DocumentKind.BUDGET, DocumentKind.FINAL


class Need(StrEnum):
    REQUIRED = "required"  # 财预〔2016〕143号: published even when empty (C401)
    CUSTOMARY = "customary"  # printed by the family; a warning when missing (C402)
    OPTIONAL = "optional"  # recognised, never asked for


@dataclass(frozen=True)
class LayoutTable:
    id: TableId | None  # None: no canonical equivalent (绩效目标表, 政府采购预算明细表 …): recognised only
    title: str  # as the family prints it (quotes and numbering left out)
    aliases: tuple[str, ...] = ()  # other printings seen
    need: Need = Need.REQUIRED

    @property
    def names(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)


@dataclass(frozen=True)
class LayoutFamily:
    id: str  # a `Layout` for the families below; any other id for a family registered with `register`
    name: str  # Chinese: 上海版式
    kind: DocumentKind  # the kind of document the template is for
    tables: tuple[LayoutTable, ...]
    sections: tuple[str, ...]  # section keys (model/sections.py) a whole disclosure must have
    markers: tuple[str, ...] = ()  # words of headings typical of the family (its table names count anyway)

    def table_ids(self, need: Need | None = None) -> tuple[TableId, ...]:
        return tuple(t.id for t in self.tables if t.id is not None and (need is None or t.need == need))


R, C, OPT = Need.REQUIRED, Need.CUSTOMARY, Need.OPTIONAL
T = TableId
S = SectionKey

# The national template's explanations (第一部分 概况, 第三部分 一–十一, 第四部分 名词解释).
NATIONAL_SECTIONS = (S.DUTIES, S.ORGANISATION, S.OVERALL, S.INCOME, S.EXPENDITURE, S.FISCAL, S.GENERAL_APPROPRIATION,
                     S.GENERAL_BASIC, S.GENERAL_PROJECTS, S.FUND, S.SOE, S.THREE_PUBLIC, S.OPERATING_COSTS, S.PROCUREMENT,
                     S.ASSETS, S.PERFORMANCE, S.GLOSSARY)

NATIONAL = LayoutFamily(
    Layout.NATIONAL, "全国通用版式", B,
    tables=(
        LayoutTable(T.T1, "部门收支总体情况表", ("部门收支总表", "部门预算收支总表", "部门收支预算总表")),
        LayoutTable(T.T2, "部门收入总体情况表", ("部门收入预算表",)),
        LayoutTable(T.T3, "部门支出总体情况表", ("部门支出预算表",)),
        LayoutTable(T.T4, "财政拨款收支总体情况表", ("财政拨款收支预算总体情况表",)),
        LayoutTable(T.T5, "一般公共预算支出情况表", ("一般公共预算支出预算表",)),
        LayoutTable(T.T6, "一般公共预算基本支出情况表", ("一般公共预算基本支出预算表",)),
        LayoutTable(T.T7, "一般公共预算项目支出情况表", ("一般公共预算项目支出表", "一般公共预算项目支出预算表"), C),
        LayoutTable(T.T8, "政府性基金预算支出情况表"),
        LayoutTable(T.T9, "国有资本经营预算支出情况表", (), C),
        LayoutTable(T.T10, "财政拨款三公经费支出情况表", ("三公经费支出情况表", "三公经费支出表")),
        LayoutTable(None, "项目支出绩效目标表", ("重点项目绩效目标表", "项目绩效目标表", "整体绩效目标表"), OPT),
    ),
    sections=NATIONAL_SECTIONS,
    markers=("一般公共预算当年拨款", "收支预算情况的总体说明"),
)

SHANGHAI = LayoutFamily(
    Layout.SHANGHAI, "上海版式", B,
    tables=(
        LayoutTable(T.T1, "财务收支预算总表"),
        LayoutTable(T.T2, "收入预算总表"),
        LayoutTable(T.T3, "支出预算总表"),
        LayoutTable(T.T4, "财政拨款收支预算总表"),
        LayoutTable(T.T5, "一般公共预算支出功能分类预算表"),
        LayoutTable(T.T6, "一般公共预算基本支出部门预算经济分类预算表"),
        LayoutTable(T.T8, "政府性基金预算支出功能分类预算表"),
        LayoutTable(T.T9, "国有资本经营预算支出功能分类预算表", (), C),
        LayoutTable(T.T10, "三公经费和机关运行经费预算表"),
    ),
    sections=(S.DUTIES, S.ORGANISATION, S.THREE_PUBLIC, S.OPERATING_COSTS, S.PROCUREMENT, S.ASSETS, S.PERFORMANCE,
              S.GLOSSARY),
    markers=("部门预算编制说明", "其他相关情况说明", "项目经费情况说明"),
)

BEIJING = LayoutFamily(
    Layout.BEIJING, "北京版式", B,
    tables=(
        LayoutTable(T.T1, "收支总表"),
        LayoutTable(T.T2, "收入总表"),
        LayoutTable(T.T3, "支出总表"),
        LayoutTable(T.T7, "项目支出表", (), C),
        LayoutTable(None, "政府采购预算明细表", (), OPT),
        LayoutTable(T.T4, "财政拨款收支总表"),
        LayoutTable(T.T5, "一般公共预算财政拨款支出表"),
        LayoutTable(T.T6, "一般公共预算财政拨款基本支出表"),
        LayoutTable(T.T8, "政府性基金预算财政拨款支出表"),
        LayoutTable(T.T9, "国有资本经营预算财政拨款支出表", (), C),
        LayoutTable(T.T10, "财政拨款三公经费支出表"),
        LayoutTable(None, "政府购买服务预算财政拨款明细表", (), OPT),
        LayoutTable(None, "部门整体支出绩效目标表", (), OPT),
    ),
    sections=(S.DUTIES, S.INCOME, S.EXPENDITURE, S.THREE_PUBLIC, S.GLOSSARY),
    markers=("部门情况说明", "收入预算情况说明", "支出预算情况说明", "其他情况说明"),
)

JIANGXI = LayoutFamily(
    Layout.JIANGXI, "江西版式", B,
    tables=(
        LayoutTable(T.T1, "收支预算总表"),
        LayoutTable(T.T2, "部门收入总表"),
        LayoutTable(T.T3, "部门支出总表"),
        LayoutTable(T.T4, "财政拨款收支总表"),
        LayoutTable(T.T5, "一般公共预算支出表"),
        LayoutTable(T.T6, "一般公共预算基本支出表"),
        LayoutTable(T.T10, "三公经费支出预算表"),
        LayoutTable(T.T8, "政府性基金预算支出表"),
        LayoutTable(T.T9, "国有资本经营预算支出表", (), C),
        LayoutTable(None, "部门单位整体绩效目标表", (), OPT),
    ),
    sections=(S.DUTIES, S.ORGANISATION, S.OVERALL, S.THREE_PUBLIC, S.GLOSSARY),
    markers=("部门预算收支情况说明",),
)

HUNAN = LayoutFamily(
    Layout.HUNAN, "湖南版式", B,
    tables=(
        LayoutTable(T.T1, "部门收支总体情况表"),
        LayoutTable(T.T2, "部门收入总体情况表"),
        LayoutTable(T.T3, "部门支出总体情况表"),
        LayoutTable(T.T4, "财政拨款收支总体情况表"),
        LayoutTable(T.T5, "一般公共预算支出情况表"),
        LayoutTable(T.T6, "一般公共预算基本支出情况表"),
        LayoutTable(T.T10, "一般公共预算三公经费支出情况表", ("一般公共预算三公经费支出表",)),
        LayoutTable(T.T8, "政府性基金预算支出情况表"),
        LayoutTable(T.T9, "国有资本经营预算表", (), OPT),
        LayoutTable(None, "整体支出绩效目标表", (), OPT),
        LayoutTable(None, "支出预算分类汇总表", ("政府性基金预算支出分类汇总表",), OPT),
        LayoutTable(None, "财政专户管理资金预算支出表", (), OPT),
        LayoutTable(None, "专项资金预算汇总表", (), OPT),
    ),
    sections=(S.DUTIES, S.ORGANISATION, S.THREE_PUBLIC, S.OPERATING_COSTS, S.PROCUREMENT, S.ASSETS, S.GLOSSARY),
    markers=("部门预算单位构成", "一般性支出情况", "部门基本概况"),
)

FINAL_ACCOUNTS = LayoutFamily(
    Layout.FINAL, "决算版式", F,
    tables=(
        LayoutTable(T.T1, "收入支出决算总表", ("收支决算总表",)),
        LayoutTable(T.T2, "收入决算表"),
        LayoutTable(T.T3, "支出决算表"),
        LayoutTable(T.T4, "财政拨款收入支出决算总表"),
        LayoutTable(T.T5, "一般公共预算财政拨款支出决算表", ("一般公共预算财政拨款支出决算明细表",)),
        LayoutTable(T.T6, "一般公共预算财政拨款基本支出决算表", ("一般公共预算财政拨款基本支出决算明细表",)),
        LayoutTable(T.T8, "政府性基金预算财政拨款收入支出决算表", ("政府性基金预算财政拨款支出决算表",)),
        LayoutTable(T.T9, "国有资本经营预算财政拨款支出决算表", ("国有资本经营预算财政拨款收入支出决算表",), C),
        LayoutTable(T.T10, "财政拨款三公经费支出决算表", ("三公经费支出决算表",)),
        LayoutTable(None, "机关运行经费支出决算表", (), OPT),
        LayoutTable(None, "政府采购支出决算表", (), OPT),
    ),
    sections=tuple(k for k in NATIONAL_SECTIONS if k != S.GENERAL_PROJECTS),  # no 一般公共预算项目支出 in 决算
    markers=("收入支出决算总体情况", "财政拨款收入支出决算总体情况", "完成年初预算", "决算数"),
)

# Regions whose 决算 print the 决算 template's tables under parts of their own: the words of those parts' headings
# (all of them) tell the region. Its documents are held to the 决算 template (`family_for`).
FINAL_PARTS: dict[str, tuple[str, ...]] = {
    Layout.BEIJING: ("部门决算说明", "其他重要事项的情况说明"),  # 第二部分 …部门决算说明, 第三部分 …其他重要事项的情况说明
}

# The registry: every family readers, rules and writers know. Mutated only by `register` and
# `unregister` (in place, so that modules holding these objects see a registered family).
FAMILIES: list[LayoutFamily] = [NATIONAL, SHANGHAI, BEIJING, JIANGXI, HUNAN, FINAL_ACCOUNTS]
BY_ID: dict[str, LayoutFamily] = {f.id: f for f in FAMILIES}
DEFAULT_FOR_KIND = {B: NATIONAL, F: FINAL_ACCOUNTS}
BUILT_IN = frozenset(BY_ID)

_NAMES = {Layout.EXCERPT: "摘录（版式不明）", Layout.OTHER: "其他版式"}
_generation = [0]  # bumped on every change of the registry: what readers derived from it is stale


def register(family: LayoutFamily) -> LayoutFamily:
    """Add a layout family (a province's template): from here on readers recognise its table names,
    the profile detector can name it, completeness rules hold its documents to its tables and
    sections, and `derive_disclosure(…, layout=family.id)` builds with its titles."""
    if family.id in BUILT_IN or family.id in _NAMES:
        raise ValueError(f"layout {family.id!r} is built in")
    unregister(family.id)
    FAMILIES.append(family)
    BY_ID[family.id] = family
    _generation[0] += 1
    return family


def unregister(layout: str) -> None:
    """Remove a family added with `register` (a no-op for an id not registered)."""
    family = BY_ID.get(layout)
    if family is None or layout in BUILT_IN:
        return
    FAMILIES.remove(family)
    del BY_ID[layout]
    _generation[0] += 1


def generation() -> int:
    """Changes with every `register`/`unregister`; a cache derived from the registry keys on it."""
    return _generation[0]


def is_layout(layout: str) -> bool:
    """A value a document's profile may carry: a family's id, or excerpt/other."""
    return layout in BY_ID or layout in _NAMES


def layout_name(layout: str) -> str:
    family = BY_ID.get(layout)
    return family.name if family else _NAMES[Layout(layout)]


def family_for(layout: str, kind: DocumentKind) -> LayoutFamily:
    """The family whose tables and sections a whole disclosure of `layout` and `kind` is held to: its
    own when the family is a template of that kind, else the default template of the kind (a 决算 is
    never asked for a budget template's sections)."""
    family = BY_ID.get(layout)
    if family is not None and family.kind == kind:
        return family
    return DEFAULT_FOR_KIND[kind]


def printed_title(family: LayoutFamily, tid: TableId) -> str:
    """A canonical table's title as a document of `family` prints it (the family's own, with the
    quotes of “三公” the declarations leave out), else the national template's."""
    printed = next((t.title for t in family.tables if t.id == tid), None)
    if printed is None:
        printed = next(t.title for t in NATIONAL.tables if t.id == tid)
    return printed.replace("三公经费", "“三公”经费")


# The national template's titles, as the build prints them.
TABLE_TITLES: dict[TableId, str] = {tid: printed_title(NATIONAL, tid) for tid in TableId}


def title_aliases() -> tuple[tuple[str, TableId | None, DocumentKind], ...]:
    """Every printed table name of every family: (name, canonical table, kind of document)."""
    out: dict[str, tuple[str, TableId | None, DocumentKind]] = {}
    for family in FAMILIES:
        for table in family.tables:
            for name in table.names:
                out.setdefault(name, (name, table.id, family.kind))
    return tuple(out.values())
