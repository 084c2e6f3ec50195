"""A page copied from a PDF's text layer keeps the PDF's line breaks: its first paragraph comes as lines
of one width, none of them body text on its own (no amount, no sentence end, shorter than a web page's
paragraph). They are the paragraph's first lines, not titles or lines of the site above the text."""

from __future__ import annotations

from tests.realworld.variants import wrapped
from yusuan.catalog.catalog import default_catalog
from yusuan.model.claims import analyse
from yusuan.model.figures import key_figures
from yusuan.readers.published.assemble import Assembler
from yusuan.readers.published.findings import Findings
from yusuan.readers.published.profile import Extent
from yusuan.readers.published.sections import topic_key
from yusuan.readers.published.text import parse_text

PARAGRAPH = ("根据《中华人民共和国预算法》和省财政厅关于预决算公开的有关规定，经县财政局汇总，2025年全县行政单位、"
             "事业单位和其他单位使用财政拨款安排“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降"
             "10.1%；其中：因公出国（境）经费40万元，较上年持平；公务接待费242万元，较上年减少12万元。")
# broken where a line of an A4 page is full, as a PDF's text layer copied as text has it
WRAPPED = "某县2025年“三公”经费预算公开说明\n" + wrapped(PARAGRAPH) + "\n"


def _read(text: str):
    source = parse_text(text, "page.txt")
    return Assembler(source, default_catalog(), Findings(source.findings)).run().disclosure


def test_the_first_lines_of_a_wrapped_paragraph_are_text():
    lines = WRAPPED.splitlines()
    assert len(lines) >= 4 and "1969" not in lines[1] + lines[2]  # the figure's subject is on lines above it
    d = _read(WRAPPED)
    first = analyse(d).claims[0]
    assert str(first.value) == "1969" and "三公" in first.subject
    assert key_figures(d)["three_public"]["total"] == "1969.00"
    assert d.profile.extent == Extent.THREE_PUBLIC


def test_a_title_is_not_the_start_of_the_paragraph_under_it():
    d = _read(WRAPPED)
    assert d.title_lines == ["某县2025年“三公”经费预算公开说明"]
    assert d.sections[0].paragraphs[0].text.startswith("根据")


def test_lines_of_another_width_above_the_text_stay_out_of_it():
    # a web page: a title and a date line above a paragraph printed on one line
    d = _read("某县2025年“三公”经费预算公开说明\n发布时间：2025-02-10\n"
              "2025年全县使用财政拨款安排“三公”经费预算总额为1969万元，较上年减少221万元。\n")
    assert d.sections[0].paragraphs[0].text.startswith("2025年全县")


def test_a_three_public_item_among_the_items_of_public_funds_names_no_topic():
    paragraph = ("日常公用经费支出主要用于按统一规定开支标准安排的办公费、水电费、物业管理费、公务接待费、工会经费、"
                 "其他商品和服务支出等日常公用经费支出。")
    assert topic_key(paragraph) is None
    assert topic_key("公务接待费242万元，较上年减少12万元。") is not None


def test_the_first_lines_of_a_wrapped_paragraph_are_no_title_of_the_page():
    # what a page prints above its text is where its title and year are looked for; the first lines of
    # its paragraph are not ("…审计署11日在其网站公布：2010年因公出国（境）费" named the year 2010)
    source = parse_text(WRAPPED, "page.txt")
    assembler = Assembler(source, default_catalog(), Findings(source.findings))
    assembler.run()
    assert assembler.preamble[0] == "某县2025年“三公”经费预算公开说明"
    assert not any(line.startswith("根据") or line.startswith("汇总") for line in assembler.preamble)


def test_a_title_alone_above_a_shorter_sentence_is_a_title():
    d = _read("2023年某省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明\n"
              "2022年一般公共预算“三公”经费支出预算为79万元。\n")
    assert d.department == "某省财政厅"


def test_a_page_break_is_a_line_break():
    # a text layer whose page ends without a line end: "…情况说明" and the next page's "一、…" are two lines
    d = _read("某单位2023年度单位决算\n第二部分 2023年度单位决算情况说明\f一、收入支出决算总体情况说明\n"
              "2023年度收、支总计均为971.04万元。与2022年度相比，收、支总计各减少46.54万元，下降4.6%。\n")
    assert any(s.heading == "一、收入支出决算总体情况说明" for s in d.sections)
    assert key_figures(d)["income_total"] == "971.04"


def test_a_paragraphs_indented_first_line_over_its_short_last_line_is_text():
    # a text layer: the title centred, then a two-line paragraph whose first line is indented
    d = _read("某省某部门2022年“三公”经费预算\n        情况说明\n"
              "  某厅2022年一般公共预算“三公”经费预算数为\n98.65 万元，其中：\n"
              "  因公出国（境）经费7万元，公务接待费4.5万元，公务用车购置及运行费87.15万元。\n")
    assert key_figures(d)["three_public"]["total"] == "98.65"
    assert "  某厅2022年一般公共预算“三公”经费预算数为" not in d.title_lines
