"""X205 表3↔表5, X207 表5 基本支出↔表6, X208 表5 项目支出↔表7."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import RowKind, TableId
from yusuan.model.sources import IncomeRow
from yusuan.money import ZERO
from yusuan.rules.common import t6_total, t6_total_amount
from yusuan.rules.context import Context
from yusuan.rules.cross.common import SAME_MESSAGE, not_above, same_figure
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import Fig, row_label, show
from yusuan.rules.tolerance import PART_TOLERANCE, SAME_TOLERANCE

NO_CELLS: dict[str, Decimal | None] = {}  # the cells of a row a table does not print

NON_GENERAL_INCOME = (IncomeRow.FUND_BUDGET, IncomeRow.SOE_BUDGET, IncomeRow.SPECIAL_ACCOUNT, IncomeRow.UNIT_FUNDS,
                      IncomeRow.CARRYOVER_FUND_BUDGET, IncomeRow.CARRYOVER_SOE_BUDGET, IncomeRow.CARRYOVER_NONFISCAL)


def only_general_money(ctx: Context) -> bool | None:
    """Does 表1 show general-budget money only? None when 表1 is absent."""
    t1 = ctx.view(TableId.T1)
    if t1 is None:
        return None
    rows = [t1.item(r.value) for r in NON_GENERAL_INCOME]
    if any(r is None for r in rows[:4]):
        return None  # a layout without the template's income rows: unknown
    return not any(t1.amount(r, "amount") for r in rows)


@rule("X205", "t5-within-t3", Severity.ERROR,
      "表5 每个科目不超过表3；只有一般公共预算资金时两表相同", SAME_MESSAGE,
      explanation="表5（一般公共预算支出情况表）是表3（部门支出总体情况表）中的一般公共预算部分：表5 的任何类、款、项在合计、"
      "基本支出、项目支出上都不超过表3 的同一行。表1 显示除一般公共预算外没有其他资金（没有政府性基金、国有资本经营、"
      "财政专户、单位资金及其结转）时，两表应逐行相同。" + PART_TOLERANCE + "逐行相同时：同一数字按相同精度公布，必须完全相等。" +
      "\n错误示例：一个只有一般公共预算资金的部门，表3 印 2010101 行政运行 473.27，表5 印 437.27。")
def t5_within_t3(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表5 (一般公共预算支出情况表) is the general-budget part of 表3 (部门支出总体情况表): no 类, 款 or 项
    of 表5 exceeds the same row of 表3 in 合计, 基本支出 or 项目支出. When 表1 shows no money other than
    the general budget (no 基金, 国有资本经营, 财政专户, 单位资金 or their carry-overs), the two tables are
    equal row by row.

    Failing example: a department funded by the general budget alone prints 2010101 行政运行 473.27 in
    表3 and 437.27 in 表5.
    """
    t3, t5 = ctx.view(TableId.T3), ctx.view(TableId.T5)
    if t3 is None or t5 is None:
        return
    equal = only_general_money(ctx)
    codes = sorted(set(t3.by_code) | set(t5.by_code))
    rows = [(c, t3.by_code.get(c), t5.by_code.get(c)) for c in codes]
    rows.append(("合计", t3.total(), t5.total()))
    for code, a, b in rows:
        printed3 = t3.cells(a) if a is not None else NO_CELLS
        printed5 = t5.cells(b) if b is not None else NO_CELLS
        for key in ("total", "basic", "project"):
            part, whole = printed5.get(key) or ZERO, printed3.get(key) or ZERO
            if part == whole or (not equal and part < whole):
                continue  # equal, or within: neither same_figure nor not_above would report
            x, y = t5.fig(b, key), t3.fig(a, key)
            view, row = (t5, b) if b is not None else (t3, a)
            label = row_label(row) if row is not None and code != "合计" else code
            col = t5.column_label(key)
            if equal:
                f = same_figure(ctx, rule, view, row, key, x, y, f"表5“{label}”{col}", "表3",
                                "只有一般公共预算资金时，表5 应与表3 相同")
            else:
                f = not_above(ctx, rule, view, row, key, x, y, f"表5“{label}”{col}", "表3 同一科目",
                              "一般公共预算支出不能超过部门支出")
            if f:
                yield f


@rule("X207", "t5-basic-matches-t6", Severity.ERROR, "表5 基本支出合计等于表6 合计", SAME_MESSAGE,
      explanation="表6（一般公共预算基本支出情况表）按经济分类展开表5 的基本支出：表5 合计行的基本支出应等于表6 的合计。"
      + SAME_TOLERANCE +
      "\n错误示例：表5 基本支出 605.94，表6 合计 650.94。")
def t5_basic_matches_t6(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表6 (一般公共预算基本支出情况表) breaks the 基本支出 of 表5 down by economic classification: 表5's
    合计 row 基本支出 equals 表6's 合计.

    Failing example: 表5 基本支出 605.94, 表6 合计 650.94.
    """
    t5, t6 = ctx.view(TableId.T5), ctx.view(TableId.T6)
    if t5 is None or t6 is None or (a := t5.total()) is None or (b := t6.total()) is None:
        return
    if t6_total_amount(ctx, t6, b) != t5.amount(a, "basic") and (
            f := same_figure(ctx, rule, t6, b, "total", t6_total(ctx, t6, b), t5.fig(a, "basic"),
                        "表6 合计", "表5 基本支出合计", "表6 合计应等于表5 的基本支出合计")):
        yield f


@rule("X208", "t5-project-matches-t7", Severity.ERROR,
      "表7 各项目按科目相加等于表5 项目支出", SAME_MESSAGE,
      explanation="表7（一般公共预算项目支出情况表）列出表5 项目支出背后的项目：表7 合计等于表5 合计行的项目支出；"
      "按功能分类项归集，归入同一项的项目之和等于表5 该项的项目支出。" + SAME_TOLERANCE +
      "\n错误示例：（样例数据）表7 把全部五个项目都归入 2010199 其他人大事务支出（245.20），而表5 的项目支出为 "
      "2010199 229.00、2010108 代表工作 16.20。")
def t5_project_matches_t7(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表7 (一般公共预算项目支出情况表) lists the projects behind 表5's 项目支出: its 合计 equals 表5's 合计 row
    项目支出, and for every 项 the projects coded to it add up to that 项's 项目支出 in 表5.

    Failing example (the seed): 表7 codes all five projects to 2010199 其他人大事务支出 (245.20), while 表5
    gives 2010199 229.00 and 2010108 代表工作 16.20 of 项目支出.
    """
    t5, t7 = ctx.view(TableId.T5), ctx.view(TableId.T7)
    if t5 is None or t7 is None:
        return
    a, b = t7.total(), t5.total()
    if a is not None and b is not None and t7.amount(a, "total") != t5.amount(b, "project") and (
            f := same_figure(ctx, rule, t7, a, "total", t7.fig(a, "total"), t5.fig(b, "project"),
                             "表7 合计", "表5 项目支出合计", "表7 合计应等于表5 的项目支出合计")):
        yield f
    by_code: dict[str, Decimal] = defaultdict(lambda: ZERO)
    count: dict[str, int] = defaultdict(int)
    for row in t7.table.rows:
        if row.kind != RowKind.TOTAL and row.code:
            by_code[row.code] += t7.amount(row, "total")
            count[row.code] += 1
    items = {c: row for c, row in t5.by_code.items() if len(c) == 7 and t5.amount(row, "project")}
    for code in sorted(set(by_code) | set(items)):
        row5 = items.get(code) or t5.by_code.get(code)
        if by_code.get(code, ZERO) == t5.amount(row5, "project"):
            continue  # the common case: no Fig
        x = Fig(by_code.get(code, ZERO), t7.half * max(1, count.get(code, 0)), t7.unit)
        y = t5.fig(row5, "project")
        if x.value == y.value:
            continue
        if abs(x.value - y.value) <= x.half + y.half:
            yield ctx.rounding(rule, _where(t7, code), f"表7 科目 {code} 各项目之和与表5 项目支出",
                               x.value, y.value, count.get(code, 0) + 1, x.half + y.half, shown_in=t7.unit)
            continue
        label = row_label(row5) if row5 is not None else code
        yield rule.finding(_where(t7, code), expected=show(y.value), actual=show(x.value),
                        fix="核对表7 项目的功能分类科目与金额，使之与表5 一致",
                        a=f"表7 科目“{label}”下各项目合计", b=f"表5“{label}”项目支出",
                        a_s=x.shown, b_s=y.shown)


def _where(view, code: str):
    from yusuan.rules.finding import Where

    row = next((r for r in view.table.rows if r.code == code), None)
    label = f"{code} {row.label}" if row is not None else code
    return Where(table=view.name, row=label).with_location(row.location if row is not None else view.table.location)
