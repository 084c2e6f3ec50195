"""Cells of the input workbook → Python values, and where each value came from.

`Reading` collects the problems of one workbook and the map from model paths to the cells they
were read from; `SheetView` reads one sheet's headers, row labels and records.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from yusuan.errors import Problem, quote
from yusuan.formats.workbook_layout import (
    CHOICE_ALIASES,
    ECONOMIC_HEADER,
    FIRST_DATA_ROW,
    LISTS,
    Col,
    Kind,
    Table,
    norm_label,
    where,
)
from yusuan.model.sources import SOURCE_BY_LABEL, FundingSource
from yusuan.money import AmountError, parse_amount

ModelPath = tuple[str | int, ...]


class CellError(ValueError):
    def __init__(self, message: str, expected: str | None = None):
        super().__init__(message)
        self.message, self.expected = message, expected


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _show(value: Any) -> str:
    return quote(value) if isinstance(value, str) else str(value)


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else repr(value)


_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def convert(value: Any, kind: Kind, choices: str | None = None) -> Any:
    """A non-blank cell value as the model wants it; CellError says what was expected instead."""
    if kind in (Kind.AMOUNT, Kind.NUMBER):
        if isinstance(value, dt.date):
            raise CellError(f"不是数字：{value:%Y-%m-%d}", "数字，如 12.34")
        try:
            return parse_amount(value)
        except AmountError:
            what = "金额" if kind == Kind.AMOUNT else "数字"
            raise CellError(f"不是{what}：{_show(value)}", "数字，如 12.34，不带单位和文字") from None
    if kind == Kind.INT:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        raise CellError(f"不是整数：{_show(value)}", "整数，如 25")
    if kind == Kind.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        m = _DATE.match(unicodedata.normalize("NFKC", str(value)).strip())
        try:
            if m:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
        raise CellError(f"不是日期：{_show(value)}", "日期，如 2023-01-20")
    if isinstance(value, dt.datetime | dt.date):
        text = f"{value:%Y-%m-%d}"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = _number_text(value)
    else:
        text = str(value).strip()
    if kind == Kind.CODE:
        return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
    if kind == Kind.CHOICE and choices:
        return _choice(text, choices)
    return text


def _choice(text: str, choices: str) -> str:
    key = unicodedata.normalize("NFKC", text).replace(" ", "")
    key = CHOICE_ALIASES.get(choices, {}).get(key, key)
    allowed = LISTS[choices]
    by_norm = {unicodedata.normalize("NFKC", v): v for v in allowed}
    if choices == "source":
        value = by_norm.get(key)
        if value is not None:
            return SOURCE_BY_LABEL[value].value
        if key in {s.value for s in FundingSource}:
            return key
        raise CellError(f"不认识的资金来源：“{text}”", "下拉列表中的资金来源之一：" + "、".join(allowed))
    if key in by_norm:
        return by_norm[key]
    if text in allowed:
        return text
    raise CellError(f"“{text}”不是下拉列表中的取值", "、".join(allowed))


@dataclass
class Reading:
    """Problems found so far, the cell each model path was read from, and the conversions a user
    should know about (full-width digits read as digits)."""

    problems: list[Problem] = field(default_factory=list)
    cells: dict[ModelPath, str] = field(default_factory=dict)
    notices: list[tuple[str, str]] = field(default_factory=list)  # (place, message)

    def problem(self, path: ModelPath, message: str, expected: str | None, place: str) -> None:
        self.problems.append(Problem(path, message, expected, place))

    def converted(self, value: Any, kind: Kind, place: str) -> None:
        """Note a number, code or date typed with full-width characters ("１２３" read as 123)."""
        if kind in _FOLDED and isinstance(value, str) and not value.isascii():
            folded = unicodedata.normalize("NFKC", value)
            if folded != value:
                self.notices.append((place, f"全角数字或符号“{value.strip()}”已按半角读取为“{folded.strip()}”"))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FOLDED = {Kind.AMOUNT, Kind.NUMBER, Kind.INT, Kind.DATE, Kind.CODE}


class CellTooLong(ValueError):
    """A cell beyond the cell limit (yusuan.limits): raised out of the sheet, the workbook is refused."""

    def __init__(self, length: int, place: str):
        super().__init__(place)
        self.length, self.place = length, place


@dataclass
class Record:
    """One non-empty row of a list table: converted values, their cells, conversion errors."""

    row: int
    place: str
    values: dict[tuple[str, ...], Any] = field(default_factory=dict)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    errors: list[tuple[tuple[str, ...], str, str | None]] = field(default_factory=list)


def _cells(ws: Worksheet) -> dict[tuple[int, int], Any]:
    """The sheet's values by (row, column), blanks left out: a formatted cell at XFD1048576 costs
    one entry, not the billions of an iteration over the used range."""
    cells = getattr(ws, "_cells", None)
    if cells is None:  # pragma: no cover - openpyxl 3.x keeps its cells in this dict
        return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    return {pos: cell.value for pos, cell in cells.items() if cell.value is not None}


class SheetView:
    def __init__(self, reading: Reading, ws: Worksheet, name: str, max_chars: int | None = None):
        self.reading, self.name = reading, name
        self.cells = _cells(ws)
        for (r, c), v in self.cells.items():
            if isinstance(v, str):
                if max_chars is not None and len(v) > max_chars:
                    raise CellTooLong(len(v), self.place(r, c))
                if _CONTROL.search(v):
                    self.cells[(r, c)] = _CONTROL.sub("", v)
                    reading.notices.append((self.place(r, c), "删除了不可见的控制字符（如 NUL）"))
        self.last_row = max((r for r, _ in self.cells), default=0)
        self.headers: dict[int, str] = {c: str(v).strip() for (r, c), v in sorted(self.cells.items())
                                        if r == 1 and not is_blank(v)}
        self.lost: dict[str, set[tuple[str, ...]]] = {}  # table id → keys of columns whose header is missing

    # -- raw access --------------------------------------------------------------------------
    def value(self, row: int, col: int) -> Any:
        return self.cells.get((row, col))

    def place(self, row: int | None = None, col: int | None = None, header: str | None = None) -> str:
        return where(self.name, row, col, header)

    # -- headers -----------------------------------------------------------------------------
    def find_columns(self, columns: Sequence[Col]) -> dict[tuple[str, ...], int]:
        """Column index per column key, found by header text; a missing header is a problem."""
        by_label = {norm_label(text): c for c, text in self.headers.items()}
        found: dict[tuple[str, ...], int] = {}
        for col in columns:
            c = by_label.get(norm_label(col.header))
            if c is None:
                self.reading.problem((), f"缺少列「{col.header}」", "按模板保留第1行的全部列标题", self.place(1))
            else:
                found[col.key] = c
        return found

    def economic_columns(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c, text in self.headers.items():
            m = ECONOMIC_HEADER.match(norm_label(text))
            if m:
                out.setdefault(m[1], c)
        return out

    def labels(self, known: Sequence[str], value_cols: Sequence[int]) -> dict[str, int]:
        """Row of each label in column A (matched by content); unknown labels with values are problems."""
        wanted = {norm_label(k): k for k in known}
        out: dict[str, int] = {}
        for r in range(FIRST_DATA_ROW, self.last_row + 1):
            label = self.value(r, 1)
            key = norm_label(label)
            has_values = any(not is_blank(self.value(r, c)) for c in value_cols)
            if key in wanted:
                if wanted[key] in out and has_values:
                    self.reading.problem((), f"“{wanted[key]}”重复出现（另见第{out[wanted[key]]}行）", "每项只填一行",
                                         self.place(r, 1))
                    continue
                out.setdefault(wanted[key], r)
            elif has_values:
                shown = "（空）" if is_blank(label) else f"“{label}”"
                self.reading.problem((), f"不认识的行名称{shown}", "模板中A列原有的名称，请勿修改", self.place(r, 1))
        return out

    # -- cells -------------------------------------------------------------------------------
    def read(self, row: int, col: int, kind: Kind, choices: str | None, path: ModelPath, header: str) -> Any:
        """Converted value of one cell (None if blank), registering its place under `path`."""
        place = self.place(row, col, header)
        self.reading.cells[path] = place
        value = self.value(row, col)
        if is_blank(value):
            return None
        try:
            converted = convert(value, kind, choices)
            self.reading.converted(value, kind, place)
            return converted
        except CellError as err:
            self.reading.problem(path, err.message, err.expected, place)
            return None

    def records(self, table: Table) -> list[Record]:
        """The table's non-empty rows, converted; errors are kept on the record until it has a path."""
        found = self.find_columns(table.columns)
        cols = [(col, found[col.key]) for col in table.columns if col.key in found]
        lost = [col for col in table.columns if col.key not in found]
        self.lost[table.id] = {col.key for col in lost}
        if table.economic_classes:
            cols += [(Col(("economic", code), self.headers[c], Kind.AMOUNT), c)
                     for code, c in self.economic_columns().items()]
        out: list[Record] = []
        for r in range(FIRST_DATA_ROW, self.last_row + 1):
            if all(is_blank(self.value(r, c)) for _, c in cols):
                continue
            rec = Record(r, self.place(r))
            rec.places.update({col.key: f"{self.place(r)}（缺少「{col.header}」列）" for col in lost})
            for col, c in cols:
                rec.places[col.key] = self.place(r, c, self.headers.get(c, col.header))
                value = self.value(r, c)
                if is_blank(value):
                    continue
                try:
                    rec.values[col.key] = convert(value, col.kind, col.choices)
                    self.reading.converted(value, col.kind, rec.places[col.key])
                except CellError as err:
                    rec.errors.append((col.key, err.message, err.expected))
            out.append(rec)
        return out


def nest(values: dict[tuple[str, ...], Any]) -> Any:
    """{("name",): x, ("economic", "302"): y} → {"name": x, "economic": {"302": y}}; {(): x} → x."""
    if () in values:
        return values[()]
    out: dict[str, Any] = {}
    for key, value in values.items():
        set_in(out, key, value)
    return out


def set_in(target: dict[str, Any], path: Sequence[str | int], value: Any) -> None:
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value


def clean_message(text: str) -> str:
    """Decimal('−5') → −5 in messages that quote model values."""
    return re.sub(r"Decimal\('([^']*)'\)", r"\1", text)
