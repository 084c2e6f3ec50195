"""Ways of writing that the blind batch of real pages r401–r408 showed (each test a small hand-made text):
the “三公” items named together before one amount, a car's items named after the car, 亿 without 元,
a 包括 that describes what an amount pays for, a sentence about another year, a mirror's stray comma."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.check.test_claims_excerpts import found, page
from yusuan.model.claims import PRIOR, analyse
from yusuan.model.figures import key_figures
from yusuan.model.quantities import names_three_public_together, three_public_key


@pytest.mark.parametrize(("subject", "key", "together"), [
    ("出国（境）经费、车辆购置及运行费、公务接待费（简称“三公”经费）支出", "three_total", True),
    ("公车购置费，公车运行费（“三公”经费）决算", "three_total", True),
    ("因公出国（境）经费、公务用车购置及运行费、公务接待费决算支出", "three_total", True),
    ("公务用车购置费和运行费", "vehicle", True),
    ("因公出国（境）经费、公务接待费", None, True),
    ("公务用车购置和运行维护费", "vehicle", False),
    ("公务用车购置及运行费", "vehicle", False),
    ("购置及运行维护费", "vehicle", False),
    ("公务接待费", "reception", False),
    ("因公出国（境）费用", "abroad", False),
    ("公车购置及运行费", "vehicle", False),
    ("车辆购置、运行维护费", "vehicle", True),
    ("机关运行经费", None, False),
])
def test_three_public_items_named_together(subject, key, together):
    assert three_public_key(subject) == key
    assert names_three_public_together(subject) is together


def test_the_items_named_together_state_the_whole():
    d = page("某局2018年用一般公共预算财政拨款数开支的出国（境）经费、车辆购置及运行费、公务接待费（简称“三公”经费）"
             "支出合计24.75万元。其中：因公出国（境）经费支出0万元；公务用车购置费支出0万元；公务用车运行维护费支出"
             "8.2万元；公务接待费支出16.55万元。", year=2018)
    three = key_figures(d)["three_public"]
    assert three["total"] == "24.75" and three["reception"] == "16.55"


def test_two_items_named_together_are_no_key_figure():
    d = page("因公出国（境）经费、公务接待费共计5万元；公务用车购置及运行费3万元。", year=2018)
    three = key_figures(d)["three_public"]
    assert three["abroad"] is None and three["reception"] is None and three["vehicle"] == "3.00"


def test_the_cars_items_after_the_car():
    d = page("“三公”经费支出合计35万元。其中：因公出国（境）费0万元；公务用车保有量2辆，购置及运行维护费5万元；"
             "公务接待费30万元。", year=2017)
    assert key_figures(d)["three_public"]["vehicle"] == "5.00"


def test_yi_without_yuan_at_the_end_of_a_sentence():
    d = page("“三公”经费支出4亿元，其中：因公出国（境）经费0.3亿元；公务用车购置及运行费3亿元；公务接待费0.7亿。")
    reception = [c for c in analyse(d).claims if c.quantity == "reception"]
    assert [(c.value, c.printed_unit) for c in reception] == [(Decimal("7000.0"), "亿")]
    assert not found(d, "T304") and not found(d, "T319")


def test_what_an_amount_pays_for_is_no_list_of_parts():
    text = ("公务用车运行维护费支出8.2万元，主要包括公务用车燃料费、维修保养费及其他运行费用；"
            "公务接待费支出16.55万元，主要包括单位按规定开支的各类公务接待费用。")
    assert not found(page(text, year=2018), "T304")
    # a 包括 whose parts carry amounts is still a list
    wrong = "公务用车购置及运行费支出8.2万元，主要包括：公务用车购置费3万元；公务用车运行维护费4万元。"
    assert found(page(wrong, year=2018), "T304")


def test_a_sentence_about_last_year_states_last_years_figures():
    d = page("2011年“三公”经费财政拨款预算94.28亿元。其中：因公出国（境）经费19.9亿元，公务用车购置及运行费59.19亿元，"
             "公务接待费15.19亿元。经财政部汇总，2010年中央本级，包括中央行政单位和其他单位用财政拨款开支的"
             "因公出国（境）经费、公务用车购置及运行费，、公务接待费决算支出94.7亿元。其中，因公出国（境）经费17.73亿元，"
             "公务用车购置及运行费61.69亿元，公务接待费15.28亿元。", year=2011)
    claims = analyse(d).claims
    last_year = next(c for c in claims if c.value == Decimal("947000.0"))
    assert last_year.period == PRIOR and last_year.quantity == "three_total"
    assert not found(d, "T319") and not found(d, "T317")
    assert key_figures(d)["three_public"]["abroad"] == "199000.00"


def test_a_sentence_naming_two_years_keeps_its_amounts_current():
    d = page("2023年收入预算100万元，比2022年增加10万元，其中：财政拨款90万元。", year=2023)
    assert all(c.period != PRIOR for c in analyse(d).claims if c.value is not None)


def test_a_share_of_the_procurement_spending_named_after_it():
    # "政府采购支出总额" is the 政府采购 total: a share named against it is not measured against the list's whole
    d = page("财政部2019年度政府采购支出总额33509.75万元，其中授予中小企业合同金额32407.19万元，占政府采购支出总额的96.7%，"
             "其中授予小微企业合同金额2739.43万元，占政府采购支出总额的8.2%。", year=2019, final=True)
    assert not found(d, "T302")
    wrong = page("财政部2019年度政府采购支出总额33509.75万元，其中授予中小企业合同金额32407.19万元，占政府采购支出总额的96.7%，"
                 "其中授予小微企业合同金额2739.43万元，占政府采购支出总额的8.5%。", year=2019, final=True)
    assert [f.expected for f in found(wrong, "T302")] == ["8.2"]


ASSETS = "截至2023年底，本部门占用使用国有资产总体情况为："


@pytest.mark.parametrize(("vehicles", "t304"), [
    ("2. 车辆3辆，价值120.00万元；其中：一般公务用车1辆，价值40.00万元；执法执勤用车2辆，价值80.00万元。", False),
    # the counts are complete (1 + 2 = 3 辆), so the values must add up too
    ("2. 车辆3辆，价值120.00万元；其中：一般公务用车1辆，价值40.00万元；执法执勤用车2辆，价值70.00万元。", True),
    # 4 辆 but 3 listed: other cars may hold the rest of the value
    ("2. 车辆4辆，价值120.00万元；其中：一般公务用车1辆，价值40.00万元；执法执勤用车2辆，价值70.00万元。", False),
])
def test_the_value_of_what_was_counted(vehicles, t304):
    from yusuan.model.sections import SectionKey

    d = page(ASSETS, vehicles, key=SectionKey.ASSETS)
    subjects = [c.subject for c in analyse(d).claims if c.money]
    assert subjects == ["车辆价值", "一般公务用车价值", "执法执勤用车价值"]
    assert bool(found(d, "T304")) is t304


def test_a_numbered_total_before_its_colon_is_split_into_basic_and_project():
    d = page("2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元。",
             year=2021, final=True)
    assert key_figures(d)["project"] == "286.83"


def test_the_items_as_a_county_page_names_them():
    # "运行及维护", "预算拨入", and the year between the item and its amount
    d = page("2016年三公经费预算拨入33万元。其中：1、公务接待费2016年预算8万元；2、公务用车运行及维护支出25万元。",
             year=2016)
    three = key_figures(d)["three_public"]
    assert (three["total"], three["reception"], three["vehicle_operation"]) == ("33.00", "8.00", "25.00")


def test_han_after_an_amount_opens_a_list_and_the_change_after_it_is_the_wholes():
    d = page("机管局2013年收支总预算4,471.22万元,含区山庄管理处经费250万元,政府机关幼儿园经费537.31万元;"
             "比2012年预算增加755.18万元,增长20.32%。", year=2013)
    g = next(g for g in analyse(d).lists if g.opener == "含")
    assert [p.value for p in g.parts] == [Decimal("250"), Decimal("537.31")]
    assert not found(d, "T303") and not found(d, "T313")


def test_an_amount_per_person_and_its_product_are_no_parts():
    d = page("2022年一般公共预算“三公”经费预算数为98.65万元,其中:因公出国(境)经费7万元,计划出国(境)2人,"
             "预算费用3.5万元/人,共计7万元。公务用车购置及运行费87.15万元,公务接待费4.5万元。", year=2022)
    per_person = next(c for c in analyse(d).claims if c.value == Decimal("3.5"))
    assert per_person.per_unit == Decimal("2")
    assert not found(d, "T304")


def test_last_years_amount_stated_before_the_rate():
    # "2015年预算数160万元，2016年预算比2015年预算下降68.8%": 160 is last year's, not a change of 160
    d = page("“公务用车运行维护费”预算数50万元。2015年预算数160万元, 2016年预算比2015年预算下降68.8%。", year=2016)
    assert not found(d, "T303")
    last_year = next(c for c in analyse(d).claims if c.value == Decimal("160"))
    assert (last_year.period, last_year.delta) == (PRIOR, None)


def test_a_list_of_amounts_breaks_down_the_last_amount_not_a_count_remark():
    d = page("“三公”经费支出总数为5,572万元。其他11个区暂未公开。",
             "其中:", "1.因公出国(境)支出169万元(排已公开的6个区第3)。", "2.公务用车购置及运行维护支出4,647万元(排已公开的6个区最高)。",
             "3.公务接待支出756万元(排已公开的6个区最高)。", year=2013, final=True)
    assert not found(d, "T304")
    wrong = page("“三公”经费支出总数为5,572万元。其他11个区暂未公开。",
                 "其中:", "1.因公出国(境)支出169万元(排已公开的6个区第3)。", "2.公务用车购置及运行维护支出4.647万元(排已公开的6个区最高)。",
                 "3.公务接待支出756万元(排已公开的6个区最高)。", year=2013, final=True)
    assert "公务用车购置及运行维护支出 4.647" in found(wrong, "T304")[0].message  # the parts as printed


def test_bare_words_under_a_heading_that_names_the_item():
    from yusuan.model.disclosure import Disclosure, Paragraph, Section

    d = Disclosure(department="", year=2016, sections=[
        Section(key="3.10", heading="三、公务接待费", paragraphs=[Paragraph(text="2016年预算安排8万元，主要用于调研接待。")]),
        Section(key="3.10.1", heading="四、其他", paragraphs=[Paragraph(text="2016年预算安排3万元。")])])
    three = key_figures(d)["three_public"]
    assert three["reception"] == "8.00" and three["total"] is None


def test_a_change_after_a_comparison_word_alone_is_the_items():
    text = "其中:1、公务接待费2016年预算8万元,2015年预算12.5万元;对比减少{}万元。"
    assert not found(page(text.format("4.50"), year=2016), "T315")
    assert [f.expected for f in found(page(text.format("4.35"), year=2016), "T315")] == ["4.50"]


def test_items_numbered_inside_one_paragraph():
    # a reason and a list each end where the next numbered item begins ("，三、…")
    d = page("2023年一般公共预算“三公”经费预算安排520万元,与2022年预算持平:一、2023年因公出国(境)费预算170万元,"
             "与2022年预算相比增加170万元,大力开展国外招商工作,二、2023年公务用车购置及运行费预算150万元,"
             "其中公务用车运行费150万元,与2022年预算相比减少170万元,主要原因是核减公务用车运行费预算,"
             "三、2023年公务接待费预算200万元,与2022年预算相比持平。", year=2023)
    assert key_figures(d)["three_public"]["reception"] == "200.00"
    assert not found(d, "T304")


def test_the_cars_items_by_every_name_the_subject_keys_know():
    """"公车" for 公务用车: the clause items (model/stated.py) and the subject keys (model/quantities.py) are
    built from one declaration of the names (model/three_public_names.py), so both know it."""
    d = page("“三公”经费支出合计30万元。其中：因公出国（境）费0万元；公车购置及运行费20万元（其中公车购置费5万元，"
             "公车运行维护费15万元）；公务接待费10万元。", year=2017)
    three = key_figures(d)["three_public"]
    assert (three["vehicle"], three["vehicle_purchase"], three["vehicle_operation"]) == ("20.00", "5.00", "15.00")
    assert {three_public_key(s) for s in ("公车购置及运行费", "公车购置费", "公车运行维护费")} == {
        "vehicle", "vehicle_purchase", "vehicle_operation"}


@pytest.mark.parametrize(("text", "fires"), [
    ("因公出国（境）费预算数0万元，较上年预算数无变化，无变化的原因是未发生因公出国（境）事务。", False),
    ("公务接待费预算200万元，与2022年预算相比持平，主要原因是为做好招商接待工作。", False),
    ("因公出国（境）费增加0万元，增长0%，主要原因是未做预算安排。", True),
])
def test_a_reason_introduced_as_why_nothing_changed(text, fires):
    """W702 asks why a change of nothing has a reason, unless the words before the reason say it explains
    the sameness ("无变化的原因是…", "持平，主要原因是…")."""
    assert bool(found(page(text), "W702")) is fires


@pytest.mark.parametrize(("text", "expected"), [
    ("本单位收入为1687.45万元，本单位支出为1942.57万元。", {"income_total": "1687.45", "expenditure_total": "1942.57"}),
    ("本年收入288.49万元，本年支出288.13万元。", {"income_total": "288.49", "expenditure_total": "288.13"}),
    ("本单位支出为1942.57万元。其中：基本支出1121.09万元，项目支出821.48万元。",
     {"expenditure_total": "1942.57", "basic": "1121.09", "project": "821.48"}),
    ("人员经费合计：136.11万元，公用经费合计：20.00万元。", {"personnel": "136.11", "public_funds": "20.00"}),
    ("“三公”经费支出决算汇总数为1134万元。", {"three_public.total": "1134.00"}),
    ("核定人员编制71人，实际正式教职工62人。", {"staff.authorized": 71, "staff.actual": 62}),
])
def test_a_final_accounts_own_words_for_its_figures(text, expected):
    """"本单位/本年 收入(支出)为…" state the year's totals, "X合计：N万元" states X, 汇总数 is a government's word
    for its total, "实际(正式)教职工" the actual staff."""
    figures = key_figures(page(text, final=True, year=2017))
    flat = {**{k: v for k, v in figures.items() if not isinstance(v, dict)},
            **{f"three_public.{k}": v for k, v in figures["three_public"].items()},
            **{f"staff.{k}": v for k, v in (figures.get("staff") or {}).items()}}
    assert {k: flat.get(k) for k in expected} == expected


@pytest.mark.parametrize(("parts", "error"), [
    ("公务用车购置及运行维护费减少16万元，公务接待费减少2.5万元", False),  # 18.5, printed as 19: rounded
    ("公务用车购置及运行维护费减少16万元，公务接待费减少2万元", True),  # 18: no part finer than the whole
    ("公务用车购置及运行维护费减少16万元，公务接待费减少1.5万元", True),  # 17.5: beyond 19's rounding
])
def test_a_whole_printed_coarser_than_its_parts(parts, error):
    """A change printed as a whole number over parts printed with decimals may be their sum rounded to the
    万元 (T311 gives an A100 notice); over whole-number parts it is exact (in a text that prints decimals
    elsewhere: one that prints none rounds every amount, claims._coarsen)."""
    d = page(f"“三公”经费预算41.30万元，较上年减少19万元。其中：因公出国（境）费0万元，较上年减少0万元；{parts}。")
    assert bool(found(d, "T311")) is error
    assert bool(found(d, "A100")) is not error


@pytest.mark.parametrize("text", [
    "本单位支出为288.13万元，年末结转和结余1.35万元。其中：基本支出288.13万元，占本年支出100%。",
    "一般公共预算财政拨款支出1741.75万元，决算数大于预算数55.93万元，其中：教育支出1595.95万元，"
    "社会保障和就业支出145.80万元。",
])
def test_a_remainder_or_a_difference_is_no_whole_of_a_list(text):
    """The amount right before 其中 is a 结转结余 or what one amount exceeds another by, and a part exceeds it:
    the whole is the amount before it."""
    d = page(text, final=True, year=2017)
    (group,) = [g for g in analyse(d).lists if g.parts]
    (whole,) = group.wholes.values()
    assert whole.value in (Decimal("288.13"), Decimal("1741.75"))
    assert not found(d, "T304") and not found(d, "T302")


def test_a_remainder_broken_down_stays_the_whole():
    d = page("年末结转和结余1.35万元，其中：基本支出结转0.50万元，项目支出结转0.85万元。", final=True, year=2017)
    (group,) = [g for g in analyse(d).lists if g.parts]
    assert next(iter(group.wholes.values())).value == Decimal("1.35")


@pytest.mark.parametrize(("prior_total", "error"), [("57.55", True), ("57.70", False)])
def test_last_years_parts_add_up_to_last_years_whole(prior_total, error):
    """Parts that make up this year's whole and state last year's amounts make up last year's whole."""
    d = page(f"2016年三公经费预算拨入33万元，2015年三公经费预算拨入{prior_total}万元，与上年对比减少24.55万元。"
             "其中：1、公务接待费2016年预算8万元，2015年预算12.5万元；2、公务车辆运行2016年预算25万元，2015年预算45.2万元。",
             year=2016)
    (group,) = [g for g in analyse(d).lists if g.parts]
    assert next(iter(group.wholes.values())).value == Decimal("33")  # this year's, not 2015's
    assert [(f.expected, f.actual) for f in found(d, "T304")] == ([("57.70", prior_total)] if error else [])


@pytest.mark.parametrize(("rate", "error"), [("100", True), ("103", False)])
def test_a_completion_rate_against_a_budget_stated_as_a_difference(rate, error):
    """"完成年初预算100%，决算数大于预算数55.93万元": the budget is 1741.75 − 55.93 = 1685.82, the rate 103%."""
    d = page(f"一般公共预算财政拨款支出总计1741.75万元，完成年初预算{rate}%，决算数大于预算数55.93万元，主要原因是增加工资。",
             final=True, year=2017)
    (c,) = [c for c in analyse(d).claims if c.value == Decimal("1741.75")]
    assert c.budget_delta == Decimal("55.93")
    assert [f.expected for f in found(d, "T316")] == (["103"] if error else [])


def test_amounts_after_the_items_named_together_state_their_sum(tmp_path):
    """"2010年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数2711.65万元、决算数2488.79万元，
    2011年预算数2687.06万元": the later amounts name only a year and a kind of figure, and state the items' sum
    too; a 2010 决算 beside a 2011 预算 is a 2011 budget page."""
    from yusuan.readers.published import extract_file

    path = tmp_path / "news.txt"
    path.write_text("据报道，审计署11日在其网站公布：2010年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款"
                    "预算数2711.65万元、决算数2488.79万元，2011年预算数2687.06万元。\n"
                    "2011年审计署“三公经费”财政拨款预算中，因公出国（境）费617万元，公务用车购置及运行费1205.06万元，"
                    "公务接待费865万元。", encoding="utf-8")
    d = extract_file(path).disclosure
    assert (d.year, d.kind.value) == (2011, "预算")
    assert key_figures(d)["three_public"]["total"] == "2687.06"


def test_a_stated_reason_ends_where_an_item_and_its_amount_begin():
    """"…主要原因是为确保…，相应核减公务用车运行费预算，公务用车购置费0万元，主要原因是严控…": the clause that is
    an item's name and its amount starts the next statement, not more of the reason."""
    d = page("2023年公务用车购置及运行费预算150万元，其中公务用车运行费150万元，与2022年预算相比减少170万元，主要原因是为"
             "确保招商工作顺利开展，相应核减公务用车运行费预算，公务用车购置费0万元，主要原因是严控“三公”经费。")
    assert key_figures(d)["three_public"]["vehicle_purchase"] == "0.00"


def test_last_years_cumulative_spending_is_last_years_amount():
    """"比上年累计支出285万元下降34万元": 285 is last year's amount, not a figure of its own."""
    d = page("公务用车运行维护费支出251万元，比上年累计支出285万元下降34万元，下降12%。", final=True, year=2020)
    assert not found(d, "T303")
    (c,) = [c for c in analyse(d).claims if c.value == Decimal("251")]
    assert c.delta == Decimal("-34")


def test_the_cars_parts_named_bare_in_the_list_after_it():
    d = page("2017年拟安排公车购置及运行维护费3万元，较2016年的3万元增加0万元。其中：购置经费0万元、运行维护费3万元，"
             "主要用于保障工作。", year=2017)
    three = key_figures(d)["three_public"]
    assert (three["vehicle_purchase"], three["vehicle_operation"]) == ("0.00", "3.00")


@pytest.mark.parametrize(("text", "fires"), [
    ("2017年拟安排公务接待费预算1.97万元，较2017年的1.86万元增加0.11万元。", True),
    ("2017年拟安排公务接待费预算1.97万元，较2016年的1.86万元增加0.11万元。", False),
])
def test_a_budget_compared_with_its_own_year(text, fires):
    """What a budget is compared with is last year's: "较2017年的…" in the budget of 2017 is a wrong year."""
    assert bool(found(page(text, year=2017), "W707")) is fires
