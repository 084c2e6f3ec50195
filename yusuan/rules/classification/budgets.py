"""K507 fund-budget-only codes outside the fund tables, K508 fund tables with ordinary codes."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import Side, TableId
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import row_label

BUDGET_NAMES = {"fund": "政府性基金预算", "soe": "国有资本经营预算", "insurance": "社会保险基金预算"}


def _budget(ctx: Context, code: str) -> str:
    """The budget a code belongs to ("" for the general budget), found once per code per check."""
    cache = ctx.__dict__.setdefault("_budget_of_code", {})
    if code not in cache:
        cache[code] = _find_budget(ctx, code)
    return cache[code]


def _find_budget(ctx: Context, code: str) -> str:
    budgeted = ctx.catalog.budget_codes
    if code not in budgeted and code[:3] not in budgeted:
        return ""  # neither the code nor its 类 has an entry of another budget: the general budget's
    entry = ctx.catalog.get(code, ctx.year) or ctx.catalog.get(code)
    if entry is None:
        return ""
    if entry.budget:
        return entry.budget
    parent = ctx.catalog.get(code[:3], ctx.year)
    return parent.budget if parent is not None and len(code) > 3 else ""


@rule("K507", "fund-code-in-general-table", Severity.ERROR,
      "政府性基金、国有资本经营专用科目不出现在一般公共预算表中",
      "{table}“{row}”是{budget}专用科目，不应出现在一般公共预算{place}中",
      explanation="有些功能分类科目只属于政府性基金预算（如 20707、21208、234）、国有资本经营预算（223）或社会保险基金预算（209）。"
      "一般公共预算表（表5、表7）在这类科目上有金额，或表4 一般公共预算列在这类科目的类上有金额，说明混淆了不同的预算。"
      "\n错误示例：表5 印 2120801 征地和拆迁补偿支出（国有土地使用权出让收入安排的支出，属政府性基金科目）。")
def fund_code_in_general_table(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Some functional codes exist only in the 政府性基金预算 (e.g. 20707, 21208, 234), the 国有资本经营预算
    (223) or the 社会保险基金预算 (209). A general-budget table (表5, 表7) with money on such a code, or
    表4's 一般公共预算 column with money on such a 类, has mixed up its budgets.

    Failing example: 表5 prints 2120801 征地和拆迁补偿支出 (国有土地使用权出让收入安排的支出, a fund code).
    """
    for tid in (TableId.T5, TableId.T7):
        view = ctx.view(tid)
        if view is None:
            continue
        for row in view.coded():
            if any(row.values.values()) and (budget := _budget(ctx, row.code or "")):
                yield rule.finding(at(view, row), expected="一般公共预算科目", actual=row.code,
                                fix="核对科目或资金来源", table=tname(view), row=row_label(row),
                                budget=BUDGET_NAMES.get(budget, budget), place="支出表")
    t4 = ctx.view(TableId.T4)
    if t4 is not None:
        for row in t4.coded(Side.EXPENDITURE):
            budget = _budget(ctx, row.code or "")
            if budget and row.values.get("general"):
                yield rule.finding(at(t4, row, "general"), expected="0", actual=str(row.values.get("general")),
                                fix="核对表4 的资金来源列", table="表4", row=row_label(row),
                                budget=BUDGET_NAMES.get(budget, budget), place="列")


@rule("K508", "fund-table-codes", Severity.WARNING,
      "政府性基金、国有资本经营预算支出表使用相应科目",
      "{table}“{row}”不是{budget}科目",
      explanation="表8（政府性基金预算支出情况表）列政府性基金预算资金，其功能分类科目应为政府性基金科目；表9 列国有资本经营预算"
      "资金（类 223 及少数其他科目）。出现普通科目值得怀疑。报警告：目录对基金科目的标注并不完整。"
      "\n错误示例：表8 印 2010101 行政运行 120.00。")
def fund_table_codes(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表8 (政府性基金预算支出情况表) spends fund-budget money, whose functional codes are the fund codes;
    表9 spends 国有资本经营预算 money (类 223 and a few others). An ordinary code there is suspicious. A
    warning: the catalogue's marking of fund codes is not complete.

    Failing example: 表8 prints 2010101 行政运行 120.00.
    """
    for tid, budget in ((TableId.T8, "fund"), (TableId.T9, "soe")):
        view = ctx.view(tid)
        if view is None:
            continue
        for row in view.coded():
            code = row.code or ""
            if len(code) != 7 or not any(row.values.values()):
                continue
            found = _budget(ctx, code)
            if found != budget and ctx.catalog.knows(code):
                yield rule.finding(at(view, row), expected=BUDGET_NAMES[budget] + "科目", actual=code,
                                fix="核对科目或资金来源", table=tname(view), row=row_label(row),
                                budget=BUDGET_NAMES[budget])
