"""Ways of writing that the seventeenth blind batch of real pages (r660–r668: budgets, budget reports of
governments, a news analysis) showed, each test a small hand-made text."""

from __future__ import annotations

from decimal import Decimal

from tests.check.test_claims_excerpts import found, page
from yusuan.model.budget import DocumentKind
from yusuan.model.claims import analyse
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.model.figures import key_figures
from yusuan.model.quantities import vocabulary_key


def test_the_staff_in_post_named_with_both_words():
    """"编制数(事业编制)7人。实有在职人数5人" (r660): 实有 and 在职 together name the staff actually in post."""
    d = page("林业工作站结构情况:编制数(事业编制)7人。实有在职人数5人,高级职称1人,中级职称4人。", year=2024)
    assert key_figures(d)["staff"] == {"authorized": 7, "actual": 5}


def test_a_change_opening_its_own_sentence_after_a_list_of_classes():
    """"…交通运输支出6567.36万元。支出预算较2023年减少5521.28万元，主要是…" (r661): the 支出预算 that opens the
    sentence is the whole the sentence before broke down, not that list's last class; in the same sentence
    ("公务接待费3万元，支出预算较上年减少1万元") the bare 支出预算 still only says which figure is meant."""
    d = page("(二)支出预算:2024年年初预算数8904.98万元,其中:社会保障和就业支出预算1740.8万元,"
             "交通运输支出6567.36万元。支出预算较2023年减少5521.28万元,主要是基本支出预算减少607.6万元,"
             "项目支出预算减少4913.69万元。", year=2024)
    by_subject = {c.subject: c for c in analyse(d).claims}
    assert by_subject["交通运输支出"].delta is None
    assert [c.delta for c in analyse(d).claims if c.quantity == "total_expenditure" and c.delta is not None] \
        == [Decimal("-5521.28")]
    d = page("公务接待费3万元,支出预算较上年减少1万元,主要原因是压减接待。", year=2024)
    assert [(c.subject, c.delta) for c in analyse(d).claims] == [("公务接待费", Decimal("-1"))]


def test_a_change_explained_by_the_changes_it_comes_from():
    """W701: "支出预算较2023年减少5521.28万元，主要是基本支出预算减少607.6万元，项目支出预算减少4913.69万元" (r661)
    names where the change comes from, right after it: explained. A 主要 further on, after a clause of its
    own, explains something else."""
    explained = ("支出预算2024年年初预算数8904.98万元。支出预算较2023年减少5521.28万元,主要是基本支出预算减少607.6万元,"
                 "项目支出预算减少4913.69万元。")
    assert not found(page(explained, year=2024), "W701")
    d = page("因公出国(境)费预算170万元,与上年相比减少370万元,大力开展国内工作,公务用车运行费150万元,"
             "与上年相比减少10万元,主要原因是核减公务用车运行费预算。", year=2024)
    assert [f.message for f in found(d, "W701")] == ["文中“因公出国(境)费预算”比上年减少 370.00 万元（68.52%），没有说明原因"]


def _sections(*texts: str, year: int = 2024) -> Disclosure:
    return Disclosure(department="", year=year, kind=DocumentKind.BUDGET, tables=[],
                      sections=[Section(key=str(i), heading="", paragraphs=[Paragraph(text=line) for line in t.split("\n")])
                                for i, t in enumerate(texts)])


def test_a_reason_named_in_the_next_section_with_its_list_below():
    """W701: "一、…总收入848105.90元,比上年减少265895.04元" and, under "二、单位收入总体情况说明", "收入预算与上年增减变化的
    主要原因:" with the reasons on the lines below (r660): the reason of the total's change, named by its
    quantity (the comparison "与上年" is no part of the name). A change the next section does not name keeps
    its warning."""
    d = _sections("2024年单位预算总收入848105.90元,比上年减少265895.04元,下降23.87%;"
                  "总支出848105.90元,比上年减少265895.04元,下降23.87%。",
                  "2024年单位预算总收入848105.90元,明细如下:\n"
                  "1.一般公共预算拨款848105.90元,比上年减少71007.04元;\n"
                  "2.上年结余收入0元,同比减少194888元。\n"
                  "收入预算与上年增减变化的主要原因:\n"
                  "1.一般公共预算拨款收入减少主要原因:主要是人员减少。\n"
                  "2.上年结余收入减少主要原因:无上年结余。")
    assert [f.message for f in found(d, "W701")] == ["文中“总支出”比上年减少 26.59 万元（23.87%），没有说明原因"]


def test_a_figure_of_the_documents_kind_after_a_named_quantity():
    """"基本支出预算增加39.39万元", "人员经费决算数" (r528): 预算/决算 after a quantity with a name of its own only says
    which figure of it is meant; a class's "…支出预算" is left to the classes."""
    assert vocabulary_key("基本支出预算") == "basic"
    assert vocabulary_key("项目支出决算数") == "project"
    assert vocabulary_key("人员经费预算") == "personnel"
    assert vocabulary_key("社会保障和就业支出预算") is None
    assert vocabulary_key("一般公共预算") == "general_budget"


def test_a_clause_run_on_from_the_amount_before():
    """"主要是基本支出预算增加39.39万元项目支出预算增加1.78万元" (r528, a comma lost): the second change's subject
    starts after the amount before it."""
    d = page("支出预算较2024年增加了41.17万元,主要是基本支出预算增加39.39万元项目支出预算增加1.78万元。", year=2025)
    assert [(c.subject, c.delta) for c in analyse(d).claims][-1] == ("项目支出预算", Decimal("1.78"))


def test_the_changes_a_change_mainly_comes_from():
    """T311: "支出预算较2024年增加了130.95万元，主要是基本支出增加39.39万元，项目支出增加1.78万元" (r528): the changes
    named in the clause that opens with 主要 right after a change break it down; when they are a known partition
    (基本 and 项目) they add up to it. Parts that are not a partition ("主要是一般公共预算拨款…，事业收入…") are
    the main ones only, and not added up."""
    d = page("支出预算2025年年初预算数1282.73万元。支出预算较2024年增加了130.95万元,主要是基本支出增加39.39万元,"
             "项目支出增加1.78万元。", year=2025)
    assert [(f.expected, f.actual) for f in found(d, "T311")] == [("41.17", "130.95")]
    d = page("支出预算2025年年初预算数1282.73万元。支出预算较2024年增加了41.17万元,主要是基本支出增加39.39万元,"
             "项目支出增加1.78万元。", year=2025)
    assert not found(d, "T311")
    d = page("收入预算2025年年初预算数1282.73万元。收入较2024年增加了130.95万元,主要是一般公共预算拨款增加39.39万元,"
             "事业收入增加1.78万元。", year=2025)
    assert not found(d, "T311")


def test_a_subject_after_a_tables_cells_run_into_the_text():
    """"…动用预算稳定调节基金2.34接受援助收入0.21——全区一般公共预算收入30.09亿元" (r668: a table's cells, their unit in
    its caption, joined into the text): a figure printed without its unit, or the dash that opens the sentence,
    ends the words before; the subject is what follows."""
    d = page("上年结转27.01动用预算稳定调节基金2.34接受援助收入0.21——全区一般公共预算收入30.09亿元,下降18.8%。", year=2024)
    assert [c.subject for c in analyse(d).claims] == ["全区一般公共预算收入"]
    d = page("2.1公务接待费3万元,比上年减少1万元。", year=2024)
    assert [c.subject for c in analyse(d).claims] == ["公务接待费"]


def test_a_wholes_rate_against_its_parts_amounts_and_rates():
    """W718: "一般公共预算收入30.09亿元，下降18.8%。其中，税收收入14.26亿元，增长4.2%，非税收入15.83亿元，下降32.2%"
    (r668): the parts' last year (14.26/1.042 + 15.83/0.678 = 37.03亿) gives the whole's rate, −18.7%, within the
    rounding of every printed figure; a rate outside it is flagged. A list whose parts do not add up to the whole
    (not all of it) says nothing of the whole's last year."""
    text = "全区一般公共预算收入30.09亿元,下降{}%。其中,税收收入14.26亿元,增长4.2%,非税收入15.83亿元,下降32.2%。"
    assert not found(page(text.format("18.8"), year=2024), "W718")
    (f,) = found(page(text.format("28.8"), year=2024), "W718")
    assert f.message == "文中“全区一般公共预算收入”比上年下降28.8%，按所列各项的金额和增减率推算应为下降约18.7%"
    partial = "一般公共预算收入40.09亿元,下降28.8%。其中,税收收入14.26亿元,增长4.2%,非税收入15.83亿元,下降32.2%。"
    assert not found(page(partial, year=2024), "W718")


def test_the_amount_a_year_came_in_at():
    """"税收收入完成10.28亿元，完成年初预算的100.99%" (r662, a report on a budget's execution): 完成 before the amount
    is the verb, no part of what is named."""
    d = page("其中:税收收入完成10.28亿元,完成年初预算的100.99%,同比增收2.08亿元,增长25.36%。", year=2025)
    assert [c.subject for c in analyse(d).claims] == ["税收收入"]


def test_an_amount_made_up_of_the_amounts_named_after_it():
    """"支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出…等0万元等构成" (r580): the amounts between 由 and
    构成 make up the amount right before, in its sentence or closing the one before ("财力1,867.48万元。由…构成");
    a 由 after other words of a sentence, or one that never comes to 构成, lists nothing."""
    made_up = "全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入等1,756.37万元构成。"
    assert not found(page(made_up, year=2017), "T304")
    d = page("支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、结转下年等0万元等构成,当年收支平衡。", year=2017)
    assert [(f.expected, f.actual) for f in found(d, "T304")] == [("1867.48", "867.48")]
    d = page("财力1,867.48万元,当年收支平衡。由一般公共预算收入111.11万元,加上级补助收入等1,756.37万元构成。", year=2017)
    assert not [g for g in analyse(d).lists if g.opener == "由"]
    d = page("支出867.48万元,由财政局拨付,其中一般公共预算支出500万元,其他支出100万元。", year=2017)
    assert not [g for g in analyse(d).lists if g.opener == "由"]
