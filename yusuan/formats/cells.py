"""Writing user text into spreadsheets safely: the one cell writer of every xlsx output.

Text stays text: a string that starts with "=" (or "+", "-", "@", which spreadsheet programs may
take for a formula on re-entry) is stored as a string, never as a live formula. Control characters
that XML cannot hold (NUL …) are removed instead of failing the whole workbook. Sheet titles lose
the characters Excel forbids in them.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses (IllegalCharacterError)
_SHEET_TITLE = re.compile(r"[\\/*?:\[\]\x00-\x1f]")
_FORMULA_START = ("=", "+", "-", "@")


def clean_text(value: Any) -> Any:
    """The value with the control characters a workbook cannot hold removed (strings only)."""
    if isinstance(value, str) and _ILLEGAL.search(value):
        return _ILLEGAL.sub("", value)
    return value


def _as_text(cell: Cell) -> None:
    if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
        cell.data_type = "s"


def set_value(cell: Cell, value: Any) -> Cell:
    """Set a cell's value; text stays text even when it starts with "=" (openpyxl would store
    "=100%" as a formula, which Excel then shows as an error)."""
    cell.value = clean_text(value)
    _as_text(cell)
    return cell


def append_row(ws, values: list[Any]) -> None:
    """`ws.append` for text read from documents or typed by users: no string becomes a formula."""
    ws.append([clean_text(v) for v in values])
    for cell in ws[ws.max_row]:
        _as_text(cell)


def sheet_title(text: str, used: set[str] | None = None) -> str:
    """A valid, unique sheet title (at most 31 characters, none of \\ / * ? : [ ]) for any text."""
    base = _SHEET_TITLE.sub("_", text).strip("'")[:31] or "表"
    name, n = base, 2
    while used is not None and name.lower() in {u.lower() for u in used}:
        suffix = f"({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    if used is not None:
        used.add(name)
    return name
