"""A1xx 表内运算: the arithmetic inside one table.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import add, drop_rows, row, table
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Column, Disclosure, RowKind, Side


def _t3_bump(d):
    add(row(d, "T3", "2010101"), "basic", "5")


def break_rounding_difference(d: Disclosure) -> None:
    add(row(d, "T3", "20101"), "basic", "-0.01")


def break_subtotal_equals_children(d: Disclosure) -> None:
    add(row(d, "T5", "20101"), "basic", "10")
    add(row(d, "T5", "20101"), "total", "10")


def break_total_row_equals_parts(d: Disclosure) -> None:
    add(row(d, "T3", None), "total", "10")
    add(row(d, "T3", None), "basic", "10")


def break_basic_plus_project(d: Disclosure) -> None:
    _t3_bump(d)


def break_personnel_plus_public(d: Disclosure) -> None:
    add(row(d, "T6", "30101"), "personnel", "5")


def break_project_economic_columns(d: Disclosure) -> None:
    add(table(d, "T7").rows[0], "302", "5")


def break_income_table_sources(d: Disclosure) -> None:
    add(row(d, "T2", "2010101"), "general_budget", "5")


def break_income_rows_add_up(d: Disclosure) -> None:
    add(row(d, "T1", "general_budget_own"), "amount", "5")


def break_expenditure_total(d: Disclosure) -> None:
    add(row(d, "T1", "208", Side.EXPENDITURE), "amount", "5")


def break_income_equals_expenditure(d: Disclosure) -> None:
    add(row(d, "T1", None, Side.INCOME), "amount", "5")


def break_fiscal_table_columns(d: Disclosure) -> None:
    add(row(d, "T4", "201", Side.EXPENDITURE), "general", "5")


def break_three_public_parts(d: Disclosure) -> None:
    add(row(d, "T10", "vehicle_operation"), "total", "5")


def _compare_with_last_year(d: Disclosure, change: str, rate: str | None = None) -> None:
    """表10's 合计 printed beside last year's figure (10 万元 less), a change and a rate, as pages print them."""
    t = table(d, "T10")
    t.compared_columns = [Column(key="prior", label="上年预算数"), Column(key="change", label="增减额"),
                          Column(key="rate", label="增减率")]
    total = row(d, "T10", "total")
    total.compared = {"prior": total.values["total"] - 10, "change": Decimal(change),
                      "rate": Decimal(rate) if rate else None}


def break_comparison_change(d: Disclosure) -> None:
    _compare_with_last_year(d, change="12.00")


def break_comparison_rate(d: Disclosure) -> None:
    _compare_with_last_year(d, change="10.00", rate="12.50")


def break_total_row_present(d: Disclosure) -> None:
    drop_rows(d, "T5", lambda r: r.kind != RowKind.TOTAL)


CASES = (
    RuleCase("A100", break_rounding_difference, passing="generated",
             where="表3 部门支出总体情况表 · 201 一般公共服务支出 · 基本支出",
             message="表3“201 一般公共服务支出”的基本支出为 491.24 万元，按各项计算为 491.23 万元，相差 0.01 万元，未超过 2 个两位小数数字的舍入误差上限 0.01 万元（规则 A101）",
             also=("X205",)),
    RuleCase("A101", break_subtotal_equals_children,
             where="表5 一般公共预算支出情况表 · 201 一般公共服务支出 · 合计",
             message="表5“201 一般公共服务支出”的合计为 736.44 万元，其下级科目合计为 746.44 万元，相差 10.00 万元",
             also=("X205",)),
    RuleCase("A102", break_total_row_equals_parts,
             where="表3 部门支出总体情况表 · 合计 · 合计",
             message="表3合计行的合计为 861.14 万元，各类之和为 851.14 万元，相差 10.00 万元",
             also=("T301", "X201", "X205", "X206")),
    RuleCase("A103", break_basic_plus_project,
             where="表3 部门支出总体情况表 · 2010101 行政运行 · 合计",
             message="表3“2010101 行政运行”：合计 473.27 万元 不等于 基本支出＋项目支出 478.27 万元",
             also=("A101", "X205")),
    RuleCase("A104", break_personnel_plus_public,
             where="表6 一般公共预算基本支出情况表 · 30101 基本工资 · 合计",
             message="表6“30101 基本工资”：合计 139.48 万元 不等于 人员经费＋公用经费 144.48 万元",
             also=("A101",)),
    RuleCase("A105", break_project_economic_columns,
             where="表7 一般公共预算项目支出情况表 · 2010108 驻县(市)州人大代表活动经费 · 项目支出合计",
             message="表7“2010108 驻县(市)州人大代表活动经费”：项目支出合计 16.20 万元 不等于 工资福利支出＋商品和服务支出＋对个人和家庭的补助＋债务利息及费用支出＋资本性支出(基建)＋资本性支出＋对企业补助(基建)＋对企业补助＋对社会保障基金补助＋其他支出 21.20 万元",
             also=("A102",)),
    RuleCase("A106", break_income_table_sources,
             where="表2 部门收入总体情况表 · 2010101 行政运行 · 财政拨款（补助）小计",
             message="表2“2010101 行政运行”：财政拨款（补助）小计 473.27 万元 不等于 一般公共预算＋上级一般公共预算安排的转移支付＋政府性基金预算＋上级政府性基金安排的转移支付＋国有资本经营预算＋上级国有资本经营预算安排的转移支付 478.27 万元",
             also=("A101",)),
    RuleCase("A107", break_income_rows_add_up,
             where="表1 部门收支总体情况表 · 1. 一般公共预算拨款 · 预算数",
             message="表1“1. 一般公共预算拨款”为 834.94 万元，其所含各项（其中：一般财力、上级一般公共预算安排转移支付）合计 839.94 万元，相差 5.00 万元",
             also=("T301", "X202")),
    RuleCase("A108", break_expenditure_total,
             where="表1 部门收支总体情况表 · 支出总计 · 预算数",
             message="表1支出总计（预算数）为 851.14 万元，各类支出之和为 856.14 万元，相差 5.00 万元",
             also=("X201", "X202")),
    RuleCase("A109", break_income_equals_expenditure,
             where="表1 部门收支总体情况表 · 收入总计 · 预算数",
             message="表1收入总计 856.14 万元 与支出总计 851.14 万元 不等",
             also=("A107", "T301", "T302", "X202")),
    RuleCase("A110", break_fiscal_table_columns,
             where="表4 财政拨款收支总体情况表 · 201 一般公共服务支出 · 合计",
             message="表4“201 一般公共服务支出”：合计 736.44 万元 不等于 一般公共预算＋政府性基金预算＋国有资本经营预算 741.44 万元",
             also=("A108", "X204")),
    RuleCase("A111", break_three_public_parts,
             where="表10 财政拨款“三公”经费支出情况表 · 公务用车购置及运行费（小计） · 合计",
             message="表10“公务用车购置及运行费（小计）”：合计 31.00 万元 不等于 其中：公务用车购置费、公务用车运行费 36.00 万元",
             also=("T301",)),
    RuleCase("A113", break_comparison_change,
             where="表10 财政拨款“三公”经费支出情况表 · 合计",
             message="表10“合计”：增减额 12.00 万元 不等于 合计 31.00 万元 减 上年预算数 21.00 万元 = 10.00 万元"),
    RuleCase("A114", break_comparison_rate,
             where="表10 财政拨款“三公”经费支出情况表 · 合计",
             message="表10“合计”：增减率 12.50% 与 10.00 万元 ÷ 上年预算数 21.00 万元 = 47.62% 不符"),
    RuleCase("A112", break_total_row_present,
             where="表5 一般公共预算支出情况表",
             message="表5有数据行，但没有合计行",
             also=("T301", "T304", "X205")),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
