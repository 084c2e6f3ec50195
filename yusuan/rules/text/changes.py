"""T303 — "比上年增加A万元，增长B%": B = A / (X − A); T310 — the words of A and B point the same way."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import claim_where, num, pct, percent_fits, ratio_interval
from yusuan.rules.text.subjects import referent


def current_of(ctx: Context, c: Claim) -> Decimal | None:
    """This year's amount of a change claim: stated, or the table's when the text gives only the change."""
    if c.value is not None:
        return c.value
    ref = referent(ctx, c)
    return ref.candidates[0][0] if ref is not None and ref.candidates else None


@rule("T303", "growth-rate", Severity.ERROR,
      "增减率 = 增减额 ÷ 上年数（上年数 = 本年数 − 增减额）",
      "文中“{subject}”{amount} 万元{change}，按上年 {prior} 万元计算{word}应为 {expected_rate}，文中为 {stated}")
def growth_rate(ctx: Context) -> Iterator[Finding]:
    """A change against last year stated with its rate — "X万元，比上年预算增加A万元，增长B%" — must
    satisfy B = A / (X − A) (for a decrease, A / (X + A)): the rate is over last year's amount, not this
    year's. When the text gives only the change ("“三公”经费比上年增加0万元，增长0%"), X is taken from the
    table. A rate from a zero base is W703's matter. Accepted within the rounding of X and A (±0.005
    万元) at the precision B is printed with.

    Failing example: "基本支出 605.94 万元，比上年预算增加 66.22 万元，增长 10.93%": last year 539.72,
    66.22 / 539.72 = 12.27% (10.93% = 66.22 / 605.94, this year's amount used as the base).
    """
    r = get("T303")
    for c in ctx.text.claims:
        if c.delta is None or c.rate is None or not c.money:
            continue
        x = current_of(ctx, c)
        if x is None:
            continue
        prior = x - c.delta
        stated = abs(c.rate.value)
        word = "增长" if c.delta >= 0 else "下降"
        change = f"{'增加' if c.delta >= 0 else '减少'} {num(abs(c.delta))} 万元"
        if prior == 0:
            if x == 0 and stated != 0:
                yield r.finding(claim_where(c), expected="0%", actual=pct(stated, c.rate.places),
                                fix="本年与上年均为零，增减率应为 0", subject=c.subject, amount=num(x), change=change,
                                prior=num(prior), word=word, expected_rate="0%", stated=pct(stated, c.rate.places))
            continue
        if prior < 0:
            yield r.finding(claim_where(c), expected="上年数不为负", actual=num(prior),
                            fix="增减额大于本年数，核对增减额", subject=c.subject, amount=num(x), change=change,
                            prior=num(prior), word=word, expected_rate="—", stated=pct(stated, c.rate.places))
            continue
        interval = ratio_interval(abs(c.delta), HALF_CENT, prior, 2 * HALF_CENT)
        if percent_fits(stated, c.rate.half, interval):
            continue
        expected = pct(100 * abs(c.delta) / prior, c.rate.places)
        hint = ""
        if x and percent_fits(stated, c.rate.half, ratio_interval(abs(c.delta), HALF_CENT, x, HALF_CENT)):
            hint = "；文中增减率以本年数为分母计算，应以上年数为分母"
        yield r.finding(claim_where(c), expected=expected, actual=pct(stated, c.rate.places),
                        fix=f"{word}率应为 {expected}{hint}", subject=c.subject, amount=num(x), change=change,
                        prior=num(prior), word=word, expected_rate=expected, stated=pct(stated, c.rate.places))


@rule("T310", "change-direction", Severity.ERROR,
      "增减额与增减率方向一致",
      "文中“{subject}”{delta_word} {delta} 万元，却{rate_word} {rate}")
def change_direction(ctx: Context) -> Iterator[Finding]:
    """An increase is followed by a growth rate and a decrease by a rate of decline: "增加…增长" or
    "减少…下降/降低", never "增加…下降".

    Failing example: "项目支出 245.2 万元，比上年预算减少 144.8 万元，增长 37.13%".
    """
    r = get("T310")
    for c in ctx.text.claims:
        if c.delta is None or c.rate is None or c.delta == 0 or c.rate.value == 0:
            continue
        if (c.delta > 0) != (c.rate.value > 0):
            yield r.finding(claim_where(c), expected="方向一致", actual="方向相反",
                            fix="核对“增加/减少”与“增长/下降”", subject=c.subject,
                            delta_word="增加" if c.delta > 0 else "减少", delta=num(abs(c.delta)),
                            rate_word="增长" if c.rate.value > 0 else "下降",
                            rate=pct(abs(c.rate.value), c.rate.places))


@rule("T313", "change-against-prior", Severity.ERROR,
      "增减额与所述上年情况相符",
      "文中“{subject}”{amount} 万元，{change}，推得上年为 {prior} 万元，与{said}矛盾")
def change_against_prior(ctx: Context) -> Iterator[Finding]:
    """This year's amount minus the change is last year's amount. It cannot be negative ("预算数为 6.50
    万元，比上年预算增加 9.00 万元"), and where the text says last year had nothing ("比上年预算增加 9.00
    万元（上年未安排）") the change equals this year's amount.

    Failing example: "其他统计信息事务支出（99项）：2023年预算数为6.50万元，比上年预算增加5.60万元（上年
    未安排）" — last year would be 0.90, not nothing.
    """
    r = get("T313")
    for c in ctx.text.claims:
        if c.delta is None or not c.money:
            continue
        x = current_of(ctx, c)
        if x is None:
            continue
        prior = x - c.delta
        change = f"{'增加' if c.delta >= 0 else '减少'} {num(abs(c.delta))} 万元"
        if prior < 0:
            said = "“上年数不能为负”"
        elif c.prior_none and prior != 0:
            said = "“上年未安排”"
        else:
            continue
        yield r.finding(claim_where(c), expected="0" if c.prior_none else "≥ 0", actual=num(prior),
                        fix="核对本年数与增减额", subject=c.subject, amount=num(x), change=change, prior=num(prior),
                        said=said)
