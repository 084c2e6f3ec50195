"""Validation of what was read from the input workbook, with every problem placed in its cell.

Structural validation (pydantic) runs section by section and row by row, so that one bad row
does not hide the problems of the others; semantic validation (codes, typed totals, duplicates)
then runs over the rows that passed, and its model paths are mapped back to the cells.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from yusuan.catalog.catalog import Catalog
from yusuan.errors import Problem, format_path, problems_from_validation
from yusuan.formats.workbook_layout import SHEETS
from yusuan.model.budget import BasicEconomic, BasicExpenditure, BudgetData, Department, ItemPrior, Project
from yusuan.model.validate import validate_budget
from yusuan.readers.workbook_cells import ModelPath, Reading, clean_message

ROW_MODELS: dict[str, type[BaseModel]] = {
    "basic_expenditure": BasicExpenditure,
    "projects": Project,
    "item_priors": ItemPrior,
    "basic_economic": BasicEconomic,
}


def row_key(path: ModelPath) -> ModelPath:
    """The record a path belongs to: ("projects", 2, "economic", "302") → ("projects", 2)."""
    for i, part in enumerate(path):
        if isinstance(part, int):
            return path[: i + 1]
    return path[:2]


def locate(rd: Reading, problems: list[Problem]) -> list[Problem]:
    """Give each problem the place of its path (or of the nearest ancestor read from a cell)."""
    out = []
    for p in problems:
        place = next((rd.cells[p.path[:k]] for k in range(len(p.path), 0, -1) if p.path[:k] in rd.cells),
                     format_path(p.path))
        out.append(Problem(p.path, clean_message(p.message), p.expected, place))
    return out


def check(rd: Reading, raw: dict[str, Any], catalog: Catalog | None) -> BudgetData | None:
    """Validate `raw`, adding every problem to `rd`; the data if all is well enough to build it."""
    read_paths = {p.path for p in rd.problems}
    bad_rows = {row_key(p.path) for p in rd.problems if p.path}
    sections: dict[str, Any] = {}
    kept: dict[str, list[int]] = {}  # list section → original index of each row that passed
    department_ok = True

    def structural(exc: ValidationError, prefix: ModelPath) -> None:
        found = [p for p in problems_from_validation(exc, prefix) if p.path not in read_paths]
        rd.problems.extend(locate(rd, found))
        bad_rows.update(row_key(p.path) for p in found)

    for name, value in raw.items():
        if name in ROW_MODELS:
            sections[name], kept[name] = [], []
            for i, item in enumerate(value):
                try:
                    row = ROW_MODELS[name].model_validate(item)
                except ValidationError as exc:
                    structural(exc, (name, i))
                    continue
                if (name, i) not in bad_rows:
                    sections[name].append(row)
                    kept[name].append(i)
            continue
        try:
            sections[name] = TypeAdapter(BudgetData.model_fields[name].annotation).validate_python(value)
        except ValidationError as exc:
            structural(exc, (name,))
            department_ok = department_ok and name != "department"
    if not department_ok:
        # Codes and totals can still be checked against the catalogue if the year is readable.
        stand_in = _stand_in_department(raw.get("department", {}))
        if stand_in is None:
            return None
        sections["department"] = stand_in
    try:
        data = BudgetData(**sections)
    except ValidationError as exc:  # pragma: no cover - every section has been validated
        structural(exc, ())
        return None
    semantic = []
    for p in validate_budget(data, catalog):
        path = p.path
        if path[:1] and path[0] in kept and len(path) > 1 and isinstance(path[1], int):
            path = (path[0], kept[path[0]][path[1]], *path[2:])
        if row_key(path) not in bad_rows:
            semantic.append(Problem(path, p.message, p.expected))
    rd.problems.extend(locate(rd, semantic))
    return data if department_ok else None


def _stand_in_department(raw: dict[str, Any]) -> Department | None:
    try:
        return Department(name="（未填写）", year=raw.get("year"))
    except ValidationError:
        return None


_PLACE = re.compile(r"^表「([^」]+)」(?:第(\d+)行)?")
_SHEET_ORDER = {s.name: i for i, s in enumerate(SHEETS)}


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """In workbook order: by sheet, then row; problems without a place last."""

    def key(p: Problem) -> tuple[int, int]:
        m = _PLACE.match(p.where)
        if not m:
            return (len(_SHEET_ORDER) + 1, 0)
        return (_SHEET_ORDER.get(m[1], len(_SHEET_ORDER)), int(m[2] or 0))

    return sorted(problems, key=key)
