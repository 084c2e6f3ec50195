"""A1xx — arithmetic inside one table: totals, subtotals, columns that add up."""

from yusuan.rules.arithmetic import (
    balance,
    columns,
    comparisons,
    income,
    rollup,
    rounding,
    three_public,
    totals,
)
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    balance.expenditure_total,
    balance.income_equals_expenditure,
    balance.fiscal_table_columns,
    columns.basic_plus_project,
    columns.personnel_plus_public,
    columns.project_economic_columns,
    columns.income_table_sources,
    comparisons.comparison_change,
    comparisons.comparison_rate,
    income.income_rows_add_up,
    rollup.subtotal_equals_children,
    rounding.RULE,
    three_public.three_public_parts,
    totals.total_row_equals_parts,
    totals.total_row_present,
)
