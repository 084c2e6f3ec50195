"""A1xx — arithmetic inside one table: totals, subtotals, columns that add up."""

from yusuan.rules.arithmetic import balance, columns, income, rollup, rounding, three_public, totals  # noqa: F401
