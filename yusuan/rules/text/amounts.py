"""T301 — an amount (or count) stated in the text equals the figure of the table it refers to."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.text.common import claim_where
from yusuan.rules.text.subjects import referent

TEN_THOUSAND = 10000
HALF_CENT = Decimal("0.005")


def fits(stated: Decimal, value: Decimal) -> bool:
    """A figure printed to 0.01 equals a table value: exactly, or by rounding a finer one (a table in 元)."""
    exp = value.normalize().as_tuple().exponent
    if isinstance(exp, int) and exp >= -2:
        return stated == value
    return abs(stated - value) < HALF_CENT


@rule("T301", "stated-amount", Severity.ERROR,
      "文字中的金额、人数等与表格（或所述数据）一致",
      "文中“{subject}”为 {actual_s}{unit}，{source}为 {expected_s}{unit}")
def stated_amount(ctx: Context) -> Iterator[Finding]:
    """Every amount the explanations state about something the tables show must equal the table's
    figure: 收入预算/支出预算 (表1), 一般公共预算 and its 转移支付 (表1), 财政拨款结转, 基本支出 and 项目支出
    (表3 in 第三部分 三, 表5 in 五/六 — 当年拨款 without carry-over accepted), 人员经费/公用经费 (表6), each
    类 named in 四 and 五（二） and each 项 of 五（三） (表5), the “三公”经费 and its parts (表10), a project's
    预算安排规模 (表7), the number and amount of projects under performance management (表7), and the
    figures the text states beside the tables (机关运行经费, 政府采购, 国有资产, 人员) against the data they
    come from. Printed to 0.01 万元, the same figure must agree exactly; a subject the checker cannot
    tie to a table is not checked.

    Failing example (the seed, 第三部分 四): "一般公共服务支出 736.43 万元", while 表4 and 表5 print 201
    一般公共服务支出 736.44.
    """
    r = get("T301")
    for c in ctx.text.claims:
        if c.value is None or c.threshold or c.per_unit is not None:
            continue
        ref = referent(ctx, c)
        if ref is None or not ref.candidates:
            continue
        if any(fits(c.value, v) for v, _ in ref.candidates):
            continue
        expected, source = ref.candidates[0]
        fix = "核对该数字，使文字与表格一致"
        if c.money and any(c.value == v * TEN_THOUSAND or c.value * TEN_THOUSAND == v for v, _ in ref.candidates):
            fix = "疑似元与万元混用：核对金额单位"
        unit = "万元" if c.money else c.unit
        shown = f"{expected:f}" if not c.money else f"{expected:.2f}"
        yield r.finding(claim_where(c), expected=shown, actual=f"{c.value:f}", fix=fix,
                        subject=c.subject or ref.label, actual_s=f"{c.value:f}", expected_s=shown, unit=unit,
                        source=source)
