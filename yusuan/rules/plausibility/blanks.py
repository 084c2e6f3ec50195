"""W709 a number left out: a percentage, an amount or a count whose figure the template blank never received."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
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
# "截至2014年底本单位公务用车辆共 台。": a count word, then the thing counted's unit, then the clause ends
_COUNT_UNITS = ("台", "辆", "人次", "人", "批次", "个")  # the longer first: 人次 before 人
COUNT_BLANK = re.compile(rf"(?:共|共计|合计|总计|保有量为|保有量共)(?:{'|'.join(_COUNT_UNITS)})(?=[,;。\n!?)]|$)")
CLAUSE_END = ",;:。\n!?"
# the last character of each word BLANK allows before 万元/亿元
_BEFORE_AMOUNT_UNIT = frozenset("为是计排算出加少约")


def may_hold_blank(text: str) -> bool:
    """Whether BLANK can match in `text`, looked at only where its units stand: a % after something other
    than a digit, or 万元/亿元 after one of BLANK's words (scanning a section with BLANK costs far more)."""
    i = text.find("%", 1)
    while i >= 0:
        if not text[i - 1].isdecimal():
            return True
        i = text.find("%", i + 1)
    for unit in ("万元", "亿元"):
        i = text.find(unit, 1)
        while i >= 0:
            if text[i - 1] in _BEFORE_AMOUNT_UNIT:
                return True
            i = text.find(unit, i + 1)
    return False


def _may_hold_count_blank(text: str) -> bool:
    """Whether COUNT_BLANK can match: a counting unit straight after 计/共/为 (a count word's last character)."""
    return any(text.find(unit, 1) >= 0 and any(f"{w}{unit}" in text for w in "共计为")
               for unit in _COUNT_UNITS)


def _blanks(text: str) -> Iterator[re.Match[str]]:
    """The blanks of a text in order: amounts and percentages (BLANK), then counts (COUNT_BLANK)."""
    yield from BLANK.finditer(text)
    yield from COUNT_BLANK.finditer(text)


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    s = start
    while s > 0 and text[s - 1] not in CLAUSE_END and start - s < 16:
        s -= 1
    return s, text[s:end]


@rule("W709", "number-left-out", Severity.WARNING,
      "模板中的数字均已填写",
      "文中“{found}”缺少数字",
      explanation="模板中应填数字的地方只留下了单位——“占基本支出预算%”“增长%”“预算安排万元”，或计数词后只有量词"
      "（“公务用车辆共 台。”）——是没有填写的空白。"
      "数字后、XX 等占位符后（见 W704）、括号内（“（%）”“（万元）”）或冒号后（“单位：万元”）的单位不算。"
      "\n错误示例：“商品和服务支出预算 75800 元，占基本支出预算%”。")
def number_left_out(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A unit whose number is missing — "占基本支出预算%", "增长%", "预算安排万元", or a count word with only
    the unit after it at the clause's end ("公务用车辆共 台。") — is a template blank that was never filled
    (the X and × placeholders are W704's). A unit after a figure, a placeholder,
    a parenthesis ("（%）", "（万元）") or a colon ("单位：万元") is not a blank, nor one that ends a table's
    heading cell printed as text ("| 占计划% | 上年同期数 |").

    Failing example: "商品和服务支出预算 75800 元，占基本支出预算%".
    """
    for flow in ctx.text.flows.values():
        if not may_hold_blank(flow.text) and not _may_hold_count_blank(flow.text):
            continue
        for m in _blanks(flow.text):
            if flow.text.startswith("|", m.end()):
                continue  # "…|占计划%|上年同期数|同比增减%|": a table's column heading printed as a '|' cell
            start, found = _clause(flow.text, m.start(), m.end())
            yield rule.finding(flow_where(flow, start, m.end()), expected="数字", actual=found, fix="填写缺少的数字",
                            found=found)
