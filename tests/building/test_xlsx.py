"""The workbook: one sheet per table, totals as SUM formulas that give the published totals, number
formats, frozen headers, print setup."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.building.readback import _evaluate
from yusuan.model.disclosure import TABLE_TITLES, TableId
from yusuan.writers.table_layout import table_grids
from yusuan.writers.xlsx import AMOUNT_FORMAT


@pytest.fixture(scope="module")
def wb(example_build):
    return load_workbook(str(example_build["xlsx"]))


def test_one_sheet_per_table(wb):
    names = wb.sheetnames
    assert names[:10] == [f"表{n} {t}" for n, t in enumerate(TABLE_TITLES.values(), 1)]
    assert len([n for n in names if n.startswith("绩效目标表")]) == 5
    assert wb.calculation.fullCalcOnLoad


def test_every_total_is_a_formula_that_gives_the_table_figure(wb, example_disclosure):
    formulas = 0
    for grid, ws in zip(table_grids(example_disclosure), wb.worksheets, strict=False):
        top = int(ws.print_title_rows.split(":")[-1].lstrip("$")) + 1
        for r, row in enumerate(grid.body):
            for cell in row.cells:
                sheet_cell = ws.cell(row=top + r, column=cell.col + 1)
                if cell.sum_of:
                    assert str(sheet_cell.value).startswith("=SUM("), (ws.title, sheet_cell.coordinate)
                    formulas += 1
                    want = cell.value if isinstance(cell.value, Decimal) else Decimal(0)
                    assert _evaluate(ws, sheet_cell.value) == want, (ws.title, sheet_cell.coordinate)
    assert formulas > 100
    t3 = wb["表3 部门支出总体情况表"]
    total_row = next(r for r in t3.iter_rows() if r[3].value == "合计")
    assert [str(c.value) for c in total_row[4:7]] == ["=SUM(E7,E13,E16,E22)", "=SUM(F7,F13,F16,F22)",
                                                      "=SUM(G7,G13,G16,G22)"]
    assert [_evaluate(t3, c.value) for c in total_row[4:7]] == [Decimal("851.14"), Decimal("605.94"),
                                                                Decimal("245.20")]


def test_formats_frozen_headers_and_print_setup(wb, example_disclosure):
    t1 = wb["表1 部门收支总体情况表"]
    assert t1.freeze_panes == "A6"
    assert t1.print_title_rows == "$4:$5"
    assert t1["B8"].number_format == AMOUNT_FORMAT and t1["B8"].value == 825.94  # 其中：一般财力, a number
    assert str(t1.page_setup.paperSize) == str(t1.PAPERSIZE_A4) and t1.page_setup.orientation == "portrait"
    assert t1.sheet_properties.pageSetUpPr.fitToPage and t1.page_setup.fitToWidth == 1
    assert wb["表2 部门收入总体情况表"].page_setup.orientation == "landscape"
    assert wb["表7 一般公共预算项目支出情况表"].page_setup.orientation == "landscape"
    t3 = wb["表3 部门支出总体情况表"]
    assert t3["A9"].value == "201" and t3["A9"].number_format == "@"  # codes stay text
    assert {"A4:D4", "A5:C5", "D5:D6"} <= {str(r) for r in t3.merged_cells.ranges}  # 项目; 功能分类科目编码 over 类/款/项
    t8 = wb["表8 政府性基金预算支出情况表"]
    assert any(str(c.value).startswith("备注：") for row in t8.iter_rows() for c in row if c.value)
    assert example_disclosure.table(TableId.T8).note
