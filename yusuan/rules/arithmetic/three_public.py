"""A111 — 表10: “三公”经费合计 = its parts; 公务用车购置及运行费 = 购置 + 运行; sources add up."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import TableId
from yusuan.rules.common import at, row_identity
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tolerance import SUM_TOLERANCE


@rule("A111", "three-public-parts", Severity.ERROR,
      "表10 “三公”经费各项相加",
      "表10“{row}”：{column} {actual_s} 不等于 {parts} {expected_s}",
      explanation="表10（财政拨款“三公”经费支出情况表）中：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；"
      "公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费；每一行 合计 = 一般公共预算 + 政府性基金 + "
      "国有资本经营预算。每个等式逐列核对。" + SUM_TOLERANCE +
      "\n错误示例：合计 31.00，而公务用车购置及运行费 31.00、公务接待费 2.00。")
def three_public_parts(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """In 表10 (财政拨款“三公”经费支出情况表): 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费;
    公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费; and in every row 合计 = 一般公共预算 + 政府性基金
    + 国有资本经营预算. Each identity is checked in every column.

    Failing example: 合计 31.00 while 公务用车购置及运行费 31.00 and 公务接待费 2.00.
    """
    view = ctx.view(TableId.T10)
    if view is None:
        return
    rows = {code: view.item(code) for code in ("total", "abroad", "reception", "vehicle", "vehicle_purchase",
                                                "vehicle_operation")}
    vehicle_parts = [rows["vehicle_purchase"], rows["vehicle_operation"]]
    for key in view.printed_columns:  # a blank column adds up (0 = 0)
        if rows["total"] is not None:
            car = [rows["vehicle"]] if rows["vehicle"] is not None else vehicle_parts
            parts = [p for p in (rows["abroad"], rows["reception"], *car) if p is not None]
            if parts and not view.adds_up(rows["total"], parts, key) and not _vehicle_row_alone_is_off(view, rows, key):
                yield from ctx.sum_check(
                    rule, view.fig(rows["total"], key), [view.fig(p, key) for p in parts], at(view, rows["total"], key),
                    f"表10 合计（{view.column_label(key)}）", view.unit, fix="“三公”经费合计应等于三项之和",
                    row=rows["total"].label, column=view.column_label(key), parts="、".join(p.label for p in parts))
        if rows["vehicle"] is not None and any(p is not None for p in vehicle_parts):
            parts = [p for p in vehicle_parts if p is not None]
            if view.adds_up(rows["vehicle"], parts, key):
                continue
            yield from ctx.sum_check(
                rule, view.fig(rows["vehicle"], key), [view.fig(p, key) for p in parts], at(view, rows["vehicle"], key),
                f"表10 公务用车购置及运行费（{view.column_label(key)}）", view.unit,
                fix="公务用车购置及运行费应等于购置费与运行费之和",
                row=rows["vehicle"].label, column=view.column_label(key), parts="、".join(p.label for p in parts))
    sources = [k for k in ("general_budget", "fund_budget", "soe_budget") if k in view.keys]
    if sources:
        yield from row_identity(ctx, rule, view, [x for x in rows.values() if x is not None], "total", sources, "合计",
                                "每行合计应等于各资金来源之和")


def _vehicle_row_alone_is_off(view, rows, key) -> bool:
    """合计 misses its three items only through a 公务用车购置及运行费 row that misses its own 购置费 and 运行费,
    while 合计 adds up with those two in its place: the one slip is the car row's, reported by the check of the
    car row (r527: 公务用车费 0 over 运行维护费 32.65; 合计 34.35 = 0 + 1.70 + 32.65)."""
    vehicle_parts = [p for p in (rows["vehicle_purchase"], rows["vehicle_operation"]) if p is not None]
    if rows["vehicle"] is None or not vehicle_parts or view.adds_up(rows["vehicle"], vehicle_parts, key):
        return False
    items = [p for p in (rows["abroad"], rows["reception"]) if p is not None] + vehicle_parts
    return view.adds_up(rows["total"], items, key)
