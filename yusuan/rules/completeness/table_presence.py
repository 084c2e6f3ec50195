"""C401 required tables, C402 customary tables, C403 empty tables carry a note — for a whole
disclosure, against the tables of its layout family and kind (model/layouts.py); C410 the tables of a
document that publishes the tables alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.disclosure import TableId
from yusuan.model.layouts import LayoutFamily, Need, printed_title
from yusuan.model.profile import Extent
from yusuan.model.sections import SectionKey
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule

EMPTY_SECTIONS = {TableId.T7: SectionKey.GENERAL_PROJECTS, TableId.T8: SectionKey.FUND, TableId.T9: SectionKey.SOE, TableId.T10: SectionKey.THREE_PUBLIC}
EMPTY_WORDS = ("空表", "未安排", "没有", "无", "为0", "为零", "0.00万元", "为0万元")


UNREAD = frozenset({"table.no_grid", "table.columns"})  # reading notes of a table printed but not read
_PLAIN = re.compile(r"[\s“”\"'‘’]")


def printed_unread(ctx: Context, family: LayoutFamily) -> set[TableId]:
    """Tables whose title the reader found but whose grid it could not read (R801 reports them):
    printed, so not missing. A note names the table by its title; the longest name of the family wins."""
    names = sorted(((_PLAIN.sub("", n), t.id) for t in family.tables if t.id is not None for n in t.names),
                   key=lambda x: -len(x[0]))
    out: set[TableId] = set()
    for note in ctx.disclosure.reading_notes:
        if note.code in UNREAD:
            text = _PLAIN.sub("", note.message)
            hit = next((tid for name, tid in names if name in text), None)
            if hit is not None:
                out.add(hit)
    return out


def title(family: LayoutFamily, tid: TableId) -> str:
    """The table's title as the family prints it (the national template's for the national family)."""
    return printed_title(family, tid)


@rule("C401", "required-tables", Severity.ERROR,
      "公开 财预〔2016〕143号 规定的预算表",
      "缺少{table}“{title}”",
      explanation="财政部《地方预决算公开操作规程》（财预〔2016〕143号）要求部门预算至少公开：部门收支总表（表1）、部门收入总表"
      "（表2）、部门支出总表（表3）、财政拨款收支总表（表4）、一般公共预算支出表（表5）、一般公共预算基本支出表（表6）、"
      "政府性基金预算支出表（表8）和一般公共预算“三公”经费支出表（表10）。没有数据的表也要公开，以空表加以说明。"
      "要求的表以该文件所属版式和类别声明的为准（决算为其九张表，上海版式按其表名）；只公开一部分内容的文件"
      "（单独的“三公”经费说明、摘录等）不要求表格（见 C409）。"
      "\n错误示例：公开材料的表格到表7 为止，没有政府性基金预算支出情况表。")
def required_tables(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """财政部《地方预决算公开操作规程》(财预〔2016〕143号) requires a departmental budget to publish at least
    部门收支总表 (表1), 部门收入总表 (表2), 部门支出总表 (表3), 财政拨款收支总表 (表4), 一般公共预算支出表
    (表5), 一般公共预算基本支出表 (表6), 政府性基金预算支出表 (表8) and 一般公共预算“三公”经费支出表
    (表10) — a table without data still published, empty, with a note. The tables asked for are those
    its layout family declares required for its kind (a 决算 its nine, Shanghai its own names); a
    part of a disclosure (a “三公” page, an excerpt) is not asked for tables (notice C409).

    A table whose title is printed but whose grid could not be read is not missing: R801 reports it.

    Failing example: a disclosure whose tables stop at 表7 and have no 政府性基金预算支出情况表.
    """
    if not ctx.whole:
        return
    family = ctx.family
    unread = printed_unread(ctx, family)
    for tid in family.table_ids(Need.REQUIRED):
        if ctx.disclosure.table(tid) is None and tid not in unread:
            name = title(family, tid)
            yield rule.finding(Where(table=tid.value), expected=name, actual="缺少",
                            fix=f"补充{name}；没有数据的表也应公开空表并注明",
                            table=f"表{tid.value[1:]}", title=name)


@rule("C402", "customary-tables", Severity.WARNING,
      "公开项目支出表（有项目支出时）与国有资本经营预算支出表",
      "缺少{table}“{title}”（{why}）",
      explanation="全国模板另有一般公共预算项目支出情况表（表7）——一般公共预算安排项目支出时应当公开，因为《中华人民共和国预算法"
      "实施条例》第六条要求部门预算公开项目支出——以及国有资本经营预算支出情况表（表9），几乎所有地区都公开（无数据时"
      "为空表并说明）。有的版式不含这两张表：报警告。"
      "\n错误示例：表5 显示项目支出 245.20 万元，但公开材料中没有表7。")
def customary_tables(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The national template adds 一般公共预算项目支出情况表 (表7) — due whenever the general budget funds
    projects, for 预算法实施条例 §6 asks for 项目支出 to be published — and 国有资本经营预算支出情况表 (表9),
    published (empty, with a note) by nearly every region. Some layouts omit them: a warning.

    Only the customary tables of the disclosure's layout family: a 决算 has no 项目支出 table in its
    template, nor does Shanghai's; not checked on a part of a disclosure.

    Failing example: 表5 shows 项目支出 245.20 万元 but the disclosure has no 表7.
    """
    if not ctx.whole:
        return
    family = ctx.family
    t5 = ctx.view(TableId.T5)
    projects = t5 is not None and (t := t5.total()) is not None and t5.amount(t, "project") != 0
    unread = printed_unread(ctx, family)
    for tid in family.table_ids(Need.CUSTOMARY):
        if ctx.disclosure.table(tid) is not None or tid in unread or (tid == TableId.T7 and not projects):
            continue
        name = title(family, tid)
        fix = "补充" + name if tid == TableId.T7 else f"补充{name}（无数据时公开空表并注明）"
        yield rule.finding(Where(table=tid.value), expected=name, actual="缺少", fix=fix,
                        table=f"表{tid.value[1:]}", title=name,
                        why="表5 有项目支出" if tid == TableId.T7 else "各地通行模板包含此表")


@rule("C403", "empty-table-note", Severity.ERROR,
      "空表须注明没有数据的原因",
      "{table}“{title}”没有数据，也没有说明",
      explanation="没有数据的表应以空表公开并注明原因（备注：“本部门2023年未安排政府性基金预算支出”），或在说明文字中写明为空表"
      "（第三部分 七、八、九、十：“……支出情况表为空表”“未安排”“为0”）。两者都没有，读者无法判断是否遗漏了数据。"
      "没有说明文字的预算数据不作此检查（见 C400）。"
      "\n错误示例：表8 只有一行空的合计，没有备注，也没有第三部分 八。")
def empty_table_note(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A table without data is published empty with a note (备注: "本部门2023年未安排政府性基金预算支出"),
    or the explanations say it is empty (第三部分 七/八/九/十: "…支出情况表为空表", "未安排", "为0"). An empty
    table with neither leaves the reader guessing whether data was lost. Not checked on data without
    its texts (C400).

    Failing example: 表8 with only an empty 合计 row, no 备注, and no 第三部分 八.
    """
    if not ctx.whole or (not ctx.disclosure.sections and ctx.derived):
        return  # data without its texts yet (C400)
    for table in ctx.disclosure.tables:
        if table.id is None or any(v for row in table.rows for v in row.values.values()):
            continue
        if table.note and table.note.strip():
            continue
        key = EMPTY_SECTIONS.get(table.id)
        flow = ctx.text.flows.get(key) if key else None
        if flow is not None and any(w in flow.text for w in EMPTY_WORDS):
            continue
        yield rule.finding(Where(table=table.id.value).with_location(table.location), expected="备注或说明",
                        actual="无", fix="在表下注明“本部门××年未安排…支出”，或在说明中写明该表为空表",
                        table=f"表{table.id.value[1:]}", title=table.title)


@rule("C410", "tables-part-incomplete", Severity.WARNING,
      "只公开表格的文件，预算表齐全",
      "本文件公开了 {count} 张预算表，缺少{table}“{title}”",
      explanation="只含表格、不含情况说明的文件（一个 Excel 工作簿、一页表格）不按完整的公开材料检查（见 C409），"
      "但它若已公开了所属版式大部分的预算表，就是整套表格：其中缺少的必备表（C401 的表）和通行表（C402 的表，表7 仅在表5 "
      "有项目支出时）多半是漏掉了。只公开一两张表的摘录（单独的“三公”经费表）不在此列。这是警告：表格可能另行公开。"
      "\n错误示例：一个工作簿有表1—表6 和表8—表10，表5 有项目支出，却没有表7。")
def tables_part_incomplete(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A document of the tables alone (a workbook, a page of tables) is not held to the whole disclosure
    (notice C409). But once it publishes most of its layout's required tables it is the set of tables,
    and a required table (C401's) or a customary one (C402's; 表7 only when 表5 has 项目支出) missing
    from it was most likely left out. An excerpt of one or two tables (a “三公” table alone) is not.
    A warning: the table may be published elsewhere.

    Failing example: a workbook with 表1–表6 and 表8–表10 whose 表5 has 项目支出, and no 表7.
    """
    profile = ctx.disclosure.profile
    if profile is None or profile.extent != Extent.TABLES:
        return
    family = ctx.family
    required = family.table_ids(Need.REQUIRED)
    unread = printed_unread(ctx, family)
    printed = [tid for tid in family.table_ids() if ctx.disclosure.table(tid) is not None or tid in unread]
    if 2 * sum(1 for tid in required if tid in printed) <= len(required):
        return  # an excerpt, not the set
    t5 = ctx.view(TableId.T5)
    projects = t5 is not None and (t := t5.total()) is not None and t5.amount(t, "project") != 0
    for tid in required + family.table_ids(Need.CUSTOMARY):
        if tid in printed or (tid == TableId.T7 and not projects):
            continue
        name = title(family, tid)
        yield rule.finding(Where(table=tid.value), expected=name, actual="缺少", fix=f"补充{name}",
                           count=len(printed), table=f"表{tid.value[1:]}", title=name)
