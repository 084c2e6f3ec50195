"""A108 支出总计 = Σ 类; A109 收入总计 = 支出总计; A110 表4 columns and income rows."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.rules.common import at, row_identity, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tolerance import SUM_TOLERANCE

FINAL_AFTER_CURRENT = ("balance_distribution", "carryover_end")


@rule("A108", "expenditure-total", Severity.ERROR,
      "表1、表4 支出总计 = 各类支出之和",
      "{table}支出总计（{column}）为 {actual_s}，各类支出之和为 {expected_s}，相差 {diff}",
      explanation="表1 和表4（表4 逐列）支出方的支出总计应等于各功能分类类级支出之和。" + SUM_TOLERANCE +
      "\n错误示例：表1 列 201 736.44、208 47.49、210 31.31、221 35.90，支出总计却印 861.14。")
def expenditure_total(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The 支出总计 of 表1 and of 表4 (each column of 表4) equals the sum of the functional 类 rows on
    the expenditure side.

    Failing example: 表1 lists 201 736.44, 208 47.49, 210 31.31, 221 35.90 and prints 支出总计 861.14.
    """
    for view in ctx.views((TableId.T1, TableId.T4)):
        total = view.total(Side.EXPENDITURE)
        classes = [row for row in view.coded(Side.EXPENDITURE) if len(row.code) == 3]
        if _unread_class(view):
            classes = []  # a 类 whose name was not read holds an amount: the sum of the 类 read is no sum of them all
        current = view.item("current_year_expenditure")
        if ctx.final and current is not None and current.side == Side.EXPENDITURE:
            after = [x for x in (view.item(k) for k in FINAL_AFTER_CURRENT)
                     if x is not None and x.side == Side.EXPENDITURE]
            for whole, parts, what in ((current, classes, "本年支出合计"), (total, [current, *after], "支出总计")):
                if whole is None or not parts:
                    continue
                for key in view.printed_columns:  # a blank column adds up (0 = 0)
                    if view.adds_up(whole, parts, key):
                        continue  # exact: no Fig, no message
                    yield from ctx.sum_check(
                        rule, view.fig(whole, key), [view.fig(c, key) for c in parts], at(view, whole, key),
                        f"{tname(view)}{what}", view.unit,
                        fix=f"{what}应等于{'各类支出之和' if whole is current else '本年支出合计与结余分配、年末结转和结余之和'}",
                        table=tname(view), column=view.column_label(key))
            continue
        if total is None or not classes:
            continue
        for key in view.printed_columns:  # a blank column adds up (0 = 0)
            if view.adds_up(total, classes, key):
                continue  # exact: no Fig, no message
            yield from ctx.sum_check(
                rule, view.fig(total, key), [view.fig(c, key) for c in classes], at(view, total, key),
                f"{tname(view)}支出总计", view.unit, fix="支出总计应等于各类支出之和",
                table=tname(view), column=view.column_label(key))


def _unread_class(view) -> bool:
    """An expenditure row of the table that holds an amount and whose name was read as no 类 at all (r583, 2017:
    "九、医疗卫生与计划生育支出", the 类 210 under its name before 2018): the 类 read are not all of them."""
    return any(r.side == Side.EXPENDITURE and r.code is None and r.kind == RowKind.ITEM
               and any(v for v in r.values.values()) for r in view.table.rows)


@rule("A109", "income-equals-expenditure", Severity.ERROR,
      "表1、表4 收入总计 = 支出总计",
      "{table}收入总计 {actual_s} 与支出总计 {expected_s} 不等",
      explanation="预算收支平衡：表1 和表4 的收入总计应等于支出总计（表4 为合计列）。" + SUM_TOLERANCE +
      "\n错误示例：表1 收入总计 851.14，支出总计 841.14。")
def income_equals_expenditure(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A budget balances: on 表1 and on 表4 the 收入总计 equals the 支出总计 (合计 column of 表4).

    Failing example: 表1 收入总计 851.14, 支出总计 841.14.
    """
    for view in ctx.views((TableId.T1, TableId.T4)):
        key = "amount" if view.id == TableId.T1 else "total"
        inc, exp = view.total(Side.INCOME), view.total(Side.EXPENDITURE)
        if inc is None or exp is None or view.adds_up(inc, (exp,), key):
            continue
        if inc.value(key) is None or exp.value(key) is None:
            continue  # a total with no figure read (a side cut off: its columns on the next page) states nothing
        yield from ctx.sum_check(rule, view.fig(inc, key), [view.fig(exp, key)], at(view, inc, key),
                                 f"{tname(view)}收入总计与支出总计", view.unit,
                                 fix="收入总计应等于支出总计", table=tname(view))


@rule("A110", "fiscal-table-columns", Severity.ERROR,
      "表4 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算；收入各行相加",
      "{table}“{row}”：{column} {actual_s} 不等于 {parts} {expected_s}",
      explanation="表4（财政拨款收支总体情况表）支出方每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算；"
      "收入方：财政拨款（补助）= 一般公共预算 + 政府性基金预算 + 国有资本经营预算，收入总计 = 财政拨款（补助）。"
      "同一表中三行以上不符只报一次（通常是某列留空）。" + SUM_TOLERANCE +
      "\n错误示例：表4 印 201 一般公共服务支出 合计 736.44，一般公共预算列却空白，而该部门的资金全部是一般公共预算。")
def fiscal_table_columns(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """In 表4 (财政拨款收支总体情况表) every expenditure row's 合计 equals its 一般公共预算 + 政府性基金预算
    + 国有资本经营预算 columns; on the income side 财政拨款（补助） equals 一般公共预算 + 政府性基金预算 +
    国有资本经营预算, and 收入总计 equals 财政拨款（补助）. Three or more failing rows are reported once
    (typically a column left blank).

    Failing example: 表4 prints 201 一般公共服务支出 合计 736.44 and leaves 一般公共预算 blank although
    all of the department's money is general budget.
    """
    view = ctx.view(TableId.T4)
    if view is None:
        return
    rows = [row for row in view.table.rows if row.side == Side.EXPENDITURE and
            (row.kind == RowKind.TOTAL or (row.code or "").isdigit())]
    yield from row_identity(ctx, rule, view, rows, "total", ["general", "fund", "soe"], "合计",
                            "每行合计应等于一般公共预算、政府性基金预算、国有资本经营预算三列之和")
    fiscal, total = view.item("fiscal"), view.total(Side.INCOME)
    parts = [p for p in (view.item("general"), view.item("fund"), view.item("soe")) if p is not None]
    if fiscal is not None and parts and not view.adds_up(fiscal, parts, "total"):
        yield from ctx.sum_check(rule, view.fig(fiscal, "total"), [view.fig(p, "total") for p in parts],
                                 at(view, fiscal, "total"), "表4 财政拨款（补助）", view.unit,
                                 fix="财政拨款（补助）应等于一般公共预算、政府性基金预算、国有资本经营预算之和",
                                 table="表4", row=fiscal.label, column="合计", parts="、".join(p.label for p in parts))
    if fiscal is not None and total is not None and not view.adds_up(total, (fiscal,), "total"):
        yield from ctx.sum_check(rule, view.fig(total, "total"), [view.fig(fiscal, "total")],
                                 at(view, total, "total"), "表4 收入总计", view.unit,
                                 fix="收入总计应等于财政拨款（补助）", table="表4", row=total.label, column="合计",
                                 parts=fiscal.label)
