"""Claim checks corrected after the fifteenth blind batch (r620–r627, 决算)."""

from __future__ import annotations

from yusuan.model.budget import DocumentKind, Staffing
from yusuan.model.disclosure import Disclosure, Overview, Paragraph, Section
from yusuan.rules import check


def _page(text: str, authorized: int, actual: int) -> Disclosure:
    return Disclosure(department="某学校", year=2023, kind=DocumentKind.FINAL, tables=[],
                      overview=Overview(staffing=Staffing(authorized=authorized, actual=actual)),
                      sections=[Section(key="0", heading="", paragraphs=[Paragraph(text=text)])])


def test_a_kinds_count_is_not_compared_with_the_units():
    """"行政编制0人,实有人数0人;事业编制334人,实有人数301人": the 0 is the 行政 kind's 实有人数, not the unit's 301
    (r620's false T301)."""
    kinds = _page("（二）人员构成情况\n行政编制0人,实有人数0人;事业编制334人,实有人数301人。", 334, 301)
    assert [f for f in check(kinds) if f.rule == "T301"] == []


def test_one_kind_that_is_the_whole_is_still_compared():
    wrong = _page("（二）人员构成情况\n行政编制29人,实有人数25人。", 29, 26)
    assert [f for f in check(wrong) if f.rule == "T301"]
