"""A101 — a 类 row equals the sum of its 款, a 款 row the sum of its 项 (every column)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import TableId
from yusuan.money import ZERO
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import FUNCTIONAL_TABLES, cells_total, row_label
from yusuan.rules.tolerance import SUM_TOLERANCE

ROLLUP_TABLES = (*FUNCTIONAL_TABLES, TableId.T6)


@rule("A101", "subtotal-equals-children", Severity.ERROR,
      "类、款行等于其下级科目之和",
      "{table}“{row}”的{column}为 {actual_s}，其下级科目合计为 {expected_s}，相差 {diff}",
      explanation="按《政府收支分类科目》的层级，功能分类表（表2、表3、表5、表8、表9）和经济分类表（表6）中，每个类级科目行"
      "应等于其下各款之和，每个款级科目行应等于其下各项之和，逐列核对。下级科目没有列出的行不在此检查"
      "（见 C404、C405）。" + SUM_TOLERANCE +
      "\n错误示例：表5 印 20101 人大事务 基本支出 491.24，其下 2010101 行政运行 473.27、2010150 事业运行 27.97："
      "473.27 + 27.97 = 501.24 ≠ 491.24。")
def subtotal_equals_children(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """In the functional tables (表2, 表3, 表5, 表8, 表9) and the economic table (表6), every 类 row
    equals the sum of its 款 rows and every 款 row the sum of its 项 rows, column by column. A row
    whose children are not printed is not checked here (see C404/C405).

    Failing example: 表5 prints 20101 人大事务 基本支出 491.24 with 2010101 行政运行 473.27 and
    2010150 事业运行 27.97 below it: 473.27 + 27.97 = 501.24 ≠ 491.24.
    """
    for view in ctx.views(ROLLUP_TABLES):
        below = view.children_index()
        keys, cells = view.printed_columns, view.cells  # a blank column adds up (0 = 0)
        for row in view.coded():
            children = below.get(row.code)  # type: ignore[arg-type]
            if not children:
                continue
            own, parts = cells(row), [cells(c) for c in children]
            if len(parts) == 1 and own == parts[0]:
                continue  # a 款 of one 项 (most of them), printed alike: every column adds up
            for key in keys:
                if (own.get(key) or ZERO) == cells_total([p.get(key) for p in parts]):
                    continue  # the common case, on plain Decimals: no Fig, no message
                yield from ctx.sum_check(
                    rule, view.fig(row, key), [view.fig(c, key) for c in children],
                    lambda row=row, key=key, view=view: at(view, row, key),  # type: ignore[misc]
                    f"{tname(view)}“{row_label(row)}”的{view.column_label(key)}", view.unit,
                    fix="核对该科目与其下级科目的金额，使上级科目等于下级之和",
                    table=tname(view), row=row_label(row), column=view.column_label(key))
