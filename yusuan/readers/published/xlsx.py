"""Workbooks of published tables → blocks: per sheet, title/unit/编制部门 rows become lines and
the rows between them a grid; merged ranges become one Cell over the positions they cover.
(Yusuan's own input workbook, with its 填表说明 sheet, is budget data, read elsewhere.)"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem
from yusuan.readers.published.formulas import Evaluator, FormulaError
from yusuan.readers.published.normalize import clean
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


@contextlib.contextmanager
def _merged_ranges_only() -> Iterator[None]:
    """While loading, openpyxl turns every covered cell of a merged range into a MergedCell and copies
    the range's borders onto its edges, style by style: most of the time of loading a published
    workbook, whose tables merge many headers. Reading needs only the ranges, so our loads skip that
    (a lock keeps concurrent loads from restoring each other's patch)."""
    from openpyxl.worksheet.worksheet import Worksheet

    with _LOADING:
        original = Worksheet._clean_merge_range
        Worksheet._clean_merge_range = lambda self, mcr: None  # type: ignore[method-assign]
        try:
            yield
        finally:
            Worksheet._clean_merge_range = original  # type: ignore[method-assign]


def read_xlsx(path: Path) -> Source:
    import openpyxl
    from openpyxl.utils import get_column_letter

    try:
        with _merged_ranges_only():
            wb = openpyxl.load_workbook(path, data_only=True)
            written = openpyxl.load_workbook(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(str(path), [file_problem(f"无法打开工作簿：文件已损坏或不是 xlsx（{exc}）")]) from None
    source = Source(str(path))
    for ws in wb.worksheets:
        evaluator = Evaluator(written[ws.title], ws)
        merged: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    merged[(r, c)] = (rng.min_row, rng.min_col)
        objects: dict[tuple[int, int], Cell] = {}
        rows: list[list[Cell]] = []
        titled = False

        def flush() -> None:
            nonlocal rows
            if rows:
                source.blocks.append(Grid(rows, spans_known=True, location=rows[0][0].location))
                rows = []

        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            row: list[Cell] = []
            for c in range(1, len(values) + 1):
                origin = merged.get((r, c), (r, c))
                if origin not in objects:
                    value = values[c - 1] if origin == (r, c) else ws.cell(*origin).value
                    location = Location(sheet=ws.title, row=origin[0], column=get_column_letter(origin[1]))
                    if value is None:
                        value = _formula(evaluator, origin)
                    objects[origin] = Cell(_text(value), location)
                row.append(objects[origin])
            texts = list(dict.fromkeys(cell.text.strip() for cell in row if cell.text.strip()))
            if not texts:
                continue
            if _is_line(texts):
                flush()
                for t in texts:
                    titled = titled or bool(match_title(t))
                    source.blocks.append(TextLine(t, Location(sheet=ws.title, row=r)))
                continue
            if not rows and not titled and match_title(ws.title):
                source.blocks.append(TextLine(ws.title, Location(sheet=ws.title)))
                titled = True
            rows.append(row)
        flush()
    return source
