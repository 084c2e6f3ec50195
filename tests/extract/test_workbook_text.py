"""A workbook that holds the explanations as well as the tables (tests/realworld/variants._workbook): the text
down a "说明" sheet's first column, a cell per paragraph, and each table on a sheet of its own. A row of one
text outside a table is a line of the text; inside one, a group's label stays its row."""

from __future__ import annotations

from openpyxl import Workbook

from tests.realworld.variants import write_variant
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import Grid, TextLine
from yusuan.readers.published.xlsx import read_xlsx

PAGE = ("某中学2022年度“三公”经费决算情况说明\n"
        "一、“三公”经费决算总体情况\n"
        "2022年度“三公”经费决算数为9.07万元。\n"
        "比上年减少1.20万元，下降11.68%，主要原因是公务接待次数减少，其中：公务接待费1.07万元，公务用车运行维护费8.00万元。\n"
        "二、“三公”经费决算表\n"
        "单位:万元\n"
        "项目\t预算数\t决算数\n合计\t10.00\t9.07\n公务接待费\t2.00\t1.07\n公务用车运行维护费\t8.00\t8.00\n")


def test_a_workbooks_text_reads_as_the_page(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    as_printed = extract_file(page).disclosure
    book = extract_file(write_variant(PAGE, "xlsx", tmp_path, "page")).disclosure
    assert (book.kind, book.year) == (as_printed.kind, as_printed.year)
    assert key_figures(book)["three_public"] == key_figures(as_printed)["three_public"]
    assert key_figures(book)["three_public"]["total"] == "9.07"
    assert [p.text for s in book.sections for p in s.paragraphs] == \
        [p.text for s in as_printed.sections for p in s.paragraphs]


def test_a_group_label_inside_a_table_stays_its_row_and_a_cells_line_breaks_are_lines(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in (["编制说明：本表按\n部门预算口径编制。"], ["项目", "预算数"], ["基本支出"], ["人员经费", "12.00"]):
        ws.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(str(path))
    blocks = read_xlsx(path).blocks
    assert [b.text for b in blocks if isinstance(b, TextLine)] == ["编制说明：本表按", "部门预算口径编制。"]
    grids = [b for b in blocks if isinstance(b, Grid)]
    assert [[c.text for c in row if c.text] for row in grids[0].rows] == [["项目", "预算数"], ["基本支出"],
                                                                        ["人员经费", "12.00"]]
