"""T302 — "X万元，占Y%": Y is X over the right total."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from yusuan.model.claims import Claim
from yusuan.model.disclosure import Side, TableId
from yusuan.model.sources import INCOME_ROWS
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount_u, claim_where, num, pct, percent_fits, plain_pct, ratio_interval
from yusuan.rules.text.index import claim_kinds
from yusuan.rules.text.subjects import denominator_half, figures, part_family, share_denominators


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


def reconciled(ctx: Context, claim: Claim, denominator: Decimal) -> bool:
    """The shares printed beside this one over the same total were reconciled (largest remainder), which
    moves a share by up to one unit of its last digit: they are all the parts of the total, they add up to
    exactly 100%, and their shares rounded half-up would not — reconciling was needed. (When the half-up
    shares already add up to 100%, the largest-remainder shares are exactly them: "4.0451%" printed 4.04
    beside siblings that add up to 100 is a slip, not a reconciliation.)"""
    share = claim.share
    assert share is not None
    family = part_family(ctx, claim)  # 基本/项目支出 beside the 类 are parts of another partition
    group = [c for c in ctx.text.claims if c.flow is claim.flow and c.share is not None and c.value is not None
             and c.per_unit is None and not (c.value == denominator and c.share.value == 100)  # the whole: no part
             and (family is None or part_family(ctx, c) == family)
             and any(d == denominator for d, _ in share_denominators(ctx, c)[:1])]
    if len(group) < 2 or sum((c.share.value for c in group), Decimal(0)) != 100:  # type: ignore[union-attr]
        return False
    parts = sum((c.value for c in group), Decimal(0))  # type: ignore[misc]
    if abs(parts - denominator) > sum((c.half or HALF_CENT for c in group), HALF_CENT):
        return False  # not all the parts: no reconciliation to speak of
    unit = Decimal(1).scaleb(-share.places)
    half_up = Decimal(0)
    needed = False
    for c in group:
        lo, hi = ratio_interval(c.value, c.half or HALF_CENT, denominator,  # type: ignore[arg-type,misc]
                                denominator_half(ctx, denominator))
        a, b = (x.quantize(unit, rounding=ROUND_HALF_UP) for x in (lo, hi))
        if a != b:
            needed = True  # within the rounding of the amounts the half-up share is not determined
        half_up += a
    return (needed or half_up != 100) and share.value in largest_remainder(group, claim, denominator, unit)


def largest_remainder(group: list[Claim], claim: Claim, denominator: Decimal, unit: Decimal) -> set[Decimal]:
    """The shares the largest-remainder method allows the claim: every part gets its share rounded down,
    and the units still missing to 100% go to the largest remainders (either way on a tie)."""
    exact = [100 * c.value / denominator for c in group]  # type: ignore[operator]
    floors = [x.quantize(unit, rounding=ROUND_FLOOR) for x in exact]
    missing = int((100 - sum(floors, Decimal(0))) / unit)
    if not 0 < missing <= len(group):
        return set()
    remainders = [x - f for x, f in zip(exact, floors, strict=True)]
    cutoff = sorted(remainders, reverse=True)[missing - 1]
    i = next(j for j, c in enumerate(group) if c is claim)
    if remainders[i] > cutoff:
        return {floors[i] + unit}
    return {floors[i], floors[i] + unit} if remainders[i] == cutoff else {floors[i]}


def siblings(ctx: Context, claim: Claim, denominator: Decimal) -> list[Claim]:
    return [c for c in ctx.text.claims if c is not claim and c.flow is claim.flow and c.share is not None
            and c.value is not None and c.per_unit is None
            and any(d == denominator for d, _ in share_denominators(ctx, c))]


def slip(ctx: Context, claim: Claim, denominator: Decimal) -> str:
    """What a wrong share equals: the item's completion rate, another item's share (swapped), a share of
    another total."""
    share = claim.share
    assert share is not None and claim.value is not None
    same = [c for c in ctx.text.claims if c.quantity == claim.quantity and c.completion is not None]
    if claim.quantity and any(c.completion.value == share.value for c in same):  # type: ignore[union-attr]
        return f"；{pct(share.value, share.places)} 恰为该项完成预算的比例，疑似把完成率写成了占比"
    for other in siblings(ctx, claim, denominator):
        o = other.share
        assert o is not None and other.value is not None
        if o.value != share.value and percent_fits(share.value, share.half, ratio_interval(
                other.value, other.half, denominator, HALF_CENT)) and percent_fits(
                o.value, o.half, ratio_interval(claim.value, claim.half, denominator, HALF_CENT)):
            return f"；与“{other.subject}”的占比（{pct(o.value, o.places)}）互换了"
    return explain(ctx, claim, denominator)


@rule("T302", "share-of-total", Severity.ERROR,
      "“占Y%”按正确的总数计算",
      "文中“{subject}”{amount}占 {stated}%，按{base} {denominator} 计算应为 {expected_pct}%",
      explanation="金额后所述的占比（“X万元，占Y%”）应等于 X 除以其所属总数：“占”字后点明的总数（表格中的，或文字自己所述的，"
      "如“占总支出的”），否则为该金额所在列举的整体（“收入预算851.14万元，其中：……”）或句首点明的整体（“‘三公’经费"
      "支出决算中，……占……”），“三公”各项为“三公”经费合计，再否则为该部分的总数（第三部分 二 为收入，三 为"
      "支出，四 为财政拨款，五 为一般公共预算当年拨款，十 为表10）。文中没有写出该总数时（摘录从总数之后开始），"
      "以“占”字后说法相同的各部分之和为总数：各部分是已知的完整划分（基本支出 + 项目支出等），或是各功能分类类、各经济"
      "分类类且所述占比合计为 100%。“占基本支出”在第三部分 二、三 以外也可以是文中所述的“一般公共预算基本支出”。"
      "错误的占比恰等于该项的完成预算比例、另一项的占比（两项互换）或按另一总数算出的占比时，提示会指出。"
      "允许误差：X 与总数各按其最后一位数字的半个单位（金额至少按所用单位的 0.005；文中所述的总数按其所印精度）取值，"
      "得到的结果须落在 Y 的舍入区间内。按同一总数所列的是全部组成部分、所印占比合计正好为 100%，而各占比按四舍五入"
      "合计不为 100%（确需按最大余数法调整）时，Y 可为最大余数法所得的占比（各项先舍去尾数，差额逐个单位补给余数最大"
      "的各项），与四舍五入相差最后一位一个单位；四舍五入已合计为 100% 时不再放宽——4.0451% 印作 4.04% 是错误，而非"
      "调整。与各部分并列、占 100% 的总数本身（如“基本支出 1765.40 万元，占 100.00%”）不算组成部分；组成部分须属同一划分"
      "（基本支出与项目支出为一组，各功能分类类为另一组）。"
      "\n错误示例：（样例数据，第三部分 二）收入预算 851.14 万元中“一般公共预算 834.94 万元，占 97.04%”："
      "834.94 / 851.14 = 98.10%。（97.04% 是一般财力 825.94 / 851.14，分子用错。）")
def share_of_total(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A share stated after an amount ("X万元，占Y%") must be X divided by the total it is a share of:
    the total named after 占 ("占总支出的") in the tables or in the text, else the whole of the list the
    amount belongs to ("收入预算851.14万元，其中：…") or the whole the sentence opens with ("“三公”经费
    支出决算中，公务接待费…占…"), the “三公” total for a “三公” item, else the section's total (收入 in
    第三部分 二, 支出 in 三, 财政拨款 in 四, 一般公共预算当年拨款 in 五, 表10 in 十). A total the text never
    states (an excerpt that starts after it) is the sum of the parts stated as shares of the same words,
    when they are a known partition (基本支出 and 项目支出) or 类 whose shares add up to 100%. Y is accepted
    when some values within the rounding of X and of the total give Y within half a unit of its last printed
    digit, or within one unit when the shares are reconciled: they are all the parts of the total, add up to
    exactly 100%, their half-up roundings would not, and Y is the share the largest-remainder method gives
    (when the half-up shares already add up to 100% it moves none, so "4.0451%" printed 4.04 is a slip; a
    share of the whole at 100% printed beside the parts is no part, and the parts are those of one partition:
    基本/项目支出 beside the 类 are reconciled apart). When the wrong share equals the item's completion rate, another item's share, or a share of
    another total, the finding says so.

    Failing example (the seed, 第三部分 二): "一般公共预算 834.94 万元，占 97.04%" of 收入预算 851.14 万元:
    834.94 / 851.14 = 98.10%. (97.04% is 一般财力 825.94 / 851.14: the wrong numerator.)
    """
    for c in claim_kinds(ctx).shared:
        share = c.share
        if share is None or c.value is None or c.per_unit is not None:
            continue
        denominators = share_denominators(ctx, c)
        if not denominators:
            continue
        if any(percent_fits(share.value, share.half, ratio_interval(c.value, c.half or HALF_CENT, d,
                                                                    denominator_half(ctx, d)))
               for d, _ in denominators):
            continue
        if any(percent_fits(share.value, 2 * share.half, ratio_interval(c.value, c.half or HALF_CENT, d, HALF_CENT))
               and reconciled(ctx, c, d) for d, _ in denominators):
            continue
        d, base = denominators[0]
        expected = plain_pct(100 * c.value / d, share.places)
        yield rule.finding(claim_where(c), expected=expected, actual=plain_pct(share.value, share.places),
                        fix=f"占比应为 {expected}%" + slip(ctx, c, d),
                        subject=c.subject, amount=amount_u(c, c.value), stated=plain_pct(share.value, share.places),
                        base=base, denominator=amount_u(c, d), expected_pct=expected)
