"""One money-unit policy: every finding shows an amount as its document prints it, 万元 beside."""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import add, row, table
from yusuan.model.claims import MONEY_UNITS
from yusuan.money import MONEY_WORDS, MoneyUnit, show_amount
from yusuan.rules import check


def test_an_amount_is_shown_in_its_own_unit_with_wan_beside():
    assert show_amount(Decimal("8611400"), MoneyUnit.YUAN) == "8611400.00 元（861.14 万元）"
    assert show_amount(Decimal("861.14"), MoneyUnit.WAN) == "861.14 万元"
    assert show_amount(Decimal("1.5"), MoneyUnit.YI) == "1.50 亿元（15000.00 万元）"
    assert show_amount(Decimal("8611401"), MoneyUnit.YUAN) == "8611401.00 元（861.1401 万元）"  # never rounded


def test_the_claims_parser_reads_the_one_unit_table():
    assert {word: MONEY_WORDS[word] for word in MONEY_UNITS} == {
        "万元": MoneyUnit.WAN, "元": MoneyUnit.YUAN, "亿元": MoneyUnit.YI, "万": MoneyUnit.WAN, "亿": MoneyUnit.YI}
    assert MONEY_UNITS["亿元"] == Decimal(10000) and MONEY_UNITS["元"] == Decimal("0.0001")


def test_one_changed_cell_of_a_yuan_table_is_shown_alike_by_every_rule(example_full):
    d = example_full.model_copy(deep=True)
    t3 = table(d, "T3")
    t3.unit = MoneyUnit.YUAN
    for r in t3.rows:
        r.values = {k: None if v is None else v * 10000 for k, v in r.values.items()}
    add(row(d, "T3", None), "total", "100000")  # 合计 851.14 万元 printed as 8611400 元
    shown = "8611400.00 元（861.14 万元）"
    messages = {f.rule: f.message for f in check(d) if f.rule in ("A102", "X201")}
    assert shown in messages["A102"]  # within 表3: the 合计 row against its 类
    assert shown in messages["X201"]  # across tables: 表1's 支出总计 (万元) against 表3's 合计 (元)
    assert "支出总计为 851.14 万元" in messages["X201"]
