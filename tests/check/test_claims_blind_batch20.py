"""Claim readings corrected after the twentieth blind batch (r720–r726)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_kinds_named_after_a_subtotal_break_that_subtotal_down():
    """"实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计8人" (r725, the 江西 template):
    the kind named with the 小计's own name (…在职人数) after "在职人数小计" is a part of that 小计, not a sibling
    in the 实有 list: 7 + 8 = 15 (no T304 of 22)."""
    text = "实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计8人。"
    assert found(page(text, year=2024), "T304") == []


def test_a_subtotal_whose_kinds_do_not_add_up_is_still_checked():
    text = "实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计9人。"
    assert found(page(text, year=2024), "T304")


def test_categories_naming_the_same_members_are_no_partition():
    """"医技科室12个。其中:2个省重点专科(心内科、神经内科);3个市领先学科(心内科、神经内科、肝胆外科);11个省市共建学科(…)"
    (r724): the items name their members, and name some of them twice (心内科 in all three): overlapping
    categories, not parts that add up to the count before them."""
    text = ("设有临床专业科室47个,医技科室12个。其中:2个省重点专科(心内科、神经内科);3个市领先学科(心内科、神经内科、"
            "肝胆外科);11个省市共建学科(检验科、肿瘤内科、普外科、肝胆外科、眼科、心内科、小儿神经内科、呼吸科、产科、"
            "内分泌科、神经内科)。")
    assert found(page(text, year=2024), "T304") == []


def test_parts_with_distinct_members_are_still_summed():
    text = "下属单位5个，其中：3个行政单位(办公室、财务科、人事科)，3个事业单位(中心甲、中心乙、中心丙)。"
    assert found(page(text, year=2024), "T304")


def test_the_total_budget_of_income_is_the_income_total():
    """"(一)收入预算说明 2024年收入总预算334.21万元,同比增加36.78万元" (r723, the 广西 template): 收入总预算 is the
    income total, as 收入预算总额 and 收支总预算 are."""
    d = page("(一)收入预算说明\n2024年收入总预算334.21万元,同比增加36.78万元,增长12.36%。", year=2024)
    assert key_figures(d)["income_total"] == "334.21"
    d = page("2024年支出总预算334.21万元,同比增加36.78万元。", year=2024)
    assert key_figures(d)["expenditure_total"] == "334.21"
