"""P605 cost ceilings within the budget, P606 an allocation within its cost ceiling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from difflib import SequenceMatcher

from yusuan.catalog.catalog import normalize_name
from yusuan.model.budget import Comparator
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.performance.common import key, total_costs
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where, num


@rule("P605", "costs-within-budget", Severity.WARNING,
      "成本指标（总额）之和不超过项目预算",
      "项目“{project}”成本指标合计 {sum_s} 万元（{names}），超过年度预算总额 {budget} 万元",
      explanation="经济成本指标中限定或确定项目某部分支出的（≤、<、= 某个以万元或元计的金额；“每个……≤2万元”之类的单位成本除外）"
      "描述的是项目资金的组成部分：合计不应超过年度预算总额。报警告：指标之间可能有重叠。"
      "\n错误示例：年度预算总额 38；十届三次人代会支出成本 ≤30 万元，十届一次人代会支出成本 ≤18 万元。")
def costs_within_budget(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The economic cost indicators (经济成本指标) that cap or fix the project's spending on something (≤,
    <, = an amount in 万元 or 元; unit costs such as "每个…≤2万元" excluded) describe parts of the project's
    money: together they should not exceed the 年度预算总额. A warning: indicators may overlap.

    Failing example: 年度预算总额 38; 十届三次人代会支出成本 ≤30 万元, 十届一次人代会支出成本 ≤18 万元.
    """
    for t in ctx.disclosure.performance:
        budget = t.targets.budget_total
        costs = total_costs(ctx, t.targets)
        if budget is None or not costs:
            continue
        total = sum((a for _, a in costs), ZERO)
        if total > budget:
            yield rule.finding(Where(project=t.project).with_location(t.location), expected=f"≤ {num(budget)}",
                            actual=num(total), fix="核对成本指标与预算总额", project=t.project, sum_s=num(total),
                            names="、".join(i.name for i, _ in costs), budget=num(budget))


_STRIP = re.compile(r"(成本|经费|费用|支出|资金|补助|开展|用于)")


def _core(name: str, project: str) -> str:
    text = normalize_name(name)
    for p in {normalize_name(project), _STRIP.sub("", normalize_name(project))}:
        if len(p) >= 2:
            text = text.replace(p, "")
    return _STRIP.sub("", text)


def _match(a: str, b: str, project: str) -> bool:
    """Names share a run of four characters (60% of the shorter), once the project's own name is removed."""
    x, y = _core(a, project), _core(b, project)
    if not x or not y:
        return False
    m = SequenceMatcher(None, x, y).find_longest_match(0, len(x), 0, len(y))
    return m.size >= 4 and m.size >= 0.6 * min(len(x), len(y))


@rule("P606", "allocation-within-cost", Severity.WARNING,
      "资金分配不超过对应的成本指标",
      "项目“{project}”资金分配“{item}”{amount} 万元，超过绩效目标表成本指标“{indicator}”{comparator}{ceiling} 万元",
      explanation="项目说明（第三部分 七 资金分配情况）分配给某事项的资金，若绩效目标表有名称相符的经济成本指标限定其成本"
      "（“≤ X 万元”），分配金额不应超过该上限。名称按至少四个字的共同片段匹配；因按名称匹配，报警告。"
      "\n错误示例：（样例数据）人大会议分配昌吉市十届三次人代会 35 万元，而绩效目标表限定十届三次人代会支出成本 ≤30 万元。")
def allocation_within_cost(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """When the project explanation (第三部分 七, 资金分配情况) allocates money to something whose cost the
    target table caps (a 经济成本指标 "≤ X 万元" with a matching name), the allocation stays within the cap.
    Names are matched on a common run of at least four characters; a warning, since the match is by name.

    Failing example (the seed): 人大会议 allocates 昌吉市十届三次人代会 35 万元, while the target table caps
    十届三次人代会支出成本 at ≤30 万元.
    """
    by_name = {key(t.project): t for t in ctx.disclosure.performance}
    breakdowns: dict[int, Decimal | None] | None = None
    for b in ctx.text.projects:
        t = by_name.get(key(b.name))
        if t is None:
            continue
        ceilings = [(i, a) for i, a in total_costs(ctx, t.targets) if i.comparator in (Comparator.LE, Comparator.LT)]
        if breakdowns is None:  # made once, for the first project with a target table
            breakdowns = {id(x.breakdown_of): x.value for x in ctx.text.claims if x.breakdown_of is not None}
        for c in b.allocations:
            amount = c.effective
            if amount is None or c.per_unit is not None:
                continue
            unit_amount = breakdowns.get(id(c))
            for ind, ceiling in ceilings:
                if unit_amount is not None and unit_amount <= ceiling:
                    continue  # "N个，每个X万元": the indicator may cap the unit cost
                if amount > ceiling and _match(c.subject, ind.name, b.name):  # the cheap test first
                    yield rule.finding(claim_where(c), expected=f"≤ {num(ceiling)}", actual=num(amount),
                                    fix="核对资金分配与绩效目标表的成本指标", project=b.name, item=c.subject,
                                    amount=num(amount), indicator=ind.name, comparator=ind.comparator.value,  # type: ignore[union-attr]
                                    ceiling=num(ceiling))
