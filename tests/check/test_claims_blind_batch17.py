"""Ways of writing that the seventeenth blind batch of real pages (r660–r668: budgets, budget reports of
governments, a news analysis) showed, each test a small hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import page
from yusuan.model.figures import key_figures


def test_the_staff_in_post_named_with_both_words():
    """"编制数(事业编制)7人。实有在职人数5人" (r660): 实有 and 在职 together name the staff actually in post."""
    d = page("林业工作站结构情况:编制数(事业编制)7人。实有在职人数5人,高级职称1人,中级职称4人。", year=2024)
    assert key_figures(d)["staff"] == {"authorized": 7, "actual": 5}
