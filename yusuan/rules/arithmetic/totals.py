"""A102 — a table's 合计 row equals the sum of its top-level rows; A112 — a table with data has a 合计 row."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.money import ZERO
from yusuan.rules.common import at, t6_total, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import FUNCTIONAL_TABLES, TableView, cells_total
from yusuan.rules.tolerance import SUM_TOLERANCE

TOTALLED = (*FUNCTIONAL_TABLES, TableId.T6)


def top_rows(view: TableView):
    return view.top_rows()


@rule("A102", "total-row-equals-parts", Severity.ERROR,
      "合计行等于各类（或各项目）之和",
      "{table}合计行的{column}为 {actual_s}，各{level}之和为 {expected_s}，相差 {diff}",
      explanation="表2、表3、表5、表6、表8、表9 的合计行应等于最上一级各行（通常为各类级科目）之和，逐列核对；表7 的合计行"
      "应等于各项目之和。合计行是读者和其他规则与全文勾稽的依据。" + SUM_TOLERANCE +
      "\n错误示例：表3 列 201 736.44、208 47.49、210 31.31、221 35.90（合计 851.14），而合计行印 861.14。")
def total_row_equals_parts(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The 合计 row of 表2, 表3, 表5, 表6, 表8 and 表9 equals the sum of the top-level rows (the 类 rows,
    or whatever level a table starts at), column by column; the 合计 of 表7 equals the sum of its
    project rows.

    Failing example: 表3 lists 201 736.44, 208 47.49, 210 31.31 and 221 35.90 (851.14) but its 合计 row
    prints 861.14.
    """
    for view in ctx.views(TOTALLED):
        total = view.total()
        parts = top_rows(view)
        if total is None or not parts:
            continue
        if ctx.final and view.id == TableId.T6:
            yield from ctx.sum_check(
                rule, t6_total(ctx, view, total), [view.fig(p, "total") for p in parts], at(view, total, "total"),
                f"{tname(view)}合计行的{view.column_label('total')}", view.unit,
                fix="人员经费合计与公用经费合计之和应等于各类决算数之和",
                table=tname(view), column="人员经费合计＋公用经费合计", level="类")
            continue
        own, cells = view.cells(total), [view.cells(p) for p in parts]
        for key in view.printed_columns:  # a blank column adds up (0 = 0)
            if (own.get(key) or ZERO) == cells_total([c.get(key) for c in cells]):
                continue  # adds up exactly: nothing to report, not even rounding
            yield from ctx.sum_check(
                rule, view.fig(total, key), [view.fig(p, key) for p in parts], at(view, total, key),
                f"{tname(view)}合计行的{view.column_label(key)}", view.unit,
                fix="合计行应等于各类科目之和；核对合计行或各类金额",
                table=tname(view), column=view.column_label(key), level="类")
    t7 = ctx.view(TableId.T7)
    if t7 is not None and (total := t7.total()) is not None:
        projects = [row for row in t7.table.rows if row.kind != RowKind.TOTAL]
        if projects:
            own, cells = t7.cells(total), [t7.cells(p) for p in projects]
            for key in t7.printed_columns:  # a blank column adds up (0 = 0)
                if (own.get(key) or ZERO) == cells_total([c.get(key) for c in cells]):
                    continue  # adds up exactly: sum_check would report nothing
                yield from ctx.sum_check(
                    rule, t7.fig(total, key), [t7.fig(p, key) for p in projects], at(t7, total, key),
                    f"表7合计行的{t7.column_label(key)}", t7.unit,
                    fix="合计行应等于各项目之和；核对合计行或各项目金额",
                    table="表7", column=t7.column_label(key), level="项目")


@rule("A112", "total-row-present", Severity.ERROR,
      "有数据的表格应有合计行",
      "{table}有数据行，但没有{which}合计行",
      explanation="有金额的表格应印合计行（或收入总计、支出总计行），读者和其他规则才能将其与全文勾稽。收支两方的表（表1、表4）"
      "两方各需一个总计；表10 需有合计行。文件在表格中途结束（保存的网页截断在某一行）时，该表未到合计行，由 R801 "
      "提示，本规则不报。本规则不涉及金额比较，没有误差问题。"
      "\n错误示例：表5 列出 201、208、210 和 221，但没有合计行。")
def total_row_present(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A table that has amounts prints its 合计 (or 收入总计 / 支出总计) row, so that readers and the
    other rules can tie it to the rest of the document. Tables with two sides (表1, 表4) need a total
    on each side; 表10 needs its 合计 row. A table the document stops inside (a stored page cut off
    mid-row, `Table.cut_off`) never reached its 合计: the reader reports it (R801), not this rule.

    Failing example: 表5 lists 201, 208, 210 and 221 but ends without a 合计 row.
    """
    for view in ctx.views(list(TableId)):
        if view.table.cut_off:
            continue
        sides = (Side.INCOME, Side.EXPENDITURE) if view.id in (TableId.T1, TableId.T4) else (None,)
        for side in sides:
            if view.total(side) is not None:
                continue  # the common case: no need to look for data
            rows = [row for row in view.table.rows if row.side == side]
            has_data = any(v for row in rows for v in row.values.values())
            if has_data:
                which = {Side.INCOME: "收入", Side.EXPENDITURE: "支出", None: ""}[side]
                yield rule.finding(Where(table=view.name).with_location(view.table.location),
                                fix="补上合计行", table=tname(view), which=which)
