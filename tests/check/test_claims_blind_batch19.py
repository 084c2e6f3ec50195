"""Claim readings corrected after the nineteenth blind batch (r700–r706)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_the_staff_in_post_named_bare():
    """"人员概况：在职人员81人，专业技术人员57人…" (r706): the staff in post, when no 实有 figure is stated."""
    d = page("人员概况：在职人员81人，专业技术人员57人、管理人员1人，工勤人员23人。", final=True, year=2024)
    assert key_figures(d)["staff"].get("actual") == 81


def test_the_staff_in_post_under_a_stated_actual_staff():
    """"实有人数11人，其中：在职人员10人，退休人员1人": the 实有 figure is the staff; the 在职 is its part."""
    d = page("实有人数11人，其中：在职人员10人，退休人员1人。", final=True, year=2023)
    assert key_figures(d)["staff"].get("actual") == 11


def test_last_years_staff_in_post_is_not_this_years():
    d = page("上年在职人员80人。", final=True, year=2024)
    assert (key_figures(d).get("staff") or {}).get("actual") is None


_FUND = ("1-5月，全县完成政府性基金收入969万元，占年初预算2180万元的44.4%，同比下降14.6%，其中国有土地使用权出让收入"
         "866万元，城市基础设施配套费收入35万元，污水处理费收入68万元；完成政府性基金支出4093万元，占年初预算5497万元的"
         "74.5%，同比下降78.5%。")


def test_the_budget_a_share_is_taken_of_is_no_whole_of_a_list():
    """"收入969万元，占年初预算2180万元的44.4%，…，其中…866万元，…35万元，…68万元" (r702): the 年初预算 after 占 is what
    the year's amount completes, not what the 其中 list breaks down (no T304 of 2180 against the parts)."""
    assert found(page(_FUND, year=2024), "T304") == []


def test_a_wrong_share_of_the_years_budget_is_a_wrong_completion_rate():
    """"完成财政总收入4348万元，占年初预算10065万元的53.2%": 4348 ÷ 10065 is 43.2%, as after 完成年初预算."""
    text = "1-5月，全县完成财政总收入4348万元，占年初预算10065万元的53.2%，同比下降6.5%。"
    hits = found(page(text, year=2024), "T316")
    assert len(hits) == 1 and "43.2" in hits[0].message
    assert found(page(text.replace("53.2", "43.2"), year=2024), "T316") == []


def test_a_share_of_a_bare_budget_stays_a_share():
    """"占预算…的" without 年初/全年/调整 may be a share of a budget the amount is part of: not a completion rate."""
    d = page("基本支出80万元，占预算100万元的80%。", year=2024)
    assert found(d, "T316") == []


def test_a_column_heading_in_a_piped_row_is_no_blank():
    """"具体收入项目情况如下： …执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | 占计划% | 上年同期数 | 同比增减% |"
    (r700): a unit that ends a '|' cell is a column's heading, not a number left out (W709)."""
    text = ("具体收入项目情况如下： 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | "
            "占计划% | 上年同期数 | 同比增减% | 备注 |")
    assert found(page(text, year=2024), "W709") == []
    assert found(page("商品和服务支出预算75800元，占基本支出预算%。", year=2024), "W709")
