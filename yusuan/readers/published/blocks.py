"""The intermediate form every published-format reader produces: text lines and cell grids.

Readers of text, PDF, DOCX, XLSX and HTML differ only in how they find lines and table cells;
`assemble.py` turns the sequence of blocks into a disclosure, the same way for every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.model.disclosure import Location


@dataclass(eq=False)
class Cell:
    """One cell as printed. In a grid whose spans are known, the positions a merged cell covers
    hold the same Cell object (compare with `is`)."""

    text: str
    location: Location | None = None
    page: int | None = None  # PDF cells keep page and box only; `where()` makes the Location when needed
    box: tuple[float, float, float, float] | None = None

    def where(self) -> Location | None:
        if self.location is None and self.page is not None:
            self.location = Location(page=self.page, box=self.box)
        return self.location


@dataclass(eq=False)
class Grid:
    """Rows of cells. `spans_known` is False for sources that lose merged cells and column
    positions (the text layer), where rows may be shorter or longer than the header."""

    rows: list[list[Cell]]
    spans_known: bool
    location: Location | None = None
    col_edges: list[float] | None = None  # PDF: x positions of the column boundaries
    page_top: bool = False  # PDF: the grid is the first thing on its page (a continuation candidate)
    open_end: bool = False  # text: the last row's line stops before the closing pipe every other row has
    inferred: bool = False  # PDF: columns inferred from word positions (no ruling lines): see inferred_grid

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(eq=False)
class TextLine:
    text: str
    location: Location | None = None
    continues: bool = False  # PDF: the line continues the previous line's paragraph (wrapped)
    page_top: bool = False


Block = TextLine | Grid


@dataclass
class Source:
    """What a reader hands to the assembler: the blocks, and the reader's own notes (pages without
    text, traditional characters converted …)."""

    path: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    findings: list = field(default_factory=list)  # ReadingNote
    simplified: bool = False  # traditional characters already dealt with (by the reader, on its raw text)
