"""与原公开文件的差异: the data's corrections to the publication it was taken from, as a table.

Printed after the signature as an appendix of the document (every page-like format, and a sheet of
the workbook), so that a reader who compares the built document with the publication finds each
difference, the published and the corrected value, and the reason.
"""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import CORRECTIONS_TITLE, Corrections
from yusuan.writers.grid import Cell, CellKind, GridRow, PrintedTable, RowStyle, fit_widths

TITLE = CORRECTIONS_TITLE
H, T, CEN, NUM = CellKind.HEAD, CellKind.TEXT, CellKind.CENTER, CellKind.NUMBER


def introduction(c: Corrections) -> str:
    source = f"《{c.source}》" if c.source and not c.source.startswith("《") else (c.source or "原公开文件")
    return (f"本文件所依据的数据整理自{source}，并改正了其中 {len(c.items)} 处数字或编码"
            "（原文件自相矛盾之处，以其表格的合计与明细为准）。各处差异及原因如下。")


def corrections_grid(c: Corrections) -> PrintedTable:
    g = PrintedTable(key="corrections", title=TITLE, widths=[0.5, 2.6, 1.2, 1.2, 3.6], label=f"附 {TITLE}",
             show_title=False)
    g.head = [GridRow([Cell(i, text, H) for i, text in enumerate(("序号", "位置", "原公开文件", "本文件", "原因"))],
                      RowStyle.HEAD)]
    for n, item in enumerate(c.items, 1):
        g.body.append(GridRow([Cell(0, Decimal(n), NUM), Cell(1, item.where, T), Cell(2, item.published, CEN),
                               Cell(3, item.corrected, CEN), Cell(4, item.reason, T)]))
    fit_widths(g)
    return g
