"""Ways of writing that the eighteenth blind batch of real pages (r680–r687, 决算) showed, each test a small
hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.model.figures import key_figures


def _final(text: str, department: str, year: int = 2021) -> Disclosure:
    return Disclosure(department=department, year=year, kind=DocumentKind.FINAL, tables=[],
                      sections=[Section(key="0", heading="", paragraphs=[Paragraph(text=text)])])


def test_the_departments_own_name_before_its_spending_names_its_total():
    """"2021年度,马关卫生院单位支出为468.738万元。其中:基本支出…" (r680): the department's own name before 支出
    (with 单位 or without) says what 本单位 says; another unit's name does not."""
    text = "2021年度,{}支出为468.738万元。其中:基本支出250.7219万元,项目支出218.016万元。"
    for name in ("马关卫生院单位", "马关卫生院"):
        assert key_figures(_final(text.format(name), "马关卫生院"))["expenditure_total"] == "468.74"
    assert key_figures(_final(text.format("城关卫生院单位"), "马关卫生院"))["expenditure_total"] is None


def test_a_numbered_enumeration_runs_to_its_last_number():
    """"收入总计为457.8161万元,其中:\\n1.财政拨款收入…\\n2.事业收入…\\n3.上年结转和结余5.9219万元" (r680): items on lines
    numbered 1., 2., 3. are one list, so it does not end where its first items happen to add up to the whole (T304);
    unnumbered, an amount after the clause where the parts add up is the whole's sibling."""
    numbered = page("2021年度,收入总计为457.8161万元,其中:", "1.财政拨款收入364.6552万元,为财政拨款资金。",
                    "2.事业收入93.1608万元,为事业单位开展专业业务活动取得的收入。", "3.上年结转和结余5.9219万元。",
                    year=2021, final=True)
    (f,) = found(numbered, "T304")
    assert f.expected == "463.7379" and f.actual == "457.8161"
    plain = page("2021年度,收入总计为457.8161万元,其中:财政拨款收入364.6552万元,事业收入93.1608万元。"
                 "上年结转和结余5.9219万元。", year=2021, final=True)
    assert not found(plain, "T304")


def test_a_change_stated_twice_with_two_values():
    """"…“三公”经费决算数为1,115.07万元,比2020年减少166.4万元,减少12.99%。…从汇总数据看,2021年县本级“三公”经费决算数比
    2020年增加43万元,增长4.83%" (r681): one change against last year, stated twice, a fall and a rise (W720), the
    government's name written out in one and partly left out in the other. Stated alike twice, or a change named
    after 主要是 with no comparison of its own (it explains a change against the budget), there is nothing to say."""
    first = "2021年红河县本级一般公共预算财政拨款“三公”经费决算数为1,115.07万元,比2020年减少166.4万元,减少12.99%。"
    d = page(first, "从汇总数据看,2021年县本级“三公”经费决算数比2020年增加43万元,增长4.83%。", year=2021, final=True)
    (f,) = found(d, "W720")
    assert "增加 43.00 万元（4.83%）" in f.message and "减少 166.40 万元（12.99%）" in f.message
    d = page(first, "从汇总数据看,2021年县本级“三公”经费决算数比2020年减少166.4万元。", year=2021, final=True)
    assert not found(d, "W720")
    d = page("2014年“三公”经费支出15905.91万元,较2014年预算减少5818.9万元,主要是因公出国(境)费减少1485.38万元,"
             "公务接待费减少4333.52万元。", "因公出国(境)费决算数为7926.14万元,比2013年度决算数8750.27万元减少824.13万元。",
             year=2014, final=True)
    assert not found(d, "W720")


def test_a_reason_that_ends_with_the_word_reason():
    """"增长214.02%,主要是事业收入增加原因。" (r680): the reason stands before the word 原因 that closes it; the large
    change is explained (no W701). With no reason at all it is not."""
    said = "基本支出250.72万元,较上年决算数增加170.88万元,增长214.02%{}"
    assert not found(page(said.format(",主要是事业收入增加原因。"), year=2021, final=True), "W701")
    assert found(page(said.format("。"), year=2021, final=True), "W701")


def test_a_share_of_a_total_printed_with_it():
    """"全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%" (r682): the amount between 占 and 的 is the total
    the share is of (no claim of its own), and the share is checked against it alone (T302)."""
    said = "全县一般公共预算收入完成112853万元,占年计划100500万元的{}%,同比增长21.41%。"
    assert not found(page(said.format("112.29"), year=2021, final=True), "T302")
    (f,) = found(page(said.format("113.29"), year=2021, final=True), "T302")
    assert f.expected == "112.29" and "100500.00 万元" in f.message


def test_a_completion_rate_of_a_budget_stated_before_it():
    """"陕西省支出调整预算为6218.84亿元。陕西省一般公共预算支出5930.32亿元,…,完成调整预算的95.36%" (r683): the budget the
    rate names, stated earlier in the paragraph on the same side, is what the rate is of (T316). A budget of the other
    side (收入) is not."""
    said = "陕西省{}调整预算为6218.84亿元。陕西省一般公共预算支出5930.32亿元,比上年增长3.7%,完成调整预算的{}%。"
    assert not found(page(said.format("支出", "95.36"), year=2020, final=True), "T316")
    (f,) = found(page(said.format("支出", "96.36"), year=2020, final=True), "T316")
    assert f.expected == "95.36"
    assert not found(page(said.format("收入", "96.36"), year=2020, final=True), "T316")


def test_the_main_uses_listed_after_the_amount_they_share():
    """"一般公共预算财政拨款支出5939.19万元,主要用于以下方面:教育支出(类)4836.62万元,占81.4%;…" (r686): the 类 after
    "主要用于以下方面" are shares of the amount before it (T302); they are its main items, so their sum is checked only when
    their shares make 100% (T304): 81.4% + 16.9% leaves room for more."""
    said = "2022年度一般公共预算财政拨款支出5939.19万元,主要用于以下方面:教育支出(类)4836.62万元,占{}%;社会保障和就业支出(类){}。"
    (f,) = found(page(said.format("82.4", "1102.57万元,占18.6%"), year=2022, final=True), "T302")
    assert f.expected == "81.4"
    d = page(said.format("81.4", "1002.57万元,占16.9%"), year=2022, final=True)
    assert not found(d, "T302") and not found(d, "T304")  # 98.3%: more items may follow


def test_a_numbered_carry_over_after_this_years_subtotal_is_its_sibling():
    """收入总计 holds 上年结转和结余 (r680), 本年收入合计 / 收入合计 do not: numbered after their parts, once these add up,
    the 结转 is the subtotal's sibling, not one more part (no T304)."""
    lines = ("1.财政拨款收入80.00万元。", "2.事业收入20.00万元。", "3.上年结转和结余5.00万元。")
    for whole, wrong in (("本年收入合计", False), ("收入合计", False), ("收入总计", True)):
        d = page(f"2021年度,{whole}100.00万元,其中:", *lines, year=2021, final=True)
        assert bool(found(d, "T304")) is wrong, whole


def test_changes_against_last_years_budget_and_its_final_accounts_differ():
    """"比2022年预算增加2万元" and "比2022年决算增加5万元": two figures of last year, two changes (no W720)."""
    d = page("2023年“三公”经费预算31万元,比2022年预算增加2万元。", "2023年“三公”经费预算比2022年决算增加5万元。", year=2023)
    assert not found(d, "W720")
    d = page("2023年“三公”经费预算31万元,比2022年预算增加2万元。", "2023年“三公”经费预算比2022年预算增加5万元。", year=2023)
    assert found(d, "W720")


def test_last_years_column_heading_beside_this_years_is_no_wrong_year():
    """"2020年决算数|" then "2021年决算数|" (r681: a table's heading row copied as text, a cell per line) heads last year's
    column of a comparison in the 决算 of 2021 (no W707); a sentence on 2020's 决算 there still is one."""
    own = "2021年度“三公”经费决算数为1115.07万元。"
    cells = ("2021年三公经费决算情况表项目|", "2020年决算数|", "2021年决算数|", "2021年决算数比上年增减情况|")
    assert not found(page(own, *cells, year=2021, final=True), "W707")
    assert found(page(own, "2020年“三公”经费决算数为1281.47万元。", year=2021, final=True), "W707")
