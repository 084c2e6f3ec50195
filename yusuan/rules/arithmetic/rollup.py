"""A101 — a 类 row equals the sum of its 款, a 款 row the sum of its 项 (every column)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import TableId
from yusuan.money import ZERO
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.tables import FUNCTIONAL_TABLES, row_label

ROLLUP_TABLES = (*FUNCTIONAL_TABLES, TableId.T6)


@rule("A101", "subtotal-equals-children", Severity.ERROR,
      "类、款行等于其下级科目之和",
      "{table}“{row}”的{column}为 {actual_s} {unit}，其下级科目合计为 {expected_s} {unit}，相差 {diff} {unit}")
def subtotal_equals_children(ctx: Context) -> Iterator[Finding]:
    """In the functional tables (表2, 表3, 表5, 表8, 表9) and the economic table (表6), every 类 row
    equals the sum of its 款 rows and every 款 row the sum of its 项 rows, column by column. A row
    whose children are not printed is not checked here (see C404/C405).

    Failing example: 表5 prints 20101 人大事务 基本支出 491.24 with 2010101 行政运行 473.27 and
    2010150 事业运行 27.97 below it: 473.27 + 27.97 = 501.24 ≠ 491.24.
    """
    r = get("A101")
    for view in ctx.views(ROLLUP_TABLES):
        for row in view.coded():
            children = view.children(row.code)
            if not children:
                continue
            for key in view.keys:
                if view.v(row, key) == sum((view.v(c, key) for c in children), ZERO):
                    continue
                yield from ctx.sum_check(
                    r, view.fig(row, key), [view.fig(c, key) for c in children],
                    lambda row=row, key=key, view=view: at(view, row, key),  # type: ignore[misc]
                    f"{tname(view)}“{row_label(row)}”的{view.column_label(key)}", view.unit,
                    fix="核对该科目与其下级科目的金额，使上级科目等于下级之和",
                    table=tname(view), row=row_label(row), column=view.column_label(key))
