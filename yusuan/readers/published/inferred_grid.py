"""When a table read from a grid whose columns were inferred (a PDF table without ruling lines) is
not to be trusted.

A ruled table's cells are fixed by its lines; an inferred grid's are guessed from where the words
stand, and a guess can put a label and its figures in each other's columns, or drop a column whose
heading it did not understand. Such a table is left unread and reported: a wrong row would be
silently wrong (a dropped 项目支出合计 column leaves 表7's totals empty, and every rule comparing them
would speak of a zero that was never printed), an unread table is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from yusuan.model.disclosure import Table
from yusuan.readers.published.blocks import Grid
from yusuan.readers.published.findings import ReadingNote
from yusuan.readers.published.normalize import clean
from yusuan.readers.published.numbers import is_amount

# what the table reader says of a column or row it could not place: in a ruled table an unusual
# heading, in an inferred one a sign that headings and figures were matched wrongly
UNPLACED = ("table.columns", "table.column_unknown", "row.unrecognized")


def misread(table: Table, grid: Grid, notes: Sequence[ReadingNote] = ()) -> str | None:
    """Why a table read from an inferred grid cannot be trusted, if it cannot (in Chinese, for the
    reading note): no figure read at all from a grid that prints some; a column or row the reader
    could not place (`notes`: what it said while reading this table); a row labelled by a figure
    (".63" of "236.63" cut in two counts); a row with figures and no label, or with neither label nor
    code. A ruled table never reads so. A code alone with nothing in its row is let through (a
    category whose name is missing says nothing wrong), and so is a grid with no figure at all (an
    empty 政府性基金 table), which cannot give a wrong one."""
    if not any(is_amount(clean(c.text)) for r in grid.rows for c in r if c.text.strip()):
        return None
    if not any(v is not None for row in table.rows for v in row.values.values()):
        return "表中的数字未能对应到任何行和列"
    if any(note.code in UNPLACED for note in notes):
        return "有未能识别的列或行"
    for n, row in enumerate(table.rows, 1):
        label = clean(row.label)
        figures = any(v is not None for v in row.values.values())
        if label and is_amount(label.lstrip(".")):
            return f"第{n}行的名称是数字（{label}）"
        if not label and (figures or row.code is None):
            return f"第{n}行{'有数字而' if figures else ''}没有名称"
    return None
