"""`figures` from the text: key figures that only sentences state, and where each figure came from.

Hand-made pages in the phrasings real publications use (standalone 三公 pages, 情况说明 excerpts,
决算 pages), built as disclosures directly: the figures are read from the text the way
`model/stated.py` reads a claim (the item before the number, the year and kind it belongs to).
"""

from __future__ import annotations

import json
from decimal import Decimal

from typer.testing import CliRunner

from tests.conftest import SEED_TEXT
from yusuan.cli.main import app
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import (
    Column,
    Disclosure,
    Location,
    Paragraph,
    Row,
    RowKind,
    Section,
    Table,
    TableId,
)
from yusuan.model.figures import key_figures
from yusuan.money import MoneyUnit


def page(year: int, *sections: tuple[str, list[str]], kind: DocumentKind = DocumentKind.BUDGET,
         department: str = "") -> Disclosure:
    return Disclosure(department=department, year=year, kind=kind, sections=[
        Section(key=f"0.{i}", heading=heading,
                paragraphs=[Paragraph(text=t, location=Location(line=10 * i + j)) for j, t in enumerate(texts)])
        for i, (heading, texts) in enumerate(sections, 1)])


def test_a_three_public_page_states_this_years_budget_and_last_years_actuals():
    d = page(2022,
             ("一、2022年“三公”经费预算安排情况",
              ["2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，公务用车运行费用10万元。"]),
             ("二、2021年“三公”经费决算情况",
              ["2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。"]))
    f = key_figures(d)
    assert f["three_public"] == {"total": "21.80", "abroad": "0.00", "reception": "11.80", "vehicle_purchase": None,
                                 "vehicle_operation": "10.00", "vehicle": None}
    assert f["basic"] is None and f["income_total"] is None and f["by_class"] == {}
    src = f["sources"]["three_public.reception"]
    assert src == {"section": "0.1", "heading": "一、2022年“三公”经费预算安排情况", "line": 10,
                   "sentence": "2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，"
                               "公务用车运行费用10万元。"}
    assert "three_public.vehicle" not in f["sources"]


def test_every_three_public_item_in_its_usual_names():
    d = page(2024, ("", [
        "“三公”经费支出预算为328.7万元，比2023年预算减少17.3万元。其中：因公出国(境)费支出预算为10万元，"
        "公务接待费支出预算为240万元，公务用车购置及运行费支出预算为78.7万元。",
        "（二）公务用车购置及运行费支出预算78.7万元。其中：公务用车运行费35.7万元，比2023年预算减少1.3万元；"
        "公务用车购置费43万元。"]))
    assert key_figures(d)["three_public"] == {"total": "328.70", "abroad": "10.00", "reception": "240.00",
                                              "vehicle_purchase": "43.00", "vehicle_operation": "35.70",
                                              "vehicle": "78.70"}


def test_final_accounts_state_the_actual_not_the_budget():
    d = page(2023, ("", [
        "2023年“三公”经费预算数为832.05万元，决算支出数为820.33万元，完成年初预算数的98.59%，较2022年决算数688.84万元"
        "增加131.49万元。其中：公务接待费预算数为310.37万元，决算支出数为249.29万元；"
        "公务用车购置及运行维护费预算数为521.67万元，决算支出数为571.04万元。",
        "2023年我镇“三公”经费预算为20万元，其中：因公出国(境)费0万元，公务用车购置0万元。"]),
        kind=DocumentKind.FINAL)
    f = key_figures(d)["three_public"]
    assert (f["total"], f["reception"], f["vehicle"]) == ("820.33", "249.29", "571.04")
    assert f["abroad"] is None and f["vehicle_purchase"] is None  # the parts of a budget are the budget's


def test_the_item_named_before_the_stance_words():
    d = page(2021, ("一、“三公”经费支出决算总体情况说明", [
        "2021年度一般公共预算财政拨款“三公”经费支出预算为89.90万元，支出决算为57.53万元，完成预算的63.99%。"]),
        kind=DocumentKind.FINAL)
    f = key_figures(d)
    assert f["three_public"]["total"] == "57.53" and f["expenditure_total"] is None


def test_a_wrong_year_does_not_hide_this_years_figure_that_is_compared_with_last_year():
    d = page(2023, ("七、财政拨款“三公”经费支出决算情况说明", [
        "2022年“三公”经费财政拨款支出决算为3.46万元，完成预算100%，较上年增加2.4万元，增长0.24%。"]),
        kind=DocumentKind.FINAL)
    assert key_figures(d)["three_public"]["total"] == "3.46"


def test_a_comparison_with_last_year_is_not_the_figures_year():
    d = page(2022, ("", ["公务用车购置费预算安排0万元，与2021年预算持平公务用车运行维护费预算安排8万元，较2021年预算下降42.86%。"]))
    f = key_figures(d)["three_public"]
    assert (f["vehicle_purchase"], f["vehicle_operation"]) == ("0.00", "8.00")


def test_basic_and_project_in_yuan_with_thousands_separators():
    d = page(2023, ("五、一般公共预算支出情况说明", [
        "2023 年本年一般公共预算拨款支出 7,034,418.94 元，其中：基本支出 7,034,418.94 元，项目支出 0元，具体支出预算如下：",
        "行政运行 2,065,405.42 元，其中：基本支出 2,065,405.42 元，项目支出 0元。"]))
    f = key_figures(d)
    assert (f["basic"], f["project"]) == ("703.44", "0.00")
    assert "7,034,418.94" in f["sources"]["basic"]["sentence"]


def test_the_split_of_one_item_is_not_the_departments():
    d = page(2021, ("", ["机构运行1100910.5元，其中：基本支出1100910.5元，项目支出0元。"]))
    f = key_figures(d)
    assert f["basic"] is None and f["project"] is None


def test_the_departments_basic_spending_before_the_general_budgets():
    d = page(2023,
             ("三、支出预算情况说明", ["支出预算1643.29万元，其中：基本支出952.50万元，占57.96%；项目支出690.79万元。"]),
             ("六、一般公共预算基本支出情况说明", ["2023年一般公共预算财政拨款基本支出900.00万元，其中：人员经费800.00万元，"
                                             "公用经费100.00万元。"]))
    f = key_figures(d)
    assert (f["expenditure_total"], f["basic"], f["project"]) == ("1643.29", "952.50", "690.79")
    assert (f["personnel"], f["public_funds"]) == ("800.00", "100.00")


def test_totals_of_final_accounts():
    d = page(2023, ("一、收入支出决算总体情况说明", [
        "2023年度收、支总计均为1,145.52万元。与2022年度相比，收、支总计各增加342万元。",
        "2023年度本年收入合计1,100.00万元，其中：财政拨款收入1,000.00万元。"]), kind=DocumentKind.FINAL)
    f = key_figures(d)
    assert f["income_total"] == f["expenditure_total"] == "1145.52"


def test_classes_of_expenditure_by_name_and_not_their_items():
    d = page(2023, ("二、部门收支总体情况", [
        "（二）支出预算：2023年年初预算数1643.29万元，其中：一般公共服务支出1147.08万元，社会保障和就业支出160.85万元，"
        "住房保障支出65.09万元。",
        "1. “文化旅游体育与传媒支出(类)文化和旅游(款)行政运行(项)”465.46万元。"]))
    f = key_figures(d)
    assert f["expenditure_total"] == "1643.29"
    assert f["by_class"] == {"201": "1147.08", "208": "160.85", "221": "65.09"}
    assert f["sources"]["by_class.208"]["section"] == "0.1"


def test_staff_counts():
    d = page(2022, ("一、基本情况", ["编制人数63人，其中：行政编制27人，事业编制36人；实有人数61人，其中：在职人员48人。"]))
    assert key_figures(d)["staff"] == {"authorized": 63, "actual": 61}


def test_a_table_wins_over_the_text():
    t10 = Table(id=TableId.T10, title="财政拨款“三公”经费支出情况表", unit=MoneyUnit.WAN,
                columns=[Column(key="total", label="合计")],
                rows=[Row(label="合计", code="total", kind=RowKind.TOTAL, values={"total": Decimal("21.8")}),
                      Row(label="公务接待费", code="reception", values={"total": Decimal("10")})])
    d = page(2022, ("", ["“三公”经费预算总计21.8万元，其中：公务接待11.8万元，公务用车运行费用10万元。"]))
    d.tables.append(t10)
    f = key_figures(d)
    assert f["three_public"]["reception"] == "10.00"
    assert f["sources"]["three_public.reception"] == {"table": "T10", "row": "公务接待费", "column": "合计"}
    # a row the table does not print is taken from the text
    assert f["three_public"]["vehicle_operation"] == "10.00"
    assert f["sources"]["three_public.vehicle_operation"]["section"] == "0.1"


def test_the_figures_command_prints_the_sources(tmp_path):
    result = CliRunner().invoke(app, ["figures", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    f = json.loads(result.output)
    assert f["three_public"]["vehicle"] == "31.00"
    assert f["sources"]["three_public.vehicle"]["table"] == "T10"
    assert f["sources"]["basic"] == {"table": "T3", "row": "合计", "column": "基本支出", "line": 185}
    assert f["sources"]["procurement_total"]["section"] == "3.11.2"
    assert "编制数29" in f["sources"]["staff.authorized"]["sentence"]


def test_a_sentence_cut_at_the_top_of_an_excerpt_is_not_the_departments():
    """An excerpt that starts mid-sentence ("19816.81元，项目支出0元。", the item it splits on the page
    before): its figures are taken only when nothing else states them."""
    d = page(2024, ("", ["19816.81元，项目支出0元。主要用于人员经费保障。",
                         "（二）按支出结构分类划分，分为基本支出预算和项目支出预算。",
                         "2.项目支出469500元，占一般公共预算支出的19.62%，同比增加70100元。"]))
    assert key_figures(d)["project"] == "46.95"
    assert key_figures(page(2024, ("", ["19816.81元，项目支出0元。"])))["project"] == "0.00"


def test_final_accounts_state_the_budget_and_the_actual_in_one_sentence():
    d = page(2022, ("一、一般公共预算财政拨款“三公”经费支出决算总体情况",
                    ["某局2022年度一般公共预算财政拨款“三公”经费支出年初预算为27,080元，支出决算为26,085.58元，"
                     "完成年初预算的96.33%。其中：公务接待费支出决算为3,080元。"]), kind=DocumentKind.FINAL)
    f = key_figures(d)
    assert f["three_public"]["total"] == "2.61" and f["three_public"]["reception"] == "0.31"
    assert "支出决算为26,085.58元" in f["sources"]["three_public.total"]["sentence"]
