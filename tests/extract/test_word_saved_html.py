"""A Word document saved as a web page, as sites post one (tests/realworld/variants.as_word_html): GB2312, with
the characters GB2312 lacks written as references ("&#27770;" for 決), spans per run, source lines wrapped
inside the text."""

from __future__ import annotations

from tests.realworld.variants import write_variant
from yusuan.readers.published import extract_file
from yusuan.readers.published.html import read_html

PAGE = ("某中學2022年度部門決算情況說明\n"
        "一、收入支出決算總體情況說明\n"
        "2022年度收、支總計均為288.49萬元。與2021年度相比，收、支總計各增加12.30萬元，增長4.45%。\n")


def test_traditional_characters_written_as_references_are_converted_too(tmp_path):
    path = write_variant(PAGE, "html_word", tmp_path, "page")
    raw = path.read_bytes()
    assert b"&#27770;" in raw and b"charset=gb2312" in raw  # 決 is no GB2312 character: Word writes a reference
    texts = [b.text for b in read_html(path).blocks]
    assert texts[0].replace(" ", "") == "某中学2022年度部门决算情况说明"  # (a wrapped source line shows as a space)
    d = extract_file(path).disclosure
    assert d.kind.value == "决算" and d.year == 2022


def test_a_reference_to_markup_or_to_no_character_is_left_to_the_parser(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>收入&#60;b&#62;支出 &#x6c7a;算 &#12345678; &#55296;</p></body></html>",
                    encoding="utf-8")
    texts = [b.text for b in read_html(path).blocks]
    assert len(texts) == 1 and texts[0].startswith("收入<b>支出 決算 ")  # text, not a <b> element


def test_word_saved_page_reads_as_the_page_printed(tmp_path):
    plain = extract_file(write_variant(PAGE, "html", tmp_path, "page")).disclosure
    word = extract_file(write_variant(PAGE, "html_word", tmp_path, "page")).disclosure
    assert [(s.key, [p.text for p in s.paragraphs]) for s in word.sections] == \
        [(s.key, [p.text for p in s.paragraphs]) for s in plain.sections]
