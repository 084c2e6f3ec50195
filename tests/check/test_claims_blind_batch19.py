"""Claim readings corrected after the nineteenth blind batch (r700–r706)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_the_staff_in_post_named_bare():
    """"人员概况：在职人员81人，专业技术人员57人…" (r706): the staff in post, when no 实有 figure is stated."""
    d = page("人员概况：在职人员81人，专业技术人员57人、管理人员1人，工勤人员23人。", final=True, year=2024)
    assert key_figures(d)["staff"].get("actual") == 81


def test_the_staff_in_post_under_a_stated_actual_staff():
    """"实有人数11人，其中：在职人员10人，退休人员1人": the 实有 figure is the staff; the 在职 is its part."""
    d = page("实有人数11人，其中：在职人员10人，退休人员1人。", final=True, year=2023)
    assert key_figures(d)["staff"].get("actual") == 11


def test_last_years_staff_in_post_is_not_this_years():
    d = page("上年在职人员80人。", final=True, year=2024)
    assert (key_figures(d).get("staff") or {}).get("actual") is None
