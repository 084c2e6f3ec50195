"""W713: a reason for a change of the “三公” total names only items that moved that way — in
published text (read from a file) and in what the build writes from data (which cannot contradict)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.check.helpers import replace_text, rule_findings
from yusuan.model.budget import ThreePublicItem
from yusuan.model.full import derive_full
from yusuan.readers.disclosure_input import load_disclosure

STEADY = "“三公”经费与上年预算持平"
RISE = "“三公”经费比上年预算增加2.00万元，增长6.90%，主要原因是"
OPERATION = "公务用车运行费31.00万元，与上年预算持平，主要原因是与上年车辆数及标准一致"
OPERATION_UP = "公务用车运行费31.00万元，比上年预算增加2.00万元，增长6.90%"


def _w713(example_full, reason: str, operation: str | None = None):
    d = example_full.model_copy(deep=True)
    replace_text(d, "3.10", STEADY, RISE + reason)
    if operation is not None:
        replace_text(d, "3.10", OPERATION, operation)
    return rule_findings(d, "W713")


def test_the_example_as_built_passes(example_full):
    assert rule_findings(example_full, "W713") == []


def test_a_rise_put_down_to_an_item_that_is_zero(example_full):
    """表10 prints 公务接待费 0: it cannot have risen."""
    [f] = _w713(example_full, "公务接待任务增加", OPERATION_UP)
    assert "公务接待任务增加" in f.message and "公务接待费本年为 0" in f.message
    assert f.severity.value == "warning" and "第三部分" in f.where.describe()


def test_a_rise_put_down_to_an_item_that_stayed_level(example_full):
    [f] = _w713(example_full, "公务用车运行费增加")
    assert "公务用车运行费与上年持平" in f.message


def test_a_clause_that_says_its_own_direction(example_full):
    """"压减公务用车运行费" says 运行费 fell; the text says it rose by 2.00 万元."""
    [f] = _w713(example_full, "压减公务用车运行费", OPERATION_UP)
    assert "公务用车运行费比上年增加 2.00 万元" in f.message


@pytest.mark.parametrize("reason", [
    "公务用车老化维修费用增加",  # 运行费 rose: the reason fits
    "严格落实过紧日子要求",  # names no item
    "无公务接待任务，公务用车运行费增加",  # a negation says nothing of a move
])
def test_reasons_that_fit_or_name_nothing(example_full, reason):
    assert _w713(example_full, reason, OPERATION_UP) == []


PUBLISHED = ("一、“三公”经费安排情况\n2022年本部门财政拨款安排“三公”经费502.4万元，比上年减少14.6万元，下降2.82%，"
             "主要原因是{reason}。其中：因公出国（境）费0万元，比上年增加0万元，增长0%；公务用车购置及运行费500.00万元"
             "（公务用车购置费100.00万元，比上年增加0万元；公务用车运行维护费400.00万元，比上年增加0万元。）比上年增加0万元，"
             "增长0%；公务接待费2.4万元，比上年减少14.6万元，下降85.88%，主要原因是严格执行相关公务接待规定。\n")


@pytest.mark.parametrize(("reason", "expected"), [
    ("公务用车运行维护费减少", ["公务用车运行费与上年持平"]),
    ("接待费支出减少", []),
])
def test_published_text(tmp_path, reason, expected):
    path = tmp_path / "三公.txt"
    path.write_text(PUBLISHED.format(reason=reason), encoding="utf-8")
    found = rule_findings(load_disclosure(path), "W713")
    assert [m for f in found for m in expected if m in f.message] == expected and len(found) == len(expected)


def test_what_the_build_writes_cannot_contradict(example_data):
    """Data whose reason names 公务接待 (zero) for a rise of 运行费: the built text leaves it out."""
    tp = example_data.three_public.model_copy(update={
        "reception": ThreePublicItem(),
        "vehicle_operation": ThreePublicItem(general_budget=Decimal("35.00"), prior=Decimal("31.00")),
        "reason": "公务接待任务增加"})
    built = derive_full(example_data.model_copy(update={"three_public": tp}))
    text = "".join(p.text for s in built.sections if s.key == "3.10" for p in s.paragraphs)
    assert "增加4.00万元" in text and "接待任务" not in text
    assert rule_findings(built, "W713") == []
