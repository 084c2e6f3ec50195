"""Ways of writing that the audited errors still missed on the real-world corpus taught (session 7), each test
a small hand-made text written the way such pages write."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.check.test_claims_excerpts import found, page
from yusuan.model.claims import analyse
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.rules.runner import check


@pytest.mark.parametrize(("text", "fires"), [
    # an income that 包括 its sources lists them all: 300 + 100 + 90 = 490 ≠ 500
    ("其中：财政拨款收入500万元，占收入预算总额的95%，包括一般公共预算拨款300万元、纳入预算管理的非税收入100万元、"
     "专项收入90万元；上年结余26.32万元。", True),
    ("其中：财政拨款收入490万元，包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    # closed by 等, or opened by 其中 / 主要包括: the list says it may leave sources out
    ("财政拨款收入500万元，包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元等。", False),
    ("财政拨款收入500万元，其中：一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    ("财政拨款收入500万元，主要包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    # an expenditure's 包括 names its main items
    ("工资福利支出130.53万元，包括基本工资64.13万元、津贴补贴41.31万元、机关事业单位基本养老保险缴费11.81万元。", False),
])
def test_an_income_that_includes_its_sources_lists_them_all(text, fires):
    assert bool(found(page(text, year=2018), "T304")) is fires


@pytest.mark.parametrize(("text", "rate"), [
    ("公务接待费2016年预算8万元，2015年预算10万元；对比减少2万元；减少率20%。", "-20"),
    ("公务接待费预算10万元，比上年增加2万元，增长率为25%。", "25"),
    ("公务接待费预算10万元，比上年增加2万元，增减率25%。", None),  # 增减率 says no direction
])
def test_a_rate_named_by_its_change_word_and_shuai(text, rate):
    """"减少率35.22%", "增长率为5%": the rate of the change before it."""
    c = next(c for c in analyse(page(text, year=2016)).claims if c.quantity == "reception" and c.period == "current")
    assert (str(c.rate.value) if c.rate is not None else None) == rate


@pytest.mark.parametrize(("text", "rate_named"), [
    # 4.35 / (8 + 4.35) = 35.22%: the rate follows the wrong change (4.5 / 12.5 = 36.00%)
    ("公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%。", True),
    ("公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元。", False),
])
def test_a_rate_after_a_wrong_change_is_named_with_it(text, rate_named):
    (f,) = found(page(text, year=2016), "T315")
    assert ("35.22%" in f.message and "36.00%" in f.fix) is rate_named
    assert not found(page(text, year=2016), "T303")


@pytest.mark.parametrize(("text", "fires"), [
    # 0.2 / (10 − 0.2) = 2.04%, 0.2 / (10 + 0.2) = 1.96%: 5% fits neither direction
    ("“三公”经费预算安排10万元。“三公”经费预算数较上年减少(增加)0.2万元，同比下降(增加)5%。", True),
    ("“三公”经费预算安排10万元。“三公”经费预算数较上年减少(增加)0.2万元，同比下降(增加)2%。", False),
    ("“三公”经费预算安排10万元。“三公”经费预算数较上年增加(减少)0.2万元，同比增长(下降)1.96%。", False),
])
def test_a_rate_under_the_templates_two_alternatives(text, fires):
    """The direction is not said but the sizes are: the rate is the change over this year's amount less or plus it."""
    assert bool(found(page(text, year=2017), "T303")) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # "N年…同比下降" states year N's change: in the 决算 of 2016, a sentence left from last year's page
    ("2016年“三公”经费支出决算12万元。", False),
    ("2016年“三公”经费支出决算12万元。\n2015年某区“三公”经费支出决算同比下降的原因主要是：从严控制开支。", True),
    ("2016年“三公”经费支出决算12万元。\n2016年某区“三公”经费支出决算同比下降的原因主要是：从严控制开支。", False),
    ("2016年“三公”经费支出决算12万元。\n与2015年同比，“三公”经费支出决算下降的原因主要是：从严控制开支。", False),
])
def test_a_year_before_tongbi_is_the_year_whose_change_it_states(text, fires):
    assert bool(found(page(*text.split("\n"), year=2016, final=True), "W707")) is fires


@pytest.mark.parametrize(("heading", "fires"), [
    ("某县本级2020年度“三公”经费决算支出情况说明", True),  # last year's heading left under this year's title
    ("某县本级2021年度“三公”经费决算支出情况说明", False),
])
def test_a_wrong_year_in_a_title_line(tmp_path, heading, fires):
    """The lines that title a page are no section's text, but a year left in them is the page's error."""
    path = tmp_path / "page.txt"
    path.write_text("政府信息公开\n某县本级2021年度“三公”经费决算支出情况说明\n发布时间：2022-10-14\n" + heading + "\n\n"
                    "某县本级2021年度“三公”经费决算汇总数为1134万元，较上年1174万元减少40万元。\n", encoding="utf-8")
    d = load_disclosure(path)
    assert (d.year, len(d.title_lines)) == (2021, 2)
    assert any("2020年度" in f.message for f in check(d) if f.rule == "W707") is fires


BASIC_BELOW = ("2018年基本支出预算较上年增{whole}万元，增幅17.18%。主要变动原因如下：\n"
               "1.工资福利支出较上年增18.67万元，增21.86%。主要原因是：在职人员工资增加。\n"
               "2.商品和服务支出较上年减0.04万元。主要原因是：压缩开支。\n"
               "{third}")


@pytest.mark.parametrize(("text", "fires"), [
    # the economic 类 of 基本支出 listed below its change, numbered: 18.67 − 0.04 + 0.11 = 18.74 ≠ 17.1
    (BASIC_BELOW.format(whole="17.1", third="3.对个人和家庭补助支出较上年增加0.11万元。主要原因是：职称变动。"), True),
    (BASIC_BELOW.format(whole="18.74", third="3.对个人和家庭补助支出较上年增加0.11万元。主要原因是：职称变动。"), False),
    # two of the three 类: the list is not all of 基本支出
    (BASIC_BELOW.format(whole="17.1", third=""), False),
    # not announced as a list below
    (BASIC_BELOW.format(whole="17.1", third="3.对个人和家庭补助支出较上年增加0.11万元。").replace("主要变动原因如下：", "主要原因是调资。"),
     False),
])
def test_the_changes_listed_below_as_follows(text, fires):
    assert bool(found(page(*text.split("\n"), year=2018), "T311")) is fires


@pytest.mark.parametrize(("text", "key"), [
    # "总计" is dropped from a subject as a filler: the 收入支出 of 财政拨款 is still its 总计 (表4's)
    ("某局2024年度财政拨款收入支出总计2961.68万元。", "fiscal_total"),
    ("某局2024年度财政拨款收支总计2961.68万元。", "fiscal_total"),
    ("某局2024年度财政拨款收入2940.05万元。", "fiscal_income"),
    ("某局2024年度财政拨款支出2940.05万元。", "fiscal_expenditure"),
])
def test_the_total_of_fiscal_income_and_expenditure(text, key):
    assert analyse(page(text, year=2024, final=True)).claims[0].quantity == key


@pytest.mark.parametrize(("text", "fires"), [
    ("安徽省安庆市人民法院2017年“三公”经费决算支出情况说明", True),  # the city's court: the county left out
    ("安徽省怀宁县人民法院2017年“三公”经费决算支出情况说明", False),  # the court itself, its city left out
    ("怀宁县人民法院2017年“三公”经费决算支出情况说明", False),
    ("按照安徽省安庆市人民法院的要求，2017年“三公”经费决算支出情况说明如下。", False),  # citing the superior body
])
def test_the_superior_bodys_name_in_a_title(text, fires):
    d = page(text + "\n“三公”经费决算支出10万元。", year=2017, final=True)
    d.department = "安徽省安庆市怀宁县人民法院"
    assert bool(found(d, "W714")) is fires


def test_an_empty_item_named_among_what_personnel_costs_consist_of():
    """人员经费 "主要包括" the 款 表6 shows with amounts; one whose row is empty contradicts it — unless the text's
    人员经费 is not 表6's (then its items may be other money's)."""
    from yusuan.model.disclosure import Column, Row, RowKind, Table, TableId

    def t6() -> Table:
        rows = [Row(label=label, code=code, kind=RowKind.ITEM, values={"total": v, "personnel": v})
                for label, code, v in (("基本工资", "30101", Decimal("60")), ("奖金", "30103", None),
                                       ("退休费", "30302", Decimal("40")))]
        rows.append(Row(label="合计", kind=RowKind.TOTAL, values={"total": Decimal("100"), "personnel": Decimal("100")}))
        return Table(id=TableId.T6, title="一般公共预算基本支出情况表", rows=rows,
                     columns=[Column(key="total", label="合计"), Column(key="personnel", label="人员经费")])

    def fired(text: str) -> bool:
        return bool(found(page(text, year=2023, tables=[t6()], key="3.6"), "W715"))

    assert fired("人员经费100万元，主要包括：基本工资、奖金、退休费。")
    assert not fired("人员经费100万元，主要包括：基本工资、退休费。")
    assert not fired("人员经费120万元，主要包括：基本工资、奖金、退休费。")  # not 表6's 人员经费
