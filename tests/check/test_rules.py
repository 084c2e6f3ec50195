"""Every rule: a passing case (a clean disclosure) and a failing case (the same with one fault).

Bases: `example` is the bundled example with the texts the build stage writes; `generated` a rich
generated department; `seed` the transcribed publication; `tables` the example's tables without
texts. A case names its base for the passing check, and the fault it injects (on a deep copy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest

from tests.check.helpers import add, drop_rows, replace_text, row, table
from yusuan.model.budget import Comparator, Indicator
from yusuan.model.disclosure import Disclosure, Location, ReadingNote, Row, RowKind, Side, TableId
from yusuan.model.profile import Extent
from yusuan.money import MoneyUnit
from yusuan.rules import all_rules, check


@dataclass
class Case:
    passing: str  # base that must not trigger the rule
    failing: str  # base the fault is injected into
    fault: Callable[[Disclosure], None] | None = None  # None: the base itself fails


def _sections(d: Disclosure, keep) -> None:
    d.sections = [s for s in d.sections if keep(s)]


def _section(d: Disclosure, key: str):
    return next(s for s in d.sections if s.key == key)


def _t3_bump(d):
    add(row(d, "T3", "2010101"), "basic", "5")


def _t7_recode(d):
    row(d, "T7", table(d, "T7").rows[0].code).code = "2010150"


def _perf(d, i=0):
    return d.performance[i].targets


def _add_cost(d):
    _perf(d).indicators.append(Indicator(level1="成本指标", level2="经济成本指标", name="会务保障成本",
                                         comparator=Comparator.LE, value="1000", value_unit="万元", weight=Decimal(0)))


def _t8_row(d):
    t8 = table(d, "T8")
    t8.rows.insert(0, Row(code="2010101", label="行政运行", kind=RowKind.ITEM,
                          values={"total": Decimal("5"), "basic": Decimal("5"), "project": None}))


def _fund_code_in_t5(d):
    r = row(d, "T5", "2010199")
    r.code, r.label = "2070701", "资助国产影片放映"


def _three_public_apart(d, total):
    """A “三公” page without 表10 that states the items in sentences of their own, not as a "其中" list."""
    d.tables = [t for t in d.tables if t.id != TableId.T10]
    replace_text(d, "3.10", "预算数为31.00万元，其中：", f"预算数为{total}万元。")


CASES: dict[str, Case] = {
    "A100": Case("generated", "example", lambda d: add(row(d, "T3", "20101"), "basic", "-0.01")),
    "A101": Case("example", "example", lambda d: (add(row(d, "T5", "20101"), "basic", "10"),
                                                   add(row(d, "T5", "20101"), "total", "10"))),
    "A102": Case("example", "example", lambda d: (add(row(d, "T3", None), "total", "10"),
                                                   add(row(d, "T3", None), "basic", "10"))),
    "A103": Case("example", "example", _t3_bump),
    "A104": Case("example", "example", lambda d: add(row(d, "T6", "30101"), "personnel", "5")),
    "A105": Case("example", "example", lambda d: add(table(d, "T7").rows[0], "302", "5")),
    "A106": Case("example", "example", lambda d: add(row(d, "T2", "2010101"), "general_budget", "5")),
    "A107": Case("example", "example", lambda d: add(row(d, "T1", "general_budget_own"), "amount", "5")),
    "A108": Case("example", "example", lambda d: add(row(d, "T1", "208", Side.EXPENDITURE), "amount", "5")),
    "A109": Case("example", "example", lambda d: add(row(d, "T1", None, Side.INCOME), "amount", "5")),
    "A110": Case("example", "example", lambda d: add(row(d, "T4", "201", Side.EXPENDITURE), "general", "5")),
    "A111": Case("example", "example", lambda d: add(row(d, "T10", "vehicle_operation"), "total", "5")),
    "A112": Case("example", "example", lambda d: drop_rows(d, "T5", lambda r: r.kind != RowKind.TOTAL)),
    "X201": Case("example", "example", lambda d: add(row(d, "T1", "208", Side.EXPENDITURE), "amount", "5")),
    "X202": Case("example", "example", lambda d: add(row(d, "T2", None), "general_budget", "5")),
    "X203": Case("example", "example", lambda d: add(row(d, "T4", "general", Side.INCOME), "total", "5")),
    "X204": Case("example", "example", lambda d: (add(row(d, "T4", "201", Side.EXPENDITURE), "general", "5"),
                                                   add(row(d, "T4", "201", Side.EXPENDITURE), "total", "5"))),
    "X205": Case("example", "example", lambda d: (add(row(d, "T5", "2010101"), "basic", "5"),
                                                   add(row(d, "T5", "2010101"), "total", "5"))),
    "X206": Case("example", "example", lambda d: add(row(d, "T2", "2010150"), "total", "5")),
    "X207": Case("example", "example", lambda d: add(row(d, "T6", None), "total", "5")),
    "X208": Case("example", "example", _t7_recode),
    "X209": Case("example", "example", lambda d: (add(row(d, "T6", "30231"), "total", "9"),
                                                   add(row(d, "T6", "30231"), "public", "9"))),
    "X210": Case("example", "example", lambda d: row(d, "T6", "302").values.update(personnel=Decimal("5"))),
    "X211": Case("example", "example", lambda d: (add(row(d, "T6", "30113"), "total", "4"),
                                                   add(row(d, "T6", "30113"), "personnel", "4"))),
    "T301": Case("example", "example", lambda d: replace_text(d, "3.4", "住房保障支出35.90万元", "住房保障支出53.90万元")),
    "T302": Case("example", "example", lambda d: replace_text(d, "3.3", "占71.19%", "占61.19%")),
    "T303": Case("example", "example", lambda d: replace_text(d, "3.3", "增长12.27%", "增长10.93%")),
    "T304": Case("example", "example", lambda d: replace_text(d, "3.11.2", "服务预算102.25万元", "服务预算112.25万元")),
    "T305": Case("example", "seed"),
    "T306": Case("example", "example", lambda d: replace_text(d, "3.7", "（86个，每个2.00万元）", "（85个，每个2.00万元）")),
    "T307": Case("generated", "seed"),
    "T308": Case("example", "example", lambda d: replace_text(d, "3.7", "项目名称：人大监督", "项目名称：人大监察")),
    "T309": Case("example", "example", lambda d: add(row(d, "T8", None), "total", "50")),
    "T310": Case("example", "example", lambda d: replace_text(d, "3.3", "下降37.13%", "增长37.13%")),
    "T311": Case("seed", "seed", lambda d: replace_text(d, "3.10", "经费比上年预算增加0万元", "经费比上年预算增加5万元")),
    "T312": Case("generated", "seed"),
    "T314": Case("generated", "seed"),
    "T313": Case("example", "example", lambda d: replace_text(d, "3.2", "增加9.00万元（上年未安排）", "增加8.00万元（上年未安排）")),
    "T315": Case("example", "example", lambda d: replace_text(d, "3.10", "公务用车运行费31.00万元，与上年预算持平",
                                                               "公务用车运行费31.00万元，上年为30.00万元，与上年预算持平")),
    "T316": Case("example", "example", lambda d: replace_text(
        d, "3.10", "“三公”经费预算数为31.00万元", "“三公”经费支出预算为31.00万元，支出决算为15.50万元，完成预算的60%")),
    "T317": Case("example", "example", lambda d: replace_text(d, "3.10", "公务用车运行费31.00万元，与上年预算持平",
                                                               "公务用车运行费30.00万元，与上年预算持平")),
    "T318": Case("example", "example", lambda d: replace_text(d, "3.3", "占28.81%", "占38.81%")),
    "T319": Case("example", "example", lambda d: _three_public_apart(d, "35.00")),
    "C400": Case("example", "tables"),
    "C401": Case("example", "example", lambda d: setattr(d, "tables", [t for t in d.tables if t.id != TableId.T6])),
    "C402": Case("example", "example", lambda d: setattr(d, "tables", [t for t in d.tables if t.id != TableId.T9])),
    "C403": Case("example", "example", lambda d: (setattr(table(d, "T8"), "note", None),
                                                   _sections(d, lambda s: s.key != "3.8"))),
    "C404": Case("example", "example", lambda d: drop_rows(d, "T3", lambda r: len(r.code or "") != 7)),
    "C405": Case("example", "example", lambda d: drop_rows(d, "T6", lambda r: (r.code or "")[:3] != "303" or len(r.code) == 3)),
    "C406": Case("example", "example", lambda d: drop_rows(d, "T10", lambda r: r.code != "reception")),
    "C407": Case("example", "example", lambda d: _sections(d, lambda s: s.key != "3.11.2")),
    "C409": Case("example", "example", lambda d: setattr(d, "profile", d.profile.model_copy(update={"extent": Extent.THREE_PUBLIC}))),
    "C408": Case("example", "example", lambda d: next(s for s in d.sections if s.key == "3.10").paragraphs.__delitem__(
        slice(1, None))),
    "K501": Case("example", "example", lambda d: setattr(row(d, "T5", "2010150"), "code", "2010177")),
    "K502": Case("example", "example", lambda d: setattr(row(d, "T5", "2010150"), "code", "2013950")),
    "K503": Case("example", "example", lambda d: setattr(d, "year", 2030)),
    "K504": Case("example", "example", lambda d: setattr(row(d, "T5", "2010150"), "label", "行政运行")),
    "K505": Case("example", "example", lambda d: setattr(row(d, "T5", "2010150"), "label", "人大机关后勤保障")),
    "K506": Case("example", "example", lambda d: drop_rows(d, "T5", lambda r: r.code != "20101")),
    "K507": Case("example", "example", _fund_code_in_t5),
    "K508": Case("example", "example", _t8_row),
    "K509": Case("example", "example", lambda d: setattr(row(d, "T6", "30101"), "code", "2010101")),
    "P601": Case("example", "example", lambda d: d.performance.pop(0)),
    "P602": Case("example", "example", lambda d: (setattr(_perf(d), "budget_total", _perf(d).budget_total + 10),
                                                   setattr(_perf(d), "budget_fiscal", _perf(d).budget_fiscal + 10))),
    "P603": Case("example", "example", lambda d: setattr(_perf(d), "budget_fiscal", _perf(d).budget_fiscal + 1)),
    "P604": Case("example", "example", lambda d: setattr(_perf(d).indicators[0], "weight", Decimal(15))),
    "P605": Case("example", "example", _add_cost),
    "P606": Case("generated", "example"),
    "P607": Case("example", "example", lambda d: setattr(_perf(d), "goal", _perf(d).goal.replace("拟投入 38 万元", "拟投入 48 万元"))),
    "W701": Case("example", "example", lambda d: replace_text(d, "3.3", "，主要原因是“微实事”专项资金未做预算安排", "")),
    "W702": Case("example", "seed"),
    "W703": Case("example", "seed"),
    "W704": Case("example", "example", lambda d: replace_text(d, "3.1", "收支总预算851.14万元", "收支总预算XX万元")),
    "W705": Case("example", "example", lambda d: setattr(table(d, "T6"), "unit", MoneyUnit.YUAN)),
    "W706": Case("example", "example", lambda d: setattr(d.overview.staffing, "actual", 2)),
    "W707": Case("example", "example", lambda d: replace_text(d, "3.5.1", "2023年一般公共预算当年拨款", "2022年一般公共预算当年拨款")),
    "W708": Case("example", "example", lambda d: setattr(d.statements, "operating_costs", Decimal("200"))),
    "W709": Case("example", "example", lambda d: replace_text(d, "3.3", "占71.19%", "占支出预算%")),
    "W710": Case("example", "example", lambda d: setattr(_section(d, "3.4"), "heading",
                                                          _section(d, "3.4").heading.replace("四、", "五、"))),
    "W711": Case("example", "example", lambda d: (setattr(table(d, "T8"), "rows", []), replace_text(
        d, "3.8", "没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表", "政府性基金预算支出50.00万元"))),
    "W712": Case("example", "example", lambda d: replace_text(d, "3.10", "“三公”经费与上年预算持平",
                                                               "“三公”经费比上年预算增加（减少）0万元")),
    "R801": Case("example", "example", lambda d: d.reading_notes.append(
        ReadingNote(code="table.no_grid", message="表3 没有可识别的表格线", location=Location(page=6)))),
    "R802": Case("example", "example", lambda d: d.reading_notes.append(
        ReadingNote(code="code.recovered", message="“21 0”按名称恢复为 210"))),
}


@pytest.fixture(scope="module")
def bases(example_full, example_tables, generated_full, seed):
    return {"example": example_full, "tables": example_tables, "generated": generated_full, "seed": seed}


@pytest.fixture(scope="module")
def base_findings(bases):
    return {name: {f.rule for f in check(d)} for name, d in bases.items()}


def test_every_rule_has_a_case():
    assert {r.id for r in all_rules()} == set(CASES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_passes_on_a_clean_disclosure(rule_id, base_findings):
    assert rule_id not in base_findings[CASES[rule_id].passing]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fails_on_its_fault(rule_id, bases):
    case = CASES[rule_id]
    d = bases[case.failing].model_copy(deep=True)
    if case.fault is not None:
        case.fault(d)
    findings = [f for f in check(d) if f.rule == rule_id]
    assert findings, f"{rule_id} did not fire"
    rule = next(r for r in all_rules() if r.id == rule_id)
    for f in findings:
        assert f.severity == rule.severity and f.message and f.where.describe()
