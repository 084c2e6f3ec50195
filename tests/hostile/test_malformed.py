"""Malformed and entity-laden DOCX and XLSX: a Chinese input error, never an internal error.

Each case damages a document built at test time (a truncated zip, a missing part, XML cut in half,
billion laughs, an external entity, NUL bytes in the markup) and reads it the way `check` and
`figures` do (`load_disclosure`); two run the real command line.
"""

from __future__ import annotations

import re
import zipfile

import pytest

from tests.hostile.conftest import assert_refused, rezip, yusuan
from yusuan.errors import InputError
from yusuan.readers.disclosure_input import load_disclosure

MAIN = {"docx": "word/document.xml", "xlsx": "xl/worksheets/sheet1.xml"}
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"".join(b"&lol%s;" % (b"" if i == 2 else str(i - 1).encode())
                                                                 for _ in range(10))) for i in range(2, 10))
          + b"]>")
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def _body(path, fmt: str) -> bytes:
    return zipfile.ZipFile(path).read(MAIN[fmt]).split(b"?>", 1)[-1]


def _damaged(published, tmp_path, fmt: str, case: str):
    src = published[fmt]
    raw = src.read_bytes()
    target = tmp_path / f"{case}.{fmt}"
    body = _body(src, fmt)
    if case == "truncated":
        target.write_bytes(raw[: len(raw) // 2])
    elif case == "empty":
        target.write_bytes(b"")
    elif case == "not_a_zip":
        target.write_text("这不是文件", encoding="utf-8")
    elif case == "no_content_types":
        rezip(src, target, {"[Content_Types].xml": None})
    elif case == "no_main_part":
        rezip(src, target, {MAIN[fmt]: None} if fmt == "docx" else {"xl/workbook.xml": None})
    elif case == "xml_cut_in_half":
        rezip(src, target, {MAIN[fmt]: body[: len(body) // 2]})
    elif case == "billion_laughs":
        rezip(src, target, {MAIN[fmt]: LAUGHS + body.replace(b">", b">&lol9;", 3)})
    elif case == "external_entity":
        rezip(src, target, {MAIN[fmt]: XXE + body.replace(b">", b">&e;", 3)})
    elif case == "nul_in_markup":
        rezip(src, target, {MAIN[fmt]: body.replace(b">", b">\x00", 5)})
    elif case == "broken_styles":
        rezip(src, target, {"word/styles.xml" if fmt == "docx" else "xl/styles.xml": b"<styles"})
    return target


CASES = ["truncated", "empty", "not_a_zip", "no_content_types", "no_main_part", "xml_cut_in_half", "billion_laughs",
         "external_entity", "nul_in_markup", "broken_styles"]


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("case", CASES)
def test_a_damaged_container_is_an_input_error(published, tmp_path, fmt, case):
    target = _damaged(published, tmp_path, fmt, case)
    try:
        load_disclosure(target)
    except InputError as exc:
        assert exc.problems and all(any("\u4e00" <= ch <= "\u9fff" for ch in str(p)) for p in exc.problems)
    # a damaged part the reader never needs (styles) may still read: that is fine too


def test_a_sheet_openpyxl_cannot_parse_is_an_input_error(published, tmp_path):
    """Damage that openpyxl meets as IndexError or TypeError while it parses a sheet (found by
    benchmarks/fuzz_bench.py): a shared string past the end of the table, a column with an attribute
    it does not know. Both are a damaged workbook to the user, named as such, not an internal error."""
    body = _body(published["xlsx"], "xlsx")
    assert b't="s"' in body and b"<col " in body
    damaged = {
        "string_index": body.replace(b't="s"><v>', b't="s"><v>99999', 1),
        "column_attribute": body.replace(b"<col ", b'<col mWidth="3" ', 1),
    }
    for case, sheet in damaged.items():
        target = rezip(published["xlsx"], tmp_path / f"{case}.xlsx", {MAIN["xlsx"]: sheet})
        with pytest.raises(InputError) as exc:
            load_disclosure(target)
        assert "已损坏" in str(exc.value.problems[0]), case


@pytest.mark.slow
def test_the_command_line_names_the_damaged_file(published, tmp_path):
    for fmt in ("docx", "xlsx"):
        target = _damaged(published, tmp_path, fmt, "xml_cut_in_half")
        for command in ("check", "figures"):
            run = yusuan(command, target)
            assert_refused(run, target)
            assert "已损坏" in run.text and "内部错误" not in run.text, run.output


def test_a_librarys_warning_never_reaches_the_terminal(published, tmp_path):
    """A defined name for a sheet the workbook does not have: openpyxl warns (in English, with its own
    path) and reads on; the user sees the findings, not the library's warning."""
    workbook = zipfile.ZipFile(published["xlsx"]).read("xl/workbook.xml")
    assert b"localSheetId=" in workbook  # the print areas of the 绩效目标表 sheets
    target = rezip(published["xlsx"], tmp_path / "names.xlsx",
                   {"xl/workbook.xml": re.sub(rb'localSheetId="\d+"', b'localSheetId="99"', workbook, count=1)})
    run = yusuan("check", target)
    assert run.code in (0, 1), run.output
    assert "Warning" not in run.output and "openpyxl" not in run.output, run.output


def test_garbled_content_types_in_a_docx(published, tmp_path):
    with zipfile.ZipFile(published["docx"]) as z:
        types = z.read("[Content_Types].xml")
    garbled = types.replace(b'PartName="/word/styles', b'ParJN_me="/word/styles', 1)
    assert garbled != types
    target = rezip(published["docx"], tmp_path / "types.docx", {"[Content_Types].xml": garbled})
    with pytest.raises(InputError):
        load_disclosure(target)


def test_a_pdf_cut_after_its_first_kilobytes(tmp_path):
    from tests.conftest import SEED_TEXT

    target = tmp_path / "截断.pdf"
    target.write_bytes((SEED_TEXT.parent / "putuo-guihuaziyuan-2024-juesuan.pdf").read_bytes()[:4000])
    with pytest.raises(InputError) as caught:
        load_disclosure(target)
    assert "扫描" not in str(caught.value)  # the issue: a truncated PDF was called a scan


@pytest.mark.parametrize("heading", ["十十、收入预算", "十一十、支出预算", "十十十、其他"])
def test_a_heading_numbered_with_no_number(tmp_path, heading):
    """"十十、" is no Chinese number: the numbering rule (W710) reads it as none, it does not stop."""
    from yusuan.rules import check

    path = tmp_path / "page.txt"
    path.write_text(f"某局2024年部门预算\n一、收入预算\n收入预算100.00万元。\n{heading}\n支出预算100.00万元。\n",
                    encoding="utf-8")
    findings = check(load_disclosure(path))
    assert all(f.rule != "W710" or "十十" not in f.message for f in findings)
