from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yusuan.money import AmountError, MoneyUnit, convert, fmt2, parse_amount, round2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("851 .14", "851.14"), ("31. 31", "31.31"), ("1,234.50", "1234.50"), ("９", "9"), (9, "9"),
     (0.1, "0.1"), ("-", None), ("", None), (None, None), ("—", None)],
)
def test_parse_amount_reads_what_documents_print(text, expected):
    value = parse_amount(text)
    assert value == (Decimal(expected) if expected is not None else None)


@pytest.mark.parametrize("text", ["十二万", "12万元", "abc", "1.2.3", True])
def test_parse_amount_rejects_text(text):
    with pytest.raises(AmountError):
        parse_amount(text)


def test_round_half_up_once():
    assert round2(Decimal("0.125")) == Decimal("0.13")
    assert round2(Decimal("-0.125")) == Decimal("-0.13")
    assert fmt2(Decimal("9")) == "9.00"
    assert fmt2(None) == "0.00"


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_unit_conversion_is_exact_both_ways(amount):
    yuan = convert(amount, MoneyUnit.WAN, MoneyUnit.YUAN)
    assert yuan == amount * 10000
    assert convert(yuan, MoneyUnit.YUAN, MoneyUnit.WAN) == amount
