"""X2xx 表间勾稽: identities between tables.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import add, row, table
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, Side


def _t7_recode(d):
    row(d, "T7", table(d, "T7").rows[0].code).code = "2010150"


def break_t1_matches_t3(d: Disclosure) -> None:
    add(row(d, "T1", "208", Side.EXPENDITURE), "amount", "5")


def break_t1_matches_t2(d: Disclosure) -> None:
    add(row(d, "T2", None), "general_budget", "5")


def break_t1_matches_t4(d: Disclosure) -> None:
    add(row(d, "T4", "general", Side.INCOME), "total", "5")


def break_t4_matches_budget_tables(d: Disclosure) -> None:
    add(row(d, "T4", "201", Side.EXPENDITURE), "general", "5")
    add(row(d, "T4", "201", Side.EXPENDITURE), "total", "5")


def break_t5_within_t3(d: Disclosure) -> None:
    add(row(d, "T5", "2010101"), "basic", "5")
    add(row(d, "T5", "2010101"), "total", "5")


def break_t2_matches_t3(d: Disclosure) -> None:
    add(row(d, "T2", "2010150"), "total", "5")


def break_t5_basic_matches_t6(d: Disclosure) -> None:
    add(row(d, "T6", None), "total", "5")


def break_t5_project_matches_t7(d: Disclosure) -> None:
    _t7_recode(d)


def break_t6_within_three_public(d: Disclosure) -> None:
    add(row(d, "T6", "30231"), "total", "9")
    add(row(d, "T6", "30231"), "public", "9")


def break_personnel_public_classes(d: Disclosure) -> None:
    row(d, "T6", "302").values.update(personnel=Decimal("5"))


def break_economic_mirrors_functional(d: Disclosure) -> None:
    add(row(d, "T6", "30113"), "total", "4")
    add(row(d, "T6", "30113"), "personnel", "4")


CASES = (
    RuleCase("X201", break_t1_matches_t3,
             where="表1 部门收支总体情况表 · 208 社会保障和就业支出 · 预算数",
             message="表1“208 社会保障和就业支出”为 52.49 万元，表3为 47.49 万元，两者应相等",
             also=("A108", "X202")),
    RuleCase("X202", break_t1_matches_t2,
             where="表2 部门收入总体情况表 · 合计 · 一般公共预算",
             message="表2 合计行“一般公共预算”为 830.94 万元，表1“其中：一般财力”为 825.94 万元，两者应相等",
             also=("A102", "A106")),
    RuleCase("X203", break_t1_matches_t4,
             where="表4 财政拨款收支总体情况表 · 一般公共预算 · 合计",
             message="表4 收入“一般公共预算”为 856.14 万元，表1“1. 一般公共预算拨款＋其中：一般公共预算拨款”为 851.14 万元，两者应相等",
             also=("A110",)),
    RuleCase("X204", break_t4_matches_budget_tables,
             where="表4 财政拨款收支总体情况表 · 201 一般公共服务支出 · 一般公共预算",
             message="表4“201 一般公共服务支出”一般公共预算为 741.44 万元，表5为 736.44 万元，两者应相等",
             also=("A108", "X203")),
    RuleCase("X205", break_t5_within_t3,
             where="表5 一般公共预算支出情况表 · 2010101 行政运行 · 合计",
             message="表5“2010101 行政运行”合计为 478.27 万元，表3为 473.27 万元，两者应相等",
             also=("A101",)),
    RuleCase("X206", break_t2_matches_t3,
             where="表2 部门收入总体情况表 · 2010150 事业运行 · 总计",
             message="表2“2010150 事业运行”为 22.97 万元，表3为 17.97 万元，两者应相等",
             also=("A101", "A106")),
    RuleCase("X207", break_t5_basic_matches_t6,
             where="表6 一般公共预算基本支出情况表 · 合计 · 合计",
             message="表6 合计为 610.94 万元，表5 基本支出合计为 605.94 万元，两者应相等",
             also=("A102", "A104")),
    RuleCase("X208", break_t5_project_matches_t7,
             where="表7 一般公共预算项目支出情况表 · 2010108",
             message="表7 科目“2010108 代表工作”下各项目合计为 0.00 万元，表5“2010108 代表工作”项目支出为 16.20 万元，两者应相等",
             also=("K504",)),
    RuleCase("X209", break_t6_within_three_public,
             where="表6 一般公共预算基本支出情况表 · 30231 公务用车运行维护费 · 合计",
             message="表6“30231 公务用车运行维护费”为 40.00 万元，超过表10“公务用车运行费” 31.00 万元",
             also=("A101",)),
    RuleCase("X210", break_personnel_public_classes,
             where="表6 一般公共预算基本支出情况表 · 302 商品和服务支出 · 人员经费",
             message="表6“302 商品和服务支出”列入了人员经费 5.00 万元，按口径应全部为公用经费",
             also=("A101", "A102", "A104")),
    RuleCase("X211", break_economic_mirrors_functional,
             where="表6 一般公共预算基本支出情况表 · 30113 住房公积金 · 合计",
             message="表6“30113 住房公积金”为 39.90 万元，表5 对应科目（2210201 住房公积金）基本支出合计 35.90 万元，相差 4.00 万元",
             also=("A101",)),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
