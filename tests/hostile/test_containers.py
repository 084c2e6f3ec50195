"""Zip containers (.xlsx, .docx) beyond the limits: refused from their directory or a streaming count,
before any reader builds anything — exit 2, a Chinese message naming the file and the limit's
environment variable, no traceback, no output."""

from __future__ import annotations

import zipfile

import pytest

from tests.conftest import EXAMPLE_XLSX
from tests.hostile.bombs import (
    DOCX_HEAD,
    DOCX_TAIL,
    SHEET_HEAD,
    SHEET_TAIL,
    bomb_copy,
    docx_paragraphs,
    sheet_rows,
)
from tests.hostile.conftest import assert_refused, rezip, snapshot, yusuan
from yusuan.limits import LimitExceeded
from yusuan.readers.container import check_container, check_worksheets

PROJECTS = "xl/worksheets/sheet5.xml"  # 项目 in the input workbook


@pytest.fixture(scope="module")
def sheet_bomb(tmp_path_factory):
    """The issue's case: a small .xlsx whose sheet decompresses to a gigabyte."""
    target = tmp_path_factory.mktemp("bomb") / "预算.xlsx"
    return bomb_copy(EXAMPLE_XLSX, target, PROJECTS, SHEET_HEAD, sheet_rows(20_000), 1000, SHEET_TAIL)


@pytest.mark.slow
def test_a_sheet_bomb_is_refused_by_every_command(sheet_bomb, tmp_path):
    assert sheet_bomb.stat().st_size < 5 << 20
    assert zipfile.ZipFile(sheet_bomb).getinfo(PROJECTS).file_size > 900 << 20
    out = tmp_path / "out"
    out.mkdir()
    for args in (("validate",), ("figures",), ("check",), ("extract", "-o", out), ("build", "-o", out),
                 ("convert", "-o", out / "x.yaml")):
        run = yusuan(args[0], sheet_bomb, *args[1:])
        assert_refused(run, sheet_bomb)
        assert "YUSUAN_MAX_ZIP" in run.output.replace("\n", ""), run.output
    assert snapshot(out) == {}


def test_a_compression_ratio_beyond_any_real_file(published, tmp_path):
    """5 MB of zeros in a 10 KB part: refused for its ratio with the default limits."""
    bomb = rezip(published["xlsx"], tmp_path / "ratio.xlsx", {"xl/media/blank.bin": b"\0" * (5 << 20)}, level=9)
    run = yusuan("check", bomb)
    assert_refused(run, bomb)
    assert "压缩比" in run.output and "YUSUAN_MAX_ZIP_RATIO" in run.output.replace("\n", "")


@pytest.mark.slow
def test_a_docx_bomb(published, tmp_path):
    bomb = bomb_copy(published["docx"], tmp_path / "bomb.docx", "word/document.xml", DOCX_HEAD,
                     docx_paragraphs(40_000), 1000, DOCX_TAIL)
    for command in ("check", "figures"):
        run = yusuan(command, bomb)
        assert_refused(run, bomb)
        assert "解压后" in run.output


@pytest.mark.parametrize(("env", "parts", "words"), [
    ({"YUSUAN_MAX_ZIP_PART_MB": "1"}, {"xl/media/a.bin": 2}, "单个部件解压后"),
    ({"YUSUAN_MAX_ZIP_COMPRESSED_MB": "1"}, {"xl/media/a.bin": 2}, "压缩后的大小"),
    ({"YUSUAN_MAX_ZIP_TOTAL_MB": "1"}, {"xl/media/a.bin": 0.6, "xl/media/b.bin": 0.6}, "总大小"),
    ({"YUSUAN_MAX_ZIP_ENTRIES": "50"}, {f"xl/media/{i}.bin": 0 for i in range(60)}, "部件数"),
])
def test_each_container_limit_has_its_message(published, tmp_path, env, parts, words):
    """Incompressible parts (random bytes), the limits lowered so that the input stays small."""
    import random

    rng = random.Random(0)
    replace = {name: rng.randbytes(int(mb * (1 << 20))) for name, mb in parts.items()}
    target = rezip(published["xlsx"], tmp_path / "limits.xlsx", replace)
    run = yusuan("check", target, env=env)
    assert_refused(run, target)
    assert words in run.output.replace("\n", "") and next(iter(env)) in run.output.replace("\n", "")


@pytest.mark.slow
def test_a_million_rows_in_the_input_workbook(tmp_path):
    """validate refuses a workbook of a million rows at once, in one message (not a million lines).
    (Rows that repeat compress too well: the ratio limit is lifted to reach the row count.)"""
    rows = bomb_copy(EXAMPLE_XLSX, tmp_path / "rows.xlsx", PROJECTS, SHEET_HEAD, sheet_rows(10_000), 100, SHEET_TAIL)
    run = yusuan("validate", rows, env={"YUSUAN_MAX_ZIP_RATIO": "100000"})
    assert_refused(run, rows)
    assert "项目" in run.output and "YUSUAN_MAX_ROWS" in run.output.replace("\n", "")
    assert len(run.output.splitlines()) < 20


def test_too_many_cells(tmp_path):
    cells = b"<row>" + b'<c t="inlineStr"><is><t>1</t></is></c>' * 20 + b"</row>"
    target = bomb_copy(EXAMPLE_XLSX, tmp_path / "cells.xlsx", PROJECTS, SHEET_HEAD, cells, 60_000, SHEET_TAIL)
    with pytest.raises(LimitExceeded) as caught:
        check_worksheets(target)
    assert "YUSUAN_MAX_CELLS" in str(caught.value.problems[0])


def test_a_used_range_of_the_whole_sheet(published, tmp_path):
    """One formatted cell at XFD1048576: a reader that walks the used range would walk 17 billion cells."""
    with zipfile.ZipFile(published["xlsx"]) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    corner = b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
    target = rezip(published["xlsx"], tmp_path / "range.xlsx",
                   {"xl/worksheets/sheet1.xml": sheet.replace(b"</sheetData>", corner, 1)})
    run = yusuan("check", target)
    assert_refused(run, target)
    assert "使用范围" in run.output


def test_a_stray_formatted_cell_does_not_stop_the_input_workbook(tmp_path, example_data):
    """The input workbook reads only cells that hold something: a formatted corner cell is harmless."""
    from yusuan.readers.workbook import read_workbook

    with zipfile.ZipFile(EXAMPLE_XLSX) as z:
        sheet = z.read(PROJECTS)
    corner = b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
    target = rezip(EXAMPLE_XLSX, tmp_path / "corner.xlsx", {PROJECTS: sheet.replace(b"</sheetData>", corner, 1)})
    check_container(target, used_range=False)
    assert read_workbook(target) == read_workbook(EXAMPLE_XLSX)


def test_limits_leave_real_files_alone(published):
    for path in (EXAMPLE_XLSX, published["xlsx"], published["docx"]):
        check_container(path)
