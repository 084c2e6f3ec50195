"""第三部分 五 speaks of 一般公共预算当年拨款: a class's amount there leaves out the carry-over that only
表2 breaks down by code. Without 表2 (a table left unread, an excerpt without it) no table figure can
stand for it, so T301 compares nothing there rather than report 表5's total, carry-over included."""

from __future__ import annotations

from tests.check.helpers import replace_text
from yusuan.model.disclosure import TableId
from yusuan.rules import check


def _t301(d):
    return [f for f in check(d) if f.rule == "T301" and (f.where.section or "").startswith("3.5")]


def test_without_table_2_a_class_in_part_five_is_not_compared_with_table_5(example_full):
    d = example_full.model_copy(deep=True)
    assert "一般公共服务支出（201类）720.24万元" in "".join(p.text for s in d.sections for p in s.paragraphs)
    d.tables = [t for t in d.tables if t.id != TableId.T2]  # 表5's 201 is 736.44 with the 16.20 carried over
    assert not _t301(d)


def test_with_table_2_a_wrong_class_in_part_five_is_still_found(example_full):
    d = example_full.model_copy(deep=True)
    assert not _t301(d)
    replace_text(d, "3.5.2", "一般公共服务支出（201类）720.24万元", "一般公共服务支出（201类）700.24万元")
    assert [f.message for f in _t301(d)] == ["文中“一般公共服务支出(201类)”为 700.24万元，表5“201 一般公共服务支出”合计为 736.44万元"]
