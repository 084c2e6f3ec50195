"""C4xx 完整性: the tables, sections and details a disclosure must publish.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from tests.check.helpers import drop_rows, table
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, TableId
from yusuan.model.profile import Extent


def _sections(d: Disclosure, keep) -> None:
    d.sections = [s for s in d.sections if keep(s)]


def break_no_explanations(d: Disclosure) -> None:
    """Budget data's disclosure before the build stage writes its texts."""
    d.sections = []


def break_required_tables(d: Disclosure) -> None:
    d.tables = [t for t in d.tables if t.id != TableId.T6]


def break_customary_tables(d: Disclosure) -> None:
    d.tables = [t for t in d.tables if t.id != TableId.T9]


def break_empty_table_note(d: Disclosure) -> None:
    table(d, "T8").note = None
    _sections(d, lambda s: s.key != "3.8")


def break_functional_to_item(d: Disclosure) -> None:
    drop_rows(d, "T3", lambda r: len(r.code or "") != 7)


def break_economic_to_kuan(d: Disclosure) -> None:
    drop_rows(d, "T6", lambda r: (r.code or "")[:3] != "303" or len(r.code) == 3)


def break_three_public_split(d: Disclosure) -> None:
    drop_rows(d, "T10", lambda r: r.code != "reception")


def break_required_sections(d: Disclosure) -> None:
    _sections(d, lambda s: s.key != "3.11.2")


def break_three_public_changes_explained(d: Disclosure) -> None:
    next(s for s in d.sections if s.key == "3.10").paragraphs.__delitem__(
        slice(1, None))


def break_document_part(d: Disclosure) -> None:
    d.profile = d.profile.model_copy(update={"extent": Extent.THREE_PUBLIC})


def break_tables_part_incomplete(d: Disclosure) -> None:
    """A workbook of the tables alone, without its 表7 (表5 has 项目支出)."""
    d.profile = d.profile.model_copy(update={"extent": Extent.TABLES})
    d.tables = [t for t in d.tables if t.id != TableId.T7]


CASES = (
    RuleCase("C400", break_no_explanations,
             where="全文",
             message="由预算数据生成的公开内容不含说明文字，文字类规则（T3xx 等）未检查"),
    RuleCase("C401", break_required_tables,
             where="表6 一般公共预算基本支出情况表",
             message="缺少表6“一般公共预算基本支出情况表”"),
    RuleCase("C402", break_customary_tables,
             where="表9 国有资本经营预算支出情况表",
             message="缺少表9“国有资本经营预算支出情况表”（各地通行模板包含此表）"),
    RuleCase("C403", break_empty_table_note,
             where="表8 政府性基金预算支出情况表",
             message="表8“政府性基金预算支出情况表”没有数据，也没有说明",
             also=("C407",)),
    RuleCase("C404", break_functional_to_item,
             where="表3 部门支出总体情况表 · 20101 人大事务",
             message="表3“20101 人大事务”有金额，但没有列出下级项",
             also=("X205", "X206")),
    RuleCase("C405", break_economic_to_kuan,
             where="表6 一般公共预算基本支出情况表 · 303 对个人和家庭的补助",
             message="表6“303 对个人和家庭的补助”有金额，但没有列出所含的款"),
    RuleCase("C406", break_three_public_split,
             where="表10 财政拨款“三公”经费支出情况表",
             message="表10 没有“公务接待费”一行"),
    RuleCase("C407", break_required_sections,
             where="第三部分 十一（二）政府采购情况",
             message="缺少说明“（二）政府采购情况”"),
    RuleCase("C408", break_three_public_changes_explained,
             where="第三部分 十、财政拨款“三公”经费预算情况说明",
             message="“三公”经费的说明中没有与上年的比较，应说明增减变化及原因"),
    RuleCase("C409", break_document_part,
             where="全文",
             message="本文件为“三公”经费预算说明（部分内容），不检查完整性"),
    RuleCase("C410", break_tables_part_incomplete,
             where="表7 一般公共预算项目支出情况表",
             message="本文件公开了 9 张预算表，缺少表7“一般公共预算项目支出情况表”"),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
