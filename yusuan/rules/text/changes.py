"""T303 — "比上年增加A万元，增长B%": B = A / (X − A); T310 — the words of A and B point the same way;
T313 — the change against what the text says of last year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import BUDGET, COMPARE, MONEY_UNITS, PRIOR, Claim, Percent, clean_subject, money_half
from yusuan.model.disclosure import TableId
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import (
    amount,
    amount_u,
    claim_where,
    flow_where,
    num,
    pct,
    percent_fits,
    places_of,
    plain_pct,
    ratio_interval,
)
from yusuan.rules.text.index import claim_kinds, claims_of_quantity
from yusuan.rules.text.subjects import quantity_key, referent, stated_value
from yusuan.rules.text.three_public import table_value


def current_of(ctx: Context, c: Claim) -> Decimal | None:
    """This year's amount of a change claim: stated with it, else stated before it in its section ("全区“三公”
    经费总支出为1928.76万元。与上年相比，…“三公”经费支出减少了1093.92万元"), else the table's."""
    if c.value is not None:
        return c.value
    before = stated_value(ctx, c.quantity, c)
    if before is not None and before.flow is c.flow and before.start < c.start and before.value is not None:
        return before.value
    ref = referent(ctx, c)
    return ref.candidates[0][0] if ref is not None and ref.candidates else None


@dataclass
class Change:
    """One change a claim states: against last year or against the budget, with what it is a change of."""

    claim: Claim
    basis: str
    current: Decimal  # this year's amount (the 决算数 against the budget)
    current_half: Decimal
    delta: Decimal  # signed
    delta_half: Decimal
    base: Decimal  # last year's amount, or the budget
    base_half: Decimal
    stated_delta: bool  # the change is printed (else it is current − the stated base)
    printed_delta: Decimal | None = None  # a printed change that does not fit the known base (T315's matter)
    printed_delta_half: Decimal = HALF_CENT

    @property
    def base_word(self) -> str:
        return "上年数" if self.basis == PRIOR else "预算数"


THREE_ITEM = {"three_total": "total", "abroad": "abroad", "reception": "reception", "vehicle": "vehicle",
              "vehicle_purchase": "vehicle_purchase", "vehicle_operation": "vehicle_operation"}


def known_base(ctx: Context, c: Claim, basis: str) -> tuple[Decimal, Decimal, str] | None:
    """What a change is against, when it is known: stated in the text (last year's amount, the budget), or
    for a “三公” figure of final accounts 表10's 预算数 ("公务接待费支出5.21万元，与2021年度预算相比，减少
    0.1万元" with 表10 printing 预算数 14.9). (value, half, where.)"""
    stated = c.base(basis)
    if stated is not None:
        return stated[0], stated[1], "文中"
    if basis != BUDGET or not ctx.final or c.period != "current" or c.quantity not in THREE_ITEM \
            or "预算" in c.raw_subject and "决算" not in c.raw_subject:
        return None
    v = ctx.view(TableId.T10)
    if v is None or not any("budget" in r.values for r in v.table.rows):
        return None
    value = table_value(ctx, THREE_ITEM[c.quantity], "budget")
    return (value, HALF_CENT, "表10") if value is not None else None


def changes_of(ctx: Context, c: Claim) -> Iterator[Change]:
    """The changes a money claim states, each with the base it is over (known, or this year − change)."""
    if not c.money:
        return
    for basis in (PRIOR, BUDGET):
        delta, known = c.change(basis), known_base(ctx, c, basis)
        x, hx = (c.value, c.half) if c.value is not None else (None, HALF_CENT)
        if x is None and basis == PRIOR:
            x = current_of(ctx, c)
        if x is None and (stated_claim := stated_value(ctx, c.quantity, c)) is not None \
                and stated_claim.change(basis) is None:
            x, hx = stated_claim.value, stated_claim.half  # "收、支总计均为1,145.52万元。…收、支总计各增加342万元"
        if x is None:
            continue
        dh = c.delta_half if basis == PRIOR else c.budget_delta_half
        if delta is not None and (known is None or abs(x - known[0] - delta) <= hx + known[1] + dh):
            yield Change(c, basis, x, hx, delta, dh, x - delta, hx + dh, True)
        elif known is not None:
            yield Change(c, basis, x, hx, x - known[0], hx + known[1], known[0], known[1], False,
                         printed_delta=delta, printed_delta_half=dh or HALF_CENT)


def rate_fits(stated: Percent, delta: Decimal, hd: Decimal, base: Decimal, hb: Decimal) -> bool:
    return percent_fits(abs(stated.value), stated.half, ratio_interval(abs(delta), hd, base, hb))


@rule("T303", "growth-rate", Severity.ERROR,
      "增减率 = 增减额 ÷ 上年数（决算与预算相比：÷ 预算数）",
      "文中“{subject}”{amount}，{change}，按{base_word} {prior} 计算{word}率应为 {expected_rate}%，文中为 {stated}%",
      explanation="文中同时给出与上年相比的增减额和增减率（“X万元，比上年预算增加A万元，增长B%”）时，应满足 B = A ÷ (X − A)"
      "（减少时为 A ÷ (X + A)）：增减率以上年数为基数，而不是本年数。文中只给出增减（“‘三公’经费比上年增加0万元，"
      "增长0%”）时，X 取文中此前所述的本年数，否则取自表格。上年数也可能直接写出（“较2024年的2190万元减少221万元，下降10.1%”）；决算中与"
      "年初预算相比的增减率以预算数为基数（预算数文中未写、表10 印有时取表10 的预算数；所述增减额与该基数不符时，"
      "按两数之差计算，所印增减率与所述增减额相符的不再重复报告）。比较对象可写在前一分句（“与2021年度预算相比，"
      "减少0.1万元”）。“各减少A、B万元，各下降x%、y%”按顺序分属前面并列的各项（“收、支总计”）。上年为零时的增长率属于 W703。列举最后一项之后的增减，若与该项不符而与"
      "列举的整体相符，视为整体的增减。按本年数计算恰为所印增减率时，提示会指出。模板的两种备选词都留在文中（“减少(增加)0.11万元，"
      "同比下降(增加)6%”）时，方向未定而大小已定：增减率须等于增减额除以本年数减或加增减额之一。"
      "允许误差：每个金额按其最后一位数字的半个单位（至少按所用单位的 0.005）取值，按 B 所公布的精度核对；文中金额"
      "全部印成整数时，每个金额按 ±0.5 个单位计。"
      "\n错误示例：“基本支出 605.94 万元，比上年预算增加 66.22 万元，增长 10.93%”：上年为 539.72，"
      "66.22 / 539.72 = 12.27%（10.93% = 66.22 / 605.94，误用本年数作基数）。")
def growth_rate(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A change stated with its rate — "X万元，比上年预算增加A万元，增长B%" — must satisfy B = A / (X − A)
    (for a decrease, A / (X + A)): the rate is over last year's amount, not this year's. Last year's amount
    may also be stated outright ("较2024年的2190万元减少221万元，下降10.1%"); in final accounts a change
    against the budget ("与年初预算相比减少4万元，下降2.2%") is over the budget — stated, or for a “三公”
    item 表10's 预算数; when the printed change does not fit that base (T315's matter), the rate is checked
    against the difference of the two amounts, and a rate that fits the printed change is left to T315.
    When the text gives only the change ("“三公”经费比上年增加0万元，增长0%"), X is the amount its section
    stated before it, else the table's. A rate from a zero base
    is W703's matter. Accepted within the rounding of every printed figure (±half its last digit, amounts
    at least to hundredths of their unit) at the precision B is printed with. A change written after the
    last part of a list may describe the list's whole: it is accepted when it fits the whole. A change and rate
    under the template's two alternatives ("减少(增加)0.11万元，同比下降(增加)6%") are checked on their sizes,
    over last year's amount either way (`_either_way_rates`).

    Failing example: "基本支出 605.94 万元，比上年预算增加 66.22 万元，增长 10.93%": last year 539.72,
    66.22 / 539.72 = 12.27% (10.93% = 66.22 / 605.94, this year's amount used as the base).
    """
    for c in claim_kinds(ctx).rated:
        if c.rate is None and c.budget_rate is None:
            continue  # no rate stated: nothing to check (most claims)
        for ch in changes_of(ctx, c):
            rate = c.change_rate(ch.basis)
            if rate is None:
                continue
            yield from _rate_finding(rule, ch, rate)
    yield from _either_way_rates(ctx, rule)


# a change and its rate under the template's two alternatives, the direction not chosen: "较2016年“三公”经费预算数
# 减少(增加)0.11万元，同比下降(增加)6%" (the text is normalised: ASCII brackets and commas)
_ALT = r"(?:增加|减少|增长|下降|上升|降低)\((?:增加|减少|增长|下降|上升|降低)\)"
_ALT_WORDS = ("(增加)", "(减少)", "(增长)", "(下降)", "(上升)", "(降低)")  # the second word of every _ALT
EITHER_WAY = re.compile(rf"{_ALT}(?P<delta>\d+(?:\.\d+)?)(?P<unit>万元|元|亿元),?(?:同比|比上年)?{_ALT}(?P<rate>\d+(?:\.\d+)?)%")


def _either_way_rates(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A change and its rate printed under the template's two alternatives ("减少(增加)0.11万元，同比下降(增加)6%"):
    the direction is not said, but the sizes are, so the rate is the change over last year's amount one way or
    the other — this year's amount (stated before it, of the quantity the sentence names) less or plus the
    change. A rate that fits neither is wrong whatever the direction (0.11 / 4.86 = 2.26%, 0.11 / 5.08 = 2.17%)."""
    for flow in ctx.text.flows.values():
        text = flow.text
        if not any(word in text for word in _ALT_WORDS):
            continue  # no alternative left in (almost every paragraph)
        for m in EITHER_WAY.finditer(text):
            yield from _either_way(ctx, rule, flow, m)


def _either_way(ctx: Context, rule: Rule, flow, m: re.Match) -> Iterator[Finding]:
    lead = flow.text[flow.marks.start_after(m.start(), "。;\n", 80):m.start()]
    cut = COMPARE.search(lead)
    key = quantity_key(clean_subject(lead[:cut.start()] if cut else lead, ctx.disclosure.department or ""))
    if not key:
        return
    current = None
    for c in claims_of_quantity(ctx, key):
        if c.flow is flow and c.end <= m.start() and c.money and c.period == "current" and c.value is not None \
                and c.per_unit is None:
            current = c  # the last one stated before the change
    if current is None:
        return
    delta = Decimal(m.group("delta")) * MONEY_UNITS[m.group("unit")]
    hd = money_half(places_of(m.group("delta")), m.group("unit"))
    printed = m.group("rate")
    places = places_of(printed)
    stated = Percent(Decimal(printed), places, m.start("rate"), printed=printed)
    bases = [current.value - delta, current.value + delta]
    if any(b > 0 and rate_fits(stated, delta, hd, b, current.half + hd) for b in bases):
        return
    rates = sorted({plain_pct(100 * delta / b, places) for b in bases if b > 0})
    if not rates:
        return
    expected = "或".join(rates)
    yield rule.finding(flow_where(flow, m.start(), m.end()), expected=rates[0], actual=printed,
                       fix=f"增减率应为 {expected}%（上年数为本年数减或加增减额）；并删去不适用的备选词",
                       subject=current.subject, amount=amount_u(current, current.value),
                       change=f"增加或减少 {amount_u(current, delta)}", base_word="上年数",
                       prior=" 或 ".join(amount_u(current, b) for b in bases if b > 0), word="增减",
                       stated=printed, expected_rate=expected)


def _whole_change(c: Claim, delta: Decimal) -> Claim | None:
    """The whole of the list `c` ends, when a change printed after `c` cannot be its own (it would leave
    last year negative) but can be the whole's ("收支总预算4,471.22万元，含…经费250万元，…537.31万元；比2012年
    预算增加755.18万元"): the change of the whole, stated after its parts."""
    whole = c.parent.wholes.get(c.unit) if c.parent is not None else None
    if whole is None or whole.value is None or whole.delta is not None or c is not c.parent.parts[-1]:
        return None
    return whole if whole.value - delta >= 0 else None


def _unit_slip(c: Claim, ch: Change) -> str:
    """A change printed in 元 beside an amount printed in 万元 or 亿元 ("总支出1135.8万元，比上年增加64.23元，增长5.7%",
    r525): quoted as printed, for the unit is the likelier slip than the rate."""
    p = c.delta_printed
    if ch.delta != c.delta or not p.endswith("元") or p.endswith(("万元", "亿元")) or c.printed_unit not in ("万元", "亿元"):
        return ""
    return f"（印作“{p}”，与“{c.printed}”的单位不一）"


def _rate_finding(r, ch: Change, rate: Percent) -> Iterator[Finding]:
    c = ch.claim
    stated = abs(rate.value)
    word = "增长" if ch.delta >= 0 else "下降"
    def fields() -> dict[str, str]:  # the message's words, made only for a finding
        change = f"{'增加' if ch.delta >= 0 else '减少'} {amount_u(c, abs(ch.delta))}" + _unit_slip(c, ch)
        return dict(subject=c.subject, amount=amount_u(c, ch.current), change=change, base_word=ch.base_word,
                    prior=amount_u(c, ch.base), word=word, stated=plain_pct(stated, rate.places))

    if ch.base == 0:
        if ch.current == 0 and stated != 0:
            yield r.finding(claim_where(c), expected="0", actual=plain_pct(stated, rate.places),
                            fix="本年与基数均为零，增减率应为 0", expected_rate="0", **fields())
        return
    if ch.base < 0:
        if ch.base + ch.base_half >= 0 or _whole_change(c, ch.delta) is not None:
            return
        yield r.finding(claim_where(c), expected="上年数不为负", actual=amount(c, ch.base),
                        fix="增减额大于本年数，核对增减额", expected_rate="—", **fields())
        return
    if rate_fits(rate, ch.delta, ch.delta_half, ch.base, ch.base_half):
        return
    if ch.printed_delta is not None and rate_fits(rate, ch.printed_delta, ch.printed_delta_half,
                                                  ch.current - ch.printed_delta, ch.current_half + ch.printed_delta_half):
        return  # the rate of the printed (wrong) change: T315 reports the change
    whole = c.parent.wholes.get(c.unit) if c.parent is not None else None
    if ch.stated_delta and whole is not None and whole.value is not None and whole.change(ch.basis) is None \
            and rate_fits(rate, ch.delta, ch.delta_half, whole.value - ch.delta, whole.half + ch.delta_half):
        return  # "…其中：基本支出…，项目支出…，同比增加A，增长B%": the change of the whole
    expected = plain_pct(100 * abs(ch.delta) / ch.base, rate.places)
    hint = ""
    if ch.current and percent_fits(stated, rate.half, ratio_interval(abs(ch.delta), ch.delta_half, ch.current,
                                                                      ch.current_half)):
        hint = (f"；按本年数计算为 {plain_pct(100 * abs(ch.delta) / ch.current, rate.places)}%，"
                f"{word}率应以{ch.base_word}为基数：{expected}%")
    yield r.finding(claim_where(c), expected=expected, actual=plain_pct(stated, rate.places),
                    fix=f"{word}率应为 {expected}%{hint}", expected_rate=expected, **fields())


@rule("T310", "change-direction", Severity.ERROR,
      "增减额与增减率方向一致",
      "文中“{subject}”{delta_word} {delta} 万元，却{rate_word} {rate}",
      explanation="增加之后应接增长率，减少之后应接下降率：“增加……增长”或“减少……下降/降低”，不能写“增加……下降”。"
      "本规则只比较方向，不涉及数值误差。"
      "\n错误示例：“项目支出 245.2 万元，比上年预算减少 144.8 万元，增长 37.13%”。")
def change_direction(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """An increase is followed by a growth rate and a decrease by a rate of decline: "增加…增长" or
    "减少…下降/降低", never "增加…下降".

    Failing example: "项目支出 245.2 万元，比上年预算减少 144.8 万元，增长 37.13%".
    """
    for c in claim_kinds(ctx).changed:
        if c.delta is None or c.rate is None or c.delta == 0 or c.rate.value == 0:
            continue
        if (c.delta > 0) != (c.rate.value > 0):
            yield rule.finding(claim_where(c), expected="方向一致", actual="方向相反",
                            fix="核对“增加/减少”与“增长/下降”", subject=c.subject,
                            delta_word="增加" if c.delta > 0 else "减少", delta=num(abs(c.delta)),
                            rate_word="增长" if c.rate.value > 0 else "下降",
                            rate=pct(abs(c.rate.value), c.rate.places))


@rule("T313", "change-against-prior", Severity.ERROR,
      "增减额与所述上年情况相符",
      "文中“{subject}”{amount} 万元，{change}，推得上年为 {prior} 万元，与{said}矛盾",
      explanation="本年数减去增减额即上年数。上年数不能为负（“预算数为 6.50 万元，比上年预算增加 9.00 万元”）；文中称上年没有"
      "安排（“比上年预算增加 9.00 万元（上年未安排）”）时，增加额应等于本年数。推得的上年数小于零，或称上年未安排而"
      "推得的上年数不为零，即报告。"
      "\n错误示例：“其他统计信息事务支出（99项）：2023年预算数为6.50万元，比上年预算增加5.60万元（上年未安排）”——"
      "上年应为 0.90，而不是没有安排。")
def change_against_prior(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """This year's amount minus the change is last year's amount. It cannot be negative ("预算数为 6.50
    万元，比上年预算增加 9.00 万元"), and where the text says last year had nothing ("比上年预算增加 9.00
    万元（上年未安排）") the change equals this year's amount.

    Failing example: "其他统计信息事务支出（99项）：2023年预算数为6.50万元，比上年预算增加5.60万元（上年
    未安排）" — last year would be 0.90, not nothing.
    """
    for c in claim_kinds(ctx).changed:
        if c.delta is None or not c.money:
            continue
        x = current_of(ctx, c)
        if x is None:
            continue
        prior = x - c.delta
        change = f"{'增加' if c.delta >= 0 else '减少'} {num(abs(c.delta))} 万元"
        if prior < 0 and _whole_change(c, c.delta) is not None:
            continue
        if prior < 0:
            said = "“上年数不能为负”"
        elif c.prior_none and prior != 0:
            said = "“上年未安排”"
        else:
            continue
        yield rule.finding(claim_where(c), expected="0" if c.prior_none else "≥ 0", actual=num(prior),
                        fix="核对本年数与增减额", subject=c.subject, amount=num(x), change=change, prior=num(prior),
                        said=said)
