"""W717 a “三公” item printed in 元 among “三公” amounts in 万元: "支出决算为13.07万元…其中：因公出国（境）费支出决算为4.46元"
(r582)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where

THREE = ("three_total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation")
# a “三公” item of less than 100元 in a year is no spending anyone writes down
SMALL_YUAN = Decimal(100)


@rule("W717", "three-public-unit-slip", Severity.WARNING,
      "“三公”经费各项金额单位一致",
      "文中“{subject}”印作“{printed}”，同一段的“三公”经费以万元计（“{other}”{other_s}）：单位疑为万元",
      explanation="同一段文字以万元写“三公”经费总数或其他各项，而某一项印作不足 100 元的金额（“支出决算为13.07万元……"
      "其中：因公出国（境）费支出决算为4.46元”），多半是漏写了“万”字：一年的因公出国（境）费、公务接待费或公务用车费用"
      "不会只有几元。只查金额按万元读时不超过同段“三公”经费最大数额的情形。"
      "\n错误示例：“‘三公’经费支出决算为13.07万元……其中：因公出国（境）费支出决算为4.46元”。")
def three_public_unit_slip(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A “三公” amount printed in 元 and under 100元, in a paragraph that states the “三公” total or other items
    in 万元 ("支出决算为13.07万元…其中：因公出国（境）费支出决算为4.46元"): the 万 left out. Only when the amount read
    in 万元 is no more than the paragraph's largest “三公” amount in 万元.

    Failing example: "“三公”经费支出决算为13.07万元…其中：因公出国（境）费支出决算为4.46元".
    """
    by_flow: dict[int, list] = {}
    for c in ctx.text.claims:
        if c.quantity in THREE and c.value is not None and c.money and c.per_unit is None and not c.threshold:
            by_flow.setdefault(id(c.flow), []).append(c)
    for claims in by_flow.values():
        wan = [c for c in claims if c.printed_unit in ("万元", "亿元") and c.value]
        if not wan:
            continue
        largest = max(wan, key=lambda c: c.value)
        for c in claims:
            if c.printed_unit != "元" or not c.value:
                continue
            yuan = c.value * 10000
            if yuan >= SMALL_YUAN or yuan > largest.value:
                continue
            yield rule.finding(claim_where(c), expected=f"{yuan.normalize():f}万元", actual=c.printed,
                               fix="核对单位：应为万元", subject=c.subject, printed=c.printed,
                               other=largest.subject, other_s=largest.printed)
