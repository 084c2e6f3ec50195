"""X201 表1↔表3, X202 表1↔表2, X206 表2↔表3: the same expenditure by 类 and in total."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import Row, Side, TableId
from yusuan.model.sources import FundingSource, IncomeRow
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.cross.common import SAME_MESSAGE, same_figure
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import Fig, TableView, row_label
from yusuan.rules.tolerance import SAME_TOLERANCE


def _rows_of_length(view: TableView, length: int, side: Side | None) -> dict[str, Row]:
    """Code → its coded row of that length (the last one, should a code be printed twice)."""
    return {r.code: r for r in view.coded(side) if len(r.code) == length}  # type: ignore[arg-type,misc]


def _amount_key(view: TableView) -> str:
    return "amount" if view.id == TableId.T1 else "total"


def compare_codes(ctx: Context, rule: Rule, a: TableView, a_side: Side | None, b: TableView,
                  lengths: tuple[int, ...], fix: str) -> Iterator[Finding]:
    key_a, key_b = _amount_key(a), _amount_key(b)
    for length in lengths:
        ra, rb = _rows_of_length(a, length, a_side), _rows_of_length(b, length, None)
        cells_a, cells_b = a.cells, b.cells
        amounts_a = {code: cells_a(row).get(key_a) or ZERO for code, row in ra.items()}
        amounts_b = {code: cells_b(row).get(key_b) or ZERO for code, row in rb.items()}
        if amounts_a == amounts_b:
            continue  # the common case: every code printed alike in both tables
        for code in sorted(ra.keys() | rb.keys()):
            row_a, row_b = ra.get(code), rb.get(code)
            if amounts_a.get(code, ZERO) == amounts_b.get(code, ZERO):
                continue  # equal figures (a row one table omits reads as zero): same_figure finds them the same
            x = a.fig(row_a, key_a) if row_a is not None else Fig(ZERO, a.half, a.unit)
            y = b.fig(row_b, key_b) if row_b is not None else Fig(ZERO, b.half, b.unit)
            row = a.item(code) if row_a is not None else b.item(code)
            view = a if row_a is not None else b
            label = row_label(row) if row is not None else code
            f = same_figure(ctx, rule, view, row, _amount_key(view), x, y,
                            f"表{a.id.value[1:]}“{label}”", f"表{b.id.value[1:]}", fix)  # type: ignore[union-attr]
            if f:
                yield f


def _final_row(view: TableView, code: str, side: Side) -> Row | None:
    row = view.item(code)
    return row if row is not None and row.side == side else None


@rule("X201", "t1-matches-t3", Severity.ERROR, "表1 各类支出及支出总计与表3 一致", SAME_MESSAGE,
      explanation="表1（部门收支总体情况表）支出方的每个功能分类类级科目，应等于表3（部门支出总体情况表）同一类的合计；"
      "表1 的支出总计应等于表3 的合计。" + SAME_TOLERANCE +
      "\n错误示例：表1 印 208 社会保障和就业支出 47.94，表3 印 47.49。")
def t1_matches_t3(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Every functional 类 on the expenditure side of 表1 (部门收支总体情况表) equals the same 类's 合计
    in 表3 (部门支出总体情况表), and 表1's 支出总计 equals 表3's 合计.

    Failing example: 表1 prints 208 社会保障和就业支出 47.94, 表3 prints 47.49.
    """
    t1, t3 = ctx.view(TableId.T1), ctx.view(TableId.T3)
    if t1 is None or t3 is None:
        return
    yield from compare_codes(ctx, rule, t1, Side.EXPENDITURE, t3, (3,), "表1 与表3 的各类支出应一致")
    a, b = t1.total(Side.EXPENDITURE), t3.total()
    name = "表1 支出总计"
    if ctx.final:  # 决算 表3 is the 本年支出; 表1's 支出总计 adds 结余分配 and 年末结转和结余
        a, name = _final_row(t1, "current_year_expenditure", Side.EXPENDITURE), "表1 本年支出合计"
    if a is not None and b is not None and t1.amount(a, "amount") != t3.amount(b, "total"):
        f = same_figure(ctx, rule, t1, a, "amount", t1.fig(a, "amount"), t3.fig(b, "total"),
                        name, "表3 合计", f"{name}应等于表3 合计")
        if f:
            yield f


T2_COLUMN_OF_INCOME = {
    FundingSource.GENERAL_BUDGET.value: [IncomeRow.GENERAL_BUDGET_OWN],
    FundingSource.GENERAL_BUDGET_TRANSFER.value: [IncomeRow.GENERAL_BUDGET_TRANSFER],
    FundingSource.FUND_BUDGET.value: [IncomeRow.FUND_BUDGET_OWN],
    FundingSource.FUND_BUDGET_TRANSFER.value: [IncomeRow.FUND_BUDGET_TRANSFER],
    FundingSource.SOE_BUDGET.value: [IncomeRow.SOE_BUDGET_OWN],
    FundingSource.SOE_BUDGET_TRANSFER.value: [IncomeRow.SOE_BUDGET_TRANSFER],
    FundingSource.SPECIAL_ACCOUNT.value: [IncomeRow.SPECIAL_ACCOUNT],
    FundingSource.UNIT_FUNDS.value: [IncomeRow.UNIT_FUNDS],
    "fiscal": [IncomeRow.GENERAL_BUDGET, IncomeRow.FUND_BUDGET, IncomeRow.SOE_BUDGET],
    "carryover_fiscal": [IncomeRow.CARRYOVER_FISCAL],
    "carryover_nonfiscal": [IncomeRow.CARRYOVER_NONFISCAL],
}

FINAL_T2_COLUMN_OF_INCOME = {
    "fiscal": [IncomeRow.GENERAL_BUDGET, IncomeRow.FUND_BUDGET, IncomeRow.SOE_BUDGET],
    **{x.value: [x] for x in (IncomeRow.UNIT_SUPERIOR_SUBSIDY, IncomeRow.UNIT_BUSINESS_INCOME,
                              IncomeRow.UNIT_OPERATING_INCOME, IncomeRow.UNIT_AFFILIATED_REMITTANCE,
                              IncomeRow.UNIT_OTHER_INCOME)},
}


@rule("X202", "t1-matches-t2", Severity.ERROR, "表2 合计及各资金来源与表1 收入一致", SAME_MESSAGE,
      explanation="表2（部门收入总体情况表）把同一笔钱按资金来源展开：其总计等于表1 的收入总计，每个类的总计等于表1 该类的金额，"
      "每个资金来源列的合计等于表1 对应的收入行（一般公共预算 ↔ 一般财力，上级转移支付 ↔ 上级转移支付，"
      "财政拨款结转 ↔ 财政拨款结转，单位资金 ↔ 单位资金……；财政拨款小计 ↔ 一般公共预算 + 基金 + 国有资本经营预算拨款）。"
      "资金来源列通篇空白属于 A106 的问题，本规则不重复报告。" + SAME_TOLERANCE +
      "\n错误示例：表2 合计行 一般公共预算 825.94，表1 其中：一般财力 835.94。")
def t1_matches_t2(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表2 (部门收入总体情况表) spreads the same money over its sources: its 总计 equals 表1's 收入总计,
    each 类's 总计 equals 表1's amount for that 类, and each source column's 合计 equals the matching
    income row of 表1 (一般公共预算 ↔ 一般财力, 上级转移支付 ↔ 上级转移支付, 财政拨款结转 ↔ 财政拨款结转,
    单位资金 ↔ 单位资金 …; 财政拨款小计 ↔ 一般公共预算 + 基金 + 国有资本经营预算拨款). A source column left
    blank throughout is A106's finding, not this one's.

    Failing example: 表2 合计 一般公共预算 825.94, 表1 其中：一般财力 835.94.
    """
    t1, t2 = ctx.view(TableId.T1), ctx.view(TableId.T2)
    if t1 is None or t2 is None:
        return
    if not ctx.final:
        yield from compare_codes(ctx, rule, t1, Side.EXPENDITURE, t2, (3,), "表2 各类总计应与表1 一致")
    total2 = t2.total()
    if total2 is None:
        return
    inc, inc_name = t1.total(Side.INCOME), "表1 收入总计"
    if ctx.final:
        inc, inc_name = _final_row(t1, "current_year", Side.INCOME), "表1 本年收入合计"
    if inc is not None and t2.amount(total2, "total") != t1.amount(inc, "amount") and (f := same_figure(ctx, rule, t2, total2, "total", t2.fig(total2, "total"),
                                             t1.fig(inc, "amount"), "表2 合计总计", inc_name,
                                             f"表2 总计应等于{inc_name}")):
        yield f
    for key, income_rows in (FINAL_T2_COLUMN_OF_INCOME if ctx.final else T2_COLUMN_OF_INCOME).items():
        if key not in t2.printed_keys:  # not a column of 表2, or one left blank throughout
            continue
        rows = [t1.item(x.value) for x in income_rows]
        if any(x is None for x in rows):
            continue
        income = sum((t1.amount(x, "amount") for x in rows), ZERO)
        if t2.amount(total2, key) == income:
            continue  # printed alike: same_figure would find them equal
        expected = Fig(income, t1.half * len(rows))
        label = "＋".join(x.label for x in rows)  # type: ignore[union-attr]
        f = same_figure(ctx, rule, t2, total2, key, t2.fig(total2, key), expected,
                        f"表2 合计行“{t2.column_label(key)}”", f"表1“{label}”", "表2 各资金来源合计应与表1 收入一致")
        if f:
            yield f


@rule("X206", "t2-matches-t3", Severity.ERROR, "表2 与表3 每个科目的总计一致", SAME_MESSAGE,
      explanation="表2（收入总表）和表3（支出总表）列出相同的类、款、项，总计（合计）相同：一张表按资金来源展开，另一张按"
      "基本支出、项目支出展开。" + SAME_TOLERANCE +
      "\n错误示例：表2 2010101 行政运行 总计 473.27，表3 2010101 合计 437.27。")
def t2_matches_t3(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """表2 (收入总表) and 表3 (支出总表) list the same 类, 款 and 项 with the same 总计/合计: money is spread
    over sources in one and over 基本/项目 in the other.

    Failing example: 表2 2010101 行政运行 总计 473.27, 表3 2010101 合计 437.27.
    """
    t2, t3 = ctx.view(TableId.T2), ctx.view(TableId.T3)
    if t2 is None or t3 is None or ctx.final:
        return
    yield from compare_codes(ctx, rule, t2, None, t3, (3, 5, 7), "表2 与表3 同一科目的金额应一致")
    a, b = t2.total(), t3.total()
    if a is not None and b is not None and t2.amount(a, "total") != t3.amount(b, "total"):
        f = same_figure(ctx, rule, t2, a, "total", t2.fig(a, "total"), t3.fig(b, "total"),
                        "表2 合计", "表3 合计", "表2 与表3 的合计应一致")
        if f:
            yield f
