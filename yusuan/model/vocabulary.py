"""The template's words, declared once: the columns of each table with their headers, the rows of
表4's income side and of 表10, and the words the explanations and the rules use for them.

Table titles are the layout families' (`model/layouts.py`); the rows of 表1's income side are
`model/sources.py`'s `INCOME_ROWS`; section keys and headings are `model/sections.py`'s. The build
(`model/derive.py`), the explanations (`model/explain/`), the readers and the rules all take their
words from these modules, so that a word changed here is changed everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from yusuan.model.sources import FundingSource

# -- columns: (canonical key, header as the national template prints it) -------------------------

ECONOMIC_CLASS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("301", "工资福利支出"),
    ("302", "商品和服务支出"),
    ("303", "对个人和家庭的补助"),
    ("307", "债务利息及费用支出"),
    ("309", "资本性支出(基建)"),
    ("310", "资本性支出"),
    ("311", "对企业补助(基建)"),
    ("312", "对企业补助"),
    ("313", "对社会保障基金补助"),
    ("399", "其他支出"),
)

T1_COLUMNS: tuple[tuple[str, str], ...] = (("amount", "预算数"),)

# Columns of 表2: the funding sources, grouped as the template groups them.
T2_COLUMNS: tuple[tuple[str, str], ...] = (
    ("total", "总计"),
    ("fiscal", "财政拨款（补助）小计"),
    (FundingSource.GENERAL_BUDGET, "一般公共预算"),
    (FundingSource.GENERAL_BUDGET_TRANSFER, "上级一般公共预算安排的转移支付"),
    (FundingSource.FUND_BUDGET, "政府性基金预算"),
    (FundingSource.FUND_BUDGET_TRANSFER, "上级政府性基金安排的转移支付"),
    (FundingSource.SOE_BUDGET, "国有资本经营预算"),
    (FundingSource.SOE_BUDGET_TRANSFER, "上级国有资本经营预算安排的转移支付"),
    (FundingSource.SPECIAL_ACCOUNT, "财政专户（教育收费）"),
    (FundingSource.UNIT_FUNDS, "单位资金"),
    ("carryover_fiscal", "财政拨款结转"),
    ("carryover_nonfiscal", "非财政拨款结转结余"),
)

# 表3, 表5, 表8, 表9: functional 类/款/项 by 基本支出 and 项目支出.
BASIC_PROJECT_COLUMNS: tuple[tuple[str, str], ...] = (("total", "合计"), ("basic", "基本支出"), ("project", "项目支出"))

T4_COLUMNS: tuple[tuple[str, str], ...] = (
    ("total", "合计"), ("general", "一般公共预算"), ("fund", "政府性基金预算"), ("soe", "国有资本经营预算"),
)

T6_COLUMNS: tuple[tuple[str, str], ...] = (("total", "合计"), ("personnel", "人员经费"), ("public", "公用经费"))

T7_COLUMNS: tuple[tuple[str, str], ...] = (("total", "项目支出合计"), *ECONOMIC_CLASS_COLUMNS)

T10_COLUMNS: tuple[tuple[str, str], ...] = (
    ("total", "合计"), ("general_budget", "一般公共预算"), ("fund_budget", "政府性基金"),
    ("soe_budget", "国有资本经营预算"),
)

# -- rows -----------------------------------------------------------------------------------------

# 表4's income side: (row code, label as printed); the 财政拨款 subtotal first.
T4_INCOME_ROWS: tuple[tuple[str, str], ...] = (
    ("fiscal", "一、财政拨款（补助）"),
    ("general", "一般公共预算"),
    ("fund", "政府性基金预算"),
    ("soe", "国有资本经营预算"),
)


@dataclass(frozen=True)
class ThreePublicRow:
    key: str  # the row's code in 表10, and the attribute of `ThreePublic` for the four items
    label: str  # as 表10 prints it
    name: str  # the item in a sentence ("公务用车购置费", without 其中 or 小计)


# 表10's rows, in the template's order.
THREE_PUBLIC: tuple[ThreePublicRow, ...] = (
    ThreePublicRow("total", "合计", "“三公”经费"),
    ThreePublicRow("abroad", "因公出国（境）费", "因公出国（境）费"),
    ThreePublicRow("reception", "公务接待费", "公务接待费"),
    ThreePublicRow("vehicle", "公务用车购置及运行费（小计）", "公务用车购置及运行费"),
    ThreePublicRow("vehicle_purchase", "其中：公务用车购置费", "公务用车购置费"),
    ThreePublicRow("vehicle_operation", "公务用车运行费", "公务用车运行费"),
)
THREE_PUBLIC_ROWS: tuple[tuple[str, str], ...] = tuple((r.key, r.label) for r in THREE_PUBLIC)
THREE_PUBLIC_NAMES: dict[str, str] = {r.key: r.name for r in THREE_PUBLIC}
# The key figures (`model.figures.key_figures`, dotted keys) by the names a reader knows them by.
KEY_FIGURE_NAMES: dict[str, str] = {
    "income_total": "收入总计", "expenditure_total": "支出总计", "basic": "基本支出", "project": "项目支出",
    "personnel": "人员经费", "public_funds": "公用经费", "operating_costs": "机关运行经费",
    "procurement_total": "政府采购", "staff_authorized": "编制数", "staff_actual": "实有人数",
    **{f"three_public.{key}": name for key, name in THREE_PUBLIC_NAMES.items()},
}
# The four items that add up to the total (the data's `ThreePublic` fields), in the template's order.
THREE_PUBLIC_ITEMS: tuple[str, ...] = ("abroad", "reception", "vehicle_purchase", "vehicle_operation")
