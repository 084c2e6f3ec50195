"""The workbook: one sheet per table, totals as SUM formulas that give the published totals, number
formats, frozen headers, print setup."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.building.readback import _evaluate
from yusuan.model.disclosure import TableId
from yusuan.model.layouts import TABLE_TITLES
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
    assert t1.sheet_properties.pageSetUpPr.fitToPage and t1.page_setup.fitToWidth in (None, 1)  # 1: the default
    assert t1.page_setup.fitToHeight == 0
    assert wb["表2 部门收入总体情况表"].page_setup.orientation == "landscape"
    assert wb["表7 一般公共预算项目支出情况表"].page_setup.orientation == "landscape"
    t3 = wb["表3 部门支出总体情况表"]
    assert t3["A9"].value == "201" and t3["A9"].number_format == "@"  # codes stay text
    assert {"A4:D4", "A5:C5", "D5:D6"} <= {str(r) for r in t3.merged_cells.ranges}  # 项目; 功能分类科目编码 over 类/款/项
    t8 = wb["表8 政府性基金预算支出情况表"]
    assert any(str(c.value).startswith("备注：") for row in t8.iter_rows() for c in row if c.value)
    assert example_disclosure.table(TableId.T8).note


@pytest.fixture(scope="module")
def values(example_build):
    """The workbook as a reader that does not calculate sees it (pandas, previewers)."""
    return load_workbook(str(example_build["xlsx"]), data_only=True)


def test_totals_read_without_recalculation_and_stay_formulas(wb, values, example_disclosure):
    """Every SUM cell stores its value: read with data_only=True it is the table's figure, and the
    same cell still holds its =SUM( formula."""
    checked = 0
    for grid, ws in zip(table_grids(example_disclosure), wb.worksheets, strict=False):
        stored = values[ws.title]
        top = int(ws.print_title_rows.split(":")[-1].lstrip("$")) + 1
        for r, row in enumerate(grid.body):
            for cell in row.cells:
                if not cell.sum_of:
                    continue
                coordinate = ws.cell(row=top + r, column=cell.col + 1).coordinate
                assert str(ws[coordinate].value).startswith("=SUM(")
                want = cell.value if isinstance(cell.value, Decimal) else Decimal(0)
                assert Decimal(str(stored[coordinate].value)) == want, (ws.title, coordinate)
                checked += 1
    assert checked > 300
    t1 = values["表1 部门收支总体情况表"]
    total = next(r for r in t1.iter_rows() if r[0].value == "收入总计")
    assert total[1].value == 851.14 and total[3].value == 851.14


def test_numbers_are_numbers_everywhere(values):
    """Amounts and weights of the 项目支出绩效目标表 too; codes and labels stay text."""
    perf = next(ws for ws in values.worksheets if ws.title.startswith("绩效目标表1 "))
    cells = {c.value: c for row in perf.iter_rows() for c in row if c.value is not None}
    funding = next(row for row in perf.iter_rows() if row[0].value == "项目资金（万元）")
    assert funding[3].value == 38 and funding[3].number_format == AMOUNT_FORMAT
    rows = list(perf.iter_rows())
    first = next(i for i, row in enumerate(rows) if row[0].value == "一级指标") + 1
    weights = [row[6].value for row in rows[first:] if row[2].value]
    assert weights and all(isinstance(w, int | float) for w in weights), weights
    assert "≥2次" in cells  # an indicator's value is text
    for ws in values.worksheets[:10]:
        for row in ws.iter_rows(min_row=4):
            for c in row:
                if isinstance(c.value, str):
                    assert not re.fullmatch(r"-?\d+\.\d\d", c.value), (ws.title, c.coordinate, c.value)


def test_one_number_format_across_formats(example_build, wb):
    """Amounts print as 851.14 — no thousands separator — in HTML, PDF, DOCX and the workbook's format."""
    assert AMOUNT_FORMAT == '0.00;-0.00;""' and "#,##" not in AMOUNT_FORMAT
    formats = {c.number_format for ws in wb.worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, int | float) or str(c.value).startswith("=SUM")}
    assert formats <= {AMOUNT_FORMAT, "0.00", "General"}, formats
    html = example_build["html"].read_text(encoding="utf-8")
    assert ">851.14<" in html and not re.search(r">\d{1,3}(,\d{3})+\.\d\d<", html)
