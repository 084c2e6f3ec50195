"""A table whose columns run on to the next page: an Excel sheet printed without fitting its width.

Excel prints a sheet wider than the page in parts, the columns that fit on one page and the rest on the
next ("down, then over"), each part with the same sheet rows at the same heights: the right part of a
收支总表 (its 支出 side) stands on the next page exactly level with the left part's rows. A full page of
more rows under the sheet's repeated title rows can stand level too, so the rows' words decide: a part
beside has no labels of its own (its figures are the rows' on the page before), or it is the other side of
a two-sided table, its last row a total level with the table's own last total — a table continued below
has labels, and a table that printed its 总计 is complete. Such a part is joined to the right of the
table, row by row.
"""

from __future__ import annotations

from yusuan.readers.published.blocks import Cell, Grid
from yusuan.readers.published.header import is_data_row
from yusuan.readers.published.numbers import is_amount
from yusuan.readers.published.rowlabels import is_total

LEVEL = 1.5  # points: a row of the part beside stands this close to the height of the table's row


def _row_centres(grid: Grid) -> list[float] | None:
    """The height of each row on its page: the centre of its shortest cell (a merged cell spans rows)."""
    out = []
    for row in grid.rows:
        boxes = [c.box for c in row if c.box is not None]
        if not boxes:
            return None
        box = min(boxes, key=lambda b: b[3] - b[1])
        out.append((box[1] + box[3]) / 2)
    return out


def _pages(grid: Grid) -> set[int]:
    return {c.page for row in grid.rows for c in row if c.page is not None}


def _label(row: list[Cell]) -> str:
    return row[0].text.strip() if row else ""


def beside(base: Grid, part: Grid) -> bool:
    """Whether `part` is the rest of `base`'s columns: on the page after base's page, as many rows, each level
    with base's row, and either without labels of its own or the other side of a two-sided table (each part
    ending with a total row)."""
    if not base.rows or len(part.rows) != len(base.rows) or not base.spans_known or not part.spans_known:
        return False
    base_pages, part_pages = _pages(base), _pages(part)
    if len(base_pages) != 1 or len(part_pages) != 1 or part_pages != {min(base_pages) + 1}:
        return False
    ours, theirs = _row_centres(base), _row_centres(part)
    if ours is None or theirs is None or any(abs(a - b) > LEVEL for a, b in zip(ours, theirs, strict=True)):
        return False
    data = [k for k in range(len(part.rows)) if is_data_row(part.rows, k)]
    if data and all(not _label(part.rows[k]) or is_amount(_label(part.rows[k])) for k in data):
        return True  # no labels of its own: the rows are the table's
    return is_total(_label(base.rows[-1])) and is_total(_label(part.rows[-1]))


def join_beside(base: Grid, part: Grid) -> Grid:
    """`part`'s columns to the right of `base`'s, row by row (a row short of cells padded)."""
    width = base.width
    rows = [[*row, *([Cell("")] * (width - len(row))), *extra] for row, extra in zip(base.rows, part.rows, strict=True)]
    edges = None
    if base.col_edges and part.col_edges:  # the part's columns placed after the table's, as one page would hold them
        shift = base.col_edges[-1] - part.col_edges[0]
        edges = [*base.col_edges, *(e + shift for e in part.col_edges[1:])]
    return Grid(rows, base.spans_known, base.location, edges, base.page_top, inferred=base.inferred or part.inferred)
