"""X203 表1↔表4 (财政拨款 income) and X204 表4↔表5/表8/表9 (财政拨款 expenditure by budget)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import Side, TableId
from yusuan.model.sources import IncomeRow
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.cross.common import SAME_MESSAGE, not_above, same_figure
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import Fig, TableView, row_label
from yusuan.rules.tolerance import SAME_TOLERANCE

INCOME_OF = {
    "general": (IncomeRow.GENERAL_BUDGET, IncomeRow.CARRYOVER_GENERAL_BUDGET),
    "fund": (IncomeRow.FUND_BUDGET, IncomeRow.CARRYOVER_FUND_BUDGET),
    "soe": (IncomeRow.SOE_BUDGET, IncomeRow.CARRYOVER_SOE_BUDGET),
}


@rule("X203", "t1-matches-t4", Severity.ERROR,
      "表4 财政拨款收入与表1 一致，表4 各类支出不超过表1", SAME_MESSAGE,
      explanation="表4（财政拨款收支总体情况表）是表1 中的财政拨款部分：其收入方一般公共预算等于表1 的一般公共预算拨款加"
      "一般公共预算拨款结转（政府性基金、国有资本经营预算同理），收入总计等于三者之和；其支出方每个类不超过表1 "
      "同一类。" + SAME_TOLERANCE + "类级支出只要求不超过，仅在两表精度不同时容许较粗精度范围内的差额。" +
      "\n错误示例：表4 收入 一般公共预算 851.14，而表1 一般公共预算拨款 834.94 + 结转 6.20 = 841.14。")
def t1_matches_t4(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表4 (财政拨款收支总体情况表) is the 财政拨款 part of 表1: its income 一般公共预算 equals 表1's
    一般公共预算拨款 plus 一般公共预算拨款结转 (and likewise 政府性基金 and 国有资本经营预算), its 收入总计
    equals their sum, and no 类 of its expenditure exceeds the same 类 in 表1.

    Failing example: 表4 收入 一般公共预算 851.14 while 表1 一般公共预算拨款 834.94 + 结转 6.20 = 841.14.
    """
    t1, t4 = ctx.view(TableId.T1), ctx.view(TableId.T4)
    if t1 is None or t4 is None:
        return
    budgets: list[Decimal] = []  # 表1's 本年拨款 + 结转 of each budget it prints
    for key, (current, carry) in INCOME_OF.items():
        a, b = t1.item(current.value), t1.item(carry.value)
        if a is None and b is None:
            continue
        budget = t1.amount(a, "amount") + t1.amount(b, "amount")
        budgets.append(budget)
        row = t4.item(key)
        if row is None or row.side != Side.INCOME or t4.amount(row, "total") == budget:
            continue  # equal: same_figure finds them the same (no Fig, no message)
        names = "＋".join(x.label for x in (a, b) if x is not None)
        if f := same_figure(ctx, rule, t4, row, "total", t4.fig(row, "total"), Fig(budget, 2 * t1.half, t1.unit),
                            f"表4 收入“{row.label}”", f"表1“{names}”", "表4 财政拨款收入应等于表1 对应的本年拨款与结转之和"):
            yield f
    total, name = t4.total(Side.INCOME), "表4 收入总计"
    if ctx.final:  # 决算 表1 does not split 年初结转和结余 by source: compare the 本年收入 only
        total, name = t4.item("current_year"), "表4 本年收入合计"
        total = total if total is not None and total.side == Side.INCOME else None
    if total is not None and budgets and t4.amount(total, "total") != sum(budgets, ZERO) and (
            f := same_figure(ctx, rule, t4, total, "total", t4.fig(total, "total"), _fiscal_total(t1, budgets),
                             name, "表1 财政拨款（本年拨款与结转）合计", f"{name}应等于表1 财政拨款合计")):
        yield f
    for row in t4.coded(Side.EXPENDITURE):
        if len(row.code) != 3:  # type: ignore[arg-type]
            continue
        whole = t1.item(row.code)  # type: ignore[arg-type]
        if t4.amount(row, "total") <= t1.amount(whole, "amount"):
            continue  # within the whole: not_above finds nothing
        if f := not_above(ctx, rule, t4, row, "total", t4.fig(row, "total"), t1.fig(whole, "amount"),
                          f"表4“{row_label(row)}”", "表1 同类支出", "财政拨款支出不能超过部门同类支出总额"):
            yield f


def _fiscal_total(t1: TableView, budgets: list[Decimal]) -> Fig:
    """表1's 财政拨款 (本年拨款 and 结转 of every budget) as a Fig: each budget two printed figures."""
    total = Fig(ZERO, ZERO, t1.unit)
    for budget in budgets:
        total = total + Fig(budget, 2 * t1.half, t1.unit)
    return total


BUDGET_TABLES = {"general": TableId.T5, "fund": TableId.T8, "soe": TableId.T9}


@rule("X204", "t4-matches-budget-tables", Severity.ERROR,
      "表4 各类支出与表5、表8、表9 一致", SAME_MESSAGE,
      explanation="表4 支出方的每一列对应一本预算：一般公共预算各类等于表5（一般公共预算支出情况表），政府性基金预算等于表8，"
      "国有资本经营预算等于表9，支出总计在内。表4 各预算列空白时（由 A110 报告），以其合计列与表5 + 表8 + 表9 比较。"
      + SAME_TOLERANCE +
      "\n错误示例：表4 一般公共预算 201 一般公共服务支出 726.44，表5 201 合计 736.44。")
def t4_matches_budget_tables(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Each column of 表4's expenditure side is one budget: 一般公共预算 by 类 equals 表5 (一般公共预算
    支出情况表), 政府性基金预算 equals 表8, 国有资本经营预算 equals 表9, 支出总计 included. When 表4 leaves
    its budget columns blank (A110 reports that), its 合计 column is compared with 表5 + 表8 + 表9.

    Failing example: 表4 一般公共预算 201 一般公共服务支出 726.44, 表5 201 合计 736.44.
    """
    t4 = ctx.view(TableId.T4)
    if t4 is None:
        return
    rows = [row for row in t4.coded(Side.EXPENDITURE) if len(row.code) == 3]  # type: ignore[arg-type]
    total, total_name = t4.total(Side.EXPENDITURE), "支出总计"
    if ctx.final:
        total, total_name = t4.item("current_year_expenditure"), "本年支出合计"
        total = total if total is not None and total.side == Side.EXPENDITURE else None
    blank = all(row.values.get(k) is None for row in rows for k in BUDGET_TABLES)
    pairs = {k: ctx.view(t) for k, t in BUDGET_TABLES.items()}
    if blank:
        present = [v for v in pairs.values() if v is not None]
        if not present:
            return
        for row in rows:
            budgets = sum((v.amount(v.by_code.get(row.code), "total") for v in present), ZERO)  # type: ignore[arg-type]
            if t4.amount(row, "total") == budgets:
                continue  # printed alike: same_figure would find them equal
            expected = Fig(budgets, sum((v.half for v in present), ZERO), present[0].unit)
            if f := same_figure(ctx, rule, t4, row, "total", t4.fig(row, "total"), expected,
                                f"表4“{row_label(row)}”合计", "表5、表8、表9 同类支出之和", "表4 应与表5、表8、表9 一致"):
                yield f
        return
    listed = {row.code for row in rows}
    cells = t4.cells
    for key, view in pairs.items():
        if view is None:
            continue
        by_code = view.by_code
        # a class blank in 表4 and absent from the budget table agrees (zero and zero): look at the others
        for row in [row for row in rows if cells(row).get(key) or row.code in by_code]:
            other = by_code.get(row.code)  # type: ignore[arg-type]
            if t4.amount(row, key) == view.amount(other, "total"):
                continue  # printed alike: same_figure would find them equal
            if f := same_figure(ctx, rule, t4, row, key, t4.fig(row, key), view.fig(other, "total"),
                                f"表4“{row_label(row)}”{t4.column_label(key)}", f"表{view.id.value[1:]}",  # type: ignore[union-attr]
                                f"表4 的{t4.column_label(key)}列应与表{view.id.value[1:]}一致"):  # type: ignore[union-attr]
                yield f
        extra = [c for c in view.by_code if len(c) == 3 and c not in listed and
                 view.amount(view.by_code[c], "total")]
        for code in extra:
            other = view.by_code[code]
            if f := same_figure(ctx, rule, view, other, "total", Fig(ZERO, t4.half, t4.unit), view.fig(other, "total"),
                                f"表4“{code}”{t4.column_label(key)}", f"表{view.id.value[1:]}“{row_label(other)}”",  # type: ignore[union-attr]
                                "表4 应列出该类支出"):
                yield f
        other_total = view.total()
        if total is not None and other_total is not None and \
                t4.amount(total, key) != view.amount(other_total, "total") and (
                f := same_figure(ctx, rule, t4, total, key, t4.fig(total, key), view.fig(other_total, "total"),
                                 f"表4 {total_name}（{t4.column_label(key)}）", f"表{view.id.value[1:]} 合计",  # type: ignore[union-attr]
                                 f"表4 {total_name}应与对应预算表的合计一致")):
            yield f
