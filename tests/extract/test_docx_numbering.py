"""Word's automatic numbering (readers/published/docx_numbering.py): offices number a disclosure's parts and
items with Word's lists, and the label ("一、", "（二）") is in no paragraph's text. Documents here are
written by python-docx with real numbering definitions, as Word stores them."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from lxml import etree

from tests.realworld.variants import write_variant
from yusuan.readers.published import extract_file
from yusuan.readers.published.docx import read_docx
from yusuan.readers.published.docx_numbering import Numbering

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(abstract: str, nums: str):
    return etree.fromstring(f"<w:numbering {NS}>{abstract}{nums}</w:numbering>")


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, style: str | None = None) -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def _p(num_id: str | None = None, ilvl: int | None = None, style: str | None = None):
    parts = [f'<w:pStyle w:val="{style}"/>' if style else ""]
    if num_id is not None:
        lv = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        parts.append(f'<w:numPr>{lv}<w:numId w:val="{num_id}"/></w:numPr>')
    return etree.fromstring(f'<w:p {NS}><w:pPr>{"".join(parts)}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>')


MULTILEVEL = (f'<w:abstractNum {NS} w:abstractNumId="1">'
              + _lvl(0, "chineseCounting", "第%1部分") + _lvl(1, "chineseCounting", "%2、")
              + _lvl(2, "chineseCounting", "（%3）") + _lvl(3, "decimal", "%4.") + "</w:abstractNum>")


def test_levels_count_in_chinese_and_a_level_starts_again_under_the_next_item_above():
    n = Numbering(_numbering(MULTILEVEL, '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'), None)
    labels = [n.label(_p("5", lv)) for lv in (0, 1, 2, 2, 3, 3, 1, 2, 0, 1, *([1] * 10))]
    assert labels[:10] == ["第一部分", "一、", "（一）", "（二）", "1.", "2.", "二、", "（一）", "第二部分", "一、"]
    assert labels[-1] == "十一、"


def test_a_start_override_restarts_the_list_and_lists_of_one_definition_count_together():
    nums = ('<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="7"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="6"/></w:lvlOverride></w:num>')
    n = Numbering(_numbering(MULTILEVEL, nums), None)
    assert [n.label(_p("5", 1)), n.label(_p("6", 1)), n.label(_p("7", 1)), n.label(_p("7", 1))] == \
        ["一、", "二、", "六、", "七、"]


def test_a_heading_style_linked_to_a_level_numbers_its_paragraphs():
    abstract = (f'<w:abstractNum {NS} w:abstractNumId="2">' + _lvl(0, "chineseCounting", "%1、", style="H1")
                + _lvl(1, "chineseCounting", "（%2）", style="H2") + "</w:abstractNum>")
    styles = etree.fromstring(
        f'<w:styles {NS}><w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="H2"><w:basedOn w:val="H1"/></w:style>'
        '<w:style w:styleId="Body"/></w:styles>')
    n = Numbering(_numbering(abstract, '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'), styles)
    assert [n.label(_p(style="H1")), n.label(_p(style="H2")), n.label(_p(style="H2")), n.label(_p(style="Body")),
            n.label(_p(style="H1"))] == ["一、", "（一）", "（二）", "", "二、"]


def test_bullets_unknown_formats_and_numbering_switched_off_label_nothing():
    abstract = (f'<w:abstractNum {NS} w:abstractNumId="1">' + _lvl(0, "bullet", "\uf0b7")
                + _lvl(1, "someNewFormat", "%2)") + "</w:abstractNum>")
    n = Numbering(_numbering(abstract, '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'), None)
    assert [n.label(_p("5", 0)), n.label(_p("5", 1)), n.label(_p("0", 0)), n.label(_p("99", 0)),
            n.label(_p())] == ["", "", "", "", ""]


def test_a_damaged_definition_labels_nothing_and_raises_nothing():
    abstract = (f'<w:abstractNum {NS} w:abstractNumId="1">' + _lvl(0, "decimal", "%1.", start=10**9)
                + '<w:lvl w:ilvl="x"/><w:lvl w:ilvl="40"/>' + "</w:abstractNum>")
    styles = etree.fromstring(f'<w:styles {NS}><w:style w:styleId="A"><w:basedOn w:val="B"/></w:style>'
                              '<w:style w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>')  # a loop
    n = Numbering(_numbering(abstract, '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'), styles)
    assert [n.label(_p("5", 0)), n.label(_p("5", 40)), n.label(_p(style="A"))] == ["", "", ""]


PAGE = ("某局2024年部门预算情况说明\n"
        "一、部门收支总体情况\n"
        "（一）收入预算：2024年年初预算数100.00万元，其中：一般公共预算拨款100.00万元。\n"
        "（二）支出预算：2024年年初预算数100.00万元，其中：基本支出80.00万元，项目支出20.00万元。\n"
        "二、“三公”经费预算情况说明\n"
        "2024年“三公”经费预算数为3.00万元，其中：因公出国（境）费0万元，公务用车购置及运行费2.00万元，"
        "公务接待费1.00万元。\n")


def test_a_word_document_numbered_by_its_lists_reads_as_the_page_printed(tmp_path):
    numbered = write_variant(PAGE, "docx_numbered", tmp_path, "page")
    plain = Document(str(numbered))
    assert not any(p.text.startswith(("一、", "（一）", "二、")) for p in plain.paragraphs)  # Word's labels alone
    texts = [b.text for b in read_docx(numbered).blocks]
    assert texts[1:4] == ["一、部门收支总体情况", PAGE.split("\n")[2], PAGE.split("\n")[3]]
    as_printed = extract_file(write_variant(PAGE, "docx", tmp_path, "page")).disclosure
    d = extract_file(numbered).disclosure
    assert [(s.key, s.heading) for s in d.sections] == [(s.key, s.heading) for s in as_printed.sections]
    assert [s.heading for s in d.sections][:1] == ["一、部门收支总体情况"]


def test_a_numbered_paragraph_in_a_table_cell_counts_in_body_order(tmp_path):
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="901">{_lvl(0, "chineseCounting", "%1、")}'
                                  "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="902"><w:abstractNumId w:val="901"/></w:num>'))

    def numbered(paragraph):
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="902"/>'
                                                       "</w:numPr>"))

    numbered(document.add_paragraph("基本情况"))
    table = document.add_table(rows=1, cols=2)
    numbered(table.cell(0, 0).paragraphs[0])
    table.cell(0, 0).paragraphs[0].add_run("表内事项")
    table.cell(0, 1).text = "12.00"
    numbered(document.add_paragraph("其他事项"))
    path = tmp_path / "cells.docx"
    document.save(str(path))
    blocks = read_docx(path).blocks
    assert blocks[0].text == "一、基本情况"
    assert blocks[1].rows[0][0].text == "二、表内事项"
    assert blocks[2].text == "三、其他事项"
