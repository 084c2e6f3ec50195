"""W704 placeholders left in."""

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
    explanations and their headings, table titles and notes, project names or performance goals.

    Failing example: "本部门XX年部门预算收入XX万元".
    """
    r = get("W704")
    for flow in ctx.text.flows.values():
        for m in PLACEHOLDER.finditer(flow.text):
            yield r.finding(flow_where(flow, m.start(), m.end()), expected="实际内容", actual=m.group(0),
                            fix="填写实际内容", where_s="说明文字", found=m.group(0))
    for section in ctx.d.sections:
        if (m := PLACEHOLDER.search(section.heading)) is not None:
            yield r.finding(Where(section=section.key, sentence=section.heading), expected="实际内容",
                            actual=m.group(0), fix="填写实际内容", where_s="标题", found=m.group(0))
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
