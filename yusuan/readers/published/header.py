"""Where a table's header ends and what each column's header path is.

The header ends at the first row that holds data: an amount, a classification code, a numbered
label ("一、…") or a total ("合计"). A column's path is the header text above it, top to bottom;
where spans are known (PDF ruling lines, DOCX/XLSX/HTML merges) a merged cell covers the columns
it spans; in the text layer a group header is followed by empty cells, which it covers when the
columns below carry sub-headers.
"""

from __future__ import annotations

import re

from yusuan.readers.published.blocks import Cell, Grid
from yusuan.readers.published.normalize import clean, key
from yusuan.readers.published.numbers import code_digits, is_amount, leading_code
from yusuan.readers.published.rowlabels import is_total

_NUMBERED = re.compile(r"^([一二三四五六七八九十]+、|\d+[.、．](?!\d)|其中[:：])")


def origin_cells(grid_rows: list[list[Cell]], r: int) -> list[tuple[int, Cell]]:
    """Cells that start at row r (not covered by a cell to the left or above)."""
    row = grid_rows[r]
    out = []
    for c, cell in enumerate(row):
        if c > 0 and row[c - 1] is cell:
            continue
        if r > 0 and c < len(grid_rows[r - 1]) and grid_rows[r - 1][c] is cell:
            continue
        out.append((c, cell))
    return out


def is_data_row(grid_rows: list[list[Cell]], r: int) -> bool:
    texts = [clean(cell.text) for _, cell in origin_cells(grid_rows, r) if cell.text.strip()]
    if not texts:
        return False
    if any("栏次" in t for t in texts):
        return False
    if any(is_amount(t) for t in texts):
        return True
    first = texts[0]
    if is_total(first) or re.match(r"^(人员经费|公用经费)合计", key(first)):
        # a 合计 row — unless 合计 heads a column among other headers (决算 “三公”表)
        return all(is_total(t) or is_amount(t) for t in texts)
    return bool(_NUMBERED.match(first) or leading_code(first)[0] or code_digits(first))


def split_header(grid: Grid) -> int:
    """Index of the first data row (len(rows) when the table holds no data)."""
    for r in range(len(grid.rows)):
        if is_data_row(grid.rows, r):
            return r
    return len(grid.rows)


def header_paths(grid: Grid, n_header: int, width: int) -> list[list[str]]:
    rows = grid.rows[:n_header]

    def text(r: int, c: int) -> str:
        return key(rows[r][c].text) if c < len(rows[r]) else ""

    paths: list[list[str]] = []
    for c in range(width):
        path: list[str] = []
        last: Cell | None = None
        for r in range(len(rows)):
            if grid.spans_known:
                cell = rows[r][c] if c < len(rows[r]) else None
                if cell is not None and cell is not last and cell.text.strip():
                    path.append(key(cell.text))
                last = cell
                continue
            t = text(r, c)
            if t:
                path.append(t)
                continue
            c0 = c - 1
            while c0 >= 0 and not text(r, c0):
                c0 -= 1
            below = range(r + 1, len(rows))
            if c0 >= 0 and any(text(r2, c) for r2 in below) and any(text(r2, c0) for r2 in below):
                path.append(text(r, c0))
        paths.append(path)
    return paths
