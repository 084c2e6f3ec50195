"""Reading number claims out of the explanations, and the rounding and unit conventions."""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import row, table
from yusuan.model.claims import analyse
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.money import MoneyUnit
from yusuan.rules import Severity, check


def _text(*paragraphs: str, key: str = "3.3") -> Disclosure:
    return Disclosure(department="某局", year=2023, sections=[
        Section(key=key, heading="", paragraphs=[Paragraph(text=p) for p in paragraphs])])


def test_amount_share_change_and_reason():
    a = analyse(_text("基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。"))
    (c,) = a.claims
    assert (c.subject, c.value, c.share.value, c.delta, c.rate.value) == (
        "基本支出", Decimal("605.94"), Decimal("71.19"), Decimal("66.22"), Decimal("12.27"))
    assert c.reason == "工资普调" and c.prior == Decimal("539.72")


def test_decrease_is_negative_and_reason_in_next_sentence():
    a = analyse(_text("项目支出 229.00 万元，比上年预算减少 161.00 万元，下降 41.28%。主要原因是：“微实事”专项资金未做预算安排。"))
    (c,) = a.claims
    assert c.delta == Decimal("-161.00") and c.rate.value == Decimal("-41.28")
    assert c.reason == "微实事专项资金未做预算安排"


def test_a_page_break_inside_a_sentence_is_joined():
    a = analyse(_text("财政拨款结转 16.2 万元，占 1.90%，比上年预算增加", "16.2 万元，增长 100.00%，主要原因是本年增加财政拨款结转资金。"))
    (c,) = a.claims
    assert c.delta == Decimal("16.2") and c.rate.value == Decimal("100.00")


def test_a_list_over_paragraphs_and_an_inline_list():
    a = analyse(_text("支出预算 851.14 万元，其中：", "基本支出 605.94 万元，占 71.19%。", "项目支出 245.2 万元，占 28.81%。"))
    (g,) = [g for g in a.lists if g.parts]
    assert g.wholes["万元"].value == Decimal("851.14") and [p.value for p in g.parts] == [Decimal("605.94"),
                                                                                        Decimal("245.2")]
    b = analyse(_text("政府采购预算138.45万元，其中：货物36.2万元，工程0万元，服务102.25万元。"))
    assert [p.subject for p in b.lists[0].parts] == ["货物", "工程", "服务"]


def test_codes_from_markers_thresholds_and_per_unit_amounts():
    a = analyse(_text("1. 一般公共服务（201 类）人大事务（01 款）行政运行（01 项）：2023 年预算数为 473.27 万元；"
                      "人大会议（04 项）：2023 年预算数为 0 万元。", key="3.5.3"))
    assert [c.code for c in a.claims] == ["2010101", "2010104"]
    b = analyse(_text("单位价值 50 万元以上大型设备 0 台（套）。"))
    assert all(c.threshold or not c.money for c in b.claims)
    c = analyse(_text("资金分配情况：全市代表之家活动经费172.00万元（86个，每个2.00万元）。", key="3.7"))
    per = next(x for x in c.claims if x.per_unit is not None)
    assert per.per_unit == 86 and per.effective == Decimal("172.00") and per.breakdown_of.value == Decimal("172.00")


def test_unchanged_is_a_change_of_zero():
    a = analyse(_text("公务用车运行费31.00万元，与上年预算持平，主要原因是与上年车辆数及标准一致。", key="3.10"))
    assert a.claims[0].delta == 0


def test_rounding_bound_grows_with_the_number_of_figures(example_tables):
    d = example_tables.model_copy(deep=True)
    t3 = row(d, "T3", None)  # 合计 = 201 + 208 + 210 + 221: five figures, bound 0.025 万元
    t3.values["total"] += Decimal("0.02")
    t3.values["basic"] += Decimal("0.02")
    notices = [f for f in check(d) if f.rule == "A100" and f.origin == "A102"]
    assert notices and all(f.severity == Severity.NOTICE for f in notices)
    assert not [f for f in check(d) if f.rule == "A102"]
    t3.values["total"] += Decimal("0.01")
    t3.values["basic"] += Decimal("0.01")
    assert [f for f in check(d) if f.rule == "A102"]


def test_tables_in_yuan_are_compared_after_conversion(example_tables):
    d = example_tables.model_copy(deep=True)
    t3 = table(d, "T3")
    t3.unit = MoneyUnit.YUAN
    for r in t3.rows:
        r.values = {k: (v * 10000 if v is not None else None) for k, v in r.values.items()}
    assert [f for f in check(d) if f.severity != Severity.NOTICE] == []
    row(d, "T3", "208").values["total"] += Decimal("500")  # 0.05 万元 off, in 元
    assert {"A101", "X201"} & {f.rule for f in check(d)}
