"""The Word document: A4, East Asian fonts, real tables with repeating headers, heading styles for
the navigation pane, page numbers — and LibreOffice converts it to PDF."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pymupdf
import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from tests.building.libreoffice import convert, convert_updated
from yusuan.model.layouts import TABLE_TITLES

pytestmark = pytest.mark.slow  # whole module: renders or round-trips documents (see pyproject: -m 'not slow')


@pytest.fixture(scope="module")
def doc(example_build):
    return Document(str(example_build["docx"]))


def _east_asia(style) -> str | None:
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    return rfonts.get(qn("w:eastAsia")) if rfonts is not None else None


def test_a4_with_landscape_sections_for_the_wide_tables(doc):
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in doc.sections]
    assert set(sizes) == {(210, 297), (297, 210)}
    assert sizes.count((297, 210)) == 2  # 表2 and 表7
    assert all(s.left_margin >= Mm(14) for s in doc.sections)


def test_east_asian_fonts_are_set(doc):
    assert _east_asia(doc.styles["Normal"]) == "宋体"
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        assert _east_asia(doc.styles[name]) == "黑体", name
        theme = doc.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsiaTheme"))
        assert theme is None, name


def test_outline_is_made_of_heading_styles(doc):
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    parts = [t for s, t in headings if s == "Heading 1"]
    assert parts == ["第一部分 昌吉市人大常委会办公室概况", "第二部分 2023年部门预算公开表", "第三部分 2023年部门预算情况说明",
                     "第四部分 名词解释", "附：与原公开文件的差异"]
    level2 = [t for s, t in headings if s == "Heading 2"]
    assert all(title in level2 for title in TABLE_TITLES.values())
    assert "十一、其他重要事项的情况说明" in level2
    assert "（四）预算绩效情况" in [t for s, t in headings if s == "Heading 3"]


def test_tables_are_word_tables_with_repeating_headers(doc):
    assert len(doc.tables) == 10 + 5 + 1  # the ten tables, five 项目支出绩效目标表, the corrections
    for table in doc.tables:
        flags = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in table.rows]
        assert flags[0] and not flags[-1]
        assert flags == sorted(flags, reverse=True)  # header rows first, then body
    t1 = doc.tables[0]
    assert [c.text for c in t1.rows[2].cells] == ["一、本年收入", "834.94", "201 一般公共服务支出", "736.44"]
    merged = t1.rows[0].cells
    assert merged[0]._tc is merged[1]._tc and merged[0].text == "收入"  # a real merged header cell


def test_page_numbers_in_the_footer(doc):
    footer = doc.sections[0].footer._element
    assert any(f.get(qn("w:instr")) == "PAGE" for f in footer.iter(qn("w:fldSimple")))
    assert doc.sections[0].different_first_page_header_footer  # no number on the cover


def test_texts_are_in_the_document(doc):
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。" in text
    assert "备注：本部门2023年预算未安排政府性基金预算支出。" in text
    assert doc.core_properties.title == "昌吉市人大常委会办公室2023年预算公开"


def test_libreoffice_converts_it_to_pdf(example_build, tmp_path):
    pdf = convert(example_build["docx"], tmp_path, tmp_path / "profile")
    with pymupdf.open(str(pdf)) as converted:
        assert converted.page_count >= 20
        text = re.sub(r"\s", "", "".join(p.get_text() for p in converted))
        first = converted[0]
        pix = first.get_pixmap(dpi=40)
        assert pix.width > 200 and any(b < 128 for b in pix.samples[::53])
    for words in ("部门收支总体情况表", "收入总计851.14支出总计851.14", "基本支出605.94万元，占71.19%",
                  "项目支出绩效目标表", "第四部分名词解释"):
        assert words in text, words


def _instructions(doc) -> list[str]:
    return [t.text.strip() for t in doc.element.body.iter(qn("w:instrText"))]


def test_the_contents_is_a_word_toc_field_linking_to_the_headings(doc):
    instructions = _instructions(doc)
    assert instructions[0].startswith('TOC \\o "1-2" \\h')
    bookmarks = {b.get(qn("w:name")) for b in doc.element.body.iter(qn("w:bookmarkStart"))}
    refs = [i.split()[1] for i in instructions if i.startswith("PAGEREF")]
    assert len(refs) == 4 + 2 + 10 + 11 + 1 and set(refs) <= bookmarks  # parts, 概况, tables, 说明, 附
    links = [h.get(qn("w:anchor")) for h in doc.element.body.iter(qn("w:hyperlink"))]
    assert links == refs
    entries = [p.text for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert entries[0] == "第一部分 昌吉市人大常委会办公室概况\t" and "部门收支总体情况表\t" in entries


def test_toc_page_numbers_match_the_pdf_libreoffice_makes_of_it(example_build, tmp_path):
    """Updated as Word updates it on opening, the 目录 gives the page each heading is on."""
    pdf = convert_updated(example_build["docx"], tmp_path / "updated.pdf", tmp_path / "profile")
    with pymupdf.open(str(pdf)) as converted:
        lines = [p.get_text().splitlines() for p in converted]
    pages = ["".join(re.sub(r"\s", "", line) for line in page) for page in lines]
    contents = next(i for i, text in enumerate(pages) if text.startswith("目录"))
    entries = [m.groups() for line in lines[contents]
               if (m := re.fullmatch(r"(.+?)[.…]{3,}(\d+)", re.sub(r"\s", "", line)))]
    assert len(entries) >= 25, entries
    for title, number in entries:
        found = next(i for i, text in enumerate(pages) if i > contents and title in text)
        assert int(number) == found + 1, (title, number, found + 1)


def test_properties_are_the_disclosures_and_nothing_of_the_template(example_build, doc):
    props = doc.core_properties
    assert props.title == "昌吉市人大常委会办公室2023年预算公开"
    assert props.author == props.last_modified_by == "昌吉市人大常委会办公室"
    assert props.subject == "2023年预算公开" and props.language == "zh-CN" and props.revision == 1
    assert props.created.date() == props.modified.date() == dt.date(2023, 1, 20)
    assert props.comments == "" and "python-docx" not in (props.keywords + props.comments)
    with zipfile.ZipFile(example_build["docx"]) as z:
        names = set(z.namelist())
        app = z.read("docProps/app.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    assert not any(n.startswith(("customXml", "docProps/thumbnail")) or "stylesWithEffects" in n for n in names), names
    assert "<Application>Yusuan</Application>" in app and "Macintosh" not in app
    assert '<w:updateFields w:val="true"/>' in settings and "w14:docId" not in settings and "rsid" not in settings


def test_headings_and_table_titles_stay_with_what_follows(doc):
    body = doc.element.body
    assert not any(br.get(qn("w:type")) == "page" for br in body.iter(qn("w:br")))  # no page-break paragraphs
    paragraphs = doc.paragraphs
    for i, p in enumerate(paragraphs):
        if re.fullmatch(r"表\d+", p.text):  # 表N, its title (a heading style), its 编制部门 line: kept with the table
            assert p.paragraph_format.keep_with_next and paragraphs[i + 2].paragraph_format.keep_with_next
            assert paragraphs[i + 1].style.paragraph_format.keep_with_next
        if p.text == "项目支出绩效目标表":
            assert p.paragraph_format.keep_with_next
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        assert doc.styles[name].paragraph_format.keep_with_next
    # every section after the cover's shows its page number on its first page too
    assert [s.different_first_page_header_footer for s in doc.sections][1:] == [False] * (len(doc.sections) - 1)
