"""Import the official booklet's code table (xlsx or csv) into the user's catalogue.

财政部 publishes 《20xx年政府收支分类科目》 each autumn; its tables come as a code column (or 类/款/项
columns) and a name column. Whatever the layout, we look for a header row naming 编码/代码 and
名称, else take the first code-like and the first text cell of each row.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from yusuan.catalog.catalog import LEVEL_BY_LENGTH, Entry, Scheme, parent_code, scheme_of, user_dir, write_csv
from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError, Problem

_CODE = re.compile(r"^[235]\d{2}(\d{2}){0,2}$")
_CODE_HEADER = re.compile(r"编码|代码|编号")
_NAME_HEADER = re.compile(r"名称")
_SPLIT_HEADERS = ("类", "款", "项")


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return unicodedata.normalize("NFKC", str(cell)).strip()


def _rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        from yusuan.readers.container import check_container

        check_container(path, used_range=False)  # rows are read as stored, never over a declared range
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many types for a damaged file
            raise InputError(str(path), [Problem((), "无法作为 Excel 工作簿打开：文件已损坏或不是 .xlsx",
                                                 "用 Excel 或 WPS 保存的 .xlsx 文件")]) from None
        rows = []
        for ws in wb.worksheets:
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # a sheet may declare A1:XFD1048576 around three cells
            rows += [[_text(c) for c in row] for row in ws.iter_rows(values_only=True)]
        wb.close()
        return rows
    if suffix in (".csv", ".txt"):
        text = decode_chinese_text(path.read_bytes())
        if text is None:
            raise InputError(str(path), [Problem((), "无法识别文件编码", "UTF-8、GB18030 或 UTF-16 编码的 CSV")])
        return [[_text(c) for c in row] for row in csv.reader(text.splitlines())]
    raise InputError(str(path), [Problem((), f"不支持的文件类型 {suffix}", ".xlsx 或 .csv")])


def _columns(header: list[str]) -> tuple[list[int], int] | None:
    """Column indices of the code (one, or 类/款/项) and of the name, from a header row."""
    name = next((i for i, h in enumerate(header) if _NAME_HEADER.search(h)), None)
    if name is None:
        return None
    code = next((i for i, h in enumerate(header) if _CODE_HEADER.search(h) and i != name), None)
    if code is not None:
        return [code], name
    split = [next((i for i, h in enumerate(header) if h == part), -1) for part in _SPLIT_HEADERS]
    if all(i >= 0 for i in split):
        return split, name
    return None


def _code_of(row: list[str], code_cols: list[int], context: list[str]) -> str:
    parts = [re.sub(r"\s", "", row[i]) if i < len(row) else "" for i in code_cols]
    if len(parts) == 1:
        return parts[0]
    # Split columns: a 款 row may print only "01" under 款 with 类 left blank (filled from the row above).
    for depth, part in enumerate(parts):
        if part:
            context[depth:] = [part]
    return "".join(context[: max(i for i, p in enumerate(parts) if p) + 1]) if any(parts) else ""


def parse_booklet(path: Path, edition: int) -> list[Entry]:
    rows = _rows(path)
    columns = None
    start = 0
    for i, row in enumerate(rows[:50]):
        if (found := _columns(row)) is not None:
            columns, start = found, i + 1
            break
    entries: dict[tuple[str, str], Entry] = {}
    context: list[str] = []
    for row in rows[start:]:
        if columns:
            code = _code_of(row, columns[0], context)
            name = row[columns[1]] if columns[1] < len(row) else ""
        else:
            code = next((c for c in row if _CODE.match(c.replace(" ", ""))), "").replace(" ", "")
            name = next((c for c in row if c and not _CODE.match(c.replace(" ", "")) and not c.isdigit()), "")
        name = re.sub(r"^其中[:：]", "", name).strip()
        if not _CODE.match(code) or not name:
            continue
        scheme = scheme_of(code)
        assert scheme is not None  # _CODE admits only 2xx, 3xx and 5xx
        entries[(scheme.value, code)] = Entry(
            scheme=scheme, code=code, level=LEVEL_BY_LENGTH[len(code)], name=name, parent=parent_code(code),
            editions=frozenset({edition}), provenance=f"official:{path.name}", source=path.name,
        )
    if not entries:
        raise InputError(str(path), [Problem((), "没有找到科目编码和名称",
                                             "表头含“科目编码”（或“类/款/项”）与“科目名称”的科目表")])
    return list(entries.values())


def save_import(entries: list[Entry], edition: int, target: Path | None = None) -> dict[Scheme, Path]:
    """Write the imported rows as the user's official catalogue of `edition`, one file per scheme.

    A previous import of the same edition is kept as `*.bak` rather than overwritten.
    """
    target = target or user_dir()
    written: dict[Scheme, Path] = {}
    for scheme in Scheme:
        rows = sorted((e for e in entries if e.scheme == scheme), key=lambda e: e.code)
        if not rows:
            continue
        path = target / f"{scheme.value}-{edition}.csv"
        if path.exists():
            path.replace(path.with_suffix(".csv.bak"))
        write_csv(path, rows)
        written[scheme] = path
    return written
