"""W722 a total's change against the changes of its 基本支出 and 项目支出 stated elsewhere: "2023年支出预算1256.92
万元，比2022年预算增加232.06万元 … 基本支出1252.32万元，比2022年预算增加66.59万元 … 项目支出4.6万元，比2022年预算
减少89.6万元" (r740)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount, amount_u, claim_where
from yusuan.rules.text.subjects import referent

# the department's expenditure, and the 基本支出 and 项目支出 that are all of it when their amounts add up to it
# (the department's own, or those of its 一般公共预算 when that is all the department spends this year)
_TOTALS = ("total_expenditure", "general_expenditure")
_BASIC = ("basic", "basic_general")
_PROJECT = ("project", "project_general")


@rule("W722", "whole-change-from-parts", Severity.WARNING,
      "支出总数比上年的增减不超过基本支出与项目支出增减之和",
      "文中“{subject}”比上年{stated}，而本年金额合计即为总数的基本支出、项目支出比上年合计{parts}",
      explanation="文中写出支出总数及其比上年的增减额，又（在同一处或别处）写出基本支出、项目支出各自的金额和比上年的增减额，"
      "且本年基本支出与项目支出之和正好等于支出总数时：上年的支出总数至少是上年基本支出与项目支出之和（它们是总数的组成部分），"
      "所以总数比上年的增加不能超过两项增减之和（两项之和减少时，总数也至少同样减少）。一般公共预算的基本支出、项目支出"
      "合计等于部门支出总数时（本年支出全部来自一般公共预算），同样适用。期望值为两项增减之和，实际值为所印总数的增减额。"
      "允许误差：各增减额按其最后一位的半个单位（至少 0.005 万元）。这是警告：不能确定是总数还是哪一项的增减额印错了。"
      "\n错误示例：“2023年支出预算1256.92万元，比2022年预算增加232.06万元……基本支出1252.32万元，比2022年预算增加66.59万元"
      "……项目支出4.6万元，比2022年预算减少89.6万元”——两项合计减少23.01万元，总数不可能增加232.06万元。")
def whole_change_from_parts(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The department's expenditure and its change against last year, and — in the same place or another — its
    基本支出 and 项目支出 with their changes, their amounts adding up to the total this year: last year's total was
    at least last year's 基本支出 plus 项目支出 (they are parts of it), so the total cannot have risen by more than
    the two changes together. The 一般公共预算's 基本支出 and 项目支出 count the same way when they add up to the
    department's total (all it spends this year is 一般公共预算). Accepted within half a unit of the last printed
    digit of each change. A warning: which of the changes is misprinted is not known.

    Failing example (r740): "2023年支出预算1256.92万元，比2022年预算增加232.06万元 … 基本支出1252.32万元，比2022年
    预算增加66.59万元 … 项目支出4.6万元，比2022年预算减少89.6万元" — the two fell by 23.01 together.
    """
    keyed: dict[str, list[Claim]] = {}
    for c in ctx.text.claims:
        if c.value is None or c.delta is None or not c.money or c.period != "current" or c.per_unit is not None \
                or c.threshold or c.project:
            continue
        ref = referent(ctx, c)
        if ref is not None and ref.key in _TOTALS + _BASIC + _PROJECT:
            keyed.setdefault(ref.key, []).append(c)
    basics = [c for k in _BASIC for c in keyed.get(k, [])]
    projects = [c for k in _PROJECT for c in keyed.get(k, [])]
    for total in (c for k in _TOTALS for c in keyed.get(k, [])):
        for basic in basics:
            project = next((p for p in projects if p.unit == basic.unit == total.unit and _adds_up(total, basic, p)),
                           None)
            if project is None:
                continue
            parts = basic.delta + project.delta  # type: ignore[operator]
            slack = _half(total) + _half(basic) + _half(project)
            if total.delta <= parts + slack:  # type: ignore[operator]
                continue
            yield rule.finding(claim_where(total), expected=amount(total, parts), actual=amount(total, total.delta),
                               fix="核对支出总数与基本支出、项目支出的增减额", subject=total.subject,
                               stated=_change(total, total.delta), parts=_change(total, parts))  # type: ignore[arg-type]
            return


def _adds_up(total: Claim, basic: Claim, project: Claim) -> bool:
    """This year's 基本支出 and 项目支出 make up the total, within the rounding of the three amounts."""
    assert total.value is not None and basic.value is not None and project.value is not None
    return abs(basic.value + project.value - total.value) <= total.half + basic.half + project.half


def _half(c: Claim) -> Decimal:
    return c.delta_half or HALF_CENT


def _change(c: Claim, value: Decimal) -> str:
    return f"{'增加' if value >= 0 else '减少'} {amount_u(c, abs(value))}"
