"""Income rows of 表1 and the funding sources that expenditure is charged to.

The income side of 部门收支总体情况表 is a fixed tree; its leaves are the funding sources that
the columns of 部门收入总体情况表 (表2) spread expenditure over. Both live here so that the two
tables can never disagree about what a source is called or where it sits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class IncomeRow(StrEnum):
    CURRENT_YEAR = "current_year"
    GENERAL_BUDGET = "general_budget"
    GENERAL_BUDGET_OWN = "general_budget_own"
    GENERAL_BUDGET_TRANSFER = "general_budget_transfer"
    FUND_BUDGET = "fund_budget"
    FUND_BUDGET_OWN = "fund_budget_own"
    FUND_BUDGET_TRANSFER = "fund_budget_transfer"
    SOE_BUDGET = "soe_budget"
    SOE_BUDGET_OWN = "soe_budget_own"
    SOE_BUDGET_TRANSFER = "soe_budget_transfer"
    SPECIAL_ACCOUNT = "special_account"
    UNIT_FUNDS = "unit_funds"
    UNIT_BUSINESS_INCOME = "unit_business_income"
    UNIT_SUPERIOR_SUBSIDY = "unit_superior_subsidy"
    UNIT_AFFILIATED_REMITTANCE = "unit_affiliated_remittance"
    UNIT_OPERATING_INCOME = "unit_operating_income"
    UNIT_OTHER_INCOME = "unit_other_income"
    CARRYOVER = "carryover"
    CARRYOVER_FISCAL = "carryover_fiscal"
    CARRYOVER_GENERAL_BUDGET = "carryover_general_budget"
    CARRYOVER_FUND_BUDGET = "carryover_fund_budget"
    CARRYOVER_SOE_BUDGET = "carryover_soe_budget"
    CARRYOVER_NONFISCAL = "carryover_nonfiscal"
    CARRYOVER_SPECIAL_ACCOUNT = "carryover_special_account"
    CARRYOVER_UNIT_FUNDS = "carryover_unit_funds"
    TOTAL = "total"


@dataclass(frozen=True)
class IncomeRowSpec:
    row: IncomeRow
    label: str  # exactly as the national template prints it in 表1
    parent: IncomeRow | None
    words: str  # the row in a sentence, and where a finding names it ("表1 事业收入")


# Template order of 表1's income side; a row's amount is the sum of its children's.
INCOME_ROWS: tuple[IncomeRowSpec, ...] = (
    IncomeRowSpec(IncomeRow.CURRENT_YEAR, "一、本年收入", IncomeRow.TOTAL, "本年收入"),
    IncomeRowSpec(IncomeRow.GENERAL_BUDGET, "1. 一般公共预算拨款", IncomeRow.CURRENT_YEAR, "一般公共预算拨款"),
    IncomeRowSpec(IncomeRow.GENERAL_BUDGET_OWN, "其中：一般财力", IncomeRow.GENERAL_BUDGET, "一般财力"),
    IncomeRowSpec(IncomeRow.GENERAL_BUDGET_TRANSFER, "上级一般公共预算安排转移支付", IncomeRow.GENERAL_BUDGET, "上级一般公共预算安排转移支付"),
    IncomeRowSpec(IncomeRow.FUND_BUDGET, "2. 基金预算拨款", IncomeRow.CURRENT_YEAR, "政府性基金预算拨款"),
    IncomeRowSpec(IncomeRow.FUND_BUDGET_OWN, "其中：政府性基金收入", IncomeRow.FUND_BUDGET, "政府性基金收入"),
    IncomeRowSpec(IncomeRow.FUND_BUDGET_TRANSFER, "上级政府性基金安排转移支付", IncomeRow.FUND_BUDGET, "上级政府性基金安排转移支付"),
    IncomeRowSpec(IncomeRow.SOE_BUDGET, "3. 国有资本经营预算拨款", IncomeRow.CURRENT_YEAR, "国有资本经营预算拨款"),
    IncomeRowSpec(IncomeRow.SOE_BUDGET_OWN, "其中：国有资本经营收入", IncomeRow.SOE_BUDGET, "国有资本经营收入"),
    IncomeRowSpec(IncomeRow.SOE_BUDGET_TRANSFER, "上级国有资本经营预算安排转移支付", IncomeRow.SOE_BUDGET, "上级国有资本经营预算安排转移支付"),
    IncomeRowSpec(IncomeRow.SPECIAL_ACCOUNT, "4. 财政专户核拨", IncomeRow.CURRENT_YEAR, "财政专户核拨"),
    IncomeRowSpec(IncomeRow.UNIT_FUNDS, "5. 单位资金", IncomeRow.CURRENT_YEAR, "单位资金"),
    IncomeRowSpec(IncomeRow.UNIT_BUSINESS_INCOME, "其中：事业收入", IncomeRow.UNIT_FUNDS, "事业收入"),
    IncomeRowSpec(IncomeRow.UNIT_SUPERIOR_SUBSIDY, "上级补助收入", IncomeRow.UNIT_FUNDS, "上级补助收入"),
    IncomeRowSpec(IncomeRow.UNIT_AFFILIATED_REMITTANCE, "附属单位上缴收入", IncomeRow.UNIT_FUNDS, "附属单位上缴收入"),
    IncomeRowSpec(IncomeRow.UNIT_OPERATING_INCOME, "事业单位经营收入", IncomeRow.UNIT_FUNDS, "事业单位经营收入"),
    IncomeRowSpec(IncomeRow.UNIT_OTHER_INCOME, "其他收入", IncomeRow.UNIT_FUNDS, "其他收入"),
    IncomeRowSpec(IncomeRow.CARRYOVER, "二、上年结转结余", IncomeRow.TOTAL, "上年结转结余"),
    IncomeRowSpec(IncomeRow.CARRYOVER_FISCAL, "1. 财政拨款结转", IncomeRow.CARRYOVER, "财政拨款结转"),
    IncomeRowSpec(IncomeRow.CARRYOVER_GENERAL_BUDGET, "其中：一般公共预算拨款", IncomeRow.CARRYOVER_FISCAL, "一般公共预算拨款结转"),
    IncomeRowSpec(IncomeRow.CARRYOVER_FUND_BUDGET, "基金预算拨款", IncomeRow.CARRYOVER_FISCAL, "政府性基金预算拨款结转"),
    IncomeRowSpec(IncomeRow.CARRYOVER_SOE_BUDGET, "国有资本经营预算拨款", IncomeRow.CARRYOVER_FISCAL, "国有资本经营预算拨款结转"),
    IncomeRowSpec(IncomeRow.CARRYOVER_NONFISCAL, "2. 非财政拨款结转结余", IncomeRow.CARRYOVER, "非财政拨款结转结余"),
    IncomeRowSpec(IncomeRow.CARRYOVER_SPECIAL_ACCOUNT, "其中：财政专户核拨", IncomeRow.CARRYOVER_NONFISCAL, "财政专户核拨结转结余"),
    IncomeRowSpec(IncomeRow.CARRYOVER_UNIT_FUNDS, "单位资金", IncomeRow.CARRYOVER_NONFISCAL, "单位资金结转结余"),
    IncomeRowSpec(IncomeRow.TOTAL, "收入总计", None, "收入总计"),
)

INCOME_SPEC: dict[IncomeRow, IncomeRowSpec] = {s.row: s for s in INCOME_ROWS}


def income_children(row: IncomeRow) -> list[IncomeRow]:
    return [s.row for s in INCOME_ROWS if s.parent == row]


def income_leaves(row: IncomeRow) -> list[IncomeRow]:
    children = income_children(row)
    if not children:
        return [row]
    return [leaf for child in children for leaf in income_leaves(child)]


INCOME_LEAVES: tuple[IncomeRow, ...] = tuple(income_leaves(IncomeRow.TOTAL))


class FundingSource(StrEnum):
    """What an expenditure is paid from: the columns of 表2."""

    GENERAL_BUDGET = "general_budget"
    GENERAL_BUDGET_TRANSFER = "general_budget_transfer"
    FUND_BUDGET = "fund_budget"
    FUND_BUDGET_TRANSFER = "fund_budget_transfer"
    SOE_BUDGET = "soe_budget"
    SOE_BUDGET_TRANSFER = "soe_budget_transfer"
    SPECIAL_ACCOUNT = "special_account"
    UNIT_FUNDS = "unit_funds"
    CARRYOVER_GENERAL_BUDGET = "carryover_general_budget"
    CARRYOVER_FUND_BUDGET = "carryover_fund_budget"
    CARRYOVER_SOE_BUDGET = "carryover_soe_budget"
    CARRYOVER_SPECIAL_ACCOUNT = "carryover_special_account"
    CARRYOVER_UNIT_FUNDS = "carryover_unit_funds"


class BudgetType(StrEnum):
    GENERAL = "general"  # 一般公共预算
    FUND = "fund"  # 政府性基金预算
    SOE = "soe"  # 国有资本经营预算
    OTHER = "other"  # 财政专户、单位资金: not 财政拨款


@dataclass(frozen=True)
class SourceSpec:
    source: FundingSource
    label: str  # Chinese name used in the workbook's drop-down and in messages
    income_row: IncomeRow  # the row of 表1 that this source draws on
    budget_type: BudgetType
    current_year: bool  # False for 上年结转结余


SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(FundingSource.GENERAL_BUDGET, "一般公共预算", IncomeRow.GENERAL_BUDGET_OWN, BudgetType.GENERAL, True),
    SourceSpec(FundingSource.GENERAL_BUDGET_TRANSFER, "上级一般公共预算转移支付", IncomeRow.GENERAL_BUDGET_TRANSFER, BudgetType.GENERAL, True),
    SourceSpec(FundingSource.FUND_BUDGET, "政府性基金预算", IncomeRow.FUND_BUDGET_OWN, BudgetType.FUND, True),
    SourceSpec(FundingSource.FUND_BUDGET_TRANSFER, "上级政府性基金转移支付", IncomeRow.FUND_BUDGET_TRANSFER, BudgetType.FUND, True),
    SourceSpec(FundingSource.SOE_BUDGET, "国有资本经营预算", IncomeRow.SOE_BUDGET_OWN, BudgetType.SOE, True),
    SourceSpec(FundingSource.SOE_BUDGET_TRANSFER, "上级国有资本经营预算转移支付", IncomeRow.SOE_BUDGET_TRANSFER, BudgetType.SOE, True),
    SourceSpec(FundingSource.SPECIAL_ACCOUNT, "财政专户核拨", IncomeRow.SPECIAL_ACCOUNT, BudgetType.OTHER, True),
    SourceSpec(FundingSource.UNIT_FUNDS, "单位资金", IncomeRow.UNIT_FUNDS, BudgetType.OTHER, True),
    SourceSpec(FundingSource.CARRYOVER_GENERAL_BUDGET, "一般公共预算拨款结转", IncomeRow.CARRYOVER_GENERAL_BUDGET, BudgetType.GENERAL, False),
    SourceSpec(FundingSource.CARRYOVER_FUND_BUDGET, "政府性基金预算拨款结转", IncomeRow.CARRYOVER_FUND_BUDGET, BudgetType.FUND, False),
    SourceSpec(FundingSource.CARRYOVER_SOE_BUDGET, "国有资本经营预算拨款结转", IncomeRow.CARRYOVER_SOE_BUDGET, BudgetType.SOE, False),
    SourceSpec(FundingSource.CARRYOVER_SPECIAL_ACCOUNT, "财政专户核拨结转结余", IncomeRow.CARRYOVER_SPECIAL_ACCOUNT, BudgetType.OTHER, False),
    SourceSpec(FundingSource.CARRYOVER_UNIT_FUNDS, "单位资金结转结余", IncomeRow.CARRYOVER_UNIT_FUNDS, BudgetType.OTHER, False),
)

SOURCE_SPEC: dict[FundingSource, SourceSpec] = {s.source: s for s in SOURCES}
SOURCE_BY_LABEL: dict[str, FundingSource] = {s.label: s.source for s in SOURCES}


def sources_of(budget_type: BudgetType, *, current_year: bool | None = None) -> frozenset[FundingSource]:
    return frozenset(
        s.source
        for s in SOURCES
        if s.budget_type == budget_type and (current_year is None or s.current_year == current_year)
    )


GENERAL_SOURCES = sources_of(BudgetType.GENERAL)
# 一般公共预算当年拨款: the basis of the per-项 explanations (section 五 of the template).
GENERAL_CURRENT_SOURCES = sources_of(BudgetType.GENERAL, current_year=True)
FUND_SOURCES = sources_of(BudgetType.FUND)
SOE_SOURCES = sources_of(BudgetType.SOE)
FISCAL_SOURCES = GENERAL_SOURCES | FUND_SOURCES | SOE_SOURCES
