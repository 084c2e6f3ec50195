"""T301 — an amount (or count) stated in the text equals the figure of the table it refers to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where
from yusuan.rules.text.subjects import referent
from yusuan.rules.text.three_public import three_public_claims

TEN_THOUSAND = 10000
HALF_CENT = Decimal("0.005")


def fits(stated: Decimal, value: Decimal) -> bool:
    """A figure printed to 0.01 equals a table value: exactly, or by rounding a finer one (a table in 元)."""
    if stated == value:  # most figures agree exactly: no need to look at the precision
        return True
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
      "文中“{subject}”为 {actual_s}{unit}，{source}为 {expected_s}{unit}{note}",
      explanation="说明文字中关于表格所列事项的每个金额都应等于表中数字：收入预算、支出预算（表1），一般公共预算及其转移支付"
      "（表1），财政拨款结转，基本支出和项目支出（第三部分 三 对表3，五、六 对表5，接受不含结转的当年拨款），"
      "人员经费、公用经费（表6），第三部分 四 和 五（二）所述各类、五（三）所述各项（表5），“三公”经费及其各项"
      "（表10），项目的预算安排规模（表7），实施绩效管理的项目个数和金额（表7），以及表外所述数字（机关运行经费、"
      "政府采购、国有资产、人员）与其数据来源。无法对应到表格的事项不检查。"
      "“三公”经费逐项与表10 核对，不论文字如何称呼（“公务接待”“因公出国（境）经费”“公务用车运行费用”，或紧接"
      "“公务接待费预算数为……”之后的“决算支出数为……”）：预算文件对表10 合计数，决算文件的决算数对表10 决算数、"
      "年初预算数对表10 预算数；上年数不核对。同一章节中两个数字恰好是对方在表中的数字时，指出文字把两项金额互换了。"
      "允许误差：按 0.01 万元公布的同一数字必须完全一致；表中数字更精细（以元为单位）时，文字数字与之相差须小于 "
      "0.005 万元。人数、车辆数等计数必须完全一致。"
      "\n错误示例：（样例数据，第三部分 四）“一般公共服务支出 736.43 万元”，而表4 和表5 印 201 一般公共服务支出 736.44；"
      "“三公”经费页写“公务接待费10万元，公务用车运行费11.8万元”，表10 为公务接待费 11.8、公务用车运行费 10"
      "（文字中公务接待费与公务用车运行费的金额互换）。")
def stated_amount(ctx: Context, rule: Rule) -> Iterator[Finding]:
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
        yield rule.finding(claim_where(c), expected=shown, actual=f"{m.value:f}", fix=fix,
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
