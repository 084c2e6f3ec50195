"""W705 元/万元 mix-ups between tables, W706 人员经费 per person, W708 机关运行经费 vs 公用经费."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import Side, TableId
from yusuan.model.sections import SectionKey
from yusuan.money import MoneyUnit, convert, show_amount
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import num

TEN_THOUSAND = Decimal(10000)
PAIRS = ((TableId.T1, Side.EXPENDITURE, "amount", TableId.T3, None, "total"),
         (TableId.T1, Side.INCOME, "amount", TableId.T2, None, "total"),
         (TableId.T3, None, "total", TableId.T5, None, "total"),
         (TableId.T5, None, "basic", TableId.T6, None, "total"),
         (TableId.T5, None, "project", TableId.T7, None, "total"),
         (TableId.T4, Side.INCOME, "total", TableId.T5, None, "total"))


@rule("W705", "unit-mixup", Severity.WARNING,
      "表格金额单位（元/万元）标注正确",
      "{a}与{b}的金额相差 {factor} 倍，疑似单位（元/万元）标注错误",
      explanation="表格可以元或万元为单位（上海的表格以元、文字以万元）。两个本应相等的总数，按各表所标单位换算后正好相差 10000 倍，"
      "或只有忽略单位才相等，说明某张表的单位标错了。"
      "\n错误示例：表6 标注单位：万元，印合计 6059400.00，表5 基本支出 605.94 万元。")
def unit_mixup(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Tables may be printed in 元 or in 万元 (Shanghai prints 元 tables and 万元 text). Two totals that
    should be equal, but differ by exactly 10 000 after converting each table's stated unit — or agree
    only if the units are ignored — point to a table labelled with the wrong unit.

    Failing example: 表6 marked 单位：万元 prints 合计 6059400.00, 表5 基本支出 605.94 万元.
    """
    for ta, sa, ka, tb, sb, kb in PAIRS:
        a, b = ctx.view(ta), ctx.view(tb)
        if a is None or b is None or (ra := a.total(sa)) is None or (rb := b.total(sb)) is None:
            continue
        va, vb = a.amount(ra, ka), b.amount(rb, kb)
        if not va or not vb:
            continue
        raw_a, raw_b = ra.values.get(ka), rb.values.get(kb)
        mixed = va == vb * TEN_THOUSAND or vb == va * TEN_THOUSAND or (a.unit != b.unit and raw_a == raw_b)
        if mixed:
            yield rule.finding(Where(table=tb.value), expected=f"{num(va)} 万元", actual=f"{num(vb)} 万元",
                            fix="核对两表的金额单位", a=f"表{ta.value[1:]}（单位：{a.unit.value}）",
                            b=f"表{tb.value[1:]}（单位：{b.unit.value}）", factor="10000" if va != vb else "0（单位不同）")


PER_PERSON_MIN = Decimal(1)  # 万元 a year
PER_PERSON_MAX = Decimal(80)


@rule("W706", "personnel-per-person", Severity.WARNING,
      "人均人员经费在合理范围内",
      "人员经费 {personnel} 万元 ÷ 实有人数 {people} 人 = 人均 {per} 万元，不在常见范围（{lo}–{hi} 万元）内",
      explanation="人员经费（表6）除以实有人数（在职和离退休）得到人均年额，在我国公共机构中约在 1 至 80 万元之间。远超此范围，"
      "通常是金额单位有误（把元当作万元）或人数有误。"
      "\n错误示例：人员经费 462.68，实有人数 600——人均 0.77 万元。")
def personnel_per_person(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """人员经费 (表6) over the staff actually paid (实有人数: in service and retired) gives a yearly amount per
    person that lies between about 1 and 80 万元 in Chinese public bodies. Far outside that range, a
    figure is usually in the wrong unit (元 read as 万元) or the staff count is wrong.

    Failing example: 人员经费 462.68 with 实有人数 600 — 0.77 万元 a person.
    """
    st = ctx.disclosure.overview.staffing if ctx.disclosure.overview else None
    t6 = ctx.view(TableId.T6)
    if st is None or not st.actual or t6 is None or (total := t6.total()) is None:
        return
    personnel = t6.amount(total, "personnel")
    if not personnel:
        return
    per = personnel / st.actual
    if per < PER_PERSON_MIN or per > PER_PERSON_MAX:
        yield rule.finding(Where(table="T6"), expected=f"{PER_PERSON_MIN}–{PER_PERSON_MAX}", actual=num(per),
                                  fix="核对人员经费的单位与实有人数", personnel=num(personnel), people=st.actual,
                                  per=num(per), lo=PER_PERSON_MIN, hi=PER_PERSON_MAX)


@rule("W708", "operating-costs-within-public", Severity.WARNING,
      "机关运行经费不超过公用经费",
      "机关运行经费 {operating}，大于表6 公用经费 {public}",
      explanation="机关运行经费是行政单位（及参照管理的单位）的公用经费，不能超过全部门基本支出的公用经费（表6）。报警告：有的地区"
      "把少量项目经费安排的运行支出也计入机关运行经费。"
      "\n错误示例：机关运行经费 153.26 万元，表6 公用经费 143.26 万元。")
def operating_costs_within_public(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """机关运行经费 is the 公用经费 of administrative units (and those managed like them): it cannot exceed
    the 公用经费 of the whole department's basic expenditure (表6). A warning: some regions add a few
    project-funded running costs.

    Failing example: 机关运行经费 153.26 万元, 表6 公用经费 143.26 万元.
    """
    value = ctx.disclosure.statements.operating_costs
    t6 = ctx.view(TableId.T6)
    if value is None or t6 is None or (total := t6.total()) is None:
        return
    operating = convert(value, ctx.disclosure.unit, MoneyUnit.WAN)
    public = t6.amount(total, "public")
    if operating > public:
        yield rule.finding(Where(section=SectionKey.OPERATING_COSTS), expected=f"≤ {num(public)}", actual=num(operating),
                                  fix="核对机关运行经费的口径与金额", operating=show_amount(value, ctx.disclosure.unit),
                           public=t6.fig(total, "public").shown)
