"""Workbooks of published tables → blocks: per sheet, title/unit/编制部门 rows become lines and
the rows between them a grid; merged ranges become one Cell over the positions they cover.
(Yusuan's own input workbook, with its 填表说明 sheet, is budget data, read elsewhere.)"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import warnings
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location, trusted_location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem
from yusuan.readers.published.formulas import Evaluator, FormulaError
from yusuan.readers.published.normalize import clean
from yusuan.readers.published.numbers import is_amount
from yusuan.readers.published.sections import parse_heading
from yusuan.readers.published.titles import is_table_number, match_title


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


PROSE_MIN = 30  # characters of a cell that is a paragraph of the explanations, not a table's label


def _is_prose(texts: list[str]) -> bool:
    """A row holding one text only, and that a sentence: an explanation typed into a sheet ("说明" sheets, a
    note under a table) — a full stop in it, or long and with an amount."""
    if len(texts) != 1:
        return False
    t = clean(texts[0])
    return "。" in t[1:] or "；" in t[1:] or len(t) >= PROSE_MIN and ("，" in t or "," in t) and "元" in t


def _is_line(texts: list[str]) -> bool:
    if len(texts) > 2:
        return False
    t = clean(" ".join(texts))
    return bool(match_title(t) or is_table_number(t) or "单位:" in t or "单位：" in t or t.startswith("编制")
                or parse_heading(t) or t.startswith(("备注", "注:", "注：", "说明")))


def _formula(evaluator: Evaluator, origin: tuple[int, int]):
    """The value of a formula cell saved without its result (None for a plain empty cell)."""
    from openpyxl.utils import get_column_letter

    written = evaluator.formulas.cell(*origin).value
    if not (isinstance(written, str) and written.startswith("=")):
        return None
    coord = f"{get_column_letter(origin[1])}{origin[0]}"
    try:
        return evaluator.value(coord)
    except FormulaError:
        # not a sum we can compute ("=100%" typed as text, =E4*2 …): keep what was written, so
        # that a table reading it as an amount reports it
        return written


_LOADING = threading.Lock()
_RESULTS = "_yusuan_results"  # where a worksheet keeps its formulas' saved results, by (row, column)


def _parse_cell_and_result(original):
    """openpyxl's WorkSheetParser.parse_cell, which also keeps a formula cell's saved result as
    `load_workbook(data_only=True)` would have read it (the same parse, in data-only mode)."""

    def parse_cell(parser, element):
        cell = original(parser, element)
        if cell["data_type"] == "f":
            after = parser.col_counter
            parser.col_counter = after if element.get("r") else after - 1  # the second parse counts again
            parser.data_only = True
            try:
                result = original(parser, element)
            finally:
                parser.data_only = False
                parser.col_counter = after
            parser.__dict__.setdefault(_RESULTS, {})[(result["row"], result["column"])] = result["value"]
        return cell

    return parse_cell


def _bind_merged_ranges(reader) -> None:
    """openpyxl's WorksheetReader.bind_merged_cells, keeping only the ranges (CellRange: rows, columns);
    it also hands the worksheet the formulas' saved results."""
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    setattr(reader.ws, _RESULTS, getattr(reader.parser, _RESULTS, {}))
    if reader.parser.merged_cells:
        reader.ws.merged_cells = MultiCellRange([CellRange(cr.ref) for cr in reader.parser.merged_cells.mergeCell])


# The openpyxl releases whose internals `_one_load` replaces were read for (WorkSheetParser.parse_cell
# and its col_counter/data_only, WorksheetReader.bind_merged_cells): 3.1.x. Any other version is read
# the plain way, by two public loads (`_two_loads`): slower, the same blocks.
PATCHED_FOR = ("3.1.",)


def one_load_supported(version: str | None = None) -> bool:
    """Can this openpyxl be loaded with the one-load shortcut? Its version must be one the shortcut
    was written for, and the internals it replaces must be where they were."""
    import openpyxl
    from openpyxl.worksheet import _reader

    version = openpyxl.__version__ if version is None else version
    return (version.startswith(PATCHED_FOR)
            and callable(getattr(getattr(_reader, "WorkSheetParser", None), "parse_cell", None))
            and callable(getattr(getattr(_reader, "WorksheetReader", None), "bind_merged_cells", None)))


@contextlib.contextmanager
def _one_load() -> Iterator[None]:
    """One load gives both what a workbook shows and its formulas. openpyxl reads either a formula or
    its saved result (data_only), so a second, data-only load used to give the results; now the parse
    of a formula cell keeps its result too. And openpyxl reads every merged range's borders, turns its
    covered cells into MergedCells and copies the borders onto its edges, style by style: most of the
    time of a load, where tables merge many headers; reading needs only the ranges, so this load keeps
    just those. (A lock keeps concurrent loads from restoring each other's patches.)"""
    from openpyxl.worksheet._reader import WorkSheetParser, WorksheetReader

    with _LOADING:
        bind, parse = WorksheetReader.bind_merged_cells, WorkSheetParser.parse_cell
        WorksheetReader.bind_merged_cells = _bind_merged_ranges  # type: ignore[method-assign]
        WorkSheetParser.parse_cell = _parse_cell_and_result(parse)  # type: ignore[method-assign]
        try:
            yield
        finally:
            WorksheetReader.bind_merged_cells = bind  # type: ignore[method-assign]
            WorkSheetParser.parse_cell = parse  # type: ignore[method-assign]


def _two_loads(path: Path):
    """The plain path, public API only: the workbook with its formulas, and each formula cell's saved
    result from a second, data-only load (kept where `_Shown` looks for it)."""
    import openpyxl

    written = openpyxl.load_workbook(path)
    shown = openpyxl.load_workbook(path, data_only=True)
    for ws in written.worksheets:
        values = shown[ws.title]
        setattr(ws, _RESULTS, {(cell.row, cell.column): values.cell(cell.row, cell.column).value
                               for row in ws.iter_rows() for cell in row if cell.data_type == "f"})
    return written


def load(path: Path, one_load: bool | None = None):
    """The workbook with its formulas, each worksheet holding its formulas' saved results."""
    import openpyxl

    if one_load is None:
        one_load = one_load_supported()
    if not one_load:
        return _two_loads(path)
    with _one_load():
        return openpyxl.load_workbook(path)


class _Shown:
    """A worksheet's values as Excel shows them: a formula cell's saved result (None when the file was
    never recalculated), any other cell's own value — what `load_workbook(data_only=True)` gives."""

    def __init__(self, ws):
        self.ws, self.results = ws, getattr(ws, _RESULTS, {})

    def value(self, row: int, column: int) -> object:
        cell = self.ws._cells.get((row, column))
        if cell is None:
            return None
        return self.results.get((row, column)) if cell.data_type == "f" else cell.value

    def rows(self) -> Iterator[list[object]]:
        """As `iter_rows(values_only=True)`: rows 1 to max_row, columns 1 to max_column."""
        if not self.ws._cells:
            return
        width = self.ws.max_column
        for r in range(1, self.ws.max_row + 1):
            yield [self.value(r, c) for c in range(1, width + 1)]

    def __getitem__(self, coord: str):
        from types import SimpleNamespace

        from openpyxl.utils.cell import coordinate_to_tuple

        return SimpleNamespace(value=self.value(*coordinate_to_tuple(coord)))


def read_xlsx(path: Path, one_load: bool | None = None) -> Source:
    """`one_load`: None takes the shortcut where this openpyxl supports it; False reads the plain way."""
    from openpyxl.utils import get_column_letter

    try:
        with warnings.catch_warnings():  # openpyxl's own warnings (a defined name for a missing sheet …)
            warnings.simplefilter("ignore")  # say nothing the user can act on, in English, with a path
            written = load(path, one_load)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError, TypeError, AttributeError) as exc:
        # openpyxl meets a damaged sheet as IndexError (a shared string past the table's end) or TypeError
        # (an attribute it does not know): a damaged workbook all the same
        raise InputError(str(path), [file_problem(f"无法打开工作簿：文件已损坏或不是 xlsx（{exc}）")]) from None
    source = Source(str(path))
    for ws in written.worksheets:
        shown = _Shown(ws)
        evaluator = Evaluator(ws, shown)
        merged: dict[tuple[int, int], tuple[int, int]] = {}
        # only the cells of the rows read (to max_row, max_column; the cell limits bound them): a range reaches
        # as far as its file says ("A1:XFD1048576" in a sheet of four cells took 40 s and 9 GB)
        last_row, last_column = ws.max_row, ws.max_column
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, min(rng.max_row, last_row) + 1):
                for c in range(rng.min_col, min(rng.max_col, last_column) + 1):
                    merged[(r, c)] = (rng.min_row, rng.min_col)
        objects: dict[tuple[int, int], Cell] = {}
        rows: list[list[Cell]] = []
        titled = False

        def flush() -> None:
            nonlocal rows
            if rows:
                source.blocks.append(Grid(rows, spans_known=True, location=rows[0][0].location))
                rows = []

        for r, values in enumerate(shown.rows(), start=1):
            row: list[Cell] = []
            for c in range(1, len(values) + 1):
                origin = merged.get((r, c), (r, c))
                if origin not in objects:
                    value = values[c - 1] if origin == (r, c) else shown.value(*origin)
                    location = trusted_location(sheet=ws.title, row=origin[0], column=get_column_letter(origin[1]))
                    if value is None:
                        value = _formula(evaluator, origin)
                    objects[origin] = Cell(_text(value), location)
                row.append(objects[origin])
            texts = list(dict.fromkeys(cell.text.strip() for cell in row if cell.text.strip()))
            if not texts:
                continue
            # a row of one text outside a table is a line of the sheet's text (a title, a heading, a paragraph);
            # inside one, a group's label ("一、基本支出") stays its row unless it reads as a line or a sentence
            if _is_line(texts) or _is_prose(texts) or len(texts) == 1 and not rows and not is_amount(texts[0].strip()):
                flush()
                for t in texts:
                    titled = titled or bool(match_title(t))
                    source.blocks += [TextLine(part, Location(sheet=ws.title, row=r))
                                      for part in t.split("\n") if part.strip()]  # a cell's own line breaks
                continue
            if not rows and not titled and match_title(ws.title):
                source.blocks.append(TextLine(ws.title, Location(sheet=ws.title)))
                titled = True
            rows.append(row)
        flush()
    return source
