"""The sentence pieces: amounts, shares, changes, reasons, and the 100.00% reconciliation."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yusuan.model.explain.phrasing import (
    amount_clause,
    change_clause,
    clean_reason,
    rate,
    reconcile_shares,
    share,
)
from yusuan.model.numerals import chinese_number
from yusuan.money import MoneyUnit

D = Decimal
cents = st.integers(min_value=0, max_value=10**9).map(lambda n: D(n) / 100)
positive_cents = st.integers(min_value=1, max_value=10**9).map(lambda n: D(n) / 100)
CHANGE = re.compile(r"^比上年预算(增加|减少)(\d+\.\d{2})万元(，(增长|下降)(\d+\.\d{2})%|（上年未安排）)$")


def test_the_seeds_basic_expenditure_sentence():
    text = amount_clause("基本支出", D("605.94"), share_pct=share(D("605.94"), D("851.14")), prior=D("539.72"),
                         reason="工资普调")
    assert text == "基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调"


def test_decrease_and_a_whole_item_gone():
    assert change_clause(D("245.20"), D("390")) == "比上年预算减少144.80万元，下降37.13%"
    assert change_clause(D("0"), D("30")) == "比上年预算减少30.00万元，下降100.00%"


def test_zero_base_has_no_percentage():
    assert change_clause(D("9"), D("0")) == "比上年预算增加9.00万元（上年未安排）"
    assert "%" not in amount_clause("转移支付", D("9"), prior=D("0"), reason="提前下达项目经费")


def test_unchanged_is_flat_and_nothing_at_all_is_not_arranged():
    assert change_clause(D("31.00"), D("31")) == "与上年预算持平"
    assert amount_clause("公务用车运行费", D("31"), prior=D("31"), reason="与上年车辆数及标准一致") == \
        "公务用车运行费31.00万元，与上年预算持平，主要原因是与上年车辆数及标准一致"
    # Nothing this year and last: no reason, even if the data carries template text.
    assert amount_clause("因公出国（境）费", D("0"), prior=D("0"), reason="未做预算安排") == "因公出国（境）费未安排"


def test_reason_only_when_given_and_without_typed_lead():
    assert amount_clause("项目支出", D("10"), prior=D("8")) == "项目支出10.00万元，比上年预算增加2.00万元，增长25.00%"
    assert clean_reason("主要原因是：工资普调。") == "工资普调"
    assert clean_reason("  ") is None
    assert amount_clause("项目支出", D("10")) == "项目支出10.00万元"  # no prior: no change, no reason


def test_rounding_is_half_up_and_once():
    assert rate(D("112.345"), D("100")) == D("12.35")  # half-up, not half-even (12.34)
    assert share(D("1"), D("8")) == D("12.50")
    # From the exact change (0.006 → 0.06%), not from the rounded 0.01 (which would give 0.10%).
    assert change_clause(D("10.006"), D("10")) == "比上年预算增加0.01万元，增长0.06%"
    assert change_clause(D("5"), D("2"), MoneyUnit.YUAN) == "比上年预算增加3.00元，增长150.00%"


def test_reconciliation_gives_the_missing_hundredth_to_the_largest_remainder():
    assert reconcile_shares([D(1), D(1), D(1)]) == [D("33.34"), D("33.33"), D("33.33")]
    # Half-up would print 12.35 + 12.35 + 75.31 = 100.01: one 12.35 has to give way.
    assert reconcile_shares([D("12.345"), D("12.345"), D("75.31")]) == [D("12.35"), D("12.34"), D("75.31")]
    # The seed's 类 structure already adds up: the half-up shares stand.
    parts = [D("720.24"), D("47.49"), D("31.31"), D("35.90")]
    assert reconcile_shares(parts) == [D("86.26"), D("5.69"), D("3.75"), D("4.30")]
    with pytest.raises(ValueError):
        reconcile_shares([D(0), D(0)])


@given(st.lists(cents, min_size=1, max_size=12).filter(lambda xs: sum(xs) > 0))
def test_reconciled_shares_add_up_and_stay_within_a_hundredth(parts):
    shares = reconcile_shares(parts)
    total = sum(parts)
    assert sum(shares) == D("100.00")
    exact = [p * 100 / total for p in parts]
    assert all(abs(s - e) < D("0.01") for s, e in zip(shares, exact, strict=True))
    half_up = [e.quantize(D("0.01"), rounding=ROUND_HALF_UP) for e in exact]
    if sum(half_up) == D("100.00"):
        assert shares == half_up


@given(cents, cents)
def test_change_clause_states_the_exact_change(amount, prior):
    text = change_clause(amount, prior)
    if amount == prior:
        assert text == "与上年预算持平"
        return
    m = CHANGE.match(text)
    assert m, text
    assert (m.group(1) == "增加") == (amount > prior)
    assert D(m.group(2)) == abs(amount - prior).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    if prior == 0:
        assert m.group(5) is None
    else:
        assert (m.group(4) == "增长") == (amount > prior)
        assert D(m.group(5)) == (abs(amount - prior) * 100 / prior).quantize(D("0.01"), rounding=ROUND_HALF_UP)


@given(cents, positive_cents)
def test_share_is_the_half_up_percentage(part, whole):
    assert share(part, whole) == (part * 100 / whole).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def test_chinese_numbers():
    assert [chinese_number(n) for n in (1, 8, 10, 11, 20, 21, 99)] == ["一", "八", "十", "十一", "二十", "二十一", "九十九"]
