"""T301 — an amount (or count) stated in the text equals the figure of the table it refers to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.text.common import claim_where
from yusuan.rules.text.subjects import referent
from yusuan.rules.text.three_public import three_public_claims

TEN_THOUSAND = 10000
HALF_CENT = Decimal("0.005")


def fits(stated: Decimal, value: Decimal) -> bool:
    """A figure printed to 0.01 equals a table value: exactly, or by rounding a finer one (a table in 元)."""
    exp = value.normalize().as_tuple().exponent
    if isinstance(exp, int) and exp >= -2:
        return stated == value
    return abs(stated - value) < HALF_CENT


@dataclass
class _Mismatch:
    claim: Claim
    label: str  # what the figure is, in Chinese
    value: Decimal  # as the text states it
    candidates: list[Decimal]  # what the tables say (the first is shown)
    source: str
    note: str = ""


@rule("T301", "stated-amount", Severity.ERROR,
      "文字中的金额、人数等与表格（或所述数据）一致",
      "文中“{subject}”为 {actual_s}{unit}，{source}为 {expected_s}{unit}{note}")
def stated_amount(ctx: Context) -> Iterator[Finding]:
    """Every amount the explanations state about something the tables show must equal the table's
    figure: 收入预算/支出预算 (表1), 一般公共预算 and its 转移支付 (表1), 财政拨款结转, 基本支出 and 项目支出
    (表3 in 第三部分 三, 表5 in 五/六 — 当年拨款 without carry-over accepted), 人员经费/公用经费 (表6), each
    类 named in 四 and 五（二） and each 项 of 五（三） (表5), a project's 预算安排规模 (表7), the number and
    amount of projects under performance management (表7), and the figures the text states beside the
    tables (机关运行经费, 政府采购, 国有资产, 人员) against the data they come from. Printed to 0.01 万元, the
    same figure must agree exactly; a subject the checker cannot tie to a table is not checked.

    The “三公” figures are compared item by item with 表10 however the text names them ("公务接待11.8万元",
    "因公出国（境）经费", "公务用车运行费用", "支出决算为…" after "公务接待费预算数为…"): a budget's with 表10's
    合计, a 决算's 决算数 with 表10's 决算数 and its 年初预算数 with 表10's 预算数; last year's figures are not
    compared. When two figures of one section are each other's table figures, the finding says that the
    text swapped them.

    Failing examples (the seed, 第三部分 四): "一般公共服务支出 736.43 万元", while 表4 and 表5 print 201
    一般公共服务支出 736.44; a 三公 page stating "公务接待费10万元，公务用车运行费11.8万元" over a 表10 of 公务接待费
    11.8 and 公务用车运行费 10 ("文字中公务接待费与公务用车运行费的金额互换").
    """
    r = get("T301")
    three, about_three = three_public_claims(ctx)
    mismatches: list[_Mismatch] = []
    for x in three:
        if not fits(x.value, x.expected):
            mismatches.append(_Mismatch(x.claim, x.label, x.value, [x.expected], x.source))
    for c in ctx.text.claims:
        if c.value is None or c.threshold or c.per_unit is not None or id(c) in about_three:
            continue
        ref = referent(ctx, c)
        if ref is None or not ref.candidates:
            continue
        if any(fits(c.value, v) for v, _ in ref.candidates):
            continue
        mismatches.append(_Mismatch(c, c.subject or ref.label, c.value, [v for v, _ in ref.candidates],
                                    ref.candidates[0][1]))
    _mark_swaps(mismatches)
    mismatches.sort(key=lambda m: (list(ctx.text.flows).index(m.claim.section) if m.claim.section in ctx.text.flows
                                   else 0, m.claim.start))
    for m in mismatches:
        c = m.claim
        expected = m.candidates[0]
        fix = "核对该数字，使文字与表格一致"
        if m.note:
            fix = "核对两项金额：文字与表格中的金额互换了"
        elif c.money and any(m.value == v * TEN_THOUSAND or m.value * TEN_THOUSAND == v for v in m.candidates):
            fix = "疑似元与万元混用：核对金额单位"
        unit = "万元" if c.money else c.unit
        shown = f"{expected:f}" if not c.money else f"{expected:.2f}"
        yield r.finding(claim_where(c), expected=shown, actual=f"{m.value:f}", fix=fix,
                        subject=c.subject or m.label, actual_s=f"{m.value:f}", expected_s=shown, unit=unit,
                        source=m.source, note=m.note)


def _mark_swaps(mismatches: list[_Mismatch]) -> None:
    """Two wrong figures of one section that are each other's table figures: the text swapped them."""
    for i, a in enumerate(mismatches):
        for b in mismatches[i + 1:]:
            if a.note or b.note or a.claim.flow is not b.claim.flow or a.value == b.value or a.label == b.label:
                continue
            if any(fits(a.value, v) for v in b.candidates) and any(fits(b.value, v) for v in a.candidates):
                first, second = (a, b) if a.claim.start <= b.claim.start else (b, a)
                note = f"（文字中{first.label}与{second.label}的金额互换）"
                a.note = b.note = note
