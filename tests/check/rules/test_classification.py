"""K5xx 科目分类: codes and names against the classification catalogue.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import drop_rows, row, table
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, Row, RowKind


def _fund_code_in_t5(d):
    r = row(d, "T5", "2010199")
    r.code, r.label = "2070701", "资助国产影片放映"


def _t8_row(d):
    t8 = table(d, "T8")
    t8.rows.insert(0, Row(code="2010101", label="行政运行", kind=RowKind.ITEM,
                          values={"total": Decimal("5"), "basic": Decimal("5"), "project": None}))


def break_unknown_code(d: Disclosure) -> None:
    row(d, "T5", "2010150").code = "2010177"


def break_code_of_other_edition(d: Disclosure) -> None:
    row(d, "T5", "2010150").code = "2013950"


def break_nearest_edition(d: Disclosure) -> None:
    d.year = 2030


def break_name_of_other_code(d: Disclosure) -> None:
    row(d, "T5", "2010150").label = "行政运行"


def break_name_mismatch(d: Disclosure) -> None:
    row(d, "T5", "2010150").label = "人大机关后勤保障"


def break_level_and_parent(d: Disclosure) -> None:
    drop_rows(d, "T5", lambda r: r.code != "20101")


def break_fund_code_in_general_table(d: Disclosure) -> None:
    _fund_code_in_t5(d)


def break_fund_table_codes(d: Disclosure) -> None:
    _t8_row(d)


def break_scheme_of_table(d: Disclosure) -> None:
    row(d, "T6", "30101").code = "2010101"


CASES = (
    RuleCase("K501", break_unknown_code,
             where="表5 一般公共预算支出情况表 · 2010177 事业运行",
             message="表5“2010177 事业运行”的编码 2010177 不在《政府收支分类科目》目录中",
             also=("X205",)),
    RuleCase("K502", break_code_of_other_edition,
             where="表5 一般公共预算支出情况表 · 2013950 事业运行",
             message="表5“2013950 事业运行”的编码 2013950 不在 2023 年版科目中（见于 2024、2025 年版）",
             also=("A101", "K506", "X205")),
    RuleCase("K503", break_nearest_edition,
             where="全文",
             message="目录中没有 2030 年版《政府收支分类科目》，科目按 2025 年版检查"),
    RuleCase("K504", break_name_of_other_code,
             where="表5 一般公共预算支出情况表 · 2010150 行政运行",
             message="表5中编码 2010150 的名称印为“行政运行”，这是编码 2010101 的名称（2010150 应为“事业运行”）"),
    RuleCase("K505", break_name_mismatch,
             where="表5 一般公共预算支出情况表 · 2010150 人大机关后勤保障",
             message="表5中编码 2010150 的名称印为“人大机关后勤保障”，目录中为“事业运行”"),
    RuleCase("K506", break_level_and_parent,
             where="表5 一般公共预算支出情况表 · 2010101 行政运行",
             message="表5“2010101 行政运行”：编码的上级科目 20101 不在表中",
             also=("C404", "X205")),
    RuleCase("K507", break_fund_code_in_general_table,
             where="表5 一般公共预算支出情况表 · 2070701 资助国产影片放映",
             message="表5“2070701 资助国产影片放映”是政府性基金预算专用科目，不应出现在一般公共预算支出表中",
             also=("A101", "A102", "K506", "X205", "X208")),
    RuleCase("K508", break_fund_table_codes,
             where="表8 政府性基金预算支出情况表 · 2010101 行政运行",
             message="表8“2010101 行政运行”不是政府性基金预算科目",
             also=("A102",)),
    RuleCase("K509", break_scheme_of_table,
             where="表6 一般公共预算基本支出情况表 · 2010101 基本工资",
             message="表6“2010101 基本工资”的编码 2010101 属于支出功能分类，该表应为部门预算支出经济分类",
             also=("A101", "A102")),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
