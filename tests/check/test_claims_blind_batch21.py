"""Claim readings corrected after the twenty-first blind batch (r740–r747)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import page
from yusuan.model.figures import key_figures


def test_a_heading_line_names_the_total_of_the_bare_amount_under_it():
    """"（一）收入预算\\n2025年年初预算数3033.04万元，其中：一般公共预算拨款3033.04万元" (r747): the heading line says
    whose the bare 年初预算数 is, as "（一）收入预算：2023年年初预算数1643.29万元" does on one line."""
    d = page("（一）收入预算", "2025年年初预算数3033.04万元，其中：一般公共预算拨款3033.04万元，其他收入0万元。",
             "（二）支出预算", "2025年年初预算数2890.5万元，其中：一般公共服务支出2890.5万元。", year=2025)
    figures = key_figures(d)
    assert (figures.get("income_total"), figures.get("expenditure_total")) == ("3033.04", "2890.50")


def test_a_heading_naming_a_qualified_income_gives_no_total():
    """"（一）一般公共预算收入\\n年初预算数500万元": a fund's income under its heading is not the department's total."""
    d = page("（一）一般公共预算财政拨款收入", "2025年年初预算数500万元。", year=2025)
    assert key_figures(d).get("income_total") is None
