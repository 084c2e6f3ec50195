"""Budget data from any supported input: the Excel workbook, YAML or JSON."""

from __future__ import annotations

from pathlib import Path

from yusuan.catalog.catalog import Catalog
from yusuan.errors import InputError, Problem
from yusuan.model.budget import BudgetData
from yusuan.readers.data_file import DATA_SUFFIXES, read_data_file

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


def is_budget_input(path: Path) -> bool:
    return path.suffix.lower() in DATA_SUFFIXES | WORKBOOK_SUFFIXES


def load_budget(path: Path, catalog: Catalog | None = None) -> BudgetData:
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [Problem((), "文件不存在")])
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from yusuan.readers.workbook import read_workbook  # openpyxl is only needed here

        return read_workbook(path, catalog)
    if suffix in DATA_SUFFIXES:
        return read_data_file(path, catalog)
    raise InputError(str(path), [Problem((), f"不支持的预算数据文件类型“{suffix}”", ".xlsx、.yaml、.yml 或 .json")])
