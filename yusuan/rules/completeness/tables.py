"""C401 required tables, C402 customary tables, C403 empty tables carry a note."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import TABLE_TITLES, TableId
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import get, rule

REQUIRED = (TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10)
EMPTY_SECTIONS = {TableId.T7: "3.7", TableId.T8: "3.8", TableId.T9: "3.9", TableId.T10: "3.10"}
EMPTY_WORDS = ("空表", "未安排", "没有", "无", "为0", "为零", "0.00万元", "为0万元")


@rule("C401", "required-tables", Severity.ERROR,
      "公开 财预〔2016〕143号 规定的预算表",
      "缺少{table}“{title}”")
def required_tables(ctx: Context) -> Iterator[Finding]:
    """财政部《地方预决算公开操作规程》(财预〔2016〕143号) requires a departmental budget to publish at least
    部门收支总表 (表1), 部门收入总表 (表2), 部门支出总表 (表3), 财政拨款收支总表 (表4), 一般公共预算支出表
    (表5), 一般公共预算基本支出表 (表6), 政府性基金预算支出表 (表8) and 一般公共预算“三公”经费支出表
    (表10) — a table without data still published, empty, with a note.

    Failing example: a disclosure whose tables stop at 表7 and have no 政府性基金预算支出情况表.
    """
    r = get("C401")
    for tid in REQUIRED:
        if ctx.d.table(tid) is None:
            yield r.finding(Where(table=tid.value), expected=TABLE_TITLES[tid], actual="缺少",
                            fix=f"补充{TABLE_TITLES[tid]}；没有数据的表也应公开空表并注明",
                            table=f"表{tid.value[1:]}", title=TABLE_TITLES[tid])


@rule("C402", "customary-tables", Severity.WARNING,
      "公开项目支出表（有项目支出时）与国有资本经营预算支出表",
      "缺少{table}“{title}”（{why}）")
def customary_tables(ctx: Context) -> Iterator[Finding]:
    """The national template adds 一般公共预算项目支出情况表 (表7) — due whenever the general budget funds
    projects, for 预算法实施条例 §6 asks for 项目支出 to be published — and 国有资本经营预算支出情况表 (表9),
    published (empty, with a note) by nearly every region. Some layouts omit them: a warning.

    Failing example: 表5 shows 项目支出 245.20 万元 but the disclosure has no 表7.
    """
    r = get("C402")
    t5 = ctx.view(TableId.T5)
    projects = t5 is not None and (t := t5.total()) is not None and t5.v(t, "project") != 0
    # a 决算 (final accounts) has no 项目支出 table in its template
    if ctx.d.table(TableId.T7) is None and projects and not ctx.final:
        yield r.finding(Where(table="T7"), expected=TABLE_TITLES[TableId.T7], actual="缺少",
                        fix="补充一般公共预算项目支出情况表", table="表7", title=TABLE_TITLES[TableId.T7],
                        why="表5 有项目支出")
    if ctx.d.table(TableId.T9) is None:
        yield r.finding(Where(table="T9"), expected=TABLE_TITLES[TableId.T9], actual="缺少",
                        fix="补充国有资本经营预算支出情况表（无数据时公开空表并注明）", table="表9",
                        title=TABLE_TITLES[TableId.T9], why="各地通行模板包含此表")


@rule("C403", "empty-table-note", Severity.ERROR,
      "空表须注明没有数据的原因",
      "{table}“{title}”没有数据，也没有说明")
def empty_table_note(ctx: Context) -> Iterator[Finding]:
    """A table without data is published empty with a note (备注: "本部门2023年未安排政府性基金预算支出"),
    or the explanations say it is empty (第三部分 七/八/九/十: "…支出情况表为空表", "未安排", "为0"). An empty
    table with neither leaves the reader guessing whether data was lost. Not checked on data without
    its texts (C400).

    Failing example: 表8 with only an empty 合计 row, no 备注, and no 第三部分 八.
    """
    r = get("C403")
    if not ctx.d.sections and ctx.derived:
        return  # data without its texts yet (C400)
    for table in ctx.d.tables:
        if table.id is None or any(v for row in table.rows for v in row.values.values()):
            continue
        if table.note and table.note.strip():
            continue
        key = EMPTY_SECTIONS.get(table.id)
        flow = ctx.text.flows.get(key) if key else None
        if flow is not None and any(w in flow.text for w in EMPTY_WORDS):
            continue
        yield r.finding(Where(table=table.id.value).with_location(table.location), expected="备注或说明",
                        actual="无", fix="在表下注明“本部门××年未安排…支出”，或在说明中写明该表为空表",
                        table=f"表{table.id.value[1:]}", title=table.title)
