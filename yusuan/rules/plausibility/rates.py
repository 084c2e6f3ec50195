"""W718 a whole's rate against its parts' amounts and rates: "一般公共预算收入30.09亿元，下降18.8%。其中，税收收入
14.26亿元，增长4.2%，非税收入15.83亿元，下降32.2%" (r668)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where, pct
from yusuan.rules.text.lists import resolved_lists

HUNDRED = Decimal(100)


@rule("W718", "whole-rate-from-parts", Severity.WARNING,
      "总数的增减率与所列各项的金额和增减率一致",
      "文中“{subject}”比上年{word}{stated}，按所列各项的金额和增减率推算应为{implied}",
      explanation="总数与其完整列举的各组成项（各项金额之和等于总数）都只给出金额和与上年相比的增减率时，由各项的金额和增减率"
      "可推出各项的上年数，其和即总数的上年数，总数的增减率应与之相符。按各数字印出的精度（金额和百分比的舍入）计算容许范围，"
      "超出范围才提示。"
      "\n错误示例：“一般公共预算收入30.09亿元，下降28.8%。其中，税收收入14.26亿元，增长4.2%，非税收入15.83亿元，下降32.2%”"
      "——由各项推算上年数约为37.03亿元，总数应下降约18.7%。")
def whole_rate_from_parts(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A whole and a complete list of its parts (their amounts add up to the whole's) each state an amount and a
    rate against last year: each part's amount and rate give its last year's amount, their sum is the whole's
    last year, and the whole's rate follows. Within the rounding of every printed amount and percentage.

    Failing example: "一般公共预算收入30.09亿元，下降28.8%。其中，税收收入14.26亿元，增长4.2%，非税收入15.83亿元，
    下降32.2%" — the parts were 37.03亿 last year: the whole fell by about 18.7%.
    """
    for lst in resolved_lists(ctx):
        whole, parts = lst.whole, lst.flat
        if whole.value is None or whole.rate is None or not whole.money or len(parts) < 2:
            continue
        if any(p.value is None or p.rate is None or p.unit != whole.unit for p in parts):
            continue
        if abs(sum((p.value for p in parts), Decimal(0)) - whole.value) > whole.half + sum((p.half for p in parts),
                                                                                        Decimal(0)):
            continue  # not the whole list: its parts' last year is not the whole's
        priors = [_prior(p) for p in parts]
        if any(p is None for p in priors):
            continue
        low = sum((p[0] for p in priors), Decimal(0))  # type: ignore[index]
        high = sum((p[1] for p in priors), Decimal(0))  # type: ignore[index]
        if low <= 0:
            continue
        lo = ((whole.value - whole.half) / high - 1) * HUNDRED
        hi = ((whole.value + whole.half) / low - 1) * HUNDRED
        rate = whole.rate
        if rate.value - rate.half <= hi and rate.value + rate.half >= lo:
            continue
        mid = ((whole.value * 2 / (low + high)) - 1) * HUNDRED
        yield rule.finding(claim_where(whole), expected=pct(mid, rate.places), actual=pct(rate.value, rate.places),
                           fix="核对总数与各项的增减率", subject=whole.subject, word=_word(rate.value),
                           stated=pct(abs(rate.value), rate.places), implied=f"{_word(mid)}约{pct(abs(mid), rate.places)}")


def _word(value: Decimal) -> str:
    return "下降" if value < 0 else "增长"


def _prior(c: Claim) -> tuple[Decimal, Decimal] | None:
    """The interval of last year's amount of a part: its amount over 1 + its rate, both at their printed rounding."""
    assert c.value is not None and c.rate is not None
    rates = (c.rate.value - c.rate.half, c.rate.value + c.rate.half)
    if any(1 + r / HUNDRED <= 0 for r in rates):
        return None  # a part gone entirely ("下降100%"): its last year is not told by its rate
    values = [(c.value + s * c.half) / (1 + r / HUNDRED) for s in (-1, 1) for r in rates]
    return min(values), max(values)
