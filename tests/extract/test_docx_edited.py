"""A Word document as an office leaves it after editing (tests/realworld/variants._edited): runs inside tracked
insertions (with tracked deletions beside them), content controls, simple fields and smart tags, and the title
inside a cover page's content control. Word shows the same text as without them; python-docx's paragraph text
sees none of the wrapped runs and its body walk none of a control's paragraphs."""

from __future__ import annotations

from docx import Document

from tests.realworld.variants import write_variant
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import Grid
from yusuan.readers.published.docx import read_docx

PAGE = ("某县农业农村局\n2024年部门预算情况说明\n一、部门收支总体情况\n"
        "（一）收入预算：2024年年初预算数1,523.26万元，其中：一般公共预算拨款1,523.26万元。\n"
        "（二）支出预算：2024年年初预算数1,523.26万元，其中：基本支出1,200.00万元，项目支出323.26万元。\n"
        "二、“三公”经费预算情况说明\n"
        "项目\t预算数\t上年预算数\n合计\t3.00\t3.50\n公务接待费\t1.00\t1.50\n公务用车运行维护费\t2.00\t2.00\n")


def _texts(path) -> list[str]:
    out = []
    for b in read_docx(path).blocks:
        out += [c.text for row in b.rows for c in row] if isinstance(b, Grid) else [b.text]
    return out


def test_an_edited_word_document_shows_the_text_of_the_plain_one(tmp_path):
    edited, plain = write_variant(PAGE, "docx_edited", tmp_path, "page"), write_variant(PAGE, "docx", tmp_path, "page")
    xml = Document(str(edited)).element.xml
    assert all(tag in xml for tag in ("<w:ins ", "<w:del ", "<w:sdt>", "<w:fldSimple ", "<w:smartTag "))
    assert _texts(edited) == _texts(plain)
    assert not any("删去的旧文字" in t for t in _texts(edited))  # a tracked deletion shows nothing


def test_an_edited_word_document_reads_as_the_plain_one(tmp_path):
    edited = extract_file(write_variant(PAGE, "docx_edited", tmp_path, "page")).disclosure
    plain = extract_file(write_variant(PAGE, "docx", tmp_path, "page")).disclosure
    assert (edited.title_lines, edited.department) == (plain.title_lines, plain.department)
    assert "2024年部门预算情况说明" in edited.title_lines
    assert [(s.key, [p.text for p in s.paragraphs]) for s in edited.sections] == \
        [(s.key, [p.text for p in s.paragraphs]) for s in plain.sections]
    assert [t.model_dump(exclude={"location"}) for t in edited.tables] == \
        [t.model_dump(exclude={"location"}) for t in plain.tables]
