"""Claims checked on their own: pages with no table (standalone “三公” pages, 情况说明 excerpts, 决算
explanations), their sentences checked against each other. The texts follow the phrasing of real
published pages (tests/data/real); each case builds a Disclosure of one section, no tables."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import DocumentKind
from yusuan.model.claims import BUDGET, PRIOR, analyse
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.rules import Severity, check


def page(*paragraphs: str, year: int = 2023, final: bool = False) -> Disclosure:
    return Disclosure(department="", year=year, kind=DocumentKind.FINAL if final else DocumentKind.BUDGET,
                      sections=[Section(key="0", heading="", paragraphs=[Paragraph(text=p) for p in paragraphs])])


def errors(d: Disclosure, rule: str | None = None):
    """Error findings of the text rules (a page is not a whole disclosure: completeness is not asked here)."""
    return [f for f in check(d) if f.severity == Severity.ERROR and f.rule.startswith("T")
            and (rule is None or f.rule == rule)]


# -- reading -----------------------------------------------------------------------------------


def test_thousands_separators_units_per_sentence_and_printed_precision():
    a = analyse(page("2023年度收、支总计均为1,145.52万元。", "公务用车购置费2,337.35万元，公务接待费支出116,416.00元。",
                     "2021年的三公经费决算数合计为807.95万，其中：公务接待费39.43万元。", year=2022))
    values = [(c.value, c.printed_unit) for c in a.claims]
    assert values[:3] == [(Decimal("1145.52"), "万元"), (Decimal("2337.35"), "万元"), (Decimal("11.6416"), "元")]
    assert a.claims[3].value == Decimal("807.95") and a.claims[3].period == PRIOR
    assert a.claims[2].half == Decimal("0.0000005")  # 0.005 元


def test_changes_against_last_year_and_against_the_budget():
    a = analyse(page("2020年度镇本级“三公”经费41万元，较上年减少19万元，下降43.78%，较年初预算数减少4万元，下降2.2%。",
                     year=2020, final=True))
    (c,) = a.claims
    assert c.quantity == "three_total"
    assert (c.delta, c.rate.value, c.budget_delta, c.budget_rate.value) == (-19, Decimal("-43.78"), -4, Decimal("-2.2"))


def test_prior_stated_outright_and_the_change_word_left_out():
    a = analyse(page("“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。", year=2025))
    (c,) = a.claims
    assert (c.stated_prior, c.delta) == (2190, -221)
    b = analyse(page("云县2023“三公”经费预算数为832.05万元，决算支出数为820.33万元，完成年初预算数的98.59%，"
                     "较2022年决算数688.84万元131.49万元，增长19.09%。", final=True))
    (c,) = b.claims
    assert (c.value, c.budget, c.completion.value, c.stated_prior, c.delta) == (
        Decimal("820.33"), Decimal("832.05"), Decimal("98.59"), Decimal("688.84"), Decimal("131.49"))


def test_three_public_items_under_all_their_names():
    a = analyse(page("其中：因公出国(境)经费14万元，公务接待94.82万元，公务车购置经费55万元，公务用车运行经费88万元，"
                     "公务用车购置及运行维护费143万元。"))
    assert [c.quantity for c in a.claims] == ["abroad", "reception", "vehicle_purchase", "vehicle_operation", "vehicle"]


def test_unchanged_against_the_budget_and_the_comparison_of_budget_and_actual():
    a = analyse(page("1.因公出国(境)费支出0万元，与2021年度预算相比无增减。",
                     "“三公”经费支出预算为49.9万元，支出决算为7.69万元，完成预算的15.41%，决算数小于预算数的主要原因是"
                     "厉行节约。", year=2021, final=True))
    abroad, total = a.claims
    assert abroad.budget_delta == 0 and BUDGET in abroad.same_as and abroad.delta is None
    assert total.versus_budget[0] == "小于" and total.budget == Decimal("49.9")


# -- rules on pages without tables -------------------------------------------------------------


def test_rate_over_this_year_is_named():
    d = page("（二）社会保障和就业支出类科目 116433.12 元，占支出总预算 10.73 %，同比增加 16803.36 元，增长 14.43%。")
    (f,) = errors(d, "T303")
    assert f.expected == "16.87" and f.actual == "14.43" and "按本年数计算为 14.43%" in f.fix
    assert "社会保障和就业支出" in f.message


def test_rates_within_the_rounding_of_whole_amounts_are_no_error():
    d = page("经汇总，本级2024年一般公共预算安排的“三公”经费支出共计3923万元，比2023年预算数减少332万元，下降7.81%。",
             year=2024)
    assert errors(d) == []


def test_change_against_two_stated_amounts():
    d = page("鄂城区2022年的“三公”经费决算数合计为1000.86万，其中：因公出国(境)费0万元、公务接待费43.77万元。"
             "2021年的三公经费决算数合计为807.95万，其中：因公出国(境)费0万元、公务接待费39.43万元。",
             "2022年“三公”经费决算数相较于上年增加275.76万元，主要原因是车辆更新。", year=2022, final=True)
    (f,) = errors(d, "T315")
    assert (f.expected, f.actual) == ("192.91", "275.76")


def test_completion_rate_printed_as_the_saving():
    d = page("寿县文物保护中心2023年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的43%，较上年减少1.29万元，"
             "下降43%。", final=True)
    (f,) = errors(d, "T316")
    assert f.expected == "57" and "下降（节约）比例" in f.fix


def test_swapped_shares_and_shares_of_the_three_public_total():
    d = page("2023年度“三公”经费支出决算为1.71万元。",
             "2023年度一般公共预算财政拨款“三公”经费支出决算中，公务接待费支出决算0.53万元，占69%；"
             "公务用车购置及运行维护费支出决算1.18万元，占31%。", final=True)
    found = {f.expected: f for f in errors(d, "T302")}
    assert set(found) == {"31", "69"} and "互换" in found["31"].fix


def test_a_share_printed_as_the_completion_rate():
    d = page("“三公”经费支出预算为24.5万元，支出决算为11.96万元，完成预算的48.82%。其中：公务用车购置及运行费支出决算为"
             "4.02万元，完成预算的89.33%；公务接待费支出决算为7.94万元，完成预算的39.7%。",
             "2023年度“三公”经费支出决算中，因公出国(境)费支出0万元，占0.00%；公务用车购置及运行维护费支出4.02万元，"
             "占89.33%；公务接待费支出7.94万元，占39.7%。", final=True)
    found = {f.expected: f for f in errors(d, "T302")}
    assert set(found) == {"33.61", "66.4"} and "完成率" in found["33.61"].fix
    assert errors(d, "T318")  # 0 + 89.33 + 39.7 > 100


def test_parts_changes_against_the_budget():
    d = page("经比较2020年度镇本级“三公”经费41万元，较上年减少19万元，下降31.67%，较年初预算数减少4万元，下降8.9%。"
             "主要是压减“三公”经费。其中：公务用车购置及运行维护费21万元，较上年减少16万元，较年初预算数减少4万元；"
             "公务接待费20万元，公务接待费较上年减少2.5万元，较年初预算数减少1万元。", year=2020, final=True)
    found = sorted((f.expected, f.actual) for f in errors(d, "T311"))
    # (减少19万元 over 16 and 2.5: a whole printed coarser than a part may be their sum rounded — an A100 notice)
    assert found == [("5.00", "4.00")]
    assert [f.origin for f in check(d) if f.rule == "A100"] == ["T311"]


def test_the_classes_listed_under_a_total_and_a_nested_change():
    d = page("（二）支出预算：2023年年初预算数1643.29万元，其中：一般公共服务支出1147.08万元，社会保障和就业支出160.85万元，"
             "卫生健康支出37.91万元，农林水支出171.70万元，住房保障支出65.09万元。",
             "2019年度，三公经费支出合计585.53万元，同比减少144.92万元。其中：因公出国(境)经费0万元，同比减少0万元。"
             "公务用车购置及运行费585.53万元，同比减少144.92万元(公务用车购置费0万元，同比减少0万元；公务用车运行维护费"
             "585.53万元，同比减少0万元)。公务接待费0.00万元，同比减少0.11万元。", year=2023)
    (lst,) = errors(d, "T304")
    assert (lst.expected, lst.actual) == ("1582.63", "1643.29")
    assert sorted((f.expected, f.actual) for f in errors(d, "T311")) == [("0.00", "144.92"), ("145.03", "144.92")]


def test_shares_of_one_total_over_100():
    d = page("1. 基本支出预算 2476260.58 元，占一般公共预算支出的84.06%，同比减少 4966.66 元，下降 0.2%。",
             "2. 项目支出 469500 元，占一般公共预算支出的 19.62%，同比增加 70100 元，增长 17.55%。")
    (f,) = errors(d, "T318")
    assert f.actual == "103.68"


def test_one_quantity_stated_twice():
    d = page("公务接待费支出决算为0.53万元，完成预算的53%。", "2. 公务接待费支出0.35万元，主要用于接待上级检查。", final=True)
    (f,) = [f for f in check(d) if f.rule == "T317"]
    assert f.severity == Severity.WARNING  # the same words may name two scopes (a 类's 项目支出, the total's)
    assert (f.expected, f.actual) == ("0.53", "0.35")


def test_a_clean_final_accounts_page():
    d = page("深圳市罗湖区清水河街道办事处2024年度“三公”经费财政拨款支出决算为34.08万元，完成全年预算50.74万元的67.2%，"
             "比上年决算数减少1.55万元，下降4.4%。",
             "其中：因公出国(境)费支出决算为0.94万元，完成全年预算0.94万元的100%，比上年决算数增加0.94万元；"
             "公务用车购置及运行维护费支出决算为33.13万元，完成全年预算49.8万元的66.5%，比上年决算数减少2.5万元，下降7%，"
             "其中：公务用车购置支出决算为17.98万元，完成全年预算18万元的99.9%，比上年决算数增加0万元，增长0%，"
             "公务用车运行维护费支出决算为15.15万元，完成全年预算31.8万元的47.6%，比上年决算数减少2.5万元，下降14.2%；"
             "公务接待费支出决算为0万元，完成全年预算0万元的0%，比上年决算数增加0万元，增长0%。", year=2024, final=True)
    assert errors(d) == []
