"""W721 a heading that names one side of the budget (支出) over a first sentence that states the other (收入): "（二）全年
支出\\n2022年收入预算3038.92万元，比2021年3019万元增加19.92万元…" — the income's sentence copied under the
expenditure's heading (r766)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.claims import SENTENCE_REACH, Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import amount_u, claim_where

# a numbered heading, alone on its line or as the section's heading: "（二）全年支出", "二、支出预算情况说明"
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[、.])"
                      r"(?P<words>[^\d。,;:]{1,20})$")
# the words a first amount ends with that name a side of the whole budget: "收入预算", "2022年支出合计"
_INCOME = re.compile(r"收入(?:预算|总预算|总额|合计|总计)?(?:数|为|是)?$")
_SPENDING = re.compile(r"支出(?:预算|总预算|总额|合计|总计)?(?:数|为|是)?$")
_REST = 160  # how far the rest of the first sentence is looked at


def _side(words: str) -> str | None:
    """收入 or 支出, when the words name one side only (not 收支, not both)."""
    if "收支" in words:
        return None
    income, spending = "收入" in words, "支出" in words
    return "收入" if income and not spending else "支出" if spending and not income else None


def _subject_side(c: Claim) -> str | None:
    words = c.subject
    if "收支" in words:
        return None
    if _INCOME.search(words) and "支" not in words:
        return "收入"
    if _SPENDING.search(words) and "收" not in words:
        return "支出"
    return None


@rule("W721", "heading-other-side", Severity.WARNING,
      "标题所说的收入或支出与其下首句所述一致",
      "标题“{heading}”说的是{heading_side}，其下首句所述却是“{subject}”{value}",
      explanation="带编号的标题只说收入或只说支出（“（二）全年支出”“二、支出预算情况说明”），而紧接其下的第一句以另一方"
      "（“2022年收入预算3038.92万元”）开头时，多半是把上一节的句子照抄到了这一节。标题同时说收支（“收支预算总体情况”）、"
      "或首句说收支总额、或首句后文也说到标题所说的一方（“收入194.44万元，支出195.91万元”）、或首句被截断的，不检查。这是警告：收支平衡时两者数额相同，错的可能只是用词。"
      "\n错误示例：“（二）全年支出\\n2022年收入预算3038.92万元，比2021年3019万元增加19.92万元，增长0.66%。”")
def heading_other_side(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A numbered heading that names one side of the budget only (收入 or 支出), and the first amount of the
    paragraph right under it naming the other side: the sentence was copied from the other side's section. Not
    checked when the heading or the amount names both (收支), when the rest of the sentence names the heading's
    side too ("2017年收入194.44万元，支出195.91万元"), or when the sentence is cut off before its end. A warning: when the budget balances the figure may
    be right and only the word wrong.

    Failing example (r766): "（二）全年支出\\n2022年收入预算3038.92万元，比2021年3019万元增加19.92万元".
    """
    seen: set[tuple[int, int]] = set()
    for c in ctx.text.claims:
        if not c.money or c.value is None:
            continue
        text = c.flow.text
        start = c.flow.marks.start_after(c.start, "\n", SENTENCE_REACH)
        key = (id(c.flow), start)
        if key in seen:
            continue  # only the paragraph's first amount
        seen.add(key)
        if start == 0:
            heading = c.flow.section.heading
        elif text[start - 1] == "\n":
            line_start = text.rfind("\n", max(0, start - 40), start - 1) + 1
            heading = text[line_start:start - 1]
        else:
            continue
        m = _HEADING.match(heading)
        if m is None or (side := _side(m.group("words"))) is None:
            continue
        other = _subject_side(c)
        if other is None or other == side:
            continue
        end = text.find("。", c.end, c.end + _REST)
        if end == -1 or side in text[c.end:end]:
            continue  # "2017年收入194.44万元，支出195.91万元": both sides; or the sentence is cut off unseen
        yield rule.finding(claim_where(c), expected=side, actual=other, fix=f"核对该句是否应写{side}",
                           heading=heading.strip(), heading_side=side, subject=c.subject, value=amount_u(c, c.value))
