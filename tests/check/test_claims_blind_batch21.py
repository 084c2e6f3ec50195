"""Claim readings corrected after the twenty-first blind batch (r740–r747)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.claims import analyse
from yusuan.model.figures import key_figures


def test_a_heading_line_names_the_total_of_the_bare_amount_under_it():
    """"（一）收入预算\\n2025年年初预算数3033.04万元，其中：一般公共预算拨款3033.04万元" (r747): the heading line says
    whose the bare 年初预算数 is, as "（一）收入预算：2023年年初预算数1643.29万元" does on one line."""
    d = page("（一）收入预算", "2025年年初预算数3033.04万元，其中：一般公共预算拨款3033.04万元，其他收入0万元。",
             "（二）支出预算", "2025年年初预算数2890.5万元，其中：一般公共服务支出2890.5万元。", year=2025)
    figures = key_figures(d)
    assert (figures.get("income_total"), figures.get("expenditure_total")) == ("3033.04", "2890.50")


def test_a_heading_naming_a_qualified_income_gives_no_total():
    """"（一）一般公共预算收入\\n年初预算数500万元": a fund's income under its heading is not the department's total."""
    d = page("（一）一般公共预算财政拨款收入", "2025年年初预算数500万元。", year=2025)
    assert key_figures(d).get("income_total") is None


_CLASSES = ("（二）支出预算：2024年支出合计177.03万元，其中：教育支出0.94万元，社会保障和就业支出30.47万元，卫生健康支出"
            "7.42万元，住房保障支出{last}万元；支出较去年增加34.74万元，主要是基本支出增加34.74万元。")


def test_the_classes_of_a_years_expenditure_total_are_all_of_it():
    """"2024年支出合计177.03万元，其中：教育支出…，住房保障支出7.56万元；支出较去年增加34.74万元" (r741): the 类 listed
    after the year's 支出合计 are all of it (46.39 ≠ 177.03), and the clause after "；" that states the change of the
    支出 itself is no part of the list."""
    hits = found(page(_CLASSES.format(last="7.56"), year=2024), "T304")
    assert [(f.expected, f.actual) for f in hits] == [("46.39", "177.03")]


def test_classes_adding_up_to_the_years_total_pass():
    assert found(page(_CLASSES.format(last="138.20"), year=2024), "T304") == []


def test_parts_after_a_semicolon_with_their_own_amounts_stay_parts():
    """"其中：基本支出100万元，比上年增加5万元；项目支出50万元": a part's change is the part's, and the list goes on."""
    text = "2024年支出合计150万元，其中：基本支出100万元，比上年增加5万元；项目支出60万元。"
    hits = found(page(text, year=2024), "T304")
    assert [(f.expected, f.actual) for f in hits] == [("160.00", "150.00")]


_PARTS = ("（二）支出预算", "2023年支出预算1256.92万元，比2022年预算增加{total}万元，增长的主要原因是工资增长。",
          "（一）基本支出", "2023年一般公共预算基本支出1252.32万元，比2022年预算增加66.59万元，主要原因是工资增长。",
          "（二）项目支出", "2023年一般公共预算项目支出4.6万元，比2022年预算减少89.6万元，主要原因是项目减少。")


def test_a_total_rising_beyond_the_changes_of_its_basic_and_project_spending():
    """"支出预算1256.92万元，比2022年预算增加232.06万元" with 基本支出 1252.32 (+66.59) and 项目支出 4.6 (−89.6) stated
    elsewhere (r740): the two make up the total this year and fell by 23.01 together; last year's total was at least
    their sum, so the total cannot have risen (W722)."""
    d = page(*[p.format(total="232.06") for p in _PARTS], year=2023)
    hits = found(d, "W722")
    assert [(f.expected, f.actual) for f in hits] == [("-23.01", "232.06")]


def test_a_total_falling_with_its_parts_passes():
    d = page(*[p.format(total="-23.01").replace("增加-23.01", "减少23.01") for p in _PARTS], year=2023)
    assert found(d, "W722") == []


def test_a_total_falling_more_than_its_parts_passes():
    """Last year's total may have held more than its 基本支出 and 项目支出 of 一般公共预算 (other funds since gone):
    a fall larger than the parts' is possible."""
    d = page(*[p.format(total="x").replace("增加x", "减少120.5") for p in _PARTS], year=2023)
    assert found(d, "W722") == []


def test_a_sentence_opening_with_its_comparison_goes_on_about_the_amount_before_the_list():
    """"2023年收入预算1256.92万元，包括：一般公共预算收入1256.92万元，…，其他收入0万元。比2022年预算增加246.51万元，增长
    24.4%" (r740): the change that opens a sentence with no subject is the 收入预算's, which the sentence before opened
    with, not the last item it listed (a 0 that would have risen by 246.51)."""
    d = page("2023年收入预算1256.92万元，包括：一般公共预算收入1256.92万元，上年结转收入0万元，其他收入0万元。"
             "比2022年预算增加246.51万元，增长24.4%，增长的主要原因是工资增长。", year=2023)
    changed = [(c.subject, c.delta) for c in analyse(d).claims if c.delta is not None]
    assert [(s, str(v)) for s, v in changed] == [("收入预算", "246.51")]


def test_a_change_in_the_same_sentence_stays_with_its_item():
    d = page("2023年收入预算1256.92万元，其中：一般公共预算收入1200万元，比上年增加20万元。", year=2023)
    changed = [(c.subject, c.delta) for c in analyse(d).claims if c.delta is not None]
    assert [(s, str(v)) for s, v in changed] == [("一般公共预算收入", "20")]
