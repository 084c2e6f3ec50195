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
    "{what}为 {actual_s}，按各项计算为 {expected_s}，相差 {diff}，"
    "未超过 {n} 个两位小数数字的舍入误差上限 {bound}（规则 {rule}）",
    ROUNDING_DOC,
    explanation="这不是错误，而是提示。按 0.01 万元公布的每个数字与精确值至多相差 0.005 万元（一般而言，为该表最后一位的一半；"
    "以元为单位、公布到整元的表至多相差 0.5 元）。一个涉及 n 个公布数字的等式（例如一个合计及其 n − 1 个组成项）"
    "因此可能相差至多 n × 0.005 万元，而数据本身并无错误。差额不为零但在此上限之内时，只报一次本提示，并注明该等式"
    "所属的规则；超过上限则是该规则的错误。同一数字以相同精度印两次（同一类在表1和表3中、文字与表格中），"
    "必须完全一致，舍入不能造成差异。百分比按舍入后金额所允许的区间核对（见 T302、T303），不产生本提示。"
    "\n错误示例：（提示，不是错误）表3 印 201 一般公共服务支出 基本支出 491.23，而其下各项 473.27 + 17.97 = 491.24。"
    "三个数字各可能偏差 0.005，相差 0.01 ≤ 3 × 0.005 = 0.015 万元，可能仅由舍入造成：报 A100（来源 A101）。",
)
