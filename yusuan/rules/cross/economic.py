"""X209 表6↔表10, X210 人员经费/公用经费 by economic 类, X211 economic 款 mirroring functional 项."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import Row, TableId
from yusuan.money import ZERO
from yusuan.rules.common import at
from yusuan.rules.context import Context
from yusuan.rules.cross.common import not_above
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import Fig, row_label
from yusuan.rules.tolerance import PART_TOLERANCE, SUM_TOLERANCE

# 表6 款 → the 表10 row that contains it (三公 covers basic and project spending alike)
THREE_PUBLIC_OF = {"30212": "abroad", "30217": "reception", "30231": "vehicle_operation",
                   "30913": "vehicle_purchase", "31013": "vehicle_purchase"}


@rule("X209", "t6-within-three-public", Severity.ERROR,
      "表6 出国、接待、公务用车款目不超过表10",
      "{a}为 {a_s}，超过{b} {b_s}",
      explanation="表10（“三公”经费表）涵盖全部财政拨款安排的因公出国（境）、公务接待和公务用车支出，包括基本支出和项目支出；"
      "表6（基本支出表）只含其中的基本支出部分。因此：30212 因公出国（境）费用 ≤ 因公出国（境）费，30217 公务接待费 ≤ "
      "公务接待费，30231 公务用车运行维护费 ≤ 公务用车运行费，30913/31013 公务用车购置 ≤ 公务用车购置费。"
      + PART_TOLERANCE +
      "\n错误示例：表6 30231 公务用车运行维护费 31.00，表10 公务用车运行费 13.00。")
def t6_within_three_public(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The 三公 table (表10) covers all 财政拨款 spending on 因公出国（境）, 公务接待 and 公务用车, basic and
    project alike; the basic-expenditure table (表6) holds the basic part. So 30212 因公出国（境）费用 ≤
    因公出国（境）费, 30217 公务接待费 ≤ 公务接待费, 30231 公务用车运行维护费 ≤ 公务用车运行费, and 30913/31013
    公务用车购置 ≤ 公务用车购置费.

    Failing example: 表6 30231 公务用车运行维护费 31.00, 表10 公务用车运行费 13.00.
    """
    t6, t10 = ctx.view(TableId.T6), ctx.view(TableId.T10)
    if t6 is None or t10 is None:
        return
    rows: dict[str, list[Row]] = {}
    for code, target in THREE_PUBLIC_OF.items():
        row = t6.by_code.get(code)
        if row is not None and t6.amount(row, "total"):
            rows.setdefault(target, []).append(row)
    for target, parts in rows.items():
        whole = t10.item(target)
        if sum((t6.amount(x, "total") for x in parts), ZERO) <= t10.amount(whole, "total"):
            continue  # within the whole: not_above finds nothing
        part = Fig(ZERO, ZERO)
        for x in parts:
            part = part + t6.fig(x, "total")
        row = parts[0]
        if f := not_above(ctx, rule, t6, row, "total", part, t10.fig(whole, "total"), f"表6“{row_label(row)}”",
                          f"表10“{whole.label if whole is not None else target}”",
                          "表6 中的该款属于“三公”经费，应包含在表10 中；核对两表"):
            yield f


PERSONNEL_CLASSES = ("301", "303")
PUBLIC_CLASSES = ("302", "309", "310")


@rule("X210", "personnel-public-classes", Severity.WARNING,
      "人员经费 = 工资福利支出 + 对个人和家庭的补助；公用经费 = 商品和服务支出（+资本性支出）",
      "表6“{row}”列入了{wrong} {amount}，按口径应全部为{right}",
      explanation="按通常口径（见全国模板的名词解释），人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助，公用经费 = "
      "302 商品和服务支出（基本支出中出现 309/310 资本性支出时也计入公用经费）。表6 的类级行在另一列有金额即报警告："
      "有的地区口径不同，请核实而不要盲目更正。任何非零金额都会报告，没有误差容限。"
      "\n错误示例：表6 302 商品和服务支出 人员经费 12.00，公用经费 131.26。")
def personnel_public_classes(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """By the usual definitions (see the glossary of the national template), 人员经费 is 301 工资福利支出 +
    303 对个人和家庭的补助 and 公用经费 is 302 商品和服务支出 (plus 309/310 资本性支出 where they appear in
    basic expenditure). A 类 row of 表6 that puts money in the other column is a warning: some regions
    define the split differently, so verify rather than correct blindly.

    Failing example: 表6 302 商品和服务支出 has 人员经费 12.00 and 公用经费 131.26.
    """
    t6 = ctx.view(TableId.T6)
    if t6 is None:
        return
    for row in t6.coded():
        if len(row.code) != 3:  # type: ignore[arg-type]
            continue
        if row.code in PERSONNEL_CLASSES and t6.amount(row, "public"):
            yield rule.finding(at(t6, row, "public"), actual=str(t6.amount(row, "public")), expected="0",
                            fix="把该类金额列入人员经费，或说明本地口径",
                            row=row_label(row), wrong="公用经费", right="人员经费", amount=t6.fig(row, "public").shown)
        if row.code in PUBLIC_CLASSES and t6.amount(row, "personnel"):
            yield rule.finding(at(t6, row, "personnel"), actual=str(t6.amount(row, "personnel")), expected="0",
                            fix="把该类金额列入公用经费，或说明本地口径",
                            row=row_label(row), wrong="人员经费", right="公用经费",
                            amount=t6.fig(row, "personnel").shown)


# 表6 款 → the functional 项 (表5 基本支出) that carry the same money
MIRRORS: dict[str, tuple[str, ...]] = {
    "30108": ("2080505",),
    "30109": ("2080506",),
    "30110": ("2101101", "2101102"),
    "30111": ("2101103",),
    "30113": ("2210201",),
    "30114": ("2101199",),
}


@rule("X211", "economic-mirrors-functional", Severity.WARNING,
      "经济分类款与对应的功能分类项一致（养老保险、医疗保险、住房公积金…）",
      "表6“{row}”为 {actual_s}，表5 对应科目（{items}）基本支出合计 {expected_s}，相差 {diff}",
      explanation="部分经济分类款与功能分类项是同一笔钱的两种名称（该项全部为基本支出时）：30108 机关事业单位基本养老保险缴费 ↔ "
      "2080505；30109 职业年金缴费 ↔ 2080506；30110 职工基本医疗保险缴费 ↔ 2101101 + 2101102；30111 公务员医疗补助缴费 ↔ "
      "2101103；30113 住房公积金 ↔ 2210201；30114 医疗费 ↔ 2101199。两边都有公布且这些项没有项目支出时，表6 与表5 "
      "的基本支出应一致。这是警告：部门可能在别处列支此类缴费，请核实。" + SUM_TOLERANCE +
      "\n错误示例：表6 30113 住房公积金 35.90，表5 2210201 住房公积金 基本支出 53.90。")
def economic_mirrors_functional(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Some economic 款 and functional 项 are two names for the same money, when the 项 is wholly basic
    expenditure: 30108 机关事业单位基本养老保险缴费 ↔ 2080505; 30109 职业年金缴费 ↔ 2080506; 30110 职工基本
    医疗保险缴费 ↔ 2101101 + 2101102; 30111 公务员医疗补助缴费 ↔ 2101103; 30113 住房公积金 ↔ 2210201;
    30114 医疗费 ↔ 2101199. When both sides are printed and the 项 carry no 项目支出, 表6 and 表5 agree.
    A warning: a department may charge such payments elsewhere; verify.

    Failing example: 表6 30113 住房公积金 35.90, 表5 2210201 住房公积金 基本支出 53.90.
    """
    t5, t6 = ctx.view(TableId.T5), ctx.view(TableId.T6)
    if t5 is None or t6 is None:
        return
    for econ, items in MIRRORS.items():
        row = t6.by_code.get(econ)
        rows5 = [t5.by_code[c] for c in items if c in t5.by_code]
        if row is None or not rows5 or any(t5.amount(x, "project") for x in rows5):
            continue
        if t6.amount(row, "total") == sum((t5.amount(x, "basic") for x in rows5), ZERO):
            continue  # exact: no Fig, no message
        yield from ctx.sum_check(
            rule, t6.fig(row, "total"), [t5.fig(x, "basic") for x in rows5], at(t6, row, "total"),
            f"表6“{row_label(row)}”与表5 对应科目", fix="核对表6 该款与表5 对应项的基本支出",
            row=row_label(row), items="、".join(row_label(x) for x in rows5))
