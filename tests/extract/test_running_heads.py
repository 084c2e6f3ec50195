"""Page furniture: the running head and foot Word prints on every page (readers/published/furniture.py).

A PDF made from a Word document carries its running head at the top of every page, often over a rule
(the 页眉 style draws one), and its text layer carries it between the pages' lines: a paragraph that runs
on to the next page was cut there ("…交" / "某局2024年单位预算情况说明" / "通运输支出6567.36万元"). These
documents are laid out with Typst, so where the lines fall is real layout, not an assumption.
"""

from __future__ import annotations

import pymupdf
import pytest

from tests.realworld.variants import _typst, _typst_string
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import TextLine
from yusuan.readers.published.furniture import RunningLines, names_title, title_key
from yusuan.readers.published.pdf import read_pdf
from yusuan.readers.published.text import parse_text

TITLE = "某县交通运输局2024年单位预算情况说明"
SENTENCE = ("2024年一般公共预算财政拨款支出安排用于公路养护、农村公路建设和道路运输管理等方面，"
            "其中交通运输支出6567.36万元，社会保障和就业支出1740.80万元，")
LONG = SENTENCE * 24 + "以上支出均按规定程序编列。"  # more than a page of 三号 text: it runs on to pages 2 and 3


def _pdf(tmp_path, head: str, ruled: bool, body: str = LONG, title: str = TITLE, first_page_head: bool = False) -> str:
    rule = "; v(-0.6em); line(length: 100%, stroke: 0.5pt)" if ruled else ""
    when = "true" if first_page_head else "counter(page).get().first() > 1"
    source = "\n".join([
        '#set page(paper: "a4", margin: (top: 3.7cm, bottom: 3.5cm, left: 2.8cm, right: 2.6cm), '
        f'header: context {{ if {when} {{ align(center, text(size: 10.5pt, {_typst_string(head)})){rule} }} }}, '
        'footer: context { align(center, text(size: 14pt, "— " + str(counter(page).get().first()) + " —")) })',
        '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 16pt, lang: "zh", region: "cn")',
        "#set par(leading: 0.75em, justify: true, first-line-indent: (amount: 2em, all: true))",
        f"#align(center, text(size: 22pt, {_typst_string(title)}))",
        f"#par({_typst_string('一、单位预算情况说明')})",
        f"#par({_typst_string(body)})",
    ])
    path = tmp_path / "paged.pdf"
    path.write_bytes(_typst().compile(source.encode("utf-8")))
    with pymupdf.open(path) as doc:
        assert doc.page_count >= 3  # the paragraph runs over two page breaks (else this tests nothing)
        assert head in doc[1].get_text().replace(" ", "")
    return str(path)


def _paragraphs(path) -> list[str]:
    d = extract_file(path).disclosure
    return [p.text for s in d.sections for p in s.paragraphs]


@pytest.mark.parametrize(("head", "ruled"), [(TITLE, False), (TITLE, True), ("单位预算公开材料", True)])
def test_a_paragraph_runs_on_past_the_running_head(tmp_path, head, ruled):
    texts = _paragraphs(_pdf(tmp_path, head, ruled))
    assert [t for t in texts if "6567.36" in t] == [LONG]


def test_a_head_neither_ruled_nor_naming_the_title_is_known_from_the_third_page(tmp_path):
    # on page 2 it could be the text's own line; printed again at the top of page 3 it is the page's
    texts = _paragraphs(_pdf(tmp_path, "单位预算公开材料", False))
    assert sum(t.count("单位预算公开材料") for t in texts) <= 1


def test_the_first_page_keeps_its_title(tmp_path):
    d = extract_file(_pdf(tmp_path, TITLE, True, first_page_head=True)).disclosure
    assert TITLE in "".join(d.title_lines)


def test_a_table_title_at_the_top_of_each_page_is_no_running_head(tmp_path):
    # 项目支出绩效目标表: one table a page, each under its title in larger type than the page's lines
    pages = []
    for name in ("道路养护项目", "桥梁检测项目", "客运站运营补助"):
        pages.append("\n".join([
            f"#align(center, text(size: 15pt, {_typst_string('项目支出绩效目标表')}))",
            "#v(15pt)",  # set apart as far as a running head: only its type tells it from one
            f"#align(center, text(size: 11pt, {_typst_string('（2024年）')}))",
            "#table(columns: 2, " + ", ".join(_typst_string(c) for c in (
                "项目名称", name, "预算单位", "某县交通运输局", "项目资金（万元）", "120.00",
                "年度目标", "完成年度养护任务")) + ")"]))
    source = "\n".join([
        '#set page(paper: "a4", margin: 2.5cm)',
        '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 11pt, lang: "zh", region: "cn")',
        f"#align(center, text(size: 22pt, {_typst_string('某县交通运输局2024年项目支出绩效目标表')}))",
        "#pagebreak()\n".join(pages)])
    path = tmp_path / "targets.pdf"
    path.write_bytes(_typst().compile(source.encode("utf-8")))
    lines = [b.text.replace(" ", "") for b in read_pdf(path).blocks if isinstance(b, TextLine)]
    assert lines.count("项目支出绩效目标表") == 3


def test_a_part_heading_that_names_the_title_is_the_texts_own():
    running = RunningLines()
    running.title = title_key(["上海市普陀区规划和自然资源局", "2024年度部门决算"])
    assert names_title("上海市普陀区规划和自然资源局2024年度部门决算", running.title)
    assert not names_title("第三部分 上海市普陀区规划和自然资源局2024年度部门决算", running.title)
    assert not running.furniture(20, "head", "第三部分 上海市普陀区规划和自然资源局2024年度部门决算")


def test_a_line_that_states_a_figure_or_ends_a_sentence_is_never_furniture():
    running = RunningLines()
    running.title = title_key([TITLE])
    assert not running.furniture(2, "head", "某县交通运输局2024年单位预算支出6567.36万元")
    assert not running.furniture(2, "head", "某县交通运输局2024年单位预算情况说明。")
    assert running.furniture(2, "head", TITLE)
    assert not running.furniture(1, "head", TITLE)  # the first page's title is the document's own


LAYER = ("某县交通运输局2024年单位预算情况说明\n一、单位预算情况说明\n"
         "2024年一般公共预算财政拨款支出安排用于公路养护、农村公路建设，其中交\n"
         "— 1 —\f"
         "          某县交通运输局2024年单位预算情况说明\n"
         "通运输支出6567.36万元，社会保障和就业支出1740.80万元。\n"
         "二、“三公”经费预算情况说明\n"
         "某县交通运输局2024年单位预算\n"
         "— 2 —\f"
         "项目    预算数    上年预算数\n"
         "公务接待费    1.20    1.50\n"
         "— 3 —\f"
         "项目    预算数    上年预算数\n"
         "公务用车运行维护费    8.00    8.00\n")


def test_a_text_layer_loses_its_running_head_and_foot_but_no_table_row():
    texts = [b.text.strip() for b in parse_text(LAYER, "layer.txt").blocks if hasattr(b, "text")]
    assert texts[0] == TITLE  # the first page's title stays
    assert TITLE not in texts[1:]
    assert "某县交通运输局2024年单位预算" not in texts  # page 2's foot, the title's words
    assert sum(t.startswith("项目") for t in texts) == 2  # a table's header row at the top of each page stays
