"""R8xx 读取: what the reader could not read or had to repair.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, Location, ReadingNote


def break_content_not_read(d: Disclosure) -> None:
    d.reading_notes.append(
        ReadingNote(code="table.no_grid", message="表3 没有可识别的表格线", location=Location(page=6)))


def break_content_repaired(d: Disclosure) -> None:
    d.reading_notes.append(
        ReadingNote(code="code.recovered", message="“21 0”按名称恢复为 210"))


CASES = (
    RuleCase("R801", break_content_not_read,
             where="第6页",
             message="未能读取：表3 没有可识别的表格线"),
    RuleCase("R802", break_content_repaired,
             where="全文",
             message="读取时修复：“21 0”按名称恢复为 210"),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
