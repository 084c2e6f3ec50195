"""A total whose figure was not read states nothing to compare: a table whose expenditure side ran on to the
next page (a sheet printed without fitting its width) has its 支出总计 row without a figure, and A109 does not
report 收入总计 851.14 against a 支出总计 of 0.00."""

from __future__ import annotations

from tests.check.helpers import row
from yusuan.model.disclosure import Side
from yusuan.rules import check
from yusuan.rules.runner import Selection


def test_no_balance_error_against_a_total_that_was_not_read(example_full):
    d = example_full.model_copy(deep=True)
    total = row(d, "T4", None, Side.EXPENDITURE)
    del total.values["total"]
    assert not [f for f in check(d, selection=Selection.of("A109"))]


def test_a_total_read_and_different_is_still_reported(example_full):
    d = example_full.model_copy(deep=True)
    total = row(d, "T4", None, Side.EXPENDITURE)
    total.values["total"] += 5
    assert [f.rule for f in check(d, selection=Selection.of("A109"))] == ["A109"]
