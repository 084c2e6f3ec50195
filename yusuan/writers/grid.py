"""Printed layout of a table: header rows with spans, body cells, column widths, orientation.

One `PrintedTable` per published table, shared by the HTML/PDF, DOCX and XLSX writers so that all of
them print the same rows in the same columns. Cells are placed at explicit columns; a cell
covered by another's span is simply absent. An aggregate cell records the body cells it adds
up (`sum_of`), so that the workbook can write it as a SUM formula.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from yusuan.money import ZERO, fmt2


class CellKind(StrEnum):
    TEXT = "text"  # a label, left-aligned
    CODE = "code"  # a classification code, centred
    AMOUNT = "amount"  # money, right-aligned, two decimals, empty for None
    CENTER = "center"  # short centred text (indicator values, units)
    NUMBER = "number"  # a centred number as given, no fixed decimals (a weight: 10, 2.5)
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
        """The cell as every format prints it: amounts with two decimals and no thousands separator
        (as the national template and the texts write them), a zero amount stored as None empty."""
        if self.kind == CellKind.AMOUNT:
            return fmt2(self.value) if isinstance(self.value, Decimal) else ""  # type: ignore[arg-type]
        if self.kind == CellKind.NUMBER:
            return number_text(self.value) if isinstance(self.value, Decimal) else ""
        return "" if self.value is None else str(self.value)

    @property
    def number(self) -> Decimal | None:
        """The numeric value of an amount or number cell (None when it prints empty)."""
        if self.kind in (CellKind.AMOUNT, CellKind.NUMBER) and isinstance(self.value, Decimal):
            return self.value
        return None


def number_text(value: Decimal | None) -> str:
    """10 → '10', 2.50 → '2.5'."""
    if value is None:
        return ""
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))


# One convention for every format: amounts as "851.14" (two decimals, no thousands separator); a
# spreadsheet shows the same through this number format (the third section: a total of empty
# cells prints empty, as the other formats print it).
EXCEL_AMOUNT = '0.00;-0.00;""'
EXCEL_NUMBER = "General"


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
    show_title: bool = True  # False: a heading above already names the table (a workbook sheet still does)
    subject: str | None = None  # what an unnumbered table is about (a 绩效目标表's project)

    @property
    def name(self) -> str:
        return self.label or (f"{self.number} {self.title}" if self.number else self.title)

    @property
    def caption(self) -> str:
        """What the table is, for a screen reader: "表1 部门收支总体情况表", "项目支出绩效目标表（人大会议）"."""
        if self.number:
            return f"{self.number} {self.title}"
        return f"{self.title}（{self.subject}）" if self.subject else self.title

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
INDENT_EM = 1.2  # one level of a label's indentation


def _fill(base: list[float], need: list[float], width: float) -> list[float] | None:
    """Widths in proportion to `base` but never below `need`, adding up to `width` (None: cannot)."""
    if sum(need) > width + 1e-9:
        return None
    lo, hi = 0.0, width / min(b for b in base if b > 0)
    for _ in range(60):  # the scale s with Σ max(need, s·base) = width
        mid = (lo + hi) / 2
        if sum(max(n, mid * b) for n, b in zip(need, base, strict=True)) > width:
            hi = mid
        else:
            lo = mid
    out = [max(n, lo * b) for n, b in zip(need, base, strict=True)]
    rest = width - sum(out)
    free = [i for i, (n, b) in enumerate(zip(need, base, strict=True)) if lo * b >= n]
    for i in free or range(len(out)):
        out[i] += rest * base[i] / sum(base[j] for j in (free or range(len(out))))
    return out


def _text_em(text: str) -> float:
    return sum(_char_em(ch) for ch in text)


def _head_em(text: str) -> float:
    """The narrowest room (ems) in which a header text breaks into lines of two or more characters."""
    longest = max((_text_em(line) for line in text.split("\n")), default=0.0)
    room = min(longest, 2.0)
    while room < longest and any(len(p) < 2 for line in text.split("\n") for p in balanced_lines(line, room)):
        room += 0.5
    return room


def fit_widths(g: PrintedTable) -> None:
    """Column widths (in millimetres of the printed page) such that amounts never wrap, header texts
    never strand a single character, and labels stay on one line where the page has room.

    Columns keep the proportions of the template's relative widths, widened where their content
    needs it (the others give way in proportion). If amounts and headers do not fit at all, or
    the other columns would keep less than half their width, the font gets smaller, step by step.
    """
    if not g.widths:
        return
    base = list(g.widths)
    page = PAGE_WIDTH_MM[g.landscape]
    for _ in range(8):
        em = BASE_PT * g.font_scale * 0.3528  # millimetres
        hard = [0.0] * g.ncols  # amounts, header words: must fit
        soft = [0.0] * g.ncols  # labels and codes on one line: fit where there is room
        for r in g.head:
            for c in r.cells:
                if c.kind == CellKind.HEAD and c.colspan == 1 and c.text:
                    hard[c.col] = max(hard[c.col], (_head_em(c.text) + PAD_EM) * em)
        for r in g.body:
            for c in r.cells:
                if c.colspan != 1 or not c.text:
                    continue
                if c.kind == CellKind.AMOUNT:
                    hard[c.col] = max(hard[c.col], (len(c.text) * DIGIT_EM + PAD_EM) * em)
                elif c.kind in (CellKind.TEXT, CellKind.CODE):
                    soft[c.col] = max(soft[c.col], (_text_em(c.text) + c.indent * INDENT_EM + PAD_EM) * em)
        total = sum(base)
        mm = [w / total * page for w in base]
        both = [max(h, s) for h, s in zip(hard, soft, strict=True)]
        fitted = _fill(mm, both, page)
        if fitted is None:
            fitted = _fill(mm, hard, page)
            flexible = [i for i in range(g.ncols) if hard[i] == 0]
            if fitted is not None and flexible and \
                    sum(fitted[i] for i in flexible) < sum(mm[i] for i in flexible) / 2:
                fitted = None
        if fitted is not None:
            g.widths = fitted
            return
        g.font_scale = round(g.font_scale * 0.92, 3)


CLOSING = set("）)」』”’、，。：；！？》〉】")
OPENING = set("（(「『“‘《〈【")
HEAD_PAD_MM = 2.2  # a header cell's left and right padding together


def _char_em(ch: str) -> float:
    return 1.0 if ord(ch) >= 0x2E80 or ch in "“”‘’" else 0.55


def column_mm(g: PrintedTable) -> list[float]:
    """Printed width of each column on the page, in millimetres."""
    total = sum(g.widths)
    return [w / total * PAGE_WIDTH_MM[g.landscape] for w in g.widths]


def balanced_lines(text: str, room_em: float) -> list[str]:
    """Break a header text into lines of about equal width that each fit `room_em`, so that no
    line holds a single stranded character ("合|计" → "合计" on one line when it fits, else
    "转移支|付" → "转移|支付"); a line never starts with closing or ends with opening punctuation."""
    widths = [_char_em(ch) for ch in text]
    total = sum(widths)
    if total <= room_em or len(text) < 2:
        return [text]
    lines = max(2, math.ceil(total / max(room_em, 1.0)))
    while lines < len(text):
        target = total / lines
        out, start, acc = [], 0, 0.0
        for i, w in enumerate(widths):
            if acc + w / 2 > target * (len(out) + 1) and i > start and len(out) < lines - 1:
                cut = i
                while cut > start + 1 and (text[cut] in CLOSING or text[cut - 1] in OPENING):
                    cut -= 1
                out.append(text[start:cut])
                start = cut
            acc += w
        out.append(text[start:])
        if all(sum(_char_em(ch) for ch in line) <= room_em + 0.01 for line in out) and min(map(len, out)) > 1:
            return out
        lines += 1
    return list(text) if room_em < 2 else [text]


def head_lines(g: PrintedTable, cell: Cell) -> list[str]:
    """The header cell's text as the PDF and Word tables print it, in balanced lines."""
    mm = sum(column_mm(g)[cell.col: cell.col + cell.colspan]) - HEAD_PAD_MM
    em = BASE_PT * g.font_scale * 0.3528
    return [part for line in cell.text.split("\n") for part in balanced_lines(line, mm / em)]


PAGE_BODY_MM = {False: 297.0 - 24 - 22, True: 210.0 - 16 - 18}  # text height of A4 portrait / landscape
TITLE_MM = 26.0  # 表号, title and 编制部门 line above a table (a 绩效目标表's title and year: less)
LINE_EM, CELL_PAD_MM = 1.25, 2.4  # a table line's height in ems; a cell's top and bottom padding
SAFETY = 1.25  # the estimate errs on the tall side: a table taken for one that fits must fit


def _lines(text: str, room_em: float) -> int:
    return sum(max(1, math.ceil(_text_em(part) / max(room_em, 1.0))) for part in text.split("\n"))


def estimated_height_mm(g: PrintedTable) -> float:
    """A generous estimate of the table's printed height (rows × wrapped lines), for page decisions."""
    em = BASE_PT * g.font_scale * 0.3528
    cols = column_mm(g)
    line = LINE_EM * em

    def row_height(r: GridRow) -> float:
        tallest = 1.0
        for c in r.cells:
            room = (sum(cols[c.col: c.col + c.colspan]) - HEAD_PAD_MM) / em - c.indent * INDENT_EM
            tallest = max(tallest, _lines(c.text, room) / c.rowspan)
        return tallest * line + CELL_PAD_MM

    return sum(row_height(r) for r in [*g.head, *g.body])


def fits_one_page(g: PrintedTable) -> bool:
    """True when the table, with its title, surely fits on one page: it is then kept whole (moved to
    the next page rather than split); a table that may not fit runs on, its header repeated.
    (Remembered on the grid for its final widths: every page-like writer asks.)"""
    key = (tuple(g.widths), g.font_scale, len(g.body))
    cached = g.__dict__.get("_fits")
    if cached is None or cached[0] != key:
        cached = (key, estimated_height_mm(g) * SAFETY + TITLE_MM <= PAGE_BODY_MM[g.landscape])
        g.__dict__["_fits"] = cached
    return cached[1]
