"""T321 — a part never exceeds the whole it is part of ("面向中小企业预留" within the 政府采购 budget)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount, amount_u, claim_where
from yusuan.rules.text.subjects import NESTED_IN

# every quantity held in another by definition: the nested parts of lists, and the share of the
# 政府采购 budget reserved for small and medium enterprises
WITHIN = {**NESTED_IN, "sme_reserved": "procurement"}


@rule("T321", "part-within-whole", Severity.ERROR,
      "组成部分不超过其所属总数",
      "文中“{part}”{part_s}，超过其所属的“{whole}”{whole_s}",
      explanation="按定义包含在另一数中的数，不能大于后者：面向中小企业预留的政府采购项目预算是政府采购预算的一部分，"
      "面向小微企业预留的又是其中一部分；公务用车购置费、运行维护费是公务用车购置及运行费的一部分；上级转移支付是"
      "一般公共预算拨款的一部分；财政拨款结转是结转结余的一部分。只比较同一段说明中、同为本年的两个数，差额在两数的"
      "舍入范围内不报。"
      "\n错误示例：“政府采购预算740.87万元……面向中小企业预留政府采购项目预算金额7408.70万元”——预留额不会超过政府采购"
      "预算本身。")
def part_within_whole(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A stated amount of a quantity that is part of another by definition (WITHIN: 面向中小企业预留 of
    政府采购, 面向小微企业预留 of 面向中小企业预留, the nested parts of lists) may not exceed the same section's
    statement of the whole this year, beyond the rounding of both.

    Failing example: "政府采购预算740.87万元" and, two sentences on, "面向中小企业预留政府采购项目预算金额
    7408.70万元" — the reservation exceeds the procurement budget it is reserved from.
    """
    wholes: dict[tuple[int, str, str], object] = {}
    for c in ctx.text.claims:
        if c.value is None or c.period != "current" or c.threshold or c.per_unit is not None or not c.money:
            continue
        key = c.quantity
        if key in WITHIN.values():
            wholes[(id(c.flow), key, c.unit)] = c
        container = WITHIN.get(key or "")
        whole = wholes.get((id(c.flow), container or "", c.unit))
        if whole is None or whole.value is None:
            continue
        if c.value - whole.value > (c.half or HALF_CENT) + (whole.half or HALF_CENT):
            yield rule.finding(claim_where(c), expected=f"≤ {amount(whole, whole.value)}", actual=amount(c, c.value),
                               fix=f"核对“{c.subject}”与“{whole.subject}”", part=c.subject,
                               part_s=amount_u(c, c.value), whole=whole.subject, whole_s=amount_u(whole, whole.value))
