"""Ways of writing that the ninth blind batch of real pages (budgets, r520–r529) showed, each test a small
hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_a_class_named_before_zhichu_yusuan_is_that_class():
    # r524, r528: "支出预算…，其中：教育支出预算…，住房保障支出预算…" — each the 类's budget, not the 支出预算
    d = page("(二)支出预算:2025年年初预算数1211.02万元,其中:一般公共服务支出预算0 万元,社会保障和就业支出预算"
             "144.52万元,卫生健康支出预算1039.39万元,住房保障支出预算 27.11万元。", year=2025)
    figures = key_figures(d)
    assert figures["expenditure_total"] == "1211.02"
    assert figures["by_class"] == {"201": "0.00", "208": "144.52", "210": "1039.39", "221": "27.11"}


def test_staff_by_education_and_title_are_no_parts_of_a_count():
    # r524: the 学历 and 职称 of the staff, after a clause about the retired: not a list that adds up to 23
    d = page("核定人员编制36人,实有职工50人,其中在编31人,临聘19人;离退休人员23人,比上年同期减少1人;其中大学本科22人,"
             "专科21人,中专及高中以下7人,具有副高级职称3人,中级职称16人,全科医生11人。", year=2025)
    assert not found(d, "T304")
    # a count whose parts do exceed it is still reported
    d = page("实有职工50人,其中在编41人,临聘19人。", year=2025)
    assert found(d, "T304")


def test_an_income_split_into_spending_is_not_checked_as_a_list():
    # r528: the 基本支出 under a 财政拨款收入 may be of all funds
    d = page("2025年一般公共预算财政拨款收入1125.76万元,较2024年增加34.42万元。其中:基本支出1183.29万元,比2024年增加"
             "37.61万元。", year=2025)
    assert not found(d, "T304")
    d = page("2025年一般公共预算财政拨款支出1125.76万元。其中:基本支出1183.29万元。", year=2025)
    assert found(d, "T304")


def test_two_opposite_moves_fused_are_the_templates_alternatives():
    # r526: "同比增长下降57%" keeps both of the template's words
    d = page("项目支出预算448万元,同比减少594万元,同比增长下降57%。", year=2023)
    assert [f.actual for f in found(d, "W712")] == ["增长下降"]
    assert not found(page("项目支出预算448万元,同比减少594万元,同比下降57%。", year=2023), "W712")


def test_the_templates_words_to_the_writer_left_in():
    # r525: the instruction of the template above the 机构设置 is printed
    d = page("二、机构设置情况。这部分主要介绍本单位机构设置情况,格式和内容没有固定要求,可以参考但不限于以下内容:"
             "(一)单位内设机构的数量、名称、职能等。", year=2025)
    assert [f.actual for f in found(d, "W704")] == ["这部分主要介绍本单位机构设置情况,格式和内容没有固定要求,可以参考但不限于以下内容"]


def test_a_change_printed_in_yuan_beside_wan_is_quoted():
    # r525: "总支出1135.8万元,比上年增加64.23元" — the unit is the likelier slip
    d = page("2025年部门预算总支出1135.8万元,比上年增加64.23元,增长5.7%。", year=2025)
    assert any("印作“64.23元”" in f.message for f in found(d, "T303"))
    d = page("2025年部门预算总支出1135.8万元,比上年增加64.23万元,增长5.7%。", year=2025)
    assert not any("印作" in f.message for f in found(d, "T303"))


def test_an_item_with_money_said_to_be_unarranged():
    # r522: the 购置费's reason kept for the 运行费 of 8.1万元
    d = page("公务用车购置及运行费支出预算8.1万元。其中:公务用车运行费8.1万元,本年预算与上年持平,持平原因是该项经费本年未安排。"
             "公务用车购置费0万元,本年预算与上年持平,持平原因是该项经费本年未安排。", year=2025)
    assert [f.actual for f in found(d, "T309")] == ["8.10"]


def test_the_staff_in_post_called_shiyou_zhigong():
    # r524: "核定人员编制36人，实有职工50人"
    d = page("全院核定人员编制36人,实有职工50人,比上年同期减少4人,其中在编31人,临聘19人。", year=2025)
    assert key_figures(d)["staff"] == {"authorized": 36, "actual": 50}
