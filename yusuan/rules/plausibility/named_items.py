"""W715 an economic 款 the text names among what 人员经费 / 公用经费 consist of, which 表6 shows empty."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import TableId
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule

# "人员经费2152.26万元，主要包括：基本工资、津贴补贴、…、退休费、个人农业生产补贴；" — to the clause's end
CONSISTS_OF = re.compile(r"(?P<what>人员经费|公用经费)(?P<amount>\d[\d,]*(?:\.\d+)?)万元[,，]?(?:主要)?包括[:：]?"
                         r"(?P<names>[^。;；,，:：]{2,400})")
KEYS = {"人员经费": "personnel", "公用经费": "public"}
_NOT_IN_NAME = re.compile(r"[\s()（）]")


def _key(name: str) -> str:
    return _NOT_IN_NAME.sub("", name)


@rule("W715", "named-item-empty", Severity.WARNING,
      "列为人员经费、公用经费组成的经济分类款在表6 中有数",
      "文中列为{what}组成的“{name}”，在{table}中为空",
      explanation="说明写“人员经费……万元，主要包括：基本工资、津贴补贴……”时，所列的是表6（基本支出表）中有数的经济分类款；"
      "列出表中为空的款，说明与表格不符——常是照抄模板或上年的文字，或把相邻的款写错（表中有数的款反而没有列出）。"
      "只查所述金额等于表6 人员经费（公用经费）合计的说明，以及表6 中印出了该款、且该行为空的名称；表中没有的名称不查。"
      "\n错误示例：“人员经费2152.26万元，主要包括：……退休费、个人农业生产补贴”，而表6 的个人农业生产补贴一行为空"
      "（有数的是奖励金 0.31 万元）。")
def named_item_empty(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """What 人员经费 and 公用经费 "主要包括" are the economic 款 that 表6 shows with amounts (the build names
    exactly those). A 款 named there whose row 表6 prints empty contradicts the table: template or last year's
    words left in, or a neighbouring 款 miswritten. Only a sentence whose amount is 表6's 人员经费 (公用经费) total
    is about 表6's items; names 表6 does not print are not checked.

    Failing example: "人员经费2152.26万元，主要包括：……退休费、个人农业生产补贴" while 表6's 个人农业生产补贴 row
    is empty (its 奖励金 0.31 is not named).
    """
    view = ctx.view(TableId.T6)
    if view is None or not view.nonzero() or (total := view.total()) is None:
        return  # no 表6, a blank template's, or no total row to tell which money the text describes
    for flow in ctx.text.flows.values():
        text = flow.text
        if "包括" not in text or "人员经费" not in text and "公用经费" not in text:
            continue  # (most paragraphs)
        rows = None
        for m in CONSISTS_OF.finditer(text.replace("\n", "")):
            if Decimal(m.group("amount").replace(",", "")) != view.amount(total, KEYS[m.group("what")]):
                continue  # the text's 人员经费 is not 表6's (all funds' 基本支出, say): its items may be others
            if rows is None:
                rows = {_key(r.label): r for r in view.table.rows if r.code and len(r.code) == 5}
            for name in m.group("names").split("、"):
                row = rows.get(_key(name.removesuffix("等")))
                if row is not None and not any(row.values.values()):
                    yield rule.finding(at(view, row), expected="表中有数的款", actual=name,
                                       fix=f"核对{m.group('what')}的组成：表中该款为空", what=m.group("what"),
                                       name=name, table=tname(view))
