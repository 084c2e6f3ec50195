"""Row-wise column identities: A103 合计 = 基本 + 项目, A104 合计 = 人员 + 公用, A105 表7 economic
columns, A106 表2 funding-source columns."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import RowKind, TableId
from yusuan.model.sources import FundingSource
from yusuan.rules.common import at, row_identity, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import get, rule
from yusuan.rules.tables import BASIC_PROJECT_TABLES

ROW_MESSAGE = "{table}“{row}”：{column} {actual_s} {unit} 不等于 {parts} {expected_s} {unit}"


@rule("A103", "basic-plus-project", Severity.ERROR, "合计 = 基本支出 + 项目支出（每一行）", ROW_MESSAGE)
def basic_plus_project(ctx: Context) -> Iterator[Finding]:
    """In 表3, 表5, 表8 and 表9 every row's 合计 equals its 基本支出 plus its 项目支出, the 合计 row included.

    Failing example: 表3 prints 201 一般公共服务支出 合计 736.44, 基本支出 491.23, 项目支出 235.20:
    491.23 + 235.20 = 726.43 ≠ 736.44.
    """
    r = get("A103")
    for view in ctx.views(BASIC_PROJECT_TABLES):
        yield from row_identity(ctx, r, view, [row for row in view.table.rows], "total", ["basic", "project"],
                                "合计", "每行合计应等于基本支出与项目支出之和")


@rule("A104", "personnel-plus-public", Severity.ERROR, "表6 合计 = 人员经费 + 公用经费（每一行）", ROW_MESSAGE)
def personnel_plus_public(ctx: Context) -> Iterator[Finding]:
    """In 表6 (一般公共预算基本支出情况表) every row's 合计 equals 人员经费 plus 公用经费.

    Failing example: 301 工资福利支出 合计 421.13 with 人员经费 412.13 and no 公用经费.
    """
    r = get("A104")
    view = ctx.view(TableId.T6)
    if view is not None and ctx.final:
        yield from _final_personnel_public(ctx, view)
    elif view is not None:
        yield from row_identity(ctx, r, view, list(view.table.rows), "total", ["personnel", "public"],
                                "合计", "每行合计应等于人员经费与公用经费之和")


PERSONNEL_CLASSES = ("301", "303")  # 决算 表6: 人员经费 = 工资福利支出 + 对个人和家庭的补助


def _final_personnel_public(ctx: Context, view) -> Iterator[Finding]:
    from yusuan.rules.arithmetic.totals import top_rows

    r = get("A104")
    total = view.total()
    if total is None:
        return
    classes = top_rows(view)
    personnel = [c for c in classes if c.code[:3] in PERSONNEL_CLASSES]
    public = [c for c in classes if c.code[:3] not in PERSONNEL_CLASSES]
    for key, parts in (("personnel", personnel), ("public", public)):
        if total.values.get(key) is None:
            continue  # a 合计 row without this half: nothing to check
        label = "＋".join(f"{c.code} {c.label}" for c in parts) or "（无）"
        yield from ctx.sum_check(
            r, view.fig(total, key), [view.fig(c, "total") for c in parts], at(view, total, key),
            f"{tname(view)}合计行的{view.column_label(key)}", view.unit,
            fix="人员经费合计应等于 301、303 类决算数之和，公用经费合计应等于其余各类之和",
            table=tname(view), row=total.label, column=view.column_label(key), parts=label)


@rule("A105", "project-economic-columns", Severity.ERROR,
      "表7 项目支出合计 = 各经济分类列之和（每一行）", ROW_MESSAGE)
def project_economic_columns(ctx: Context) -> Iterator[Finding]:
    """In 表7 (一般公共预算项目支出情况表) every project's 项目支出合计 equals the sum of its economic
    类 columns (工资福利支出, 商品和服务支出, … 其他支出), the 合计 row included.

    Failing example: 人大会议 项目支出合计 38.00, 商品和服务支出 36.00, nothing else.
    """
    r = get("A105")
    view = ctx.view(TableId.T7)
    if view is not None:
        econ = [k for k in view.keys if k.isdigit()]
        if econ:
            yield from row_identity(ctx, r, view, list(view.table.rows), "total", econ, "项目支出合计",
                                    "项目支出合计应等于各经济分类金额之和")


FISCAL_PARTS = [FundingSource.GENERAL_BUDGET.value, FundingSource.GENERAL_BUDGET_TRANSFER.value,
                FundingSource.FUND_BUDGET.value, FundingSource.FUND_BUDGET_TRANSFER.value,
                FundingSource.SOE_BUDGET.value, FundingSource.SOE_BUDGET_TRANSFER.value]
TOTAL_PARTS_WITH_SUBTOTAL = ["fiscal", FundingSource.SPECIAL_ACCOUNT.value, FundingSource.UNIT_FUNDS.value,
                             "carryover_fiscal", "carryover_nonfiscal"]

UNIT_FUND_PARTS = ["unit_business_income", "unit_operating_income", "unit_superior_subsidy",
                   "unit_affiliated_remittance", "unit_other_income"]
FINAL_TOTAL_PARTS = ["fiscal", "unit_superior_subsidy", "unit_business_income", "unit_operating_income",
                     "unit_affiliated_remittance", "unit_other_income"]


@rule("A106", "income-table-sources", Severity.ERROR,
      "表2 总计 = 各资金来源之和，财政拨款小计 = 各财政拨款列之和", ROW_MESSAGE)
def income_table_sources(ctx: Context) -> Iterator[Finding]:
    """In 表2 (部门收入总体情况表) every row's 总计 equals 财政拨款（补助）小计 + 财政专户 + 单位资金 +
    财政拨款结转 + 非财政拨款结转结余, and the 小计 equals 一般公共预算 + 上级一般公共预算转移支付 +
    政府性基金 + 上级政府性基金转移支付 + 国有资本经营预算 (+ its transfer). When the table prints no
    小计 column at all, or leaves it blank throughout (reported once), 总计 is compared with the sum of the
    source columns; a 财政拨款收入 printed without its parts (Shanghai) is one source, and 单位资金 may be
    printed split (事业收入, 事业单位经营收入, 其他收入). Three or more failing rows
    are reported once (typically a 小计 column left blank).

    Failing example: 表2's 合计 row prints 总计 851.14 and leaves 财政拨款（补助）小计 blank while
    一般公共预算 825.94 and 上级转移支付 9.00 are filled.
    """
    r = get("A106")
    view = ctx.view(TableId.T2)
    if view is None:
        return
    rows = [row for row in view.table.rows if row.kind in (RowKind.ITEM, RowKind.SUBTOTAL, RowKind.TOTAL)]
    if ctx.final:
        yield from row_identity(ctx, r, view, rows, "total", FINAL_TOTAL_PARTS, "本年收入合计",
                                "本年收入合计应等于财政拨款收入与其他各项收入之和")
        return
    subtotal_blank = all(row.values.get("fiscal") is None for row in rows)
    # 单位资金 printed as one column, or split by kind of income (Shanghai: 事业收入, 事业单位经营收入, 其他收入)
    unit_parts = [] if FundingSource.UNIT_FUNDS.value in view.keys else UNIT_FUND_PARTS
    if "fiscal" in view.keys and any(k in view.keys for k in FISCAL_PARTS):
        yield from row_identity(ctx, r, view, rows, "fiscal", FISCAL_PARTS, "财政拨款小计",
                                "财政拨款（补助）小计应等于各财政拨款列之和")
    if "fiscal" in view.keys and not subtotal_blank:
        yield from row_identity(ctx, r, view, rows, "total", TOTAL_PARTS_WITH_SUBTOTAL + unit_parts, "总计",
                                "总计应等于财政拨款小计与其他各资金来源之和")
    else:
        yield from row_identity(ctx, r, view, rows, "total", FISCAL_PARTS + TOTAL_PARTS_WITH_SUBTOTAL[1:] + unit_parts,
                                "总计", "总计应等于各资金来源之和")
