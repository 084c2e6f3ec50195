"""T309 — the text says a budget was not used ("未安排", "为空表"), and the tables agree."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.disclosure import TableId
from yusuan.model.sources import IncomeRow
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where, flow_where, num
from yusuan.rules.text.subjects import figures

NONE_WORDS = r"(?:没有|未安排|无|未使用|不涉及)"
STATEMENTS = (
    ("政府性基金", TableId.T8, IncomeRow.FUND_BUDGET, "fund",
     re.compile(rf"{NONE_WORDS}[^。;,]{{0,12}}政府性基金|政府性基金预算(?:拨款)?(?:收入|支出)?{NONE_WORDS}|政府性基金预算支出情况表为空表")),
    ("国有资本经营", TableId.T9, IncomeRow.SOE_BUDGET, "soe",
     re.compile(rf"{NONE_WORDS}[^。;,]{{0,12}}国有资本经营|国有资本经营预算(?:拨款)?(?:收入|支出)?{NONE_WORDS}|国有资本经营预算支出情况表为空表")),
)


@rule("T309", "none-means-none", Severity.ERROR,
      "文字说“未安排/空表”的预算，表格中确实为零",
      "文中称{what}未安排（“{phrase}”），但{table}为 {amount} 万元",
      explanation="说明文字称部门没有政府性基金或国有资本经营预算资金（“政府性基金预算未安排”“没有使用政府性基金预算拨款安排的"
      "支出”“……情况表为空表”）时，相应表格（表8、表9，表1 的收入行，表4 的相应列）中确实应为零。表中任何非零金额"
      "都与文字矛盾。"
      "\n错误示例：第三部分 八 写“没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表”，而表8 合计为 "
      "120.00 万元。")
def none_means_none(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """When the explanations say that the department has no 政府性基金 or 国有资本经营 money ("政府性基金
    预算未安排", "没有使用政府性基金预算拨款安排的支出", "…情况表为空表"), the corresponding tables (表8 / 表9,
    表1's income rows, 表4's column) hold nothing.

    Failing example: 第三部分 八 "没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表" while
    表8 合计 is 120.00 万元.
    """
    yield from _item_said_unarranged(ctx, rule)
    f = figures(ctx)
    for flow in ctx.text.flows.values():
        for what, tid, income_row, _col, pattern in STATEMENTS:
            if what not in flow.text:
                continue  # every phrase of the pattern names the budget: one look-up instead of a scan
            m = pattern.search(flow.text)
            if m is None or "上级" in flow.text[max(0, m.start() - 4):m.start()]:
                continue
            for amount, table in ((f.total(tid), f"表{tid.value[1:]} 合计"), (f.t1(income_row), "表1 收入")):
                if amount:
                    yield rule.finding(flow_where(flow, m.start(), m.end()), expected="0", actual=num(amount),
                                    fix=f"核对{what}预算：修改文字或表格", what=f"{what}预算", phrase=m.group(0),
                                    table=table, amount=num(amount))
                    break


# the reason given for an item: it was not arranged this year ("持平原因是该项经费本年未安排")
_UNARRANGED = re.compile(r"该项经费本年未安排|此项经费本年未安排|本年未安排该项经费|本年未安排此项经费")


def _item_said_unarranged(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """An amount above zero whose own sentence says the item is not arranged this year: the reason written
    for an item of nothing, kept for one that has money (r522: "公务用车运行费8.1万元，本年预算与上年持平，
    持平原因是该项经费本年未安排")."""
    for c in ctx.text.claims:
        if not c.money or not c.value or "未安排" not in c.flow.text:
            continue
        text = c.flow.text
        stop = min((i for i in (text.find("。", c.end), text.find("\n", c.end)) if i >= 0), default=len(text))
        m = _UNARRANGED.search(text, c.end, stop)
        if m is None or any(o is not c and o.flow is c.flow and c.end <= o.start < m.start() and o.money
                            for o in ctx.text.claims):
            continue
        yield rule.finding(claim_where(c), expected="0", actual=num(c.value), fix="核对该项的说明与金额",
                           what=c.subject, phrase=m.group(0), table="文中", amount=num(c.value))
