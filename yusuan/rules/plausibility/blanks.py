"""W709 a number left out: a percentage or an amount whose figure the template blank never received."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.text.common import flow_where

# "占基本支出预算%", "增长%", "为万元", "安排万元": the unit follows words that announce a number.
# Not after a digit (a figure), an X or × (W704's placeholder), an opening parenthesis ("(%)", "(万元)")
# or a colon ("单位:万元").
BLANK = re.compile(
    r"(?:占[^\d,;:。\n%()XxＸｘ×]{0,14}?(?:的)?(?:比重|比例)?(?:为)?"
    r"|(?:增长|下降|增加|减少|降低|上升|增幅|降幅|完成预算的|完成年初预算的|完成)(?:了|为)?"
    r")%"
    r"|(?:为|是|共计|合计|总计|安排|预算|支出|决算|增加|减少|约)(?:万元|亿元)"
)
CLAUSE_END = ",;:。\n!?"


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    s = start
    while s > 0 and text[s - 1] not in CLAUSE_END and start - s < 16:
        s -= 1
    return s, text[s:end]


@rule("W709", "number-left-out", Severity.WARNING,
      "模板中的数字均已填写",
      "文中“{found}”缺少数字")
def number_left_out(ctx: Context) -> Iterator[Finding]:
    """A unit whose number is missing — "占基本支出预算%", "增长%", "预算安排万元" — is a template blank
    that was never filled (the X and × placeholders are W704's). A unit after a figure, a placeholder,
    a parenthesis ("（%）", "（万元）") or a colon ("单位：万元") is not a blank.

    Failing example: "商品和服务支出预算 75800 元，占基本支出预算%".
    """
    r = get("W709")
    for flow in ctx.text.flows.values():
        for m in BLANK.finditer(flow.text):
            start, found = _clause(flow.text, m.start(), m.end())
            yield r.finding(flow_where(flow, start, m.end()), expected="数字", actual=found, fix="填写缺少的数字",
                            found=found)
