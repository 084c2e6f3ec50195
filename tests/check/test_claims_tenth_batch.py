"""Ways of writing that the tenth blind batch of real pages (r540–r549, final accounts) showed, each test a
small hand-made text."""

from __future__ import annotations

from decimal import Decimal

from tests.check.test_claims_excerpts import found, page
from yusuan.model.claims import analyse


def test_a_finance_reports_change_of_spending():
    """"较上年增支204万元，增长23.1%", "较上年减支2484万元": 增支/减支 (and 增收/减收) are a change against last
    year, not an amount of their own, and never a part of a 其中 list."""
    d = page("支出24000万元，较上年减支500万元，下降2%。其中：\n1.人大事务1087万元，较上年增支204万元，增长23.1%；\n"
             "2.政府办公厅事务18524万元，较上年减支2484万元，下降11.8%。", final=True, year=2022)
    claims = {c.value: c for c in analyse(d).claims}
    assert claims[Decimal("1087")].delta == Decimal("204")
    assert claims[Decimal("18524")].delta == Decimal("-2484")
    assert Decimal("204") not in claims and Decimal("2484") not in claims
    assert not found(d, "T304") and not found(d, "T303")


def test_an_amount_in_wrongly_decoded_text_is_not_read():
    """"?。ㄒ唬┮话愎卜罩С?8639萬元": a mirror decoded the heading wrongly (box drawing, bopomofo, Cyrillic
    never occur in a budget document) and a digit of the amount may have gone with it: it is not read."""
    d = page("(一)一般公共服务支出8639万元，较上年减支5273万元，下降9.8%。",
             "ㄒ唬┮话愎卜罩С?8639万元，较上年减支5273万元，下降9.8%。", final=True, year=2022)
    values = [c.value for c in analyse(d).claims if c.value == Decimal("8639")]
    assert len(values) == 1  # the first paragraph's, not the garbled one's


def _list_of(d, whole: str) -> list[Decimal]:
    (g,) = [g for g in analyse(d).lists if any(w.value == Decimal(whole) for w in g.wholes.values())]
    return [p.value for p in g.parts]


def test_a_list_ends_before_a_grand_total():
    """"…其中：一般转移支付收入1478万元，上年结转结余60万元，基金调入103万元，收入合计为6449万元": the 收入合计
    totals everything; it is not a part of the 1884."""
    d = page("一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元，上年结转结余60万元，"
             "基金调入103万元，收入合计为6449万元；支出合计6449万元。", final=True)
    assert Decimal("6449") not in _list_of(d, "1884")
    assert not found(d, "T304")
    # 本年收入合计 is a part of 收入总计
    d = page("2023年度收入总计434.72万元，其中：本年收入合计434.16万元，年初结转和结余0.56万元。", final=True)
    assert _list_of(d, "434.72") == [Decimal("434.16"), Decimal("0.56")]


def test_a_list_of_income_ends_at_a_sentence_of_spending():
    """"一般公共预算收入505.4亿元，…其中，税收收入420.6亿元，占…83.2%。一般公共预算支出684.6亿元": the next
    sentence states spending, which is no part of income: the list ended with the sentence before."""
    d = page("一般公共预算收入505.4亿元，完成预算89.8%。其中，税收收入420.6亿元，占一般公共预算收入比重83.2%。"
             "一般公共预算支出684.6亿元，完成预算81.6%。", final=True, year=2022)
    assert _list_of(d, "5054000") == [Decimal("4206000")]
    assert not found(d, "T304")
    # a part of the same side stays a part, however large: the list does not add up
    d = page("当年拨款合计1358.97万元，其中：基本支出584.76万元，主要用于运转。项目支出7742.10万元，主要用于项目。")
    assert found(d, "T304")


def test_an_enumeration_by_commas_ends_where_the_commas_give_way():
    """"一般转移支付收入1478万元(含均衡性转移支付收入166万元、…、其他一般转移支付收入212万元，专项转移支付收入406万元)":
    the parts joined by 、 make up the 1478; the item after the comma is its sibling."""
    d = page("上级转移支付收入1884万元，其中：一般转移支付收入1478万元(含均衡性转移支付收入166万元、基本财力保障机制奖补资金"
             "收入968万元、结算补助收入132万元、其他一般转移支付收入212万元，专项转移支付收入406万元)。", final=True)
    assert _list_of(d, "1478") == [Decimal("166"), Decimal("968"), Decimal("132"), Decimal("212")]
    assert not found(d, "T304")


def test_a_list_after_a_series_breaks_down_the_series():
    """"对5个部门、5个镇乡街道开展整体支出绩效评价，15个专项开展重点绩效评价，其中：良好部门5个；…": the parts
    add up to 5 + 5 + 15, not to the last count."""
    text = ("2023年对5个部门、5个镇乡街道开展整体支出绩效评价，15个专项开展重点绩效评价，其中：良好部门5个；"
            "优秀镇乡街道3个，良好镇乡街道2个；良好专项14个，中等专项{n}个。")
    assert not found(page(text.format(n=1), final=True), "T304")
    assert found(page(text.format(n=3), final=True), "T304")


def test_changes_and_rates_of_subjects_stated_one_by_one():
    """"收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长
    15.74%、23.72%": the 各 distributes the changes, and the rates after them, over the two totals stated before."""
    text = ("2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、"
            "2062.79万元，增长{}%、{}%。")
    d = page(text.format("15.74", "23.72"), final=True, year=2024)
    claims = {c.value: c for c in analyse(d).claims}
    assert claims[Decimal("7562.45")].delta == Decimal("1412.7")
    assert claims[Decimal("6632.48")].rate.value == Decimal("23.72")
    assert len(found(d, "T303")) == 2
    assert not found(page(text.format("22.97", "45.14"), final=True, year=2024), "T303")


FRAGMENT = """\
某卫生院2023年度部门决算
第一部分 某卫生院概况
一、部门主要职责
承担基础疾病门诊诊疗。
第二部分 某卫生院2023年度部门决算表
一、收入支出决算总表

二、收入决算表

三、支出决算表

四、财政拨款收入支出决算总表

五、一般公共预算财政拨款支出决算表

第三部某卫生院2023年度部门决算情况说明
  1. 收入支出决算总体情况说明
2023年度收、支总计均为4680.58万元。与2022年度相比，收、支总计各减少2415.45万元，下降34%。
  1. 收入决算情况说明
2023年度收入合计4680.58万元，其中：财政拨款收入2982.61万元，占本年收入63%；事业收入1697.97万元，占本年收入36.28%。
"""


def test_a_part_heading_that_lost_its_fen(tmp_path):
    """"第三部 2024年度部门决算情况说明": a page that lost the 分 of a part heading; what follows is the explanations,
    not more of the tables part before it."""
    from yusuan.readers.published import extract_file

    path = tmp_path / "page.txt"
    path.write_text(FRAGMENT, encoding="utf-8")
    d = extract_file(path).disclosure
    assert Decimal("2982.61") in {c.value for c in analyse(d).claims}
    assert [f.expected for f in found(d, "T302")] == ["64"]


def test_titles_of_tables_the_page_does_not_hold_make_no_whole_disclosure(tmp_path):
    """Table titles with no table under any (images, or a page cut off) and prose that explains little of the
    template: the page is a fragment, not a whole disclosure missing its sections."""
    from yusuan.readers.published import extract_file

    path = tmp_path / "page.txt"
    path.write_text(FRAGMENT, encoding="utf-8")
    d = extract_file(path).disclosure
    assert d.profile is not None and not d.profile.whole
    assert not found(d, "C407")


def test_a_governments_own_accounts_are_no_departments(tmp_path):
    """"2022年度泉州台商投资区一般公共预算支出数为…", "关于滨海新区2022年决算草案…的报告": a government's accounts,
    its own level's, or all its levels' when 全区/全市 speaks."""
    from yusuan.model.profile import DocumentScope
    from yusuan.readers.published import extract_file

    for text, scope in (("泉州台商区2022年政府预决算相关重要事项说明\n2022年度一般公共预算支出数为242259万元，"
                         "比2021年度决算数增加63678万元，增长35.66%。", DocumentScope.OWN),
                        ("关于滨海新区2022年决算草案的报告\n1.全区收支\n一般公共预算收入505.4亿元。",
                         DocumentScope.CONSOLIDATED)):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        assert extract_file(path).disclosure.profile.scope == scope


def test_final_accounts_compared_with_their_own_years_final_accounts():
    """"20123-民族事务156万元，与2022年决算数持平" in the final accounts of 2022: a 决算 compares with last year's
    决算 (its own year's 预算 is a right comparison)."""
    for text, fires in (("20123-民族事务156万元，与2022年决算数持平。", True),
                        ("20123-民族事务156万元，与2021年决算数持平。", False),
                        ("20123-民族事务156万元，较2022年预算数减少4万元。", False)):
        d = page("2022年度一般公共预算支出决算数为242259万元。", text, final=True, year=2022)
        assert bool(found(d, "W707")) is fires, text


def test_a_report_of_final_accounts_and_of_the_budgets_execution(tmp_path):
    """"…就2015年北京市市级决算草案和2016年上半年预算执行情况作报告": 预算执行情况 is the execution of a budget, not a
    budget; the page is about the 2015 final accounts."""
    from yusuan.readers.published import extract_file

    path = tmp_path / "news.txt"
    path.write_text("市财政局局长就2015年北京市市级决算草案和2016年上半年预算执行情况作报告。\n"
                    "去年的“三公”经费财政拨款决算6.4亿元。", encoding="utf-8")
    d = extract_file(path).disclosure
    assert d.kind.value == "决算"


def test_an_amount_in_yi_is_rounded_at_its_printed_digit():
    """"因公出国（境）费1.2亿元，相比年初预算数的1.5亿元减少0.3亿元，下降24%": no account is kept in 亿, so 1.5亿 is
    1.45–1.55亿 and 0.3亿 0.25–0.35亿 (16–24%); the same figures in 万元 are taken at their hundredths."""
    text = "因公出国（境）费决算{0}，相比年初预算数的{1}减少{2}，下降24%。"
    assert not found(page(text.format("1.2亿元", "1.5亿元", "0.3亿元"), final=True, year=2015), "T303")
    assert found(page(text.format("1.2万元", "1.5万元", "0.3万元"), final=True, year=2015), "T303")


def test_the_rate_says_which_amount_is_the_base():
    """"2015年决算数2352万元，相比年初预算数6200万元下降62.1%": (6200 − 2352) / 6200 = 62.1%, so 6200 is the budget
    compared with, not the change with its word left out (6200 / 8552 = 72.5%); "较2023年度决算数38.31万元，下降
    6.31%" after 568.8万元 is the change (38.31 / 607.11)."""
    d = page("公务接待费2015年决算数2352万元，相比年初预算数6200万元下降62.1%。", final=True, year=2015)
    (c,) = [c for c in analyse(d).claims if c.value == Decimal("2352")]
    assert c.budget == Decimal("6200") and not found(d, "T303")
    d = page("2024年度“三公”经费支出568.8万元，较2023年度决算数38.31万元，下降6.31%。", final=True, year=2024)
    (c,) = [c for c in analyse(d).claims if c.value == Decimal("568.8")]
    assert c.delta == Decimal("-38.31")


def test_an_average_of_an_item_is_not_the_item():
    """"全年市级因公出国（境）团组1378个，共4772人次，人均因公出国（境）费用2.4万元": an average, not 因公出国（境）费."""
    from yusuan.model.figures import key_figures

    d = page("全年市级因公出国（境）团组1378个，共4772人次，人均因公出国（境）费用2.4万元。", final=True, year=2015)
    assert key_figures(d)["three_public"]["abroad"] is None


def test_the_clause_after_a_rate_that_says_what_it_is_mainly_due_to():
    """"税收事务2200万元，较上年减支1100万元，下降33.3%，主要是区税务局部分征收经费在2023年度支出的影响": the reason
    of the change, without the word 原因 (after a comma, right after the rate)."""
    d = page("7.税收事务2200万元，较上年减支1100万元，下降33.3%，主要是区税务局部分征收经费在2023年度支出的影响；",
             final=True, year=2022)
    (c,) = [c for c in analyse(d).claims if c.value == Decimal("2200")]
    assert c.reason and c.reason.startswith("区税务局")
    assert not found(d, "W701")
