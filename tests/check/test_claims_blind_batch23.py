"""Claim readings corrected after the twenty-third blind batch (r780–r783)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page

_TOTALS = "2021年度收入总计16062.73万元，支出总计16062.73万元。收支较上年决算数增加1995.90万元，增长{rate}%，主要原因是项目增加。"


def test_a_change_of_both_totals_named_together():
    """"收入总计16062.73万元，支出总计16062.73万元。收支较上年决算数增加1995.90万元，增长14.18%" (r781): 收支 names both
    totals just stated; 1995.90 over last year's 14066.83 is 14.19%."""
    hits = found(page(_TOTALS.format(rate="14.18"), final=True, year=2021), "T303")
    assert len(hits) == 1 and "14.19" in hits[0].message
    assert found(page(_TOTALS.format(rate="14.19"), final=True, year=2021), "T303") == []


def test_both_totals_named_together_need_the_same_amount():
    """Two totals that differ are no one amount a single change can be checked against."""
    text = "2021年度收入总计16062.73万元，支出总计16000.00万元。收支较上年决算数增加1995.90万元，增长14.18%。"
    assert found(page(text, final=True, year=2021), "T303") == []


_CUT = "2021年度财政拨款收、支总计10890万元。与2020年相比，财政拨款收、支总计各增加1908.82万元"


def test_no_reason_is_asked_of_a_change_the_text_stops_in():
    """"…财政拨款收、支总计各增加1908.82万元" and no more (r781): the stored page is cut off inside the change's sentence,
    where its reason may have followed (no W701); the same change ended by a full stop and nothing after has none."""
    assert found(page(_CUT, final=True, year=2021), "W701") == []
    assert found(page(_CUT + "。", final=True, year=2021), "W701")
