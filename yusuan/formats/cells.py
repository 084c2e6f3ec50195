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
