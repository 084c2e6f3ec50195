"""Word documents laid out with text boxes and layout tables (tests/realworld/variants._boxed_docx): a cover's
title in a text box (stored twice, as DrawingML and as its VML fallback), the body inside a table of one cell.
Word shows them as text; python-docx's body walk sees neither."""

from __future__ import annotations

from docx import Document

from tests.realworld.variants import write_variant
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import Grid, TextLine
from yusuan.readers.published.docx import read_docx

PAGE = ("某县农业农村局\n2024年部门预算情况说明\n一、部门收支总体情况\n"
        "收入预算：2024年年初预算数1,523.26万元，其中：一般公共预算拨款1,523.26万元。\n"
        "二、“三公”经费预算情况说明\n"
        "项目\t预算数\t上年预算数\n合计\t3.00\t3.50\n公务接待费\t1.00\t1.50\n公务用车运行维护费\t2.00\t2.00\n")


def test_a_text_box_title_reads_once_and_a_one_cell_layout_table_is_walked_into(tmp_path):
    path = write_variant(PAGE, "docx_boxed", tmp_path, "page")
    xml = Document(str(path)).element.xml
    assert xml.count("某县农业农村局") == 2 and "mc:Fallback" in xml  # the shape stored twice
    blocks = read_docx(path).blocks
    lines = [b.text for b in blocks if isinstance(b, TextLine)]
    assert lines[:4] == ["某县农业农村局", "2024年部门预算情况说明", "一、部门收支总体情况", PAGE.split("\n")[3]]
    grids = [b for b in blocks if isinstance(b, Grid)]
    assert [[c.text for c in row] for row in grids[0].rows][:2] == [["项目", "预算数", "上年预算数"], ["合计", "3.00", "3.50"]]
    plain = extract_file(write_variant(PAGE, "docx", tmp_path, "page")).disclosure
    boxed = extract_file(path).disclosure
    assert (boxed.title_lines, boxed.department, boxed.year) == (plain.title_lines, plain.department, plain.year)
    where = {"location": True, "rows": {"__all__": {"location"}}}  # line numbers differ: the box's own paragraph
    assert [t.model_dump(exclude=where) for t in boxed.tables] == [t.model_dump(exclude=where) for t in plain.tables]
    assert boxed.tables


def test_tables_of_data_are_no_layout(tmp_path):
    document = Document()
    one_row = document.add_table(rows=1, cols=2)  # one row of two cells: data
    one_row.cell(0, 0).text, one_row.cell(0, 1).text = "合计", "3.00"
    one_column = document.add_table(rows=2, cols=1)  # one column, no table inside: data
    one_column.cell(0, 0).text, one_column.cell(1, 0).text = "项目", "公务接待费"
    path = tmp_path / "data.docx"
    document.save(str(path))
    grids = [b for b in read_docx(path).blocks if isinstance(b, Grid)]
    assert [[[c.text for c in row] for row in g.rows] for g in grids] == [[["合计", "3.00"]], [["项目"], ["公务接待费"]]]
