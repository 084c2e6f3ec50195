"""A107 — the income side of 表1 adds up along the template's tree."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.model.sources import INCOME_ROWS, IncomeRow, income_children
from yusuan.rules.common import at
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import TableView
from yusuan.rules.tolerance import SUM_TOLERANCE

# each income row of the template that has parts, with their ids: the tree, walked once per document
INCOME_TREE: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (spec.row.value, tuple(child.value for child in children))
    for spec in INCOME_ROWS if (children := income_children(spec.row)))


@rule("A107", "income-rows-add-up", Severity.ERROR,
      "表1 收入各行按模板层级相加",
      "表1“{row}”为 {actual_s}，其所含各项（{parts}）合计 {expected_s}，相差 {diff}",
      explanation="表1（部门收支总体情况表）收入方的每一行应等于模板中其下各行之和：收入总计 = 本年收入 + 上年结转结余；"
      "本年收入 = 一般公共预算拨款 + 基金预算拨款 + 国有资本经营预算拨款 + 财政专户核拨 + 单位资金；"
      "一般公共预算拨款 = 一般财力 + 上级转移支付；以此类推。各组成行全部空白的行视为未公布明细，不检查；"
      "表中没有的组成行按零计。" + SUM_TOLERANCE +
      "\n错误示例：一、本年收入 834.94，而 1. 一般公共预算拨款 834.94，5. 单位资金 20.00。")
def income_rows_add_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """On the income side of 表1 (部门收支总体情况表) each row equals the sum of the rows the template
    nests under it: 收入总计 = 本年收入 + 上年结转结余; 本年收入 = 一般公共预算拨款 + 基金预算拨款 +
    国有资本经营预算拨款 + 财政专户核拨 + 单位资金; 一般公共预算拨款 = 一般财力 + 上级转移支付; and so on.
    A row whose parts are all printed blank is a row published without its breakdown and is not checked;
    a part missing from the table counts as zero.

    Failing example: 一、本年收入 834.94 while 1. 一般公共预算拨款 834.94 and 5. 单位资金 20.00.
    """
    view = ctx.view(TableId.T1)
    if view is None or _unread_income(view):
        return
    if ctx.final:
        yield from _final_income_rows(ctx, rule, view)
        return
    for parent, children in INCOME_TREE:
        row = view.item(parent)
        if row is None or row.side not in (Side.INCOME, None):
            continue
        parts = [c for c in map(view.item, children) if c is not None]
        complete = len(parts) == len(children)
        if not parts or (complete and not any(view.amount(p, "amount") for p in parts)):
            continue  # printed without its breakdown (all parts blank)
        if view.adds_up(row, parts, "amount"):
            continue  # exact: no Fig, no message
        yield from ctx.sum_check(
            rule, view.fig(row, "amount"), [view.fig(p, "amount") for p in parts], at(view, row, "amount"),
            f"表1“{row.label}”", view.unit, fix="核对该收入行与其所含各行",
            row=row.label, parts="、".join(p.label for p in parts))


def _unread_income(view: TableView) -> bool:
    """An income row of 表1 that holds an amount and whose name was read as no row of the template (r583, 2017:
    "一、财政拨款收入" and "用事业基金弥补收支差额", the names before 2019): the rows read are not all of them."""
    return any(r.side == Side.INCOME and r.code is None and r.kind == RowKind.ITEM
               and any(v for v in r.values.values()) for r in view.table.rows)


FINAL_CURRENT_YEAR = (IncomeRow.GENERAL_BUDGET, IncomeRow.FUND_BUDGET, IncomeRow.SOE_BUDGET,
                      IncomeRow.UNIT_SUPERIOR_SUBSIDY, IncomeRow.UNIT_BUSINESS_INCOME, IncomeRow.UNIT_OPERATING_INCOME,
                      IncomeRow.UNIT_AFFILIATED_REMITTANCE, IncomeRow.UNIT_OTHER_INCOME)
FINAL_TOTAL = ("current_year", "use_nonfiscal_balance", "carryover")


def _final_income_rows(ctx: Context, rule: Rule, view: TableView) -> Iterator[Finding]:
    """决算 表1: 本年收入合计 = its eight income rows; 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余."""
    current = view.item(IncomeRow.CURRENT_YEAR.value)
    total = view.total(Side.INCOME)
    for whole, ids in ((current, [x.value for x in FINAL_CURRENT_YEAR]), (total, list(FINAL_TOTAL))):
        if whole is None or whole.side not in (Side.INCOME, None):
            continue
        parts = [p for p in (view.item(x) for x in ids) if p is not None and p.side in (Side.INCOME, None)]
        if not parts or not any(p.values.get("amount") is not None for p in parts):
            continue  # printed without its breakdown
        if view.adds_up(whole, parts, "amount"):
            continue  # exact: no Fig, no message
        label = "收入总计" if whole is total else whole.label
        yield from ctx.sum_check(
            rule, view.fig(whole, "amount"), [view.fig(p, "amount") for p in parts], at(view, whole, "amount"),
            f"表1“{label}”", view.unit, fix="核对该收入行与其所含各行",
            row=label, parts="、".join(p.label for p in parts))
