"""The Word document: A4, East Asian fonts, real tables with repeating headers, heading styles for
the navigation pane, page numbers — and LibreOffice converts it to PDF."""

from __future__ import annotations

import re
import shutil
import subprocess

import pymupdf
import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

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
                     "第四部分 名词解释"]
    level2 = [t for s, t in headings if s == "Heading 2"]
    assert all(title in level2 for title in TABLE_TITLES.values())
    assert "十一、其他重要事项的情况说明" in level2
    assert "（四）预算绩效情况" in [t for s, t in headings if s == "Heading 3"]


def test_tables_are_word_tables_with_repeating_headers(doc):
    assert len(doc.tables) == 10 + 5  # the ten tables and five 项目支出绩效目标表
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
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed: see scripts/apt-packages.txt"
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(example_build["docx"])], check=True, timeout=180,
                   capture_output=True)
    pdf = tmp_path / (example_build["docx"].stem + ".pdf")
    with pymupdf.open(str(pdf)) as converted:
        assert converted.page_count >= 20
        text = re.sub(r"\s", "", "".join(p.get_text() for p in converted))
        first = converted[0]
        pix = first.get_pixmap(dpi=40)
        assert pix.width > 200 and any(b < 128 for b in pix.samples[::53])
    for words in ("部门收支总体情况表", "收入总计851.14支出总计851.14", "基本支出605.94万元，占71.19%",
                  "项目支出绩效目标表", "第四部分名词解释"):
        assert words in text, words
