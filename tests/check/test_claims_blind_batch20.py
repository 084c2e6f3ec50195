"""Claim readings corrected after the twentieth blind batch (r720–r726)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page


def test_kinds_named_after_a_subtotal_break_that_subtotal_down():
    """"实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计8人" (r725, the 江西 template):
    the kind named with the 小计's own name (…在职人数) after "在职人数小计" is a part of that 小计, not a sibling
    in the 实有 list: 7 + 8 = 15 (no T304 of 22)."""
    text = "实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计8人。"
    assert found(page(text, year=2024), "T304") == []


def test_a_subtotal_whose_kinds_do_not_add_up_is_still_checked():
    text = "实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计9人。"
    assert found(page(text, year=2024), "T304")
