"""The ten tables (and the 项目支出绩效目标表) as an Excel workbook (openpyxl), one sheet per table.

Each sheet: 表号, title, 编制部门/单位 line, the template's header with merged cells, the rows.
Totals and subtotals are SUM formulas over their parts (written only where the parts add up to
the figure, so the formula shows the published number) and the workbook recalculates on
opening. Amounts carry a two-decimal number format with zero shown empty, the header rows are
frozen and repeat on every printed page, pages are A4 fitted to the width.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from yusuan.formats.cells import clean_text, set_value
from yusuan.model.disclosure import Disclosure
from yusuan.writers.grid import Cell, CellKind, Grid, RowStyle
from yusuan.writers.outline import TableBlock, outline

AMOUNT_FORMAT = '#,##0.00;-#,##0.00;""'
FONT = "宋体"
HEAD_FONT = "黑体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="ECECEC")
INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
FIRST_HEAD_ROW = 4  # row 1: 表号, row 2: title, row 3: 编制部门 / 单位

H_ALIGN = {CellKind.AMOUNT: "right", CellKind.CODE: "center", CellKind.CENTER: "center",
           CellKind.HEAD: "center", CellKind.TEXT: "left"}


def sheet_name(g: Grid, used: set[str]) -> str:
    base = clean_text(g.name).translate(INVALID_SHEET_CHARS)[:31] or "表"
    name, n = base, 2
    while name in used:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _ranges(col: int, rows: list[int]) -> list[str]:
    """Sheet rows of one column as A1 ranges: [7, 8, 9, 12] → ['E7:E9', 'E12']."""
    letter = get_column_letter(col)
    out: list[str] = []
    rows = sorted(rows)
    start = prev = rows[0]
    for r in [*rows[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        out.append(f"{letter}{start}" if start == prev else f"{letter}{start}:{letter}{prev}")
        if r is not None:
            start = prev = r
    return out


def sum_formula(parts: tuple[tuple[int, int], ...], body_top: int) -> str:
    """SUM over body cells (row, col) placed from sheet row `body_top`."""
    by_col: dict[int, list[int]] = {}
    for r, c in parts:
        by_col.setdefault(c + 1, []).append(body_top + r)
    refs = [ref for col in sorted(by_col) for ref in _ranges(col, by_col[col])]
    return f"=SUM({','.join(refs)})"


def _put(ws: Worksheet, row: int, cell: Cell, body_top: int, style: RowStyle, size: float) -> None:
    col = cell.col + 1
    target = ws.cell(row=row, column=col)
    if cell.sum_of:
        target.value = sum_formula(cell.sum_of, body_top)
    elif cell.kind == CellKind.AMOUNT:
        target.value = cell.value if isinstance(cell.value, Decimal) else None
    else:
        set_value(target, cell.text or None)
    head = cell.kind == CellKind.HEAD
    bold = head or cell.strong or style in (RowStyle.SUBTOTAL, RowStyle.TOTAL)
    target.font = Font(name=HEAD_FONT if head else FONT, size=size, bold=bold)
    target.alignment = Alignment(horizontal=H_ALIGN[cell.kind], vertical="center", wrap_text=True,
                                 indent=cell.indent * 2)
    if cell.kind == CellKind.AMOUNT:
        target.number_format = AMOUNT_FORMAT
    elif cell.kind == CellKind.CODE:
        target.number_format = "@"
    if head:
        target.fill = HEAD_FILL
    last_row, last_col = row + cell.rowspan - 1, col + cell.colspan - 1
    for r in range(row, last_row + 1):
        for c in range(col, last_col + 1):
            ws.cell(row=r, column=c).border = BORDER
            if head:
                ws.cell(row=r, column=c).fill = HEAD_FILL
    if last_row > row or last_col > col:
        ws.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)


def _widths(g: Grid) -> list[float]:
    total_chars = 160 if g.landscape else 105
    total = sum(g.widths)
    return [max(4.0, total_chars * w / total) for w in g.widths]


def _row_height(g: Grid, cells: list[Cell], widths: list[float], size: float) -> float:
    """Enough height for the longest wrapped text of the row (openpyxl cannot autofit)."""
    lines = 1
    for c in cells:
        width = sum(widths[c.col: c.col + c.colspan])
        chars = sum(2 if ord(ch) > 0x2E80 else 1 for ch in c.text)
        lines = max(lines, math.ceil(chars * size / 11 / max(width - 1, 1)) / c.rowspan)
    return max(16.0, math.ceil(lines) * size * 1.45)


def write_grid(ws: Worksheet, g: Grid) -> None:
    size = round(10 * g.font_scale, 1)
    widths = _widths(g)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    last = get_column_letter(g.ncols)
    ws["A1"] = g.number or ""
    ws["A1"].font = Font(name=HEAD_FONT, size=11)
    ws["A2"] = g.title + (g.subtitle or "")
    ws["A2"].font = Font(name=HEAD_FONT, size=16, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 30
    if g.department or g.unit:
        split = max(1, g.ncols - 2)
        set_value(ws["A3"], f"编制部门：{g.department or ''}")
        ws["A3"].font = Font(name=FONT, size=10)
        ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=split)
        unit = set_value(ws.cell(row=3, column=split + 1), g.unit)
        unit.font = Font(name=FONT, size=10)
        unit.alignment = Alignment(horizontal="right")
        if split + 1 < g.ncols:
            ws.merge_cells(start_row=3, start_column=split + 1, end_row=3, end_column=g.ncols)
    body_top = FIRST_HEAD_ROW + len(g.head)
    for i, r in enumerate(g.head):
        for cell in r.cells:
            _put(ws, FIRST_HEAD_ROW + i, cell, body_top, r.style, size)
        ws.row_dimensions[FIRST_HEAD_ROW + i].height = _row_height(g, r.cells, widths, size)
    for i, r in enumerate(g.body):
        for cell in r.cells:
            _put(ws, body_top + i, cell, body_top, r.style, size)
        ws.row_dimensions[body_top + i].height = _row_height(g, r.cells, widths, size)
    end = body_top + len(g.body) - 1
    if g.note:
        set_value(ws.cell(row=end + 2, column=1), g.note).font = Font(name=FONT, size=10)
    ws.freeze_panes = ws.cell(row=body_top, column=1)
    ws.print_title_rows = f"{FIRST_HEAD_ROW}:{body_top - 1}"
    ws.print_area = f"A1:{last}{max(end, end + 2 if g.note else end)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if g.landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.7
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.sheet_view.showGridLines = False


def write_xlsx(d: Disclosure, path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for b in outline(d).blocks:
        if isinstance(b, TableBlock):
            write_grid(wb.create_sheet(sheet_name(b.grid, used)), b.grid)
    wb.calculation.fullCalcOnLoad = True
    wb.properties.title = clean_text(f"{d.department}{d.year}年{d.kind.value}公开表")
    wb.properties.creator = "Yusuan"
    wb.save(str(path))
    return Path(path)
