"""P6xx 绩效目标: project performance targets.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from decimal import Decimal

from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.budget import Comparator, Indicator
from yusuan.model.disclosure import Disclosure


def _add_cost(d):
    _perf(d).indicators.append(Indicator(level1="成本指标", level2="经济成本指标", name="会务保障成本",
                                         comparator=Comparator.LE, value="1000", value_unit="万元", weight=Decimal(0)))


def _perf(d, i=0):
    return d.performance[i].targets


def break_target_table_present(d: Disclosure) -> None:
    d.performance.pop(0)


def break_target_budget(d: Disclosure) -> None:
    _perf(d).budget_total = _perf(d).budget_total + 10
    _perf(d).budget_fiscal = _perf(d).budget_fiscal + 10


def break_target_funding_split(d: Disclosure) -> None:
    _perf(d).budget_fiscal = _perf(d).budget_fiscal + 1


def break_target_weights(d: Disclosure) -> None:
    _perf(d).indicators[0].weight = Decimal(15)


def break_costs_within_budget(d: Disclosure) -> None:
    _add_cost(d)


def break_allocation_within_cost(d: Disclosure) -> None:
    """A cost ceiling of 3 万元 below the 5.00 万元 the text allocates."""
    next(p.targets for p in d.performance if p.project == "人大监督").indicators.append(Indicator(level1="成本指标", level2="经济成本指标", name="预算联网监督系统运行维护费", comparator=Comparator.LE, value="3", value_unit="万元", weight=Decimal(0)))


def break_goal_amount(d: Disclosure) -> None:
    _perf(d).goal = _perf(d).goal.replace("拟投入 38 万元", "拟投入 48 万元")


CASES = (
    RuleCase("P601", break_target_table_present,
             where="表7 一般公共预算项目支出情况表 · 2010199 人大会议",
             message="表7 的项目“人大会议”没有公开项目支出绩效目标表"),
    RuleCase("P602", break_target_budget,
             where="项目“人大会议”",
             message="项目“人大会议”绩效目标表的年度预算总额为 48.00 万元，表7 为 38.00 万元",
             also=("P607",)),
    RuleCase("P603", break_target_funding_split,
             where="项目“人大会议”",
             message="项目“人大会议”绩效目标表：年度预算总额 38.00 万元，财政拨款 39.00 万元，其他资金 0.00 万元"),
    RuleCase("P604", break_target_weights,
             where="项目“人大会议”",
             message="项目“人大会议”各指标分值权重合计为 95，应为 100（或按预算执行率另计 10 分时为 90）"),
    RuleCase("P605", break_costs_within_budget,
             where="项目“人大会议”",
             message="项目“人大会议”成本指标合计 1038.00 万元（十届三次人代会支出成本、十届一次人代会支出成本、会务保障成本），超过年度预算总额 38.00 万元"),
    RuleCase("P606", break_allocation_within_cost, passing="generated",
             where="第三部分 七、一般公共预算项目支出情况说明 · “资金分配情况：预算联网监督系统运行维护费5.00万元；”",
             message="项目“人大监督”资金分配“预算联网监督系统运行维护费”5.00 万元，超过绩效目标表成本指标“预算联网监督系统运行维护费”≤3.00 万元"),
    RuleCase("P607", break_goal_amount,
             where="项目“人大会议”",
             message="项目“人大会议”的年度总体目标称投入 48.00 万元，年度预算总额为 38.00 万元"),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
