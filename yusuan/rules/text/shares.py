"""T302 — "X万元，占Y%": Y is X over the right total."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.model.disclosure import Side, TableId
from yusuan.model.sources import INCOME_ROWS
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import claim_where, num, pct, percent_fits, ratio_interval
from yusuan.rules.text.subjects import figures, share_denominators


def known_figures(ctx: Context, claim: Claim) -> list[tuple[Decimal, str]]:
    """Figures a wrong share may have been computed from: 表1's rows, the main totals, the section's claims."""
    f = figures(ctx)
    out: list[tuple[Decimal, str]] = []
    t1 = ctx.view(TableId.T1)
    if t1 is not None:
        for spec in INCOME_ROWS:
            v = f.t1(spec.row)
            if v:
                out.append((v, f"表1“{spec.label.replace('其中：', '')}”"))
    for tid, key, label in ((TableId.T3, "basic", "表3 基本支出"), (TableId.T3, "project", "表3 项目支出"),
                            (TableId.T5, "total", "表5 合计"), (TableId.T6, "personnel", "表6 人员经费"),
                            (TableId.T6, "public", "表6 公用经费")):
        v = f.total(tid, key)
        if v:
            out.append((v, label))
    for c in ctx.text.claims:
        if c.flow is claim.flow and c.money and c.value and c is not claim:
            out.append((c.value, f"文中“{c.subject}”"))
    if (v := f.t1_total(Side.INCOME)) is not None:
        out.append((v, "表1 收入总计"))
    return out


def explain(ctx: Context, claim: Claim, denominator: Decimal) -> str:
    share = claim.share
    assert share is not None and claim.value is not None
    for value, label in known_figures(ctx, claim):
        if value != claim.value and percent_fits(share.value, share.half,
                                                 ratio_interval(value, HALF_CENT, denominator, HALF_CENT)):
            return f"；{pct(share.value, share.places)} 恰为{label} {num(value)} 万元占 {num(denominator)} 万元的比例，疑似用错了分子"
        if value != denominator and percent_fits(share.value, share.half,
                                                 ratio_interval(claim.value, HALF_CENT, value, HALF_CENT)):
            return f"；{pct(share.value, share.places)} 恰为 {num(claim.value)} 万元占{label} {num(value)} 万元的比例，疑似用错了分母"
    return ""


@rule("T302", "share-of-total", Severity.ERROR,
      "“占Y%”按正确的总数计算",
      "文中“{subject}”{amount} 万元占 {stated}，按{base} {denominator} 万元计算应为 {expected_pct}")
def share_of_total(ctx: Context) -> Iterator[Finding]:
    """A share stated after an amount ("X万元，占Y%") must be X divided by the total it is a share of:
    the total named after 占 ("占总支出的"), else the whole of the list the amount belongs to ("收入预算
    851.14万元，其中：…"), else the section's total (收入 in 第三部分 二, 支出 in 三, 财政拨款 in 四, 一般公共
    预算当年拨款 in 五, 表10 in 十). Y is accepted when some values within the rounding of X and of the
    total (±0.005 万元 each) give Y within one unit of its last printed digit — shares that must add up to
    100% are often reconciled by the largest-remainder method, which moves a share by that much.

    Failing example (the seed, 第三部分 二): "一般公共预算 834.94 万元，占 97.04%" of 收入预算 851.14 万元:
    834.94 / 851.14 = 98.10%. (97.04% is 一般财力 825.94 / 851.14: the wrong numerator.)
    """
    r = get("T302")
    for c in ctx.text.claims:
        share = c.share
        if share is None or c.value is None or c.per_unit is not None:
            continue
        denominators = share_denominators(ctx, c)
        if not denominators:
            continue
        # one unit of the last digit: shares reconciled to add up to 100% (largest remainder)
        if any(percent_fits(share.value, 2 * share.half, ratio_interval(c.value, HALF_CENT, d, HALF_CENT))
               for d, _ in denominators):
            continue
        d, base = denominators[0]
        expected = pct(100 * c.value / d, share.places)
        yield r.finding(claim_where(c), expected=expected, actual=pct(share.value, share.places),
                        fix=f"占比应为 {expected}" + explain(ctx, c, d),
                        subject=c.subject, amount=num(c.value), stated=pct(share.value, share.places), base=base,
                        denominator=num(d), expected_pct=expected)
