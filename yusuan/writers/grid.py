"""Printed layout of a table: header rows with spans, body cells, column widths, orientation.

One `PrintedTable` per published table, shared by the HTML/PDF, DOCX and XLSX writers so that all of
them print the same rows in the same columns. Cells are placed at explicit columns; a cell
covered by another's span is simply absent. An aggregate cell records the body cells it adds
up (`sum_of`), so that the workbook can write it as a SUM formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from yusuan.money import ZERO, fmt2


class CellKind(StrEnum):
    TEXT = "text"  # a label, left-aligned
    CODE = "code"  # a classification code, centred
    AMOUNT = "amount"  # money, right-aligned, two decimals, empty for None
    CENTER = "center"  # short centred text (counts, weights)
    HEAD = "head"  # a header cell


class RowStyle(StrEnum):
    ITEM = "item"
    SUBTOTAL = "subtotal"
    TOTAL = "total"
    HEAD = "head"


@dataclass
class Cell:
    col: int
    value: str | Decimal | None = None
    kind: CellKind = CellKind.TEXT
    colspan: int = 1
    rowspan: int = 1
    sum_of: tuple[tuple[int, int], ...] = ()  # body (row, col) cells this one adds up
    indent: int = 0  # levels of indentation of a label
    strong: bool = False  # bold on its own (rows can be bold as a whole through their style)

    @property
    def text(self) -> str:
        if self.kind == CellKind.AMOUNT:
            return fmt2(self.value) if isinstance(self.value, Decimal) else ""  # type: ignore[arg-type]
        return "" if self.value is None else str(self.value)


@dataclass
class GridRow:
    cells: list[Cell]
    style: RowStyle = RowStyle.ITEM

    def at(self, col: int) -> Cell | None:
        return next((c for c in self.cells if c.col == col), None)


@dataclass
class PrintedTable:
    key: str  # "T1" … "T10", or "perf-1" …
    title: str
    number: str | None = None  # "表1"
    subtitle: str | None = None  # e.g. "（2023年）" under a 绩效目标表 title
    department: str | None = None  # 编制部门
    unit: str | None = None  # 单位：万元
    widths: list[float] = field(default_factory=list)  # relative column widths
    head: list[GridRow] = field(default_factory=list)
    body: list[GridRow] = field(default_factory=list)
    note: str | None = None  # 备注 under the table
    landscape: bool = False
    font_scale: float = 1.0  # < 1 for wide tables
    label: str | None = None  # short name (a workbook sheet's), default "表1 部门收支总体情况表"

    @property
    def name(self) -> str:
        return self.label or (f"{self.number} {self.title}" if self.number else self.title)

    @property
    def ncols(self) -> int:
        return len(self.widths)


def row(values: list[tuple[str | Decimal | None, CellKind]], style: RowStyle = RowStyle.ITEM) -> GridRow:
    """A body row with one cell per column, in order."""
    return GridRow([Cell(i, v, k) for i, (v, k) in enumerate(values)], style)


def head_row(cells: list[tuple[int, str, int, int]]) -> GridRow:
    """Header cells as (col, text, colspan, rowspan)."""
    return GridRow([Cell(c, t, CellKind.HEAD, cs, rs) for c, t, cs, rs in cells], RowStyle.HEAD)


def set_sum(grid: PrintedTable, r: int, c: int, parts: list[tuple[int, int]]) -> None:
    """Record that body cell (r, c) is the sum of `parts` — only when it is, exactly."""
    cell = grid.body[r].at(c)
    if cell is None or not parts:
        return
    total = ZERO
    for pr, pc in parts:
        other = grid.body[pr].at(pc)
        if other is None or other.kind != CellKind.AMOUNT:
            return
        total += other.value if isinstance(other.value, Decimal) else ZERO
    mine = cell.value if isinstance(cell.value, Decimal) else ZERO
    if cell.kind == CellKind.AMOUNT and total == mine:
        cell.sum_of = tuple(parts)


PAGE_WIDTH_MM = {False: 170.0, True: 269.0}  # text width of A4 portrait / landscape pages
BASE_PT = 9.5  # table font size at font_scale 1
DIGIT_EM, PAD_EM = 0.6, 1.0  # a digit of a bold amount, and a cell's padding, in ems


def fit_widths(g: PrintedTable) -> None:
    """Widen amount columns until their longest figure fits on one line (amounts never wrap).

    Text columns give up the width, in proportion; if they would keep less than half of theirs,
    the table's font is made smaller instead, step by step.
    """
    if not g.widths:
        return
    for _ in range(6):
        em = BASE_PT * g.font_scale * 0.3528  # millimetres
        total = sum(g.widths)
        mm = [w / total * PAGE_WIDTH_MM[g.landscape] for w in g.widths]
        need = [0.0] * g.ncols
        for r in g.body:
            for c in r.cells:
                if c.kind == CellKind.AMOUNT and c.colspan == 1 and c.text:
                    need[c.col] = max(need[c.col], (len(c.text) * DIGIT_EM + PAD_EM) * em)
        short = {i for i in range(g.ncols) if need[i] > mm[i]}
        if not short:
            return
        fixed = {i for i in range(g.ncols) if need[i] > 0}
        flexible = [i for i in range(g.ncols) if i not in fixed]
        wanted = sum(max(mm[i], need[i]) for i in fixed)
        room = PAGE_WIDTH_MM[g.landscape] - wanted
        had = sum(mm[i] for i in flexible)
        if flexible and room >= had / 2:
            for i in fixed:
                mm[i] = max(mm[i], need[i])
            for i in flexible:
                mm[i] *= room / had
            g.widths = mm
            return
        g.font_scale = round(g.font_scale * 0.92, 3)
