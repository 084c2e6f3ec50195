"""Short names for the funding sources the generator charges money to."""

from __future__ import annotations

from yusuan.model.sources import FundingSource

GB = FundingSource.GENERAL_BUDGET
GBT = FundingSource.GENERAL_BUDGET_TRANSFER
CGB = FundingSource.CARRYOVER_GENERAL_BUDGET
FB = FundingSource.FUND_BUDGET
FBT = FundingSource.FUND_BUDGET_TRANSFER
CFB = FundingSource.CARRYOVER_FUND_BUDGET
SOE = FundingSource.SOE_BUDGET
SPECIAL = FundingSource.SPECIAL_ACCOUNT
UNIT = FundingSource.UNIT_FUNDS
