"""Final accounts (决算): the rules read the 决算 column sets, not the budget's.

The three corpus 决算 PDFs give no error finding except the publications' own inconsistencies,
verified against the PDF text (see EXPECTED_ERRORS); each 决算 identity has a failing case on a
small hand-made 决算 disclosure.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from tests.check.helpers import row
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Column, Disclosure, Paragraph, Row, RowKind, Section, Side, Table, TableId
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.rules import check
from yusuan.rules.completeness.sections import REQUIRED_SECTIONS
from yusuan.rules.finding import Severity

DATA = Path(__file__).parents[1] / "data"

# Errors that are real inconsistencies of the publication (checked in the PDF text):
EXPECTED_ERRORS = {
    # 第三部分 五（二）: 一般公共服务支出 2106.66 of 2940.05 is 71.65%, printed 71.73% (the four shares
    # printed add up to 100.07%); 第三部分 四: "财政拨款收入支出总计0.3万元" where 表4's 总计 is 2961.68
    # (audited: tests/data/real/truth/r002.yaml)
    "putuo-caizhengju-2024-juesuan.pdf": [("T302", "71.73%"), ("T301", "0.3万元")],
    # 第三部分 六 states 一般公共预算财政拨款基本支出 5377.64 and 人员经费 4896.98 (表3's all-funds 基本支出),
    # while 表5 prints 基本支出 5364.75 and 表6 人员经费合计 4884.09 (公用经费 480.66 agrees);
    # 9746.50 of 本年支出合计 9759.38 is 99.868%, printed 99.86%; 9746.50 of 年初预算 10210.34 is 95.457%,
    # printed 95.45% (audited: tests/data/real/truth/r003.yaml)
    "putuo-guihuaziyuan-2024-juesuan.pdf": [("T301", "5377.64"), ("T301", "4896.98"), ("T302", "99.86%"),
                                            ("T316", "95.45%")],
    # 住房保障支出 29.42 of 307.82 is 9.558%, printed 9.55% (audited: tests/data/real/truth/r004.yaml)
    # 第三部分 三: "完成年初预算的95.89%" where 年初预算 is 0 — 95.89% is 307.82 of the 全年预算 321.02 (r004)
    "putuo-shehuigongzuobu-2024-juesuan.pdf": [("T302", "9.55%"), ("T316", "95.89%")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_corpus_final_accounts_have_no_false_errors(name):
    d = load_disclosure(DATA / name)
    assert d.kind == DocumentKind.FINAL
    findings = check(d)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    expected = EXPECTED_ERRORS[name]
    assert len(errors) == len(expected), [f.message for f in errors]
    for rule_id, text in expected:
        assert any(f.rule == rule_id and text in f.message for f in errors), (rule_id, text)
    others = Counter((f.severity.value, f.rule) for f in findings if f.severity != Severity.ERROR)
    print(f"\n{name}: " + ", ".join(f"{sev} {rule} ×{n}" for (sev, rule), n in sorted(others.items())))


# -- a small, consistent 决算 -----------------------------------------------------------------------

def _r(label, code, values, kind=RowKind.ITEM, side=None):
    return Row(label=label, code=code, kind=kind, side=side,
               values={k: Decimal(v) for k, v in values.items()})


def _final() -> Disclosure:
    inc, exp, sub, tot = Side.INCOME, Side.EXPENDITURE, RowKind.SUBTOTAL, RowKind.TOTAL
    t1 = Table(id=TableId.T1, title="收入支出决算总表", columns=[Column(key="amount", label="决算数")], rows=[
        _r("一、一般公共预算财政拨款收入", "general_budget", {"amount": "100"}, side=inc),
        _r("八、其他收入", "unit_other_income", {"amount": "5"}, side=inc),
        _r("本年收入合计", "current_year", {"amount": "105"}, sub, inc),
        _r("年初结转和结余", "carryover", {"amount": "10"}, sub, inc),
        _r("总计", "total", {"amount": "115"}, tot, inc),
        _r("一、一般公共服务支出", "201", {"amount": "100"}, sub, exp),
        _r("本年支出合计", "current_year_expenditure", {"amount": "100"}, sub, exp),
        _r("年末结转和结余", "carryover_end", {"amount": "15"}, sub, exp),
        _r("总计", None, {"amount": "115"}, tot, exp),
    ])
    t2 = Table(id=TableId.T2, title="收入决算表", columns=[
        Column(key="total", label="本年收入合计"), Column(key="fiscal", label="财政拨款收入"),
        Column(key="unit_other_income", label="其他收入")], rows=[
        _r("合计", None, {"total": "105", "fiscal": "100", "unit_other_income": "5"}, tot),
        _r("一般公共服务支出", "201", {"total": "105", "fiscal": "100", "unit_other_income": "5"}, sub),
    ])
    bp = [Column(key="total", label="本年支出合计"), Column(key="basic", label="基本支出"),
          Column(key="project", label="项目支出")]
    t3 = Table(id=TableId.T3, title="支出决算表", columns=bp, rows=[
        _r("合计", None, {"total": "100", "basic": "80", "project": "20"}, tot),
        _r("一般公共服务支出", "201", {"total": "100", "basic": "80", "project": "20"}, sub),
    ])
    t4 = Table(id=TableId.T4, title="财政拨款收入支出决算总表", columns=[
        Column(key="total", label="决算数"), Column(key="general", label="一般公共预算财政拨款")], rows=[
        _r("一、一般公共预算财政拨款", "general", {"total": "100"}, side=inc),
        _r("本年收入合计", "current_year", {"total": "100"}, sub, inc),
        _r("年初财政拨款结转和结余", "carryover", {"total": "10"}, sub, inc),
        _r("一、一般公共预算财政拨款", "carryover_general", {"total": "10"}, side=inc),
        _r("总计", None, {"total": "110"}, tot, inc),
        _r("一、一般公共服务支出", "201", {"total": "100", "general": "100"}, sub, exp),
        _r("本年支出合计", "current_year_expenditure", {"total": "100", "general": "100"}, sub, exp),
        _r("年末财政拨款结转和结余", "carryover_end", {"total": "10", "general": "10"}, sub, exp),
        _r("总计", None, {"total": "110", "general": "110"}, tot, exp),
    ])
    t5 = Table(id=TableId.T5, title="一般公共预算财政拨款支出决算表", columns=bp, rows=[
        _r("合计", None, {"total": "100", "basic": "80", "project": "20"}, tot),
        _r("一般公共服务支出", "201", {"total": "100", "basic": "80", "project": "20"}, sub),
    ])
    t6 = Table(id=TableId.T6, title="一般公共预算财政拨款基本支出决算表", columns=[
        Column(key="total", label="决算数"), Column(key="personnel", label="人员经费合计"),
        Column(key="public", label="公用经费合计")], rows=[
        _r("工资福利支出", "301", {"total": "60"}, sub),
        _r("基本工资", "30101", {"total": "60"}),
        _r("对个人和家庭的补助", "303", {"total": "10"}, sub),
        _r("退休费", "30302", {"total": "10"}),
        _r("商品和服务支出", "302", {"total": "8"}, sub),
        _r("办公费", "30201", {"total": "8"}),
        _r("资本性支出", "310", {"total": "2"}, sub),
        _r("办公设备购置", "31002", {"total": "2"}),
        _r("合计", None, {"personnel": "70", "public": "10"}, tot),
    ])
    return Disclosure(department="某局", year=2024, kind=DocumentKind.FINAL, source="final.pdf",
                      tables=[t1, t2, t3, t4, t5, t6])


TABLE_RULES = ("A102", "A104", "A106", "A107", "A108", "X201", "X202", "X203", "X204", "X206", "X207")


def _errors(d: Disclosure) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check(d):
        if f.severity == Severity.ERROR and f.rule in TABLE_RULES:
            out.setdefault(f.rule, []).append(f.message)
    return out


def test_consistent_final_accounts_pass():
    assert _errors(_final()) == {}


def _set(d, tid, code, key, amount, side=None):
    row(d, tid, code, side).values[key] = Decimal(amount)


FAULTS = {
    # 表6: Σ 类 决算数 (80) = 人员经费合计 + 公用经费合计 (85)
    "A102": lambda d: _set(d, "T6", None, "public", "15"),
    # 表6: 人员经费合计 = 301 + 303, 公用经费合计 = the other 类 (Σ 类 unchanged)
    "A104": lambda d: (_set(d, "T6", "301", "total", "55"), _set(d, "T6", "302", "total", "13")),
    # 表2: 本年收入合计 = 财政拨款收入 + 其他收入 …
    "A106": lambda d: _set(d, "T2", "201", "unit_other_income", "15"),
    # 表1: 收入总计 = 本年收入合计 + 年初结转和结余
    "A107": lambda d: _set(d, "T1", "carryover", "amount", "20", Side.INCOME),
    # 表1: 支出总计 = 本年支出合计 + 年末结转和结余
    "A108": lambda d: _set(d, "T1", "carryover_end", "amount", "25", Side.EXPENDITURE),
    # 表1 本年支出合计 (and 201) = 表3
    "X201": lambda d: (_set(d, "T3", None, "total", "90"), _set(d, "T3", None, "basic", "70")),
    # 表2 合计 = 表1 本年收入合计; 其他收入 column = 表1 其他收入
    "X202": lambda d: (_set(d, "T2", None, "unit_other_income", "6"), _set(d, "T2", None, "total", "106")),
    # 表4 本年收入合计 = 表1 财政拨款收入
    "X203": lambda d: (_set(d, "T4", "current_year", "total", "101", Side.INCOME),
                       _set(d, "T4", "general", "total", "101", Side.INCOME)),
    # 表4 本年支出合计 (一般公共预算) = 表5 合计
    "X204": lambda d: _set(d, "T4", "current_year_expenditure", "general", "101", Side.EXPENDITURE),
    # 表6 人员经费合计 + 公用经费合计 = 表5 基本支出
    "X207": lambda d: (_set(d, "T5", None, "basic", "85"), _set(d, "T5", None, "total", "105")),
}


@pytest.mark.parametrize("rule_id", sorted(FAULTS))
def test_final_identity_fails(rule_id):
    d = _final()
    FAULTS[rule_id](d)
    assert rule_id in _errors(d)


def test_t2_and_t3_by_code_are_not_compared_in_final_accounts():
    d = _final()  # 表2 201 = 105 (income), 表3 201 = 100 (expenditure): normal in a 决算
    assert "X206" not in _errors(d)
    d.kind = DocumentKind.BUDGET
    assert "X206" in _errors(d)


def test_one_cent_between_tables_is_a_rounding_notice():
    d = _final()
    _set(d, "T3", "201", "total", "100.01")
    _set(d, "T3", "201", "basic", "80.01")
    findings = [f for f in check(d) if "X201" in (f.rule, f.origin)]
    assert findings and all(f.rule == "A100" for f in findings)


def test_no_project_section_required_in_final_accounts():
    d = _final()
    d.sections = [Section(key=k, heading=k, paragraphs=[Paragraph(text="机关运行经费 政府采购 国有资产 绩效")])
                  for k in REQUIRED_SECTIONS if k != "3.7"]
    assert not [f for f in check(d) if f.rule == "C407"]
    d.kind = DocumentKind.BUDGET
    assert [f for f in check(d) if f.rule == "C407"]


def test_numbered_class_names_fit_their_codes():
    d = _final()
    row(d, "T1", "201", Side.EXPENDITURE).label = "一、一般公共服务支出"
    assert not [f for f in check(d) if f.rule in ("K504", "K505")]
    row(d, "T1", "201", Side.EXPENDITURE).label = "一、外交支出"
    assert [f for f in check(d) if f.rule in ("K504", "K505")]


def test_three_public_compared_with_the_named_prior_year():
    d = _final()
    d.sections = [Section(key="3.10", heading="七、财政拨款“三公”经费支出决算情况说明", paragraphs=[
        Paragraph(text="2024年度“三公”经费财政拨款支出决算数与2023年度持平。")])]
    assert not [f for f in check(d) if f.rule == "C408"]
    d.kind = DocumentKind.BUDGET
    assert [f for f in check(d) if f.rule == "C408"]
