"""W704 placeholders left in, W707 a wrong year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import get, rule
from yusuan.rules.text.common import flow_where

PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,}|某某|〇〇|○○|□□|＊＊|\*\*|【[^】]{0,6}名称】|\[[^\]]{0,6}名称\])(?![A-Za-z])")


@rule("W704", "placeholder-left", Severity.WARNING,
      "没有残留的模板占位符",
      "{where_s}中有占位符“{found}”")
def placeholder_left(ctx: Context) -> Iterator[Finding]:
    """Template text with its blanks unfilled — "XX万元", "××单位", "某某项目", "【单位名称】" — in the
    explanations, table titles and notes, project names or performance goals.

    Failing example: "本部门XX年部门预算收入XX万元".
    """
    r = get("W704")
    for flow in ctx.text.flows.values():
        for m in PLACEHOLDER.finditer(flow.text):
            yield r.finding(flow_where(flow, m.start(), m.end()), expected="实际内容", actual=m.group(0),
                            fix="填写实际内容", where_s="说明文字", found=m.group(0))
    for t in ctx.d.tables:
        for text, what in ((t.title, "表题"), (t.note or "", "表注"), (t.department or "", "编制部门")):
            if (m := PLACEHOLDER.search(text)) is not None:
                yield r.finding(Where(table=t.id.value if t.id else t.title), expected="实际内容", actual=m.group(0),
                                fix="填写实际内容", where_s=what, found=m.group(0))
        for row in t.rows:
            for text in (row.label, row.project or ""):
                if (m := PLACEHOLDER.search(text)) is not None:
                    yield r.finding(Where(table=t.id.value if t.id else t.title, row=text), expected="实际内容",
                                    actual=m.group(0), fix="填写实际内容", where_s="表格行", found=m.group(0))
    for p in ctx.d.performance:
        for text in (p.project, p.targets.goal):
            if (m := PLACEHOLDER.search(text)) is not None:
                yield r.finding(Where(project=p.project), expected="实际内容", actual=m.group(0),
                                fix="填写实际内容", where_s="绩效目标表", found=m.group(0))


BUDGET_YEAR = re.compile(r"(?<![\d\[【〔(])(\d{4})年(?:度)?(?:部门)?(?:预算|收支|收入|支出|一般公共预算|财政拨款|政府采购|三公|“三公”)")
PERIOD = re.compile(r"资金执行时间[:：]?\s*(\d{4})\s*年")


@rule("W707", "wrong-year", Severity.WARNING,
      "文中的预算年度与文件年度一致",
      "文中写“{found}”，本文件是 {year} 年预算")
def wrong_year(ctx: Context) -> Iterator[Finding]:
    """The explanations speak of the document's own budget year: "2023年预算", "2023年一般公共预算拨款",
    "资金执行时间：2023年…". Another year there is usually last year's text copied without updating it.
    Years in document numbers (〔2022〕), asset dates (截至2022年底) and last-year comparisons are not
    budget years and are left alone.

    Failing example: in a 2023 budget, "昌吉市人大常委会办公室2022年一般公共预算拨款合计 834.94 万元".
    """
    r = get("W707")
    if ctx.d.kind.value != "预算":
        return
    for flow in ctx.text.flows.values():
        for pattern in (BUDGET_YEAR, PERIOD):
            for m in pattern.finditer(flow.text):
                year = int(m.group(1))
                if year == ctx.year:
                    continue
                before = flow.text[max(0, m.start() - 4):m.start()]
                if "上年" in before or "较" in before or "比" in before:
                    continue
                if pattern is PERIOD and year == ctx.year - 1:
                    continue  # multi-year projects start last year
                yield r.finding(flow_where(flow, m.start(), m.end()), expected=str(ctx.year), actual=str(year),
                                fix=f"核对年份，应为 {ctx.year} 年", found=m.group(0), year=ctx.year)
