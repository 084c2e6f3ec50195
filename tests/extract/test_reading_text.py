"""Reading text as government sites publish it: traditional characters (converted once, with a
notice), encodings of web pages and text files, numbers in every written form, units per table,
per column and in a title line (元 / 万元 / 亿元)."""

from __future__ import annotations

import codecs
from decimal import Decimal

import pytest

from yusuan.encoding import decode_chinese_text
from yusuan.model.disclosure import TableId
from yusuan.money import AmountError, MoneyUnit, convert
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.readers.published import extract_file, read_source
from yusuan.readers.published.chinese import Simplifier, is_traditional
from yusuan.readers.published.numbers import amount, is_amount
from yusuan.rules.runner import check

D = Decimal

TRADITIONAL_PAGE = """九華山風(fēng)景區(qū)宗教事務(wù)局2019年度一般公共預(yù)算財政撥款“三公”經(jīng)費支出決算情況說明
一、2019年度一般公共預(yù)算財政撥款“三公”經(jīng)費支出決算表
單位:萬元
項 目 |
預(yù) 算 數(shù) |
決 算 數(shù) |
合 計 |
18 |
6.28 |
因公出國(境)費 |
0 |
0 |
公務(wù)接待費 |
12 |
6.28 |
公務(wù)用車購置及運行費 |
6 |
0 |
其中:公務(wù)用車運行維護費 |
6 |
0 |
公務(wù)用車購置 |
0 |
0 |
二、2019年度一般公共預(yù)算財政撥款“三公”經(jīng)費支出情況說明
九華山風(fēng)景區(qū)宗教事務(wù)局2019年度“三公”經(jīng)費支出預(yù)算為18萬元,支出決算為6.28萬元,完成預(yù)算的34.89%。
"""


def _three_public(d) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    (table,) = [t for t in d.tables if t.id == TableId.T10]
    return {r.code: (r.value("budget"), r.value("total")) for r in table.rows}


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_page_in_traditional_characters_reads_as_simplified(tmp_path, shipped_catalog, fmt):
    path = tmp_path / f"traditional.{fmt}"
    if fmt == "txt":
        path.write_text(TRADITIONAL_PAGE, encoding="utf-8")
    else:  # a Big5 page, as mirrors in Taiwan and Hong Kong serve it
        body = "".join(f"<p>{line}</p>" for line in TRADITIONAL_PAGE.splitlines())
        page = f"<html><head><meta charset='big5'></head><body>{body}</body></html>"
        path.write_bytes(page.replace("(fēng)", "").replace("(qū)", "").replace("(wù)", "").replace("(yù)", "")
                         .replace("(jīng)", "").replace("(shù)", "").encode("big5hkscs"))
    result = extract_file(path, shipped_catalog)
    d = result.disclosure
    values = _three_public(d)
    assert values["total"] == (D("18"), D("6.28"))
    assert values["reception"] == (D("12"), D("6.28"))
    assert values["vehicle_operation"] == (D("6"), D("0"))
    assert d.kind.value == "决算"
    text = "".join(p.text for s in d.sections for p in s.paragraphs)
    assert "九华山风景区宗教事务局" in text and "經" not in text and "(jīng)" not in text
    codes = {f.code for f in result.findings}
    assert "text.traditional" in codes
    assert ("text.pinyin" in codes) == (fmt == "txt")
    # a notice, not a warning: the conversion is reported by R802
    findings = check(load_disclosure(path, shipped_catalog), shipped_catalog)
    assert any(f.rule == "R802" and "繁体" in f.message for f in findings)
    assert not any(f.rule == "R801" and "繁体" in f.message for f in findings)


def test_simplified_text_is_never_touched(seed):
    assert not is_traditional("财政拨款收支总体情况表 一般公共预算 乾隆 著作 后面 里程 干部")
    assert not {"text.traditional", "text.pinyin"} & {f.code for f in seed.findings}
    simplifier = Simplifier(traditional=False)
    assert simplifier("发展和改革委员会(发改委)") == "发展和改革委员会(发改委)"
    assert simplifier("經(jīng)費") == "經費"  # pinyin goes whatever the script


def test_traditional_workbooks_and_word_documents_are_converted_too(tmp_path, shipped_catalog):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["財政撥款“三公”經費支出情況表"], ["單位：萬元"], ["項目", "合計", "一般公共預算"],
                ["合計", 3.5, 3.5], ["公務接待費", 3.5, 3.5]):
        ws.append(row)
    path = tmp_path / "traditional.xlsx"
    wb.save(path)
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.id == TableId.T10
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("3.5"), "reception": D("3.5")}
    assert "text.traditional" in {f.code for f in result.findings}


@pytest.mark.parametrize("encoding,declared", [
    ("gb18030", None), ("gbk", "gb2312"), ("gbk", "GBK"), ("utf-16", None), ("utf-8-sig", None), ("utf-8", "gbk"),
])
def test_web_pages_in_every_encoding(tmp_path, shipped_catalog, encoding, declared):
    meta = f"<meta http-equiv='Content-Type' content='text/html; charset={declared}'>" if declared else ""
    page = (f"<html><head>{meta}</head><body><div>财政拨款“三公”经费支出情况表</div><div>单位：万元</div>"
            "<div>项目<br>合计<br>一般公共预算<br>合计<br>1,234.50<br>1,234.50<br>公务接待费<br>1,234.50<br>1,234.50</div>"
            "</body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("1234.50"), "reception": D("1234.50")}


def test_text_files_in_utf16_and_gb18030():
    text = "一般公共预算“三公”经费"
    for raw in (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                text.encode("gb18030"), codecs.BOM_UTF8 + text.encode("utf-8")):
        assert decode_chinese_text(raw) == text


def test_line_breaks_of_paragraphs_divs_and_brs_are_kept(tmp_path):
    """<p>, <div>, <br> and <pre> lines end a line: a table typed one cell per line survives;
    the spaces of ordinary HTML collapse."""
    path = tmp_path / "lines.html"
    path.write_text("<html><body><p>项目</p><p>预算数</p><div>合计<br/>12.50</div><pre>公务接待费\n12.50</pre>"
                    "<p>本部门 <b>2024</b> 年\n  预算</p></body></html>", encoding="utf-8")
    grid, line = read_source(path).blocks
    assert [[c.text for c in row] for row in grid.rows] == [["项目", "预算数"], ["合计", "12.50"],
                                                            ["公务接待费", "12.50"]]
    assert line.text == "本部门 2024 年 预算"


@pytest.mark.parametrize("text,value", [
    ("1,234,567.89", "1234567.89"), ("1，234，567.89", "1234567.89"), ("１２３．４５", "123.45"),
    ("１，２３４", "1234"), ("851 .14", "851.14"), ("31. 31", "31.31"), ("1,234,\n567.89", "1234567.89"),
    ("(12.50)", "-12.50"), ("（1,200）", "-1200"), ("(120)", "-120"), ("△12.5", "-12.5"), ("▲3", "-3"),
    ("-12.5", "-12.5"), ("－12.5", "-12.5"), ("+3", "3"),
])
def test_numbers_as_pages_write_them(text, value):
    assert is_amount(text)
    assert amount(text) == D(value)


@pytest.mark.parametrize("text", ["—", "－", "-", "--", "——", "–", "", "  ", "/", "…", "无"])
def test_dashes_and_blanks_are_zero(text):
    assert amount(text) is None


@pytest.mark.parametrize("text", ["(1)", "（二）", "12.5万元", "1,23", "12%", "十二"])
def test_what_is_not_a_number_is_reported_never_zero(text):
    with pytest.raises(AmountError):
        amount(text)


def test_yi_yuan_is_a_unit():
    assert MoneyUnit("亿元") is MoneyUnit.YI
    assert convert(D("1.5"), MoneyUnit.YI, MoneyUnit.WAN) == D("15000")
    assert convert(D("12345"), MoneyUnit.WAN, MoneyUnit.YI) == D("1.2345")
    assert convert(D("1"), MoneyUnit.YI, MoneyUnit.YUAN) == D("100000000")


@pytest.mark.parametrize("unit_line,unit", [
    ("单位：亿元", MoneyUnit.YI), ("金额单位：元", MoneyUnit.YUAN), ("(单位:万元)", MoneyUnit.WAN),
    ("编制部门：某某局单位：元", MoneyUnit.YUAN),
])
def test_the_unit_of_a_table(tmp_path, shipped_catalog, unit_line, unit):
    path = tmp_path / "unit.txt"
    path.write_text(f"财政拨款“三公”经费支出情况表\n{unit_line}\n项目\t合计\n合计\t3.5\n公务接待费\t3.5\n",
                    encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert table.unit == unit


def test_a_unit_in_the_title_line(tmp_path, shipped_catalog):
    path = tmp_path / "title.txt"
    path.write_text("2021年区本级“三公”经费支出表（单位：万元）\n项目\t合计\n合计\t4432\n公务接待费\t4432\n",
                    encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.id == TableId.T10 and table.unit == MoneyUnit.WAN
    assert "table.unit_missing" not in {f.code for f in result.findings}


def test_the_unit_of_a_column(tmp_path, shipped_catalog):
    path = tmp_path / "column.txt"
    path.write_text("财政拨款“三公”经费支出情况表\n项目\t预算数（元）\n合计\t35,000.00\n公务接待费\t35,000.00\n",
                    encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.unit == MoneyUnit.YUAN
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("35000.00"), "reception": D("35000.00")}
    assert "table.unit_missing" not in {f.code for f in result.findings}


def test_columns_in_different_units_are_converted_to_the_tables(tmp_path, shipped_catalog):
    path = tmp_path / "mixed.txt"
    path.write_text("一般公共预算支出表\n科目编码\t科目名称\t合计（万元）\t基本支出（万元）\t项目支出（元）\n"
                    "2010101\t行政运行\t12.50\t10.00\t25,000\n", encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.unit == MoneyUnit.WAN
    (row,) = [r for r in table.rows if r.code == "2010101"]
    assert row.values == {"total": D("12.50"), "basic": D("10.00"), "project": D("2.5")}
    assert "table.column_unit" in {f.code for f in result.findings}
