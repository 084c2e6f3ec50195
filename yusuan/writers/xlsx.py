"""The ten tables (and the 项目支出绩效目标表) as an Excel workbook (XlsxWriter), one sheet per table.

Each sheet: 表号, title, 编制部门/单位 line, the template's header with merged cells, the rows.
Totals and subtotals are SUM formulas over their parts (written only where the parts add up to
the figure) and carry their value as well, so a reader that does not calculate (pandas,
previewers, openpyxl with data_only=True) sees the totals, while the formula stays live for the
officer who edits a cell. Every amount and weight is a number, in the one number format of all
formats (`grid.EXCEL_AMOUNT`: two decimals, no thousands separator; a zero total empty); codes
and text stay text. Header rows are frozen and repeat on every printed page; pages are A4
fitted to the width. XlsxWriter writes a workbook several times faster than openpyxl.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from yusuan.model.disclosure import Disclosure
from yusuan.writers.grid import EXCEL_AMOUNT, EXCEL_NUMBER, Cell, CellKind, PrintedTable, RowStyle
from yusuan.writers.outline import Outline

AMOUNT_FORMAT = EXCEL_AMOUNT
FONT = "宋体"
HEAD_FONT = "黑体"
HEAD_FILL = "#ECECEC"
INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters a workbook's XML cannot hold
FIRST_HEAD_ROW = 3  # zero-based: row 1 表号, row 2 title, row 3 编制部门 / 单位, headers from row 4
OPTIONS = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}

H_ALIGN = {CellKind.AMOUNT: "right", CellKind.CODE: "center", CellKind.CENTER: "center",
           CellKind.NUMBER: "center", CellKind.HEAD: "center", CellKind.TEXT: "left"}


def clean(text: str) -> str:
    return CONTROL.sub("", text)


def sheet_name(g: PrintedTable, used: set[str]) -> str:
    """A valid sheet name: at most 31 characters, none of [ ] : * ? / \\, no leading or trailing
    apostrophe, unique without regard to case (as Excel compares them)."""
    base = clean(g.name).translate(INVALID_SHEET_CHARS)[:31].strip("'") or "表"
    name, n = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _ranges(col: int, rows: list[int]) -> list[str]:
    """Sheet rows (one-based) of one column (zero-based) as A1 ranges: [7, 8, 9, 12] → ['E7:E9', 'E12']."""
    letter = xl_col_to_name(col)
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
    """SUM over body cells (row, col) placed from (one-based) sheet row `body_top`."""
    by_col: dict[int, list[int]] = {}
    for r, c in parts:
        by_col.setdefault(c, []).append(body_top + r)
    refs = [ref for col in sorted(by_col) for ref in _ranges(col, by_col[col])]
    return f"=SUM({','.join(refs)})"


class _Formats:
    """XlsxWriter formats, made once per distinct look (a workbook holds a few dozen)."""

    def __init__(self, wb):
        self.wb = wb
        self.cache: dict[tuple, object] = {}

    def get(self, **props):
        key = tuple(sorted(props.items()))
        if key not in self.cache:
            self.cache[key] = self.wb.add_format(props)
        return self.cache[key]

    def cell(self, cell: Cell, style: RowStyle, size: float):
        head = cell.kind == CellKind.HEAD
        props = {"font_name": HEAD_FONT if head else FONT, "font_size": size, "border": 1,
                 "align": H_ALIGN[cell.kind], "valign": "vcenter", "text_wrap": True}
        if head or cell.strong or style in (RowStyle.SUBTOTAL, RowStyle.TOTAL):
            props["bold"] = True
        if cell.indent:
            props["indent"] = cell.indent * 2
        if head:
            props["bg_color"] = HEAD_FILL
        if cell.kind == CellKind.AMOUNT:
            # a zero printed as 0.00 stays 0.00; a zero that prints empty (a total of empty cells) stays empty
            props["num_format"] = "0.00" if cell.number is not None and cell.number == 0 else EXCEL_AMOUNT
        elif cell.kind == CellKind.NUMBER:
            props["num_format"] = EXCEL_NUMBER
        elif cell.kind == CellKind.CODE:
            props["num_format"] = "@"
        return self.get(**props)


def _put(ws, fmts: _Formats, row: int, cell: Cell, body_top: int, style: RowStyle, size: float) -> None:
    fmt = fmts.cell(cell, style, size)
    if cell.rowspan > 1 or cell.colspan > 1:
        last_row, last_col = row + cell.rowspan - 1, cell.col + cell.colspan - 1
        ws.merge_range(row, cell.col, last_row, last_col, "", fmt)
    number = cell.number
    if cell.sum_of:
        ws.write_formula(row, cell.col, sum_formula(cell.sum_of, body_top), fmt, float(number or 0))
    elif number is not None:
        ws.write_number(row, cell.col, float(number), fmt)
    elif cell.text:
        ws.write_string(row, cell.col, clean(cell.text), fmt)  # text stays text, even "=…"
    else:
        ws.write_blank(row, cell.col, None, fmt)


def _widths(g: PrintedTable) -> list[float]:
    total_chars = 160 if g.landscape else 105
    total = sum(g.widths)
    return [max(4.0, total_chars * w / total) for w in g.widths]


def _row_height(cells: list[Cell], widths: list[float], size: float) -> float:
    """Enough height for the longest wrapped text of the row (a workbook cannot autofit on opening)."""
    lines = 1.0
    for c in cells:
        width = sum(widths[c.col: c.col + c.colspan])
        chars = sum(2 if ord(ch) > 0x2E80 else 1 for ch in c.text)
        lines = max(lines, math.ceil(chars * size / 11 / max(width - 1, 1)) / c.rowspan)
    return max(16.0, math.ceil(lines) * size * 1.45)


def write_grid(ws, fmts: _Formats, g: PrintedTable) -> None:
    size = round(10 * g.font_scale, 1)
    widths = _widths(g)
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    last = g.ncols - 1
    ws.write_string(0, 0, clean(g.number or ""), fmts.get(font_name=HEAD_FONT, font_size=11))
    title = fmts.get(font_name=HEAD_FONT, font_size=16, bold=True, align="center", valign="vcenter")
    if last > 0:
        ws.merge_range(1, 0, 1, last, clean(g.title + (g.subtitle or "")), title)
    else:
        ws.write_string(1, 0, clean(g.title + (g.subtitle or "")), title)
    ws.set_row(1, 30)
    if g.department or g.unit:
        split = max(1, g.ncols - 2)
        left = fmts.get(font_name=FONT, font_size=10)
        right = fmts.get(font_name=FONT, font_size=10, align="right")
        dept = clean(f"编制部门：{g.department or ''}")
        if split > 1:
            ws.merge_range(2, 0, 2, split - 1, dept, left)
        else:
            ws.write_string(2, 0, dept, left)
        if split < last:
            ws.merge_range(2, split, 2, last, clean(g.unit or ""), right)
        else:
            ws.write_string(2, split, clean(g.unit or ""), right)
    body_top = FIRST_HEAD_ROW + len(g.head)  # zero-based row of the first body row
    for i, r in enumerate([*g.head, *g.body]):
        row = FIRST_HEAD_ROW + i
        for cell in r.cells:
            _put(ws, fmts, row, cell, body_top + 1, r.style, size)
        ws.set_row(row, _row_height(r.cells, widths, size))
    end = body_top + len(g.body) - 1
    if g.note:
        ws.write_string(end + 2, 0, clean(g.note), fmts.get(font_name=FONT, font_size=10))
    ws.freeze_panes(body_top, 0)
    ws.repeat_rows(FIRST_HEAD_ROW, body_top - 1)
    ws.print_area(0, 0, end + 2 if g.note else end, last)
    ws.set_paper(9)  # A4
    if g.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.hide_gridlines(2)


def write_outline_xlsx(o: Outline, d: Disclosure, path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path), OPTIONS)
    fmts = _Formats(wb)
    used: set[str] = set()
    for b in o.tables:
        write_grid(wb.add_worksheet(sheet_name(b.grid, used)), fmts, b.grid)
    when = o.publish_date or dt.date.today()
    dept = clean(d.department)
    wb.set_properties({
        "title": f"{dept}{d.year}年{d.kind.value}公开表", "subject": f"{d.year}年{d.kind.value}公开",
        "author": dept, "company": dept, "keywords": f"{d.kind.value}公开, {dept}",
        "created": dt.datetime(when.year, when.month, when.day),
    })
    wb.set_calc_mode("auto")
    wb.close()
    return Path(path)

