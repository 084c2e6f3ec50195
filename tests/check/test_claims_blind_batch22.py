"""Claim readings corrected after the twenty-second blind batch (r760–r767)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page


def test_a_list_opened_in_brackets_ends_at_the_closing_bracket():
    """"中级17人(其中正科1人,副科2人),助理级36人" (r767): the bracket's 其中 breaks down 中级; 助理级 after the
    bracket is 中级's sibling, not a part of it (no T304 of 17 against 1 + 2 + 36)."""
    text = "人员结构：中级17人（其中正科1人，副科2人），助理级36人。人员来源情况：学校毕业分配17人，招考录用36人。"
    assert found(page(text, final=True, year=2017), "T304") == []


def test_a_bracket_list_without_numbers_takes_nothing_after_the_bracket():
    """"单位人员编制：57人（其中一正两副），实有人员：53人" (r767): the 实有 figure after the bracket is no part of
    the 编制 (57 against 53 + …)."""
    text = "单位人员编制：57人（其中一正两副），实有人员：53人，离退休人员13人，中级17人。"
    assert found(page(text, final=True, year=2017), "T304") == []


def test_a_list_in_brackets_is_still_checked():
    """The bracket's own parts are still the whole's: 2 + 3 against 4 is reported."""
    text = "公务用车购置及运行维护费4万元（其中：购置费2万元，运行维护费3万元），公务接待费1万元。"
    assert found(page(text, year=2024), "T304")
