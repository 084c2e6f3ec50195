"""W711 the text gives amounts for a table that is printed empty (the reverse of T309)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.claims import Claim
from yusuan.model.disclosure import Table, TableId
from yusuan.model.stated import CURRENT, stance_of
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where, num
from yusuan.rules.text.subjects import referent, vocabulary_key

# what the text's subject says → the table that must then hold amounts
SUBJECT_TABLE = {
    "fund_expenditure": TableId.T8, "fund_budget": TableId.T8,
    "soe_expenditure": TableId.T9, "soe_budget": TableId.T9,
    "project_general": TableId.T7, "basic_general": TableId.T6, "general_expenditure": TableId.T5,
}
NAMES = {TableId.T5: "一般公共预算支出表", TableId.T6: "一般公共预算基本支出表", TableId.T7: "一般公共预算项目支出表",
         TableId.T8: "政府性基金预算支出表", TableId.T9: "国有资本经营预算支出表"}


def is_empty(table: Table) -> bool:
    """No amount other than zero anywhere in the table (an empty table printed with its note)."""
    return not any(v for row in table.rows for v in row.values.values())


def _table_of(ctx: Context, claim: Claim) -> TableId | None:
    key = vocabulary_key(claim.subject)
    if key not in SUBJECT_TABLE or stance_of(ctx.disclosure, claim) != CURRENT:
        return None
    ref = referent(ctx, claim)
    if ref is not None and ref.candidates:
        return None  # the table prints a figure for it (its 合计 row, empty or not): T301 compares them
    return SUBJECT_TABLE[key]


@rule("W711", "amounts-for-empty-table", Severity.WARNING,
      "文字所述有金额的表格不是空表",
      "文中“{subject}”为 {amount} 万元，但{table}（表{number}）是空表",
      explanation="说明文字写明了某张表所列事项的正数金额——政府性基金预算支出（表8）、国有资本经营预算支出（表9）、一般公共预算"
      "支出及其基本、项目支出（表5、表6、表7）——而该表印成没有任何行的空表：或者文字所述资金表中漏列，或者表格照搬了"
      "空表模板。表中印有合计行（即使为零）的，由 T301 核对；“三公”经费由 T301 与表10 核对。反过来的情形（文字称未安排，"
      "表中却有金额）见 T309。上年或其他年份的数字不计。"
      "\n错误示例：“2023年政府性基金预算支出50.00万元”，而表8 只有表题和备注“本部门无政府性基金预算支出”。")
def amounts_for_empty_table(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """When the explanations give a positive amount for what a table shows — 政府性基金预算支出 (表8),
    国有资本经营预算支出 (表9), 一般公共预算支出 and its 基本/项目支出 (表5/表6/表7) — the table, if printed,
    is not empty: either the text describes money the table leaves out, or the table was printed from
    the empty template. A table that prints its 合计 (as zero) is T301's to compare, and so are the
    “三公” figures with 表10; this rule reports the tables printed with no rows at all. (T309 is the
    reverse: the text says nothing was arranged and the table has amounts.) Figures of last year or of
    another year are not counted.

    Failing example: "2023年政府性基金预算支出50.00万元" while 表8 is printed with no rows, only the note
    "本部门无政府性基金预算支出".
    """
    empty = {tid for tid in dict.fromkeys(SUBJECT_TABLE.values())
             if (t := ctx.disclosure.table(tid)) is not None and is_empty(t)}
    if not empty:
        return  # no table printed empty: no claim to read (most documents)
    reported: set[TableId] = set()
    for c in ctx.text.claims:
        if c.value is None or not c.money or c.value <= 0 or c.threshold or c.per_unit is not None or c.project:
            continue
        if SUBJECT_TABLE.get(vocabulary_key(c.subject)) not in empty:  # type: ignore[arg-type]
            continue  # about no empty table: whose figure it is need not be read
        tid = _table_of(ctx, c)
        if tid is None or tid in reported:
            continue
        table = ctx.disclosure.table(tid)
        if table is None or not is_empty(table):
            continue
        reported.add(tid)
        yield rule.finding(claim_where(c), expected="表中列出该金额", actual=f"{table.title}为空表",
                        fix="核对表格是否漏填，或文字是否照抄了模板", subject=c.subject, amount=num(c.value),
                        table=table.title or NAMES[tid], number=tid.value[1:])
