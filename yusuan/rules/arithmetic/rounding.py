"""A100 — rounding differences: the one notice every identity falls back to."""

from yusuan.rules.finding import Severity
from yusuan.rules.registry import define

ROUNDING_DOC = """\
Figures published to 0.01 万元 are each off from the exact amount by at most half a cent, 0.005 万元
(in general: half a unit of the last digit the table prints; a table in 元 printed to whole 元 is
off by at most 0.5 元). An identity over n published figures — say a total and its n − 1 parts —
may therefore miss by up to the sum of those halves: n × 0.005 万元 for tables in 万元. A difference
that is not zero but within that bound is not an error: it is reported once, as this notice, with
the rule whose identity it concerns (`origin`). A difference beyond the bound is an error of that
rule. Two printings of the same figure at the same precision (the same 类 in 表1 and 表3, a figure in
the text and in a table) must agree exactly: no rounding can make them differ.

Percentages are compared against the interval the rounded amounts allow (see T302, T303), so they
produce no rounding notices.

Failing example (a notice, not an error): 表3 prints 201 一般公共服务支出 基本支出 491.23 while its
项 473.27 + 17.97 = 491.24. The three figures may each be off by 0.005, so a difference of 0.01 ≤
3 × 0.005 = 0.015 万元 is possible from rounding alone: A100 (origin A101).
"""

RULE = define(
    "A100", "rounding-difference", Severity.NOTICE,
    "舍入误差范围内的差异（不是错误）",
    "{what}为 {actual_s} {unit}，按各项计算为 {expected_s} {unit}，相差 {diff} {unit}，"
    "未超过 {n} 个两位小数数字的舍入误差上限 {bound} {unit}（规则 {rule}）",
    ROUNDING_DOC,
)
