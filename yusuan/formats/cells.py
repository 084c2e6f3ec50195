"""Writing user text into spreadsheet cells safely."""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell


def set_value(cell: Cell, value: Any) -> Cell:
    """Set a cell's value; text stays text even when it starts with "=" (openpyxl would store
    "=100%" as a formula, which Excel then shows as an error)."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def append_row(ws, values: list[Any]) -> None:
    """`ws.append` for text read from documents or typed by users: no string becomes a formula."""
    ws.append(values)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
