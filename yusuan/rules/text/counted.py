"""T320 — what was counted as none has no value ("车辆0辆，价值1.37万元")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.claims import COUNT_UNITS, WORTH_WORDS
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import amount, amount_u, claim_where

# what an amount can say of the things counted just before it: their worth, not money spent on them
_WORTH = re.compile("|".join(WORTH_WORDS))


@rule("T320", "value-of-nothing", Severity.ERROR,
      "数量为零的资产没有价值",
      "文中“{counted}”为 0 {unit}，其价值却为 {amount}",
      explanation="国有资产情况中，数量后紧接其价值（“车辆2辆，价值39.22万元”“房屋0平方米，价值0万元”）："
      "数量为零的资产，价值也只能为零。价值不为零，说明数量或金额写错了（或把其他项的金额写到了这一项）。"
      "只看紧接在数量之后、以“价值”“原值”“账面价值”“净值”为主语的金额，不看“经费”“金额”等支出。"
      "\n错误示例：“车辆0辆，价值1.37万元；其中：执法执勤用车0辆，价值0.00万元”——0 辆车不会价值 1.37 万元。")
def value_of_nothing(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """An amount of worth right after a count of the same things ("车辆0辆，价值1.37万元", "房屋0平方米，
    价值1.29万元"; model/claims._owned_attributes names it "车辆价值") must be zero when the count is.
    Spending is not worth: "购置车辆0辆，经费5万元" is not checked.

    Failing example: "2. 车辆0辆，价值1.37万元；其中：执法执勤用车0辆，价值0.00万元" — nothing counted, 1.37
    万元 of value.
    """
    claims = ctx.text.claims
    for counted, worth in zip(claims, claims[1:], strict=False):
        if counted.value != 0 or counted.unit not in COUNT_UNITS or not worth.money or not worth.value \
                or worth.flow is not counted.flow or not counted.subject \
                or not worth.subject.startswith(counted.subject) \
                or not _WORTH.fullmatch(worth.subject[len(counted.subject):]):
            continue
        yield rule.finding(claim_where(worth), expected=amount(worth, worth.value * 0), actual=amount(worth, worth.value),
                           fix="核对数量与价值：数量为零时价值应为零", counted=counted.subject, unit=counted.unit,
                           amount=amount_u(worth, worth.value))
